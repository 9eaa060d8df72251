/**
 * Who did what among the institutions of a text: no actor read from a preposition that ends like a verb ("laut der
 * Zeitung"), no person described by a noun ("der bayerische Politiker") offered among institutions, and no subject
 * matter ("Das Thema Virtual Reality") asked as who acted.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const poolOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

/** Every option, statement and stem of the text's questions about deeds and quotes: where a name could be offered. */
function wordingsOf(questions: readonly Question[]): string[] {
  return questions.flatMap((question) => {
    if (question.topic !== "action" && question.topic !== "quote") return [];
    if (question.type === "truefalse") return [question.stem, question.statement];
    if (question.type === "single" || question.type === "multi") return [question.stem, ...question.options.map((option) => option.text)];
    return [question.stem];
  });
}

describe("a preposition that ends like a verb is no actor's verb", () => {
  const text = `Neuer Plan für Flüchtlinge

Berlin – Auf EU-Ebene wurde indes laut der Berliner Morgenpost bereits ein Plan erarbeitet, der die Lage entschärfen soll. Im Lager gibt es laut Hilfswerk Platz für 800 Menschen. Die Polizei hat am Montag zwei Männer festgenommen. Die Kommission will die Türkei finanziell unterstützen.`;

  it("reads no deed of 'der Berliner Morgenpost' or 'Hilfswerk' from 'laut'", () => {
    const actors = extractFacts(text).actions.map((action) => action.actor.text);
    expect(actors).not.toContain("der Berliner Morgenpost");
    expect(actors).not.toContain("Hilfswerk");
    expect(actors).toContain("Die Polizei");
  });

  it("states nothing of the newspaper as who made the plan", () => {
    const wordings = wordingsOf(poolOf("laut", text));
    expect(wordings.filter((wording) => /Morgenpost|Hilfswerk|laut auf/u.test(wording))).toEqual([]);
    expect(wordings).toContain("Am Montag hat die Polizei zwei Männer festgenommen.");
  });
});

describe("a person described by a noun is no institution", () => {
  const text = `Streit um Sparpaket in Athen

Athen – Die Regierung hat am Montag ein neues Sparpaket vorgelegt. Die Zentralbank Griechenlands hat die Zinsen am Dienstag erneut gesenkt. Die Gewerkschaft Adedy hat für Freitag einen Generalstreik ausgerufen. Die Reformen müssten rasch umgesetzt werden, forderte der deutsche Sozialdemokrat. Die Lage sei ernst, sagte der Grünen-Politiker am Rande der Sitzung.`;

  it("offers neither 'der deutsche Sozialdemokrat' nor 'der Grünen-Politiker' beside or as a body", () => {
    const wordings = wordingsOf(poolOf("athen", text));
    expect(wordings.filter((wording) => /Sozialdemokrat|Grünen-Politiker/u.test(wording))).toEqual([]);
    // The bodies' own deeds are still stated.
    expect(wordings.some((wording) => wording.includes("Generalstreik"))).toBe(true);
  });

  it("still reads 'Der Betriebsrat' as a body, whose noun is an office too", () => {
    const withCouncil = text.replace("Die Gewerkschaft Adedy hat", "Der Betriebsrat der Staatsbahn hat");
    expect(wordingsOf(poolOf("rat", withCouncil)).some((wording) => wording.startsWith("Der Betriebsrat der Staatsbahn"))).toBe(true);
  });
});

describe("a subject matter named by its noun is no actor", () => {
  const text = `Messe zeigt neue Brillen

Wien – Das Thema Digitalisierung hat in den vergangenen Monaten stark an Bedeutung gewonnen. Der Konzern Samsung hat auf der Messe in Berlin zwei neue Brillen vorgestellt. Das Magazin Wired hat am Dienstag drei Brillen getestet. Die Firma Oculus hat am Montag ihre Preise gesenkt.`;

  it("asks no 'Wer ...?' with the topic as key or option, and gives its deed to no company", () => {
    const wordings = wordingsOf(poolOf("thema", text));
    expect(wordings.filter((wording) => wording.includes("Bedeutung gewonnen"))).toEqual([]);
    expect(wordings.filter((wording) => wording.includes("Das Thema Digitalisierung"))).toEqual([]);
    // A company's deed is still asked among the companies.
    expect(wordings).toContain("Der Konzern Samsung stellte auf der Messe in Berlin zwei neue Brillen vor.");
  });
});
