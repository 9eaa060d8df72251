/**
 * A duty or plan that names nobody who acts ("Der Prozess muss neu verhandelt werden.", "Die Kontrolle soll verschärft
 * werden."), often a report's headline: asked by its false twin, denied or with its event turned (the true statement
 * would be the sentence as written, which "verbatim means true" answers unread), through the whole generator on texts
 * of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { modalPassive } from "../../../src/generate/compoundpast";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const RETRIAL = `Prozess um Stadtwerke

Graz – Der Prozess um die Stadtwerke muss neu verhandelt werden. Das Oberlandesgericht hat am Montag das Urteil gegen den früheren Bürgermeister Karl Huber aufgehoben. Die Richter sahen Mängel in der Begründung.`;

const CONTROLS = `Neue Regeln im Rathaus

Linz – Im Rathaus soll die Kontrolle der Ausgaben verschärft werden. Der Rechnungshof hatte im Vorjahr Mängel bei den Aufträgen gefunden. Die Opposition begrüßt die Pläne.`;

const POOL = `Freibad bleibt zu

Villach – Das städtische Freibad soll im Juni geschlossen werden. Die Becken sind undicht, die Reparatur wäre teuer. Viele Badegäste sind enttäuscht.`;

function statements(id: string, text: string): Statement[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse" && question.fact.startsWith("compound:"));
}

const said = (found: Statement[], answer: boolean) => found.filter((statement) => statement.answer === answer).map((statement) => statement.statement);

describe("a duty or plan in the passive", () => {
  it("is read as fore-field, modal, middle and participle", () => {
    expect(modalPassive("Der Prozess muss neu verhandelt werden.")).toMatchObject({
      forefield: "Der Prozess",
      auxiliary: "muss",
      middle: "neu",
      participle: "verhandelt",
      werden: true,
    });
    expect(modalPassive("Bis 2030 sollen in der Stadt 500 Wohnungen gebaut werden.")).toMatchObject({ forefield: "Bis 2030", auxiliary: "sollen" });
  });

  it("is no claim, no conditional, no second clause and no clause going on from the sentence before", () => {
    // "soll ... gestohlen haben" tells what someone is said to have done; "müsste" what would be needed.
    expect(modalPassive("Der Mann soll das Auto gestohlen haben.")).toBeUndefined();
    expect(modalPassive("Das Gesetz müsste geändert werden.")).toBeUndefined();
    expect(modalPassive("Das Gesetz kann geändert werden.")).toBeUndefined();
    expect(modalPassive("Das Gesetz muss geändert werden, sagte die Ministerin.")).toBeUndefined();
    expect(modalPassive("Dabei muss das Gesetz geändert werden.")).toBeUndefined();
    expect(modalPassive("Außerdem sollen die Regeln geändert werden.")).toBeUndefined();
    expect(modalPassive("Es muss gespart werden.")).toBeUndefined();
  });

  it("states a duty denied before its adverb of doing again, false, and not as written", () => {
    const found = statements("retrial", RETRIAL);
    expect(said(found, true)).toEqual([]);
    expect(said(found, false)).toContain("Der Prozess um die Stadtwerke muss nicht neu verhandelt werden.");
  });

  it("turns the planned event into its opposite where it has one", () => {
    const found = statements("controls", CONTROLS);
    expect(said(found, true)).toEqual([]);
    expect(said(found, false)).toEqual(["Im Rathaus soll die Kontrolle der Ausgaben gelockert werden."]);
  });

  it("denies a plan with only a time before the participle", () => {
    const found = statements("pool", POOL);
    expect(said(found, true)).toEqual([]);
    expect(said(found, false)).toEqual(["Das städtische Freibad soll im Juni nicht geschlossen werden."]);
  });

  it("states nothing where the sentence points back or denies already", () => {
    expect(statements("retrial", RETRIAL.replace("Der Prozess um die Stadtwerke muss", "Dabei muss der Prozess"))).toEqual([]);
    expect(statements("pool", POOL.replace("soll im Juni geschlossen", "soll im Juni nicht geschlossen"))).toEqual([]);
  });
});
