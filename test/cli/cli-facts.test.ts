/** `cli facts FILE` in Node gives the same facts as the engine inside workerd: the output fields the CLI promises. */
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { cli } from "./run";

it("prints document, passages, countries, persons, quantities, member counts and meetings with offsets", async () => {
  const file = "corpus/004_244a028948b0aebe.txt";
  const { code, stdout } = await cli("facts", file);
  expect(code).toBe(0);
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
