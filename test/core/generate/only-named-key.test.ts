/**
 * Rubric criterion 4: no choice whose key is the only option the text names. Where every other country
 * (or place) the text names acts, speaks or stands in the asked sentence, the fact is asked as a gap or as
 * statements instead, through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Single = Extract<Question, { type: "single" }>;
type Cloze = Extract<Question, { type: "cloze" }>;
type TrueFalse = Extract<Question, { type: "truefalse" }>;

const BORDER = `Grenze geschlossen

Rabat – Marokko hat am Mittwoch seine Grenze zu Algerien für Lastwagen geschlossen. Die Behörden nannten Sicherheitsgründe. Hunderte Fahrer warten seither in langen Schlangen.`;

const JETS = `Kampfjets verlegt

Bukarest – Die US-Streitkräfte haben am Montag vier Kampfflugzeuge nach Polen verlegt. Die Maschinen sollen mehrere Wochen bleiben. Ein Sprecher nannte die Verlegung eine Routineübung.`;

const FLEET = `Spannungen in der Ägäis

Athen – Am Dienstag haben die griechischen Streitkräfte zwei Fregatten in die östliche Ägäis entsandt. Ein Sprecher des Verteidigungsministeriums nannte die Verlegung eine Vorsichtsmaßnahme. Die Lage bleibe aber ruhig, hieß es.`;

const MISSILES = `Raketentests ausgeweitet

Pjöngjang – Nordkorea hat am Montag seine Raketentests ausgeweitet. Das Militär des international isolierten Landes feuerte am Dienstag zwei Raketen ins Meer ab. Beobachter zeigten sich besorgt.`;

const ARREST = `Festnahme in Marrakesch

Rabat – In Marokko ist am Montag ein Tourist aus Hamburg festgenommen worden. Die Polizei wirft dem Mann Drogenhandel vor. Er soll in den kommenden Tagen einem Richter vorgeführt werden.`;

const SUMMIT = `Gipfel zur Migration

Beim EU-Afrika-Gipfel in Valletta haben die Staats- und Regierungschefs am Donnerstag einen Fonds für afrikanische Staaten beschlossen. Bei dem Treffen ging es um die Zusammenarbeit in der Migrationspolitik. Der Fonds umfasst 1,8 Milliarden Euro.`;

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const singles = (questions: Question[]) => questions.filter((question): question is Single => question.type === "single");
const gaps = (questions: Question[]) => questions.filter((question): question is Cloze => question.type === "cloze");

/** The wrong options of a choice that the text names. */
const namedWrong = (question: Single, text: string) =>
  question.options.filter((option) => option.id !== question.answer && new RegExp(`(?<!\\p{L})${option.text}(?!\\p{L})`, "u").test(text));

function expectNoOnlyNamedKey(questions: Question[], text: string) {
  for (const question of singles(questions)) {
    const key = question.options.find((option) => option.id === question.answer)!;
    if (text.includes(key.text) || /welches Land|In welchem Land|Wo fand/u.test(question.stem))
      expect(namedWrong(question, text), question.stem).not.toEqual([]);
  }
}

describe("no choice whose key is the only option the text names", () => {
  it("asks what a country did as a gap in its sentence when the text names no other country outside it", () => {
    const questions = questionsOf("border", BORDER);
    expect(singles(questions).filter((question) => /Welches Land/u.test(question.stem))).toEqual([]);
    expectNoOnlyNamedKey(questions, BORDER);
    const gap = gaps(questions).find((question) => question.answer === "Marokko");
    expect(`${gap?.before}___${gap?.after}`).toBe("___ hat am Mittwoch seine Grenze zu Algerien für Lastwagen geschlossen.");
  });

  it("asks the country of a body of its state by its compound prefix ('die ___-Streitkräfte'), accepting the name", () => {
    const questions = questionsOf("jets", JETS);
    expect(singles(questions).filter((question) => /welches Landes/u.test(question.stem))).toEqual([]);
    const gap = gaps(questions).find((question) => question.answer === "US");
    expect(gap?.after).toBe("-Streitkräfte haben am Montag vier Kampfflugzeuge nach Polen verlegt.");
    expect(gap?.accept).toContain("USA");
  });

  it("states the deed of a body named by its country's adjective, and falsely of no country the text never names", () => {
    const questions = questionsOf("fleet", FLEET);
    expect(singles(questions).filter((question) => /welches Landes/u.test(question.stem))).toEqual([]);
    const statements = questions.filter((question): question is TrueFalse => question.type === "truefalse" && / Streitkräfte haben /u.test(question.statement));
    expect(statements.find((question) => question.answer)?.statement).toBe(
      "Die griechischen Streitkräfte haben am Dienstag zwei Fregatten in die östliche Ägäis entsandt.",
    );
    // "Die spanischen Streitkräfte ..." for a text that names no other country: readers reject it by scanning.
    expect(statements.filter((question) => !question.answer)).toEqual([]);
  });

  it("states what 'das Militär des ... Landes' did of the right and of a wrong country, built the same way", () => {
    const questions = questionsOf("missiles", MISSILES);
    expect(singles(questions).filter((question) => /welches Landes/u.test(question.stem))).toEqual([]);
    const statements = questions.filter(
      (question): question is TrueFalse => question.type === "truefalse" && /^Das Militär von \p{Lu}\p{L}+ feuerte/u.test(question.statement),
    );
    expect(statements.find((question) => question.answer)?.statement).toBe("Das Militär von Nordkorea feuerte am Dienstag zwei Raketen ins Meer ab.");
    const wrong = statements.find((question) => !question.answer);
    expect(wrong?.statement).toMatch(/^Das Militär von (?!Nordkorea )\p{Lu}\p{L}+ feuerte am Dienstag zwei Raketen ins Meer ab\.$/u);
    expect(wrong?.fact).toBe(statements.find((question) => question.answer)?.fact);
  });

  it("asks where the story happened as a gap when the text names no other country", () => {
    const questions = questionsOf("arrest", ARREST);
    expect(singles(questions).filter((question) => /In welchem Land/u.test(question.stem))).toEqual([]);
    const gap = gaps(questions).find((question) => question.answer === "Marokko");
    expect(`${gap?.before}___${gap?.after}`).toBe("In ___ ist am Montag ein Tourist aus Hamburg festgenommen worden.");
  });

  it("asks no meeting place among places the text does not name, and keeps the gap", () => {
    const questions = questionsOf("summit", SUMMIT);
    expect(questions.some((question) => question.topic === "meeting_place")).toBe(true);
    expect(singles(questions).filter((question) => question.topic === "meeting_place")).toEqual([]);
    expect(gaps(questions).some((question) => question.topic === "meeting_place" && question.answer === "Valletta")).toBe(true);
  });
});
