/** A person named in the genitive ("nach Petrows Worten") is named there: for evidence of who said or did it, and for how much the text is about them. */
import { describe, expect, it } from "vitest";
import { documentContext, generateBank } from "../../../src/generate/index";

const TEXT = `Streit um Botschafter

Warschau – Die polnische Außenministerin Anna Kowalska will am Montag den russischen Botschafter Igor Petrow einbestellen. Grund ist ein Interview, in dem der Diplomat der Regierung in Warschau Vorwürfe machte. Die Beziehungen der beiden Länder sind nach Petrows Worten auf dem schlechtesten Stand seit Jahrzehnten. Zudem warf er Polen eine Mitschuld am Ausbruch des Krieges vor.`;

const questions = () => generateBank([{ id: "botschafter", text: TEXT }])[0]!.questions;

describe("a person named in the genitive", () => {
  it("is named in that sentence: the evidence of 'er' after it starts there, not at an earlier sentence that names him", () => {
    const blamed = questions().filter((question) => question.topic === "action" && question.evidence.quote.includes("Mitschuld"));
    expect(blamed.length).toBeGreaterThan(0);
    for (const question of blamed) expect(question.evidence.quote).toMatch(/^Die Beziehungen der beiden Länder sind nach Petrows Worten/u);
  });

  it("needs no earlier sentence as evidence of who said words attributed 'nach Petrows Worten'", () => {
    const said = questions().filter((question) => question.topic === "quote" && question.evidence.quote.includes("schlechtesten Stand"));
    expect(said.length).toBeGreaterThan(0);
    for (const question of said) expect(question.moreEvidence).toEqual([]);
  });

  it("counts as naming the person in how often the text names them", () => {
    expect(documentContext({ id: "botschafter", text: TEXT }).mentionCounts.get("Petrow")).toBe(2);
  });
});
