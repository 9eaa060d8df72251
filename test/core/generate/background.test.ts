/** Salience of figures and places on short texts written for the test: background places, the base of a share, places inside names. */
import { describe, expect, it } from "vitest";
import { MIN_SALIENCE } from "../../../src/bank/quiz";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (text: string) => generateBank([{ id: "salienz", text }])[0]!.questions;

describe("salience", () => {
  const TEXT = [
    "Leseschwäche an Schulen",
    "",
    "Nur sechs von zehn Schülern der vierten Klasse können sinnerfassend lesen. Das geht aus einer Studie hervor, die das Institut am Montag in Graz vorstellte. Die Landesregierung in Linz kündigte neue Förderkurse an.",
  ].join("\n");

  it("takes the base of a share ('sechs von zehn') for no finding", () => {
    const base = questionsOf(TEXT).find((question) => question.topic === "quantity" && question.type === "numeric" && question.answer === 10);
    expect(base?.salience ?? 0).toBeLessThan(MIN_SALIENCE);
  });

  it("takes a place in a relative clause ('..., die das Institut in Graz vorstellte') for background", () => {
    const graz = questionsOf(TEXT).find((question) => question.topic === "place" && question.type === "cloze" && question.answer === "Graz");
    expect(graz?.salience ?? 0).toBeLessThan(MIN_SALIENCE);
  });
});

describe("places", () => {
  it("asks no place that the text also writes after a capitalised word, as part of a name ('Tilo Berlin')", () => {
    const text = [
      "Urteil gegen Bankmanager",
      "",
      "Das Gericht hat die Urteile gegen Jonas Kerber und Tilo Berlin aufgehoben. Die Richter in Wien prüfen den Fall neu. Kerber und Berlin waren im Vorjahr verurteilt worden.",
    ].join("\n");
    const places = questionsOf(text).flatMap((question) => (question.topic === "place" && question.type === "cloze" ? [question.answer] : []));
    expect(places).not.toContain("Berlin");
  });
});
