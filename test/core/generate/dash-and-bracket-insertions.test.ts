/**
 * An insertion between two dashes or in brackets inside a deed's clause ("hat – trotz heftiger Proteste – die Reform
 * beschlossen", "stellte den Bericht (samt allen Zahlen) im Landtag vor"): the main clause goes on after it. The deed is
 * stated whole, with the insertion as the text writes it, or not at all; never cut inside the insertion ("Martin Eder
 * hat – trotz heftiger Proteste der Ärzte.") nor without the rest of its clause. Through the whole generator on texts of
 * our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

/** What a learner reads of each question about a deed: statements, stems and options. */
function deedTextsOf(id: string, text: string): string[] {
  return generateBank([{ id, text }])[0]!.questions.flatMap((question: Question) => {
    if (question.topic !== "action") return [];
    if (question.type === "truefalse") return [question.statement];
    if (question.type === "single") return [question.stem, ...question.options.map((option) => option.text)];
    return [];
  });
}

const clausesOf = (text: string) => extractFacts(text).actions.map((action) => text.slice(action.clause.start, action.clause.end));

/** Dashes as marks between words: an insertion has two, a cut one leaves one. */
const dashesIn = (words: string) => words.match(/\s[–—-]\s|^[–—]\s/gu)?.length ?? 0;

const DASHES = `Streit um die Spitalsreform

Das Land plant eine Reform der Spitäler. Die Ärztekammer warnt vor Engpässen.

Salzburg – Der Gesundheitslandesrat Martin Eder hat – trotz heftiger Proteste der Ärzte – die Reform der Spitäler beschlossen. Die Spitalsmanagerin Sabine Kofler will – wie angekündigt – zwei Stationen in Hallein schließen. Der Primar Thomas Reiter reichte – nach langem Zögern – seinen Rücktritt ein. Eder unterzeichnete – gemeinsam mit der Gewerkschaft – einen neuen Kollektivvertrag.`;

const AFTER_THE_CLAUSE = `Neue Verträge für die Pflege

Das Land sucht Pflegekräfte. Die Gewerkschaft verhandelt seit Wochen.

Salzburg – Der Gesundheitslandesrat Martin Eder hat den Vertrag unterzeichnet – trotz aller Kritik – und die Ärzte kündigten Proteste an. Die Spitalsmanagerin Sabine Kofler eröffnete die neue Station in Hallein – ein Jahr früher als geplant. Die Betriebsrätin Laura Huber siegte – wie erwartet – ihre Liste jubelte am Abend.`;

const BRACKETS = `Umbau des Landeskrankenhauses

Das Landeskrankenhaus wird erweitert. Die Kosten steigen.

Salzburg – Die Spitalsmanagerin Sabine Kofler stellte am Freitag den Bauplan (samt allen Kosten) im Landtag vor. Der Gesundheitslandesrat Martin Eder hat den Auftrag (gegen den Rat der Prüfer) an eine Grazer Firma vergeben, und die Opposition verlangt eine Prüfung.`;

describe("an insertion between two dashes in a deed's clause", () => {
  it("is part of the clause the extractor finds, which goes on to the clause's end", () => {
    const clauses = clausesOf(DASHES);
    expect(clauses).toContain("Der Gesundheitslandesrat Martin Eder hat – trotz heftiger Proteste der Ärzte – die Reform der Spitäler beschlossen");
    expect(clauses).toContain("Die Spitalsmanagerin Sabine Kofler will – wie angekündigt – zwei Stationen in Hallein schließen");
    expect(clauses).toContain("Der Primar Thomas Reiter reichte – nach langem Zögern – seinen Rücktritt ein");
    expect(clauses).toContain("Eder unterzeichnete – gemeinsam mit der Gewerkschaft – einen neuen Kollektivvertrag");
  });

  it("stays in the statement, which is whole", () => {
    const texts = deedTextsOf("dashes", DASHES);
    expect(texts).toContain("Martin Eder hat – trotz heftiger Proteste der Ärzte – die Reform der Spitäler beschlossen.");
    expect(texts).toContain("Sabine Kofler will – wie angekündigt – zwei Stationen in Hallein schließen.");
  });

  it("is never cut in two: a deed, stem or option has both dashes or none", () => {
    const texts = deedTextsOf("dashes", DASHES);
    expect(texts.length).toBeGreaterThan(0);
    for (const words of texts) expect(dashesIn(words) % 2, words).toBe(0);
  });
});

describe("dashes after a clause that is already whole, or before another clause", () => {
  it("end the clause there: what follows them is no part of the deed", () => {
    const clauses = clausesOf(AFTER_THE_CLAUSE);
    expect(clauses).toContain("Der Gesundheitslandesrat Martin Eder hat den Vertrag unterzeichnet");
    expect(clauses).toContain("Die Spitalsmanagerin Sabine Kofler eröffnete die neue Station in Hallein");
    expect(clauses).toContain("Die Betriebsrätin Laura Huber siegte");
    for (const words of deedTextsOf("after", AFTER_THE_CLAUSE)) {
      expect(words).not.toContain("Ärzte kündigten");
      expect(words).not.toContain("jubelte");
      expect(dashesIn(words) % 2, words).toBe(0);
    }
  });
});

describe("an insertion in brackets in a deed's clause", () => {
  it("is part of the clause the extractor finds, up to the clause's own end", () => {
    const clauses = clausesOf(BRACKETS);
    expect(clauses).toContain("Die Spitalsmanagerin Sabine Kofler stellte am Freitag den Bauplan (samt allen Kosten) im Landtag vor");
    expect(clauses).toContain("Der Gesundheitslandesrat Martin Eder hat den Auftrag (gegen den Rat der Prüfer) an eine Grazer Firma vergeben");
  });

  it("makes no statement cut at the bracket, nor one that runs into the next clause", () => {
    const texts = deedTextsOf("brackets", BRACKETS);
    expect(texts.filter((words) => /den (?:Bauplan|Auftrag)[.?]?$/u.test(words))).toEqual([]);
    expect(texts.filter((words) => words.includes("Opposition verlangt"))).toEqual([]);
  });
});
