/** A figure a text gives twice, rounded in its teaser and exact in its body: one fact, asked once per quiz. */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import { generateBank } from "../../../src/generate/index";

const FESTIVAL = `Festspiele melden Besucherrekord

Mehr als 250.000 Karten wurden verkauft. Die Intendantin zieht eine positive Bilanz.

Salzburg – Die Festspiele haben in diesem Sommer so viele Besucher angezogen wie nie zuvor. Insgesamt wurden 254.000 Karten verkauft, teilte die Festspielleitung am Sonntag mit. Die Auslastung lag bei 97 Prozent. Besucher kamen aus 78 Ländern. Intendantin Anna Berger sprach von einem außergewöhnlichen Jahr. Die nächsten Festspiele beginnen im Juli. Für 2027 plant das Haus 180 Vorstellungen.`;

describe("a figure given twice", () => {
  const pool = generateBank([{ id: "festspiele", text: FESTIVAL }])[0]!.questions;
  const figures = pool.flatMap((question) => (question.type === "numeric" ? [question] : []));
  const tickets = figures.filter((question) => question.answer === 250000 || question.answer === 254000);

  it("asks both places, as one fact: the rounded teaser's and the exact body's", () => {
    expect(tickets.map((question) => question.answer).sort()).toEqual([250000, 254000]);
    expect(new Set(tickets.map((question) => question.fact)).size).toBe(1);
  });

  it("never puts both into one quiz", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const drawn = drawQuiz(pool, { seed }).filter((question) => tickets.some((ticket) => ticket.id === question.id));
      expect(drawn.length, seed).toBeLessThanOrEqual(1);
    }
  });

  it("keeps figures of other units, or far apart, as facts of their own", () => {
    const others = figures.filter((question) => question.answer === 97 || question.answer === 78 || question.answer === 180);
    expect(new Set(others.map((question) => question.fact)).size).toBe(others.length);
    expect(others.map((question) => question.fact)).not.toContain(tickets[0]!.fact);
  });
});

describe("a figure asked as a gap and told by a statement of the same deed", () => {
  const text = `Land beschließt Hilfspaket für Bauern

Nach langen Verhandlungen hat die Landesregierung ein Paket von 40 Millionen Euro beschlossen. Die Opposition spricht von einem Tropfen auf den heißen Stein.

Linz – Die Landesregierung hat sich auf Hilfen für Bauern in Höhe von 40 Millionen Euro geeinigt. Landesrat Franz Mayr sprach von einem wichtigen Signal. Das Geld soll bis Ende des Jahres ausgezahlt werden. Die Landwirtschaftskammer begrüßte die Einigung. Die Grünen kritisierten, dass Biobauern zu wenig bekämen. Die Bauern hatten zuvor in Linz demonstriert.`;
  const pool = generateBank([{ id: "bauern", text }])[0]!.questions;
  const tells = (question: (typeof pool)[number]) =>
    question.type === "numeric"
      ? question.answer === 40
      : question.type === "truefalse"
        ? `${question.statement} ${question.correction ?? ""}`.includes("Millionen Euro")
        : question.type === "single" && question.options.some((option) => option.text.includes("Millionen Euro"));

  it("asks it once per quiz", () => {
    expect(pool.some((question) => question.type === "numeric" && question.answer === 40)).toBe(true);
    expect(pool.some((question) => question.type !== "numeric" && tells(question))).toBe(true);
    for (const seed of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const drawn = drawQuiz(pool, { seed }).filter(tells);
      expect(drawn.length, seed).toBeLessThanOrEqual(1);
    }
  });
});
