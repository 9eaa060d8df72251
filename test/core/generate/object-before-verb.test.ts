/**
 * A person named with a dative's or accusative's article before the verb ("Dem Abgeordneten Lech Kowal warf Nowak
 * Spionage vor", "Den früheren Minister ... kritisierte ..."): the object of the verb, whose subject follows it. The
 * deed is the subject's, and the statement keeps the object. Texts written here.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a person in the dative or accusative before the verb", () => {
  const text = `Spionageaffäre in Warschau

Warschau – Der frühere Geheimdienstchef Marek Nowak ist am Montag in Warschau festgenommen worden. Die Staatsanwaltschaft ermittelt gegen ihn wegen Amtsmissbrauchs. Dem Abgeordneten Lech Kowal warf Nowak im Jahr 2008 persönlich Spionage vor. Den früheren Minister Jan Zielinski kritisierte Nowak am Dienstag im Parlament. Der Innenminister Adam Wolski sagte am Dienstag, die Festnahme sei rechtens gewesen.`;

  it("gives the deed to the subject after the verb, never to the object before it", () => {
    const made = statementsOf("spionage", text);
    expect(made.filter(({ statement }) => /^(?:Lech Kowal|Jan Zielinski)\s/u.test(statement))).toEqual([]);
    expect(made).toContainEqual({ statement: "Marek Nowak warf dem Abgeordneten Lech Kowal im Jahr 2008 persönlich Spionage vor.", answer: true });
  });

  it("reads a woman's role after 'der' as a dative, 'die' and a man's role after 'der' as the subject", () => {
    const woman = (opening: string) =>
      statementsOf("spionage", text.replace("Den früheren Minister Jan Zielinski kritisierte", `${opening} Anna Zielinska kritisierte`)).filter(
        ({ statement }) => statement.startsWith("Anna Zielinska"),
      );
    expect(woman("Der Ministerin")).toEqual([]);
    expect(woman("Der polnischen Abgeordneten")).toEqual([]);
    expect(woman("Die Ministerin")).toContainEqual({ statement: "Anna Zielinska kritisierte Nowak am Dienstag im Parlament.", answer: true });
    const man = statementsOf("spionage", text.replace("Den früheren Minister Jan Zielinski kritisierte", "Der Abgeordnete Jan Zielinski kritisierte"));
    expect(man).toContainEqual({ statement: "Jan Zielinski kritisierte Nowak am Dienstag im Parlament.", answer: true });
  });

  it("keeps the person in the dative of a passive as the one the deed was done to", () => {
    const passive = text.replace(
      "Dem Abgeordneten Lech Kowal warf Nowak im Jahr 2008 persönlich Spionage vor.",
      "Dem Abgeordneten Lech Kowal wird vorgeworfen, im Jahr 2008 für eine fremde Macht spioniert zu haben.",
    );
    const deeds = extractFacts(passive).actions.filter((action) => action.person === "Kowal");
    expect(deeds.map((action) => action.undergoer)).toEqual(["dative"]);
  });
});
