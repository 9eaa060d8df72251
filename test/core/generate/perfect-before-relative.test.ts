/**
 * A deed whose main clause goes on after a relative clause inside it ("statuierten mit der Schließung der Initiative,
 * die ... unterstützt wird, ein Exempel") is not restated in the perfect: the participle can close the main clause
 * neither before the relative clause nor right after it.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { inPerfect } from "../../../src/generate/claims";
import { generateBank } from "../../../src/generate/index";

const text = `Behörden schließen Frauenverein.

Moskau – Die Behörden in Moskau haben einen bekannten Frauenverein geschlossen. Die Behörden statuierten mit der Schließung der Initiative, die auch von einer Stiftung unterstützt wird, ein Exempel für alle zu eng mit dem Ausland verbundenen Vereine. Der Verein kündigte an, gegen das Urteil zu berufen. Die Regierung verteidigte das Vorgehen der Gerichte.`;

describe("a deed whose main clause goes on after a relative clause", () => {
  it("is not restated in the perfect", () => {
    expect(inPerfect("statuierten", "mit der Schließung der Initiative, die auch von einer Stiftung unterstützt wird, ein Exempel für alle")).toBeUndefined();
    const statements = generateBank([{ id: "perfect-before-relative", text }])[0]!.questions.flatMap((question: Question) =>
      question.type === "truefalse" ? [question.statement] : [],
    );
    expect(statements.filter((statement) => statement.includes("statuiert,"))).toEqual([]);
  });

  it("still restates a deed whose subordinate clause ends in an infinitive clause", () => {
    expect(inPerfect("verwies", "einmal mehr darauf, wie schwierig es für die Stadt sei, Zelte aufzustellen")).toEqual({
      verb: "hat",
      rest: "einmal mehr darauf verwiesen, wie schwierig es für die Stadt sei, Zelte aufzustellen",
    });
  });

  it("still restates a deed that a relative clause ends", () => {
    expect(inPerfect("kritisierten", "die Schließung der Initiative, die auch von einer Stiftung unterstützt wird")).toEqual({
      verb: "haben",
      rest: "die Schließung der Initiative kritisiert, die auch von einer Stiftung unterstützt wird",
    });
  });
});
