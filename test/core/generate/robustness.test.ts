/** Teachers paste anything: the generator must not throw, and what it makes must still hold together. */
import fc from "fast-check";
import { expect, it } from "vitest";
import { BankFile } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import nordsee from "../../fixtures/generate-texts/nordsee-konferenz.txt?raw";
import hochwasser from "../../fixtures/generate-texts/hochwasser-slowenien.txt?raw";
import { allEvidence } from "../bank/answers";

const lines = [...nordsee.split("\n"), ...hochwasser.split("\n")];

function expectSound(text: string): void {
  const [bank] = generateBank([{ id: "pasted", text }]);
  BankFile.parse(bank);
  const ids = bank!.questions.map((question) => question.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const question of bank!.questions) {
    for (const evidence of allEvidence(question)) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  }
}

it("copes with arbitrary text", () => {
  fc.assert(fc.property(fc.string({ maxLength: 400 }), expectSound), { numRuns: 200 });
});

it("copes with news lines shuffled, cut and repeated", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 40 }), fc.constantFrom("\n", "\n\n", " "), (picked, separator) =>
      expectSound(picked.join(separator)),
    ),
    { numRuns: 100 },
  );
});
