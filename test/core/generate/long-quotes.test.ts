/** Long quotes of the main actors: cut after a whole clause that says no less on its own, or stated whole, never cut inside a clause. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const quoteQuestionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions.filter((question) => question.topic === "quote");
const statementsOf = (id: string, text: string) =>
  quoteQuestionsOf(id, text).flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));

const summit = (said: string) => `Gipfel in Brüssel

Brüssel – Die Regierungschefs der EU haben am Freitag über die Verteilung von Flüchtlingen beraten. ${said} Der französische Präsident Emmanuel Macron forderte mehr Geld für die Grenzschutzagentur Frontex. Der ungarische Regierungschef Viktor Orbán lehnte feste Quoten ab.`;

describe("a long retold quote whose first clause goes on with 'und' and a clause of its own", () => {
  it("states the first clause as a sentence, without the cut part and without '…'", () => {
    const text = summit(
      "Die Hilfe der Union für die Nachbarstaaten Syriens stärke die Lager in der Türkei und im Libanon nachhaltig und solle viele Familien von der gefährlichen Flucht über das Mittelmeer abhalten, sagte die deutsche Kanzlerin Angela Merkel.",
    );
    const made = statementsOf("gipfel", text);
    expect(made).toContainEqual({
      statement: "Angela Merkel sagte sinngemäß: Die Hilfe der Union für die Nachbarstaaten Syriens stärke die Lager in der Türkei und im Libanon nachhaltig.",
      answer: true,
    });
    expect(made.filter((statement) => statement.statement.includes("Mittelmeer") || statement.statement.includes("…"))).toEqual([]);
    const who = quoteQuestionsOf("gipfel", text).find((question) => question.stem.startsWith("Wer sagte"));
    expect(who?.stem).toBe(
      "Wer sagte laut Text sinngemäß: Die Hilfe der Union für die Nachbarstaaten Syriens stärke die Lager in der Türkei und im Libanon nachhaltig?",
    );
  });

  it("keeps the clause after a verb that closes it in a 'dass' clause, before a second clause of its own", () => {
    const text = summit(
      "Die deutsche Kanzlerin Angela Merkel sagte weiter, dass man die Menschen nicht einfach nach Griechenland, Italien oder Malta zurückschicken könne und es auch nicht sinnvoll sei, sie in Lagern unterzubringen.",
    );
    expect(statementsOf("gipfel", text)).toContainEqual({
      statement: "Angela Merkel sagte weiter, dass man die Menschen nicht einfach nach Griechenland, Italien oder Malta zurückschicken könne.",
      answer: true,
    });
  });
});

describe("a long quote that no cut leaves whole", () => {
  it("is stated whole up to the length a statement can have, but not asked as 'Wer sagte ...?'", () => {
    // The comma before "umgerechnet" lies inside the clause of "wo": cut there, the clause would break off.
    const said =
      "Im Prinzip könne ja auch im Vertrag stehen, dass man nur dort hilft, wo man die Quote von zwei Prozent, umgerechnet auf die Einwohner, erfüllt";
    const text = summit(`${said}, sagte die deutsche Kanzlerin Angela Merkel.`);
    const made = statementsOf("gipfel", text);
    expect(made).toContainEqual({ statement: `Angela Merkel sagte sinngemäß: ${said}.`, answer: true });
    expect(made.filter((statement) => statement.statement.includes("…"))).toEqual([]);
    expect(quoteQuestionsOf("gipfel", text).filter((question) => question.stem.startsWith("Wer sagte"))).toEqual([]);
  });

  it("is not asked where it is longer, and never cut before its main clause or a condition", () => {
    const conditional = summit(
      "„Würde ich heute eine Umfrage in allen Mitgliedstaaten machen und dürfte ich nur eine einzige Frage zur Zukunft der Union stellen, müsste ich nach der Migration fragen“, sagte die deutsche Kanzlerin Angela Merkel.",
    );
    expect(statementsOf("gipfel", conditional).filter((statement) => statement.statement.includes("Umfrage"))).toEqual([]);
    const condition = summit(
      "Die Staaten im Osten der Union würden nach Ansicht der Kommission in den kommenden Jahren deutlich mehr Geld aus Brüssel bekommen, wenn sie sich an der Verteilung der Menschen beteiligen, sagte die deutsche Kanzlerin Angela Merkel.",
    );
    expect(statementsOf("gipfel", condition).filter((statement) => statement.statement.includes("Geld aus Brüssel"))).toEqual([]);
  });

  it("is not cut after a relative clause that opens it, before its main clause", () => {
    const text = summit(
      "„Die Länder, die in den vergangenen beiden Jahren besonders viele Menschen aus Syrien und Afghanistan aufgenommen haben, und ihre Nachbarn sollen künftig deutlich mehr Geld aus dem gemeinsamen Haushalt bekommen“, sagte die deutsche Kanzlerin Angela Merkel.",
    );
    expect(statementsOf("gipfel", text).filter((statement) => statement.statement.includes("Afghanistan"))).toEqual([]);
  });

  it("cuts before a clause of reason or purpose: retold words as a sentence, words in quotation marks with '…'", () => {
    const reason = summit(
      "Die Union müsse ihre Außengrenzen im Süden und im Osten in den kommenden Monaten deutlich besser schützen, weil sonst die Zustimmung der Bürger zur Freizügigkeit im Schengen-Raum verloren gehe, sagte die deutsche Kanzlerin Angela Merkel.",
    );
    expect(statementsOf("gipfel", reason)).toContainEqual({
      statement: "Angela Merkel sagte sinngemäß: Die Union müsse ihre Außengrenzen im Süden und im Osten in den kommenden Monaten deutlich besser schützen.",
      answer: true,
    });
    const text = summit(
      "„Jedes Mal, wenn im Süden des Sudan wieder heftige Kämpfe ausbrechen, fliehen tausende Menschen über die Grenze nach Uganda, um in einem der großen Lager Schutz zu finden“, sagte die deutsche Kanzlerin Angela Merkel.",
    );
    expect(statementsOf("gipfel", text)).toContainEqual({
      statement:
        "Angela Merkel sagte: „Jedes Mal, wenn im Süden des Sudan wieder heftige Kämpfe ausbrechen, fliehen tausende Menschen über die Grenze nach Uganda …“",
      answer: true,
    });
  });
});
