/** Sports clubs as whole actors: an abbreviation, a name and a number or town ("der FK Austria Wien", "Der TSV 1860 München"). */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

const statementsOf = (id: string, text: string) =>
  questionsOf(id, text).flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a club named after the verb by an abbreviation, a name and its town", () => {
  const text = `Trainerwechsel in Favoriten

Wien – Am Montagabend hat der FK Austria Wien die Reißleine gezogen und Cheftrainer Thomas Huber beurlaubt. Zuvor hatte der SV Ried das Heimspiel gegen die Wiener mit 3:0 gewonnen. Sportchef Markus Kraus sagte, man habe lange gezögert. Interimistisch betreut Nachwuchstrainer Peter Lang die Mannschaft.`;

  it("states the deed of the whole club, and gives it falsely to the other club, never to a person", () => {
    const made = statementsOf("austria", text).filter((statement) => statement.statement.includes("beurlaubt"));
    expect(made).toContainEqual({
      statement: "Der FK Austria Wien hat am Montagabend die Reißleine gezogen und Cheftrainer Thomas Huber beurlaubt.",
      answer: true,
    });
    expect(made).toContainEqual({ statement: "Der SV Ried hat am Montagabend die Reißleine gezogen und Cheftrainer Thomas Huber beurlaubt.", answer: false });
    expect(made.filter((statement) => !/^Der (?:FK Austria Wien|SV Ried) hat/u.test(statement.statement))).toEqual([]);
  });

  it("asks no gap in the club's name", () => {
    const gaps = questionsOf("austria", text).flatMap((question) => (question.type === "cloze" ? [question.answer] : []));
    expect(gaps).not.toContain("FK");
  });
});

describe("a club whose number is part of its name", () => {
  const text = `Löwen gewinnen das Stadtderby

München – Der TSV 1860 München hat das Derby gegen die SpVgg Unterhaching mit 2:1 gewonnen. Am Sonntag hat der FC Schalke 04 in Bochum verloren. Vor 15.000 Zuschauern traf Stürmer Patrick Hobsch zweimal. Trainer Argirios Giannikis lobte seine Mannschaft.`;

  it("states what the club did before and after the verb, with its number and town", () => {
    const made = statementsOf("loewen", text);
    expect(made).toContainEqual({ statement: "Der TSV 1860 München gewann das Derby gegen die SpVgg Unterhaching mit 2:1.", answer: true });
    expect(made).toContainEqual({ statement: "Der FC Schalke 04 hat am Sonntag in Bochum verloren.", answer: true });
  });

  it("gives the one club's deed falsely to the other club only", () => {
    const lost = statementsOf("loewen", text).filter((statement) => statement.statement.includes("in Bochum verloren") && !statement.answer);
    expect(lost.map((statement) => statement.statement)).toEqual(["Der TSV 1860 München hat am Sonntag in Bochum verloren."]);
  });
});

describe("a player's deed among players of the other gender", () => {
  const text = `Klagenfurt siegt in Linz

Linz – Der SK Austria Klagenfurt hat am Sonntag beim LASK mit 2:0 gewonnen. Stürmer Lukas Hinterseer traf in der ersten Hälfte zweimal. Verteidigerin Julia Steiner sah kurz vor Schluss die Gelb-Rote Karte. Trainer Peter Pacult lobte die Abwehr. Schwimmerin Lena Grabowski verfolgte das Spiel auf der Tribüne.`;

  it("gives her deed only to another woman, and his only to another man", () => {
    const questions = questionsOf("klagenfurt", text);
    // Who did a deed, not what one person did ("Was trifft laut Text auf Lukas Hinterseer zu?", with others' deeds as options).
    const namesIn = (words: string) =>
      questions.flatMap((question) => {
        if (question.type === "single" && question.stem.startsWith("Was trifft laut Text auf")) return [];
        const about =
          question.type === "truefalse"
            ? [question.statement]
            : question.type === "single"
              ? [question.stem, ...question.options.map((option) => option.text)]
              : [];
        return about.some((line) => line.includes(words)) ? about : [];
      });
    const redCard = namesIn("Gelb-Rote Karte").join(" ");
    expect(redCard).toContain("Julia Steiner");
    expect(redCard).not.toMatch(/Hinterseer|Pacult/u);
    const goals = namesIn("zweimal").join(" ");
    expect(goals).toContain("Lukas Hinterseer");
    expect(goals).not.toMatch(/Steiner|Grabowski/u);
  });
});
