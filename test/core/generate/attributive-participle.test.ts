/**
 * A past participle inflected as an adjective before its noun ("der akkreditierten russischen Diplomaten", "Die im Mai
 * vorgelegte Novelle", "Die vom Rat verabschiedete Reform"): an attribute, never the clause's verb.
 */
import { describe, expect, it } from "vitest";
import { participleOfPast } from "../../../src/generate/claims";
import { inOtherTense, pastInPerfect } from "../../../src/generate/compoundpast";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));

/** A sentence in the simple past as the generator states it in the perfect, or undefined where it states none. */
const perfectOf = (sentence: string) => {
  const clause = pastInPerfect(sentence);
  return clause && `${clause.forefield} ${clause.auxiliary}${clause.middle === "" ? "" : ` ${clause.middle}`} ${clause.participle}${clause.tail}.`;
};

describe("a participle in '-ten' before an adjective in '-en' and a noun", () => {
  it("is not restated as a perfect ('haben ... akkreditiert')", () => {
    const text = `Spionage in Wien

Wien – Österreich hat einen Diplomaten ausgewiesen. Nach Schätzungen der Polizei arbeiten rund 80 der in Wien stationierten ausländischen Agenten für Geheimdienste. Das Ministerium wollte das nicht kommentieren.`;
    const made = statementsOf("spionage", text);
    expect(made.filter((statement) => statement.endsWith("stationiert."))).toEqual([]);
  });
});

describe("a participle with 'ge-' inflected before its noun", () => {
  it("is no weak verb's past: no second 'ge-' is put before it", () => {
    expect(participleOfPast("geschickte")).toBeUndefined();
    expect(participleOfPast("vorgelegte")).toBeUndefined();
    expect(participleOfPast("angekündigte")).toBeUndefined();
    // "gelten" is strong: "gelte" is its subjunctive, no past.
    expect(participleOfPast("gelte")).toBeUndefined();
  });

  it("leaves the past of a verb whose own stem opens with 'ge-' and of other weak verbs", () => {
    expect(participleOfPast("gestaltete")).toBe("gestaltet");
    expect(participleOfPast("gehörte")).toBe("gehört");
    expect(participleOfPast("gelangte")).toBe("gelangt");
    expect(participleOfPast("forderte")).toBe("gefordert");
    expect(perfectOf("Die Bahn gestaltete den Fahrplan für den Sommer neu.")).toBe("Die Bahn hat den Fahrplan für den Sommer neu gestaltet.");
  });

  it("keeps a sentence whose verb is a subjunctive beside it from being stated in the perfect", () => {
    expect(perfectOf("Die im Frühjahr geschickte Novelle verstoße gegen die österreichische Verfassung.")).toBeUndefined();
    expect(perfectOf("Der im Mai vorgelegte Plan koste zu viel.")).toBeUndefined();
    expect(perfectOf("Die im Vorjahr eingeführte Steuer bringe kaum Geld.")).toBeUndefined();
    expect(perfectOf("Die vom Rat beschlossene Reform gelte ab Juli.")).toBeUndefined();
  });
});

describe("a participle without 'ge-' after a determiner and a preposition", () => {
  it("is the attribute of the noun after it, not the verb ('Die vom Rat verabschiedete Reform verstoße ...')", () => {
    expect(perfectOf("Die vom Rat verabschiedete Reform verstoße gegen das Recht der Union.")).toBeUndefined();
    expect(perfectOf("Die von der Polizei befragte Zeugin widerspreche dem Bericht.")).toBeUndefined();
    expect(perfectOf("Die Frauen der auf dem Berg versteckten Kämpfer kommen einem in den Sinn.")).toBeUndefined();
  });

  it("leaves the verb that follows the phrase's noun, and a past before a noun without such a phrase", () => {
    expect(perfectOf("Die in Linz lebende Familie kaufte ein Haus am Stadtrand.")).toBe("Die in Linz lebende Familie hat ein Haus am Stadtrand gekauft.");
    expect(perfectOf("Die Polizei stoppte Autos auf der Autobahn.")).toBe("Die Polizei hat Autos auf der Autobahn gestoppt.");
    const statement = pastInPerfect("Die Polizei stoppte Autos auf der Autobahn.");
    expect(statement && inOtherTense(statement)).toBe("Die Polizei stoppte Autos auf der Autobahn.");
  });
});

describe("a reported verdict on a plan named with an attributive participle", () => {
  it("asks no statement that splits the participle from its noun", () => {
    const text = `Kritik an der Reform

Wien – Der im Mai vorgelegte Plan koste zu viel, sagte der Rechnungshof am Montag. Die vom Rat beschlossene Reform gelte ab Juli. Die im Frühjahr geschickte Novelle verstoße gegen die österreichische Verfassung. In Spanien hatte ein ähnliches Gesetz für Streit gesorgt.`;
    const made = statementsOf("reform", text);
    expect(made.filter((statement) => /(?<!\p{L})gege\p{Ll}*t(?!\p{L})|gegelt|gekost/u.test(statement))).toEqual([]);
    expect(made.filter((statement) => /(?:Der im Mai|Die vom Rat|Die im Frühjahr) (?:hat|haben)/u.test(statement))).toEqual([]);
  });
});
