/**
 * Extraction and generation are pure TypeScript that must run in the Worker as in Node: here, inside
 * workerd, the corpus gives the committed question bank byte for byte (the other tests of src/extract and
 * src/generate run in Node, in test/core/).
 */
import { expect, it } from "vitest";
import metadata from "../../corpus/metadata.json";
import seed000 from "../../corpus/000_da9cece58f689f55.txt?raw";
import seed001 from "../../corpus/001_a0779ffe5682cfbe.txt?raw";
import seed002 from "../../corpus/002_1b9413930cd04c90.txt?raw";
import seed003 from "../../corpus/003_ffc1f06195f87f2c.txt?raw";
import seed004 from "../../corpus/004_244a028948b0aebe.txt?raw";
import { bankFiles } from "../../questions/index";
import { extractFacts } from "../../src/extract/index";
import { generateBank, type SourceDocument } from "../../src/generate/index";

const corpus: SourceDocument[] = Object.entries({
  "000_da9cece58f689f55.txt": seed000,
  "001_a0779ffe5682cfbe.txt": seed001,
  "002_1b9413930cd04c90.txt": seed002,
  "003_ffc1f06195f87f2c.txt": seed003,
  "004_244a028948b0aebe.txt": seed004,
}).map(([file, text]) => ({ id: file.replace(/\.txt$/u, ""), file, text, metadata: (metadata as Record<string, SourceDocument["metadata"]>)[file] ?? {} }));

it("generates the committed question bank from the corpus inside workerd", () => {
  expect(bankFiles.map((file) => file.document.id)).toEqual(corpus.map((doc) => doc.id));
  expect(JSON.stringify(generateBank(corpus))).toBe(JSON.stringify(bankFiles));
});

it("extracts facts whose spans point into the text inside workerd", () => {
  const facts = extractFacts(seed004, { id: "004" });
  expect(facts.countries.map((country) => country.iso2).sort()).toEqual(["DE", "IQ", "SY", "US"]);
  for (const quantity of facts.quantities) expect(seed004.slice(quantity.start, quantity.end)).toBe(quantity.text);
});
