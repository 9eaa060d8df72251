/** The kind of a body the text names by its bare name after a noun of its kind ("der liberalen Partei LNS"). */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const TEXT = [
  "Neuwahl im Herbst",
  "",
  "Vilnius – Die zentrale Wahlkommission hat am Dienstag den 4. Oktober als Tag der vorgezogenen Parlamentswahl festgelegt. Zuvor hatte es wochenlang Streit über den Haushalt gegeben.",
  "",
  "Der Vorsitzende der liberalen Partei LNS, Tomas Varnas, begrüßte die Entscheidung. Die LNS will mit einem eigenen Kandidaten für das Amt des Regierungschefs antreten. Umfragen sehen die Partei derzeit bei zwölf Prozent.",
  "",
  "Die Wahlkommission kündigte zudem an, mehr Wahllokale im Ausland einzurichten.",
].join("\n");

/** Every statement and option of the pool's questions. */
const wordingsOf = (text: string): string[] =>
  (generateBank([{ id: "kind-word", text }])[0]?.questions ?? []).flatMap((question) => {
    const fields = question as unknown as { statement?: string; options?: { text: string }[] };
    return [...(fields.statement ? [fields.statement] : []), ...(fields.options ?? []).map((option) => option.text)];
  });

describe("a party known by the word before its name", () => {
  it("does not get the election commission's deed, as 'der liberalen Partei LNS' tells it is a party", () => {
    const wordings = wordingsOf(TEXT);
    expect(wordings.some((wording) => wording.includes("die zentrale Wahlkommission den 4. Oktober"))).toBe(true);
    expect(wordings.filter((wording) => wording.includes("LNS den 4. Oktober"))).toEqual([]);
  });
});
