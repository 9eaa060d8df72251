/**
 * A person's phrase that opens with an age or a widened participle between the article and the office or name ("Der
 * 58-jährige Landesrat Peter Moser", "Der in Wien geborene Politiker Karl Huber"), as German news introduce people:
 * the person is the actor, and what they did is asked.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const actorsOf = (text: string) => extractFacts(text).actions.map((action) => `${action.actor.text} | ${action.person ?? "-"}`);
const lead = "Wechsel in Graz. Graz – Die Stadtpolitik ist in Bewegung. ";

describe("an age or a widened participle before a person's office or name", () => {
  it("takes the named person as the actor after an age ('Der 58-jährige Landesrat Peter Moser hat ...')", () => {
    expect(actorsOf(`${lead}Der 58-jährige Landesrat Peter Moser hat am Dienstag seinen Rücktritt erklärt.`)).toContain("Peter Moser | Moser");
    expect(actorsOf(`${lead}Die 47-jährige Anna Berger übernimmt das Amt.`)).toContain("Anna Berger | Berger");
    expect(actorsOf(`${lead}Am Dienstag hat der 58-jährige Landesrat Peter Moser seinen Rücktritt erklärt.`)).toContain("Peter Moser | Moser");
  });

  it("takes the named person after a participle widened by a place, also after the verb ('Der in Wien geborene Politiker ...')", () => {
    expect(actorsOf(`${lead}Der in Wien geborene Politiker Karl Huber hat am Montag seinen Rücktritt erklärt.`)).toContain("Karl Huber | Huber");
    expect(actorsOf(`${lead}Der aus Linz stammende Hauptverdächtige Markus Weber wird weiter gesucht.`)).toContain("Markus Weber | Weber");
    expect(actorsOf(`${lead}Am Montag hat der in Wien geborene Politiker Karl Huber seinen Rücktritt erklärt.`)).toContain("Karl Huber | Huber");
  });

  it("takes no actor where no name follows the attribute, nor a person of the other gender than the article's", () => {
    expect(actorsOf(`${lead}Die 58-jährige Landesrat Peter Moser hat am Dienstag seinen Rücktritt erklärt.`)).not.toContain("Peter Moser | Moser");
    expect(actorsOf(`${lead}Der 58-jährige Mann hat am Dienstag die Polizei gerufen.`).filter((actor) => actor.includes("58"))).toEqual([]);
    expect(actorsOf(`${lead}Die in Wien gebauten Züge fahren ab Mai.`)).toEqual([]);
  });

  it("states what the person introduced with an age did, true and of someone else", () => {
    const text = `Rücktritt in der Landesregierung

Klagenfurt – Der 58-jährige Landesrat Peter Moser hat am Dienstag überraschend seinen Rücktritt erklärt. Landeshauptmann Georg Fink bedauerte den Schritt. Moser war seit 2015 für die Gesundheit zuständig.`;
    const statements = generateBank([{ id: "ruecktritt", text }])[0]!.questions.flatMap((question: Question) =>
      question.type === "truefalse" ? [`${question.statement} ${question.answer}`] : [],
    );
    expect(statements).toContain("Peter Moser hat am Dienstag überraschend seinen Rücktritt erklärt. true");
    expect(statements).toContain("Georg Fink hat am Dienstag überraschend seinen Rücktritt erklärt. false");
  });
});
