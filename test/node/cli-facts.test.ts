/** `cli facts FILE` in Node gives the same facts as the engine inside workerd: the output fields the CLI promises. */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);

it("prints document, passages, countries, persons, quantities, member counts and meetings with offsets", async () => {
  const file = "corpus/004_244a028948b0aebe.txt";
  const { stdout } = await run("node_modules/.bin/tsx", ["src/cli/main.ts", "facts", file]);
  const text = await readFile(file, "utf8");
  const facts = JSON.parse(stdout);

  expect(facts.document).toMatchObject({ id: "004_244a028948b0aebe", date: "2017-03" });
  expect(facts.passages[0]).toMatchObject({ id: "p1", kind: "boilerplate" });
  expect(facts.countries.map((country: { iso2: string }) => country.iso2).sort()).toEqual(["DE", "IQ", "SY", "US"]);
  const gabriel = facts.persons.find((person: { surname: string }) => person.surname === "Gabriel");
  expect(gabriel).toMatchObject({ name: "Sigmar Gabriel", role: "Bundesaußenminister", country: "DE", attendance: "represented", relatedTo: "Michaelis" });
  expect(facts.memberCounts).toEqual([expect.objectContaining({ organization: "Anti-IS-Koalition", value: 68 })]);
  expect(facts.meetings[0]).toMatchObject({ place: "Washington", participants: ["Tillerson", "Michaelis"] });
  for (const quantity of facts.quantities) expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
});
