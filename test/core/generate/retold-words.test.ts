/** Someone's words in the subjunctive of reported speech: retold after "sagte sinngemäß:", never in quotation marks as exact words. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const linesOf = (question: Question) => [
  ...(question.type === "truefalse" ? [question.statement] : [question.stem]),
  ...("options" in question ? (question.options ?? []).map((option) => option.text) : []),
];

const text = `Landtag streitet über Schulbudget

Linz – Der Landtag hat am Donnerstag über das Budget für die Pflichtschulen gestritten. Bildungslandesrätin Eva Berger verteidigte die Kürzungen. Ohne die Einsparungen drohe ein Rekorddefizit, sagte Berger. Der Abgeordnete Martin Kern kritisierte den Plan scharf. Wer bei den Lehrern sparen wolle, gefährde die Zukunft der Kinder, sagte Kern. Er kündigte einen eigenen Antrag an.`;

describe("words in the subjunctive told after a comma or after a fronted phrase", () => {
  const lines = generateBank([{ id: "schulbudget", text }])[0]!.questions.flatMap(linesOf);

  const about = (words: string) => lines.filter((line) => line.includes(words));

  it("retells words whose verb in the subjunctive stands before a comma ('Wer ... sparen wolle, gefährde ...')", () => {
    const retold = about("Zukunft der Kinder");
    expect(retold.some((line) => line.includes("sagte sinngemäß: Wer bei den Lehrern sparen wolle, gefährde die Zukunft der Kinder"))).toBe(true);
    expect(retold.filter((line) => line.includes("„"))).toEqual([]);
  });

  it("retells words whose verb in '-e' follows a fronted phrase ('Ohne die Einsparungen drohe ...')", () => {
    const retold = about("Rekorddefizit");
    expect(retold.some((line) => line.includes("sagte sinngemäß: Ohne die Einsparungen drohe ein Rekorddefizit"))).toBe(true);
    expect(retold.filter((line) => line.includes("„"))).toEqual([]);
  });
});
