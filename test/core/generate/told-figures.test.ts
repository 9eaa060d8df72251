/** Two statements of one text that tell the same figure (a teaser and the body retelling it) are one fact to a quiz. */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const text = `Personalnot: Klinikum Steyr-Kirchdorf sperrt 45 Betten

Wegen fehlender Pflegekräfte muss das Klinikum Steyr-Kirchdorf bis auf Weiteres 45 Betten sperren. Die Gewerkschaft warnt vor längeren Wartezeiten.

Steyr – Das Klinikum Steyr-Kirchdorf hat am Freitag angekündigt, ab Montag 45 seiner 380 Betten zu sperren. Betroffen sind die Chirurgie und die Innere Medizin. Derzeit sind 52 Pflegestellen unbesetzt. „Wir müssen die Sicherheit der Patienten gewährleisten“, sagte Pflegedirektorin Maria Gruber. Geplante Operationen werden verschoben. Die Gewerkschaft vida forderte eine gesetzliche Personalbemessung. „Die Kolleginnen sind am Limit“, sagte Betriebsrätin Eva Steiner. Gesundheitslandesrat Anton Kern kündigte an, 200 zusätzliche Ausbildungsplätze zu schaffen.`;

/** The statement a question tells as true: a true one, a false one's correction, a choice's key. */
const toldOf = (question: Question) =>
  question.type === "truefalse"
    ? question.answer
      ? question.statement
      : (question.correction ?? "")
    : question.type === "single"
      ? (question.options.find((option) => option.id === question.answer)?.text ?? "")
      : "";

describe("the beds a hospital closes, told in the teaser and in the body", () => {
  const pool = generateBank([{ id: "baden", text }])[0]!.questions;
  const tellingBeds = (questions: readonly Question[]) => questions.filter((question) => / 45 (?:seiner 380 )?Betten/u.test(toldOf(question)));

  it("are stated by questions of both sentences in the pool, and asked once in a quiz, whatever its seed", () => {
    expect(new Set(tellingBeds(pool).map((question) => question.evidence.start)).size).toBe(2);
    const twice = Array.from({ length: 30 }, (_, attempt) => drawQuiz(pool, { seed: `s${attempt}` })).filter((quiz) => tellingBeds(quiz).length > 1);
    expect(twice).toEqual([]);
  });
});
