/**
 * What a study concludes, told by its researchers at the report's end ("..., schreiben die Forscher."): the
 * report's result, asked where it stands, and changed for a false statement also where it is a copula's predicate
 * after sentence adverbs ("seien also offenbar in der Lage" → "seien also offenbar nicht in der Lage").
 */
import { describe, expect, it } from "vitest";
import { MIN_CLAIM_SALIENCE } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const CROWS = `Krähen merken sich Gesichter

Wien – Biologen der Universität Wien haben untersucht, wie Nebelkrähen auf fremde Menschen reagieren. Dafür trugen Helfer in einem Park verschiedene Masken. Manche Helfer fütterten die Vögel, andere verscheuchten sie mit einem Besen. Die Versuche dauerten zwei Sommer lang. Nach einigen Wochen warnten die Krähen einander vor den Masken der unfreundlichen Helfer. Die freundlichen Masken ließen sie dagegen in Ruhe. Im zweiten Sommer kamen auch junge Vögel dazu, die die Helfer nie gesehen hatten. Krähen seien also offenbar in der Lage, sich Gesichter über lange Zeit zu merken, schreiben die Forscher im Fachblatt Animal Behaviour.`;

const statements = (text: string) =>
  generateBank([{ id: "kraehen", text }])[0]!.questions.filter((question): question is Statement => question.type === "truefalse");

describe("a study's conclusion at the report's end", () => {
  it("is stated true and, its predicate denied after the adverbs, false", () => {
    const said = statements(CROWS).map((question) => `${question.answer}: ${question.statement}`);
    expect(said).toContain("true: Die Forscher schreiben: Krähen seien also offenbar in der Lage, sich Gesichter über lange Zeit zu merken.");
    expect(said).toContain("false: Die Forscher schreiben: Krähen seien also offenbar nicht in der Lage, sich Gesichter über lange Zeit zu merken.");
  });

  it("counts as the report's result, not as closing background", () => {
    // A conclusion the finder of findings reads without the predicate's denial: only its weight is asked here.
    const text = CROWS.replace("seien also offenbar in der Lage, sich Gesichter über lange Zeit zu merken", "könnten sich Gesichter über lange Zeit merken");
    const found = statements(text).filter((question) => question.statement.startsWith("Die Forscher schreiben"));
    expect(found.map((question) => question.answer)).toEqual(expect.arrayContaining([true, false]));
    const truth = found.find((question) => question.answer);
    expect(truth!.salience).toBeGreaterThanOrEqual(MIN_CLAIM_SALIENCE);
  });

  it("is not denied where a comparative is the predicate ('nicht klüger' may still hold)", () => {
    const text = CROWS.replace("in der Lage, sich Gesichter über lange Zeit zu merken", "klüger");
    expect(statements(text).filter((question) => question.statement.includes("nicht klüger"))).toEqual([]);
  });
});
