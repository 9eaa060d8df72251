/**
 * How the teacher's results name wrong answers: a gap text as the students typed it (equal answers in
 * other case or spacing counted together), options by their text (every attempt shows its own order, so a
 * letter would point at the wrong one), and a partly right multiple select with its right pick marked
 * right and the right options it left out, not listed among the wrong ones.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getQuestion, listDocuments, defaultQuiz } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { type Browser, redirectTarget, visibleText } from "../browser";
import { answer, attemptQuestionIds, createClass, type CreatedClass, joinAs, rightResponse } from "./helpers";

type Multi = Extract<Question, { type: "multi" }>;

const kinds = (id: string) => {
  const questions = defaultQuiz(id);
  return {
    gap: questions.some((question) => question.type === "cloze"),
    multi: questions.some((question) => question.type === "multi" && question.answers.length >= 2),
    single: questions.some((question) => question.type === "single"),
  };
};
/**
 * Texts whose quizzes ask, between them, a gap, a multiple select with two or more right options and a single
 * choice: one text where its quiz asks all three, else the first with a gap and a multiple select and the
 * first with a single choice (with a gap too where one has both).
 */
const documentIds = listDocuments().map((document) => document.id);
const allThree = documentIds.find((id) => Object.values(kinds(id)).every(Boolean));
const quizIds = allThree
  ? [allThree]
  : [
      documentIds.find((id) => kinds(id).gap && kinds(id).multi),
      documentIds.find((id) => kinds(id).gap && kinds(id).single) ?? documentIds.find((id) => kinds(id).single),
    ];

const typedGaps = ["Gar Nicht", " Gar  Nicht ", "gar nicht"];

interface Answered {
  teacher: CreatedClass["teacher"];
  assignmentPath: string;
  ids: string[];
}
const answered: Answered[] = [];

/** A class with the quiz of `quizId` as its assignment, answered by three students who type the gaps differently. */
async function answeredBy3(quizId: string, className: string): Promise<Answered> {
  const created = await createClass(className);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId, dueDate: "" })).status).toBe(303);
  let assignmentPath = "";
  let ids: string[] = [];
  for (const [index, typed] of typedGaps.entries()) {
    const { student, classPath }: { student: Browser; classPath: string } = await joinAs(created.joinCode, `Kind ${index + 1}`);
    const start = /action="([^"]+\/aufgaben\/([^"/]+)\/starten)"/.exec(await (await student.get(classPath)).text())!;
    assignmentPath = `/klassen/lehrkraft/${created.classId}/aufgaben/${start[2]}`;
    const attemptPath = redirectTarget(await student.post(start[1]!));
    ids = await attemptQuestionIds(attemptPath);
    for (const [position, id] of ids.entries()) {
      const question = getQuestion(id)!;
      if (question.type === "cloze") await answer(student, attemptPath, position + 1, { type: "cloze", text: typed });
      else if (question.type === "multi" && question.answers.length >= 2)
        await answer(student, attemptPath, position + 1, { type: "multi", choices: [question.answers.at(-1)!] });
      else if (question.type === "single")
        await answer(student, attemptPath, position + 1, { type: "single", choice: question.options.find((option) => option.id !== question.answer)!.id });
      else await answer(student, attemptPath, position + 1, rightResponse(question));
    }
  }
  return { teacher: created.teacher, assignmentPath, ids };
}

beforeAll(async () => {
  expect(quizIds.every((id) => id !== undefined)).toBe(true);
  for (const [index, quizId] of quizIds.entries()) answered.push(await answeredBy3(quizId!, `Antworten 7${"cd"[index]}`));
});

describe("wrong answers on the teacher's results", () => {
  it("name gap texts as typed, options by their text, and a partly right pick as right", async () => {
    const asked = answered.flatMap(({ ids }) => ids.map((id) => getQuestion(id)!));
    expect(asked.some((question) => question.type === "cloze")).toBe(true);
    expect(asked.some((question) => question.type === "multi" && question.answers.length >= 2)).toBe(true);
    expect(asked.some((question) => question.type === "single")).toBe(true);
    for (const { teacher, assignmentPath, ids } of answered) {
      const html = await (await teacher.get(assignmentPath)).text();
      const text = visibleText(html);
      const questions = ids.map((id) => getQuestion(id)!);
      const wrongLines = [...text.matchAll(/Am häufigsten falsch: „([^“]*)“ \((\d+)×\)/g)].map((match) => ({ label: match[1]!, count: Number(match[2]) }));

      // The three typed forms are one answer, shown as most students typed it.
      const gaps = questions.filter((question) => question.type === "cloze").length;
      expect(wrongLines.filter((line) => line.label === "Gar Nicht" && line.count === typedGaps.length)).toHaveLength(gaps);
      expect(text).not.toContain("„gar nicht“");

      // A partly right multiple select says what was chosen and which right options are missing, not „Blok (richtig)“ as if it were wrong.
      const partlyLines = [...text.matchAll(/Am häufigsten nicht ganz richtig: (.*?) \((\d+)×\)/g)].map((match) => ({
        label: match[1]!,
        count: Number(match[2]),
      }));
      for (const question of questions.filter((candidate): candidate is Multi => candidate.type === "multi" && candidate.answers.length >= 2)) {
        const picked = question.options.find((option) => option.id === question.answers.at(-1))!;
        const missing = question.options.filter((option) => question.answers.includes(option.id) && option.id !== picked.id).map((option) => option.text);
        expect(missing.length).toBeGreaterThan(0);
        const missingWords = missing.length === 1 ? `${missing[0]} fehlt` : `${missing.slice(0, -1).join(", ")} und ${missing.at(-1)} fehlen`;
        expect(partlyLines).toContainEqual({ label: `${picked.text} (richtig) gewählt, ${missingWords}`, count: typedGaps.length });
        expect(text).not.toContain(`„${picked.text} (richtig)“`);
      }

      for (const question of questions.filter((candidate) => candidate.type === "single")) {
        if (question.type !== "single") continue;
        const picked = question.options.find((option) => option.id !== question.answer)!;
        expect(wrongLines).toContainEqual({ label: picked.text, count: typedGaps.length });
        expect(text).not.toContain(`„${picked.id}) ${picked.text}“`);
      }
    }
  });
});
