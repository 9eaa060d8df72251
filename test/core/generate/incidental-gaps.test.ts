/**
 * Gaps a teacher would not ask: the year that dates a thing in an attribute ("die 1970 eröffnete Brücke") and the
 * journal a study appeared in ("im Fachjournal „Hirnforschung heute“"). Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

function questionsOf(id: string, text: string): Question[] {
  return generateBank([{ id, text }])[0]!.questions;
}

const TUNNEL = `Tunnel wird saniert

Innsbruck – Die 1985 eröffnete Brücke über den Inn gehört zu den wichtigsten Verbindungen in Tirol. Die Arbeiten kosten rund 40 Millionen Euro. Das Land Tirol rechnet mit Staus.`;

describe("a year before an attributive participle", () => {
  it("dates the noun, as a birth year does, and is no figure to ask", () => {
    const figures = questionsOf("tunnel", TUNNEL).flatMap((question) => (question.type === "numeric" ? [question.answer] : []));
    expect(figures).not.toContain(1985);
    expect(figures).toContain(40);
  });
});

const SLEEP = `Studie: Kurzer Schlaf schadet dem Herzen

Wer regelmäßig weniger als sechs Stunden schläft, erkrankt häufiger am Herzen. Das zeigt eine Studie der Universität Innsbruck.

Innsbruck – Schon wenige Wochen mit zu wenig Schlaf können das Herz dauerhaft schädigen. Zu diesem Ergebnis kommt eine Studie der Universität Innsbruck, die am Montag im Fachjournal „Sleep Health Today“ veröffentlicht wurde. Die Forscher werteten die Daten von 12.000 Menschen aus. Studienleiterin Anna Berger sprach von einem klaren Zusammenhang.`;

describe("the journal a study appeared in", () => {
  it("is no name gap: where to look the study up, not what it found", () => {
    const gaps = questionsOf("sleep", SLEEP).flatMap((question) => (question.type === "cloze" ? [question.answer] : []));
    expect(gaps).not.toContain("Sleep Health Today");
  });
});
