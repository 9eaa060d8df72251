/**
 * What someone did not do ("äußerte sich nicht zu ...") the text does not tell of anyone else: no false twin gives it to
 * another actor, no "Wer ...?" offers others, and no "Was trifft auf X zu?" offers it as what X did not do.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Bürgermeister Huber äußerte sich nicht zu den Plänen seiner Fraktion.

Linz – Nach der Gemeinderatswahl in Linz suchen die Parteien nach Partnern. Landeshauptmann Thomas Stelzer traf am Dienstag in Linz den Bürgermeister Klaus Huber. Huber sagte danach, Stelzer sei für jede Zusammenarbeit bereit. Der Landeshauptmann sei der Meinung, die neue Stadtregierung müsse rasch gebildet werden. Zu den Plänen der SPÖ, die die stärkste Fraktion im Gemeinderat ist, äußerte sich Huber nicht. Die ÖVP hatte bei der Wahl am Sonntag ihre Mehrheit verloren, blieb aber die stärkste Partei im Land. Vor allem die Wirtschaft drängt auf eine rasche Einigung der beiden Parteien.`;

const questions = () => generateBank([{ id: "denied-deeds", text }])[0]!.questions;

describe("a deed denied in the text", () => {
  it("is given to nobody else, neither in a statement nor as an option", () => {
    const told = questions().flatMap((question) =>
      question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
    );
    expect(told.filter((statement) => statement.includes("Stelzer") && statement.includes("äußerte sich"))).toEqual([]);
  });

  it("is no wrong option of what another person did", () => {
    const aboutStelzer = questions().filter((question) => question.type === "single" && question.stem.includes("auf Thomas Stelzer"));
    const options = aboutStelzer.flatMap((question) => (question.type === "single" ? question.options.map((option) => option.text) : []));
    expect(options.filter((option) => option.includes("nicht"))).toEqual([]);
  });

  it("is still stated true of its actor", () => {
    const statements = questions().flatMap((question) => (question.type === "truefalse" && question.answer ? [question.statement] : []));
    expect(statements).toContain("Klaus Huber äußerte sich nicht zu den Plänen seiner Fraktion.");
  });
});

describe("a denial joined to a deed the text tells", () => {
  it("asks who did it among the others, as any deed (seed 004: 'ist nicht ... gereist und ließ sich ... vertreten')", () => {
    const text = readFileSync(join(import.meta.dirname, "../../../corpus/004_244a028948b0aebe.txt"), "utf8");
    const who = generateBank([{ id: "004", text }])[0]!.questions.filter(
      (question) => question.type === "single" && question.stem.startsWith("Wer ist laut Text nicht zu dem Treffen"),
    );
    expect(who.map((question) => (question.type === "single" ? question.options.find((option) => option.id === question.answer)?.text : ""))).toEqual([
      "Sigmar Gabriel",
    ]);
  });
});
