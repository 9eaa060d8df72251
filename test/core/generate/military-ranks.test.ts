/**
 * A military rank before a woman's name keeps its masculine form, as the armed forces write it ("Major Anna Berger"):
 * the statement and the question of her office say "Major", not "Majorin" (ROLES_OF_EITHER_GENDER). A rank the text
 * writes in the feminine stays so. Through the whole generator on a text of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const roleQuestionsOf = (text: string): Question[] => generateBank([{ id: "rang", text }])[0]!.questions.filter((question) => question.topic === "person_role");

const wordsOf = (question: Question) =>
  [
    question.stem,
    question.type === "truefalse" ? question.statement : "",
    ...(question.type === "single" ? question.options.map((option) => option.text) : []),
  ].join(" ");

const EXERCISE = `Übung am Truppenübungsplatz Allentsteig

Allentsteig – Das Bundesheer hat am Donnerstag eine große Übung im Waldviertel abgeschlossen. Die Übung mit 600 Soldatinnen und Soldaten dauerte zwei Wochen. Generalmajor Petra Hofer besuchte die Truppe am letzten Tag. Die Verteidigungsministerin Klara Tanner lobte die Einsatzbereitschaft. Die Generalin Sonja Maurer sprach von einem Erfolg.`;

const RESCUE = `Soldaten helfen nach Murenabgang

Sölden – Nach einem Murenabgang im Ötztal hat das Bundesheer am Sonntag 80 Soldaten in das Tal geschickt. Major Julia Wagner leitete den Einsatz. Der Bürgermeister Ernst Schöpf dankte den Helfern. Die Landesrätin Astrid Mair kündigte rasche Hilfe für die Betroffenen an.`;

describe("a military rank before a woman's name", () => {
  it("is stated in its masculine form ('Julia Wagner ist Major.', 'Petra Hofer ist Generalmajor.')", () => {
    const questions = [...roleQuestionsOf(RESCUE), ...roleQuestionsOf(EXERCISE)];
    const statements = questions.flatMap((question) => (question.type === "truefalse" ? [[question.statement, question.answer] as const] : []));
    expect(statements).toContainEqual(["Julia Wagner ist Major.", true]);
    expect(statements).toContainEqual(["Petra Hofer ist Generalmajor.", true]);
    for (const question of questions) expect(wordsOf(question)).not.toMatch(/majorin/iu);
  });

  it("keeps the feminine form the text writes ('Sonja Maurer ist Generalin.') and the feminine of an office ('Verteidigungsministerin')", () => {
    const statements = roleQuestionsOf(EXERCISE).flatMap((question) => (question.type === "truefalse" ? [[question.statement, question.answer] as const] : []));
    expect(statements).toContainEqual(["Sonja Maurer ist Generalin.", true]);
    expect(statements).toContainEqual(["Klara Tanner ist Verteidigungsministerin.", true]);
  });
});
