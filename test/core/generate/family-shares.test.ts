/**
 * A divisible question family run in parts (src/generate/share.ts), as a Worker runs the costliest families of a long
 * text over several requests: the parts' questions one after the other are the whole family's, question for question,
 * however many parts; each part asks only about its share of the facts.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import {
  DIVISIBLE_FAMILIES,
  documentContext,
  type FamilyShare,
  SINGLE_DOCUMENT_FAMILIES,
  shareOf,
  singleDocumentPool,
  WHOLE_FAMILY,
} from "../../../src/generate/index";

const HARBOUR = `Streit um den Hafenausbau in Kiel

Kiel – Die Landesregierung hat am Montag den Ausbau des Kieler Hafens beschlossen. Wirtschaftsministerin Carla Reimers sagte, der neue Anleger werde rund 120 Millionen Euro kosten. Umweltverbände kritisierten den Beschluss scharf.

Der Naturschutzbund reichte am Dienstag eine Klage gegen den Hafenausbau ein. „Die Ostsee verträgt keine weiteren Großschiffe“, sagte Verbandschef Jonas Petersen. Bürgermeister Ulf Kämpfer begrüßte dagegen die Entscheidung der Landesregierung.

Die Reederei Nordlicht will ab 2027 drei neue Fähren nach Oslo einsetzen. Der Hafen fertigte im vergangenen Jahr 2,3 Millionen Passagiere ab. Die Gewerkschaft Verdi forderte mehr Personal für die Abfertigung.

Landrat Peter Hansen kündigte eine Bürgerversammlung im Rathaus an. Der Stadtrat soll im Herbst über die Zufahrtsstraßen entscheiden. Die Hafenverwaltung rechnet mit 400 neuen Arbeitsplätzen.

Für den Anleger müssen die Bauarbeiter die Hafeneinfahrt um drei Meter vertiefen. Die Baggerarbeiten an der Hafeneinfahrt sollen im Frühjahr beginnen. Kritiker befürchten, dass die Hafeneinfahrt dabei verschlammt. Auch die Fährlinie nach Göteborg ist von der gesperrten Hafeneinfahrt betroffen.`;

const doc = documentContext({ id: "harbour", text: HARBOUR });
const pool = singleDocumentPool(doc);
const divisible = SINGLE_DOCUMENT_FAMILIES.flatMap((family, index) => (DIVISIBLE_FAMILIES[index] ? [{ family, index }] : []));
const ids = (questions: readonly Question[]) => questions.map((question) => JSON.stringify(question));
const inParts = (family: (typeof SINGLE_DOCUMENT_FAMILIES)[number], parts: number) =>
  Array.from({ length: parts }, (_, part) => family(doc, pool, { part, parts })).flat();

describe("question families in parts", () => {
  it("divides the costliest families: who did what, quotes, roles, figures and key terms", () => {
    expect(DIVISIBLE_FAMILIES).toHaveLength(SINGLE_DOCUMENT_FAMILIES.length);
    expect(divisible.length).toBe(5);
  });

  it.each([2, 3, 4, 7])("makes the whole family's questions in %i parts, in the same order", (parts) => {
    for (const { family, index } of divisible) {
      const whole = family(doc, pool, WHOLE_FAMILY);
      expect(whole.length, `family ${index}`).toBeGreaterThan(1);
      expect(ids(inParts(family, parts)), `family ${index}`).toEqual(ids(whole));
    }
  });

  it("asks in each part only about its share: the first of two parts not about the text's last facts", () => {
    for (const { family, index } of divisible) {
      const whole = family(doc, pool, WHOLE_FAMILY);
      const first = family(doc, pool, { part: 0, parts: 2 });
      const second = family(doc, pool, { part: 1, parts: 2 });
      expect(first.length, `family ${index}`).toBeLessThan(whole.length);
      expect(second.length, `family ${index}`).toBeLessThan(whole.length);
    }
  });

  it("shares out items in runs of about as many, each once, in order", () => {
    const items = ["a", "b", "c", "d", "e"];
    const share = (part: number, parts: number): FamilyShare => ({ part, parts });
    expect([0, 1, 2].map((part) => shareOf(items, share(part, 3)))).toEqual([["a"], ["b", "c"], ["d", "e"]]);
    expect(shareOf(items, WHOLE_FAMILY)).toBe(items);
    expect([0, 1, 2, 3].map((part) => shareOf(["a"], share(part, 4)))).toEqual([[], [], [], ["a"]]);
  });
});
