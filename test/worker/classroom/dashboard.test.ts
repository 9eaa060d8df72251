/**
 * Three students answer two assignments through the Worker; the dashboard and the CSV exports must show
 * figures derived here from exactly those answers.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { getDocument, getQuestion, listDocuments, MIXED_QUIZ_ID, quizPool, quizTitle } from "../../../src/bank";
import type { LearnerResponse } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { questionText } from "../../../src/worker/classroom/quizzes";
import { answer, attemptQuestionIds, createClass, dueDate, joinAs, parseCsv, rightResponse, type CreatedClass } from "./helpers";
import { type Browser, redirectTarget, visibleText } from "../browser";

/** A wrong response (variant 0 or 1 differ where the question allows) and how the dashboard should name it. */
function wrongResponse(question: Question, variant: number): { response: LearnerResponse; label: string } {
  switch (question.type) {
    case "single": {
      const wrong = question.options.filter((option) => option.id !== question.answer);
      const option = wrong[variant % wrong.length]!;
      return { response: { type: "single", choice: option.id }, label: `${option.id}) ${option.text}` };
    }
    case "multi": {
      const wrong = question.options.filter((option) => !question.answers.includes(option.id));
      return {
        response: { type: "multi", choices: wrong.map((option) => option.id) },
        label: wrong.map((option) => `${option.id}) ${option.text}`).join(" + "),
      };
    }
    case "numeric": {
      const value = Math.round(question.max) + 1000 + variant;
      return { response: { type: "numeric", value, typed: String(value) }, label: value.toLocaleString("de-DE") };
    }
    case "truefalse":
      return { response: { type: "truefalse", value: !question.answer }, label: question.answer ? "Stimmt nicht" : "Stimmt" };
    case "cloze": {
      const text = ["gar nicht", "keine ahnung"][variant % 2]!;
      return { response: { type: "cloze", text }, label: text };
    }
  }
}

/** What a student answers, per question of their attempt: right, or one of two wrong variants. */
type Outcome = "right" | 0 | 1;
type Plan = { nickname: string; answers: Record<string, (questionIds: string[]) => Outcome[]> };

const documentQuiz = listDocuments()
  .map((document) => document.id)
  .sort((a, b) => quizPool(b).length - quizPool(a).length)[0]!;
const quizIds = [MIXED_QUIZ_ID, documentQuiz];

// Anna: everything right. Ben: the mixed quiz with the first two wrong, the first question of the
// document quiz wrong. Cleo: only the first question of the mixed quiz, wrong the same way as Ben, and
// never starts the document quiz.
const plans: Plan[] = [
  { nickname: "Anna", answers: { [MIXED_QUIZ_ID]: (ids) => ids.map(() => "right"), [documentQuiz]: (ids) => ids.map(() => "right") } },
  { nickname: "Ben", answers: { [MIXED_QUIZ_ID]: (ids) => ids.map((_, index) => (index === 0 ? 0 : index === 1 ? 1 : "right")), [documentQuiz]: () => [1] } },
  { nickname: "Cleo", answers: { [MIXED_QUIZ_ID]: () => [0] } },
];

let created: CreatedClass;
let annaClient: Browser;
const due = dueDate(17);
const attemptQuestions = new Map<string, string[]>(); // nickname|quiz -> question ids in attempt order
const outcomes = new Map<string, Outcome[]>(); // nickname|quiz -> what was answered

beforeAll(async () => {
  created = await createClass("Auswertung 10a");
  for (const quizId of quizIds) {
    const assigned = await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, {
      quizId,
      dueDate: quizId === MIXED_QUIZ_ID ? due.iso : "",
    });
    expect(redirectTarget(assigned)).toBe(`/klassen/lehrkraft/${created.classId}#aufgaben`);
  }
  for (const plan of plans) {
    const { student, classPath } = await joinAs(created.joinCode, plan.nickname);
    if (plan.nickname === "Anna") annaClient = student;
    const page = await (await student.get(classPath)).text();
    for (const [quizId, outcomesFor] of Object.entries(plan.answers)) {
      const startPath = startPathFor(page, quizId);
      const attemptPath = redirectTarget(await student.post(startPath));
      const questionIds = await attemptQuestionIds(attemptPath);
      attemptQuestions.set(`${plan.nickname}|${quizId}`, questionIds);
      const planned = outcomesFor(questionIds);
      outcomes.set(`${plan.nickname}|${quizId}`, planned);
      for (const [index, outcome] of planned.entries()) {
        const question = questionById(questionIds[index]!);
        await answer(student, attemptPath, index + 1, outcome === "right" ? rightResponse(question) : wrongResponse(question, outcome).response);
      }
    }
  }
});

/** How many questions an assignment asks: every student of the class gets the same ones (checked below). */
const questionCountOf = (quizId: string) => attemptQuestions.get(`Anna|${quizId}`)!.length;

function startPathFor(page: string, quizId: string): string {
  const item = page.split('data-testid="assignment"').find((part) => part.includes(escapeHtml(quizTitle(quizId))))!;
  return item.match(/action="([^"]+\/starten)"/)![1]!;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const questionById = (id: string) => getQuestion(id)!;

/** What the test expects, computed from the plans alone. */
function expectedFigures() {
  const students = plans.map((plan) => ({
    nickname: plan.nickname,
    results: quizIds.map((quizId) => {
      const given = outcomes.get(`${plan.nickname}|${quizId}`) ?? [];
      const points = given.filter((outcome) => outcome === "right").length;
      const questionCount = questionCountOf(quizId);
      return { quizId, questionCount, answered: given.length, points, percent: Math.round((100 * points) / questionCount) };
    }),
  }));
  const questions = new Map<string, { answered: number; correct: number; wrong: Map<string, number> }>();
  for (const plan of plans) {
    for (const quizId of Object.keys(plan.answers)) {
      const ids = attemptQuestions.get(`${plan.nickname}|${quizId}`)!;
      for (const [index, outcome] of outcomes.get(`${plan.nickname}|${quizId}`)!.entries()) {
        const question = questionById(ids[index]!);
        const entry = questions.get(question.id) ?? { answered: 0, correct: 0, wrong: new Map<string, number>() };
        entry.answered++;
        if (outcome === "right") entry.correct++;
        else {
          const { label } = wrongResponse(question, outcome);
          entry.wrong.set(label, (entry.wrong.get(label) ?? 0) + 1);
        }
        questions.set(question.id, entry);
      }
    }
  }
  return { students, questions };
}

describe("the teacher's dashboard", () => {
  it("gives the whole class the same questions per assignment", () => {
    for (const quizId of quizIds) {
      const asked = plans.flatMap((plan) => attemptQuestions.get(`${plan.nickname}|${quizId}`) ?? []);
      const anna = attemptQuestions.get(`Anna|${quizId}`)!;
      expect(anna.length).toBeGreaterThan(0);
      for (const plan of plans.slice(1)) {
        const ids = attemptQuestions.get(`${plan.nickname}|${quizId}`);
        if (ids) expect(ids, plan.nickname).toEqual(anna);
      }
      expect(asked.length).toBeGreaterThan(anna.length);
      // Each fact once, as in any quiz.
      const facts = anna.map((id) => `${getQuestion(id)!.documentId}|${getQuestion(id)!.fact}`);
      expect(new Set(facts).size).toBe(anna.length);
    }
  });

  it("counts the answers of assignment attempts in D1", async () => {
    const answered = await env.DB.prepare(
      `select count(*) as n from answers join attempts on attempts.id = answers.attempt_id
       where attempts.assignment_id in (select id from assignments where class_id = ?)`,
    )
      .bind(created.classId)
      .first<{ n: number }>();
    const planned = [...outcomes.values()].flat().length;
    expect(answered!.n).toBe(planned);
    const wrongScores = await env.DB.prepare(
      `select count(*) as n from answers join attempts on attempts.id = answers.attempt_id
       where attempts.assignment_id in (select id from assignments where class_id = ?) and answers.score > 0 and answers.score < 1`,
    )
      .bind(created.classId)
      .first<{ n: number }>();
    expect(wrongScores!.n).toBe(0); // no partial credit in this plan: points are whole numbers of right answers
  });

  it("shows progress and points per student and assignment", async () => {
    const html = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
    const rows = html.split('data-testid="student-row"').slice(1);
    const expected = expectedFigures().students;
    expect(rows).toHaveLength(expected.length);
    for (const [index, student] of expected.entries()) {
      const cells = rows[index]!.split("<td")
        .slice(1)
        .map((fragment) => visibleText(fragment));
      expect(visibleText(rows[index]!.split("<td")[0]!)).toContain(student.nickname);
      for (const [column, result] of student.results.entries()) {
        expect(cells[column]).toContain(`${result.answered} von ${result.questionCount} beantwortet`);
        expect(cells[column]).toContain(`${result.points} von ${result.questionCount} Punkten (${result.percent} %)`);
      }
    }
  });

  it("shows the share right and the wrong answers per question", async () => {
    const html = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
    const items = new Map(
      html
        .split('data-testid="question" data-question-id="')
        .slice(1)
        .map((part) => [part.slice(0, part.indexOf('"')), visibleText(part.slice(part.indexOf(">")))]),
    );
    for (const [questionId, figures] of expectedFigures().questions) {
      const question = questionById(questionId);
      const item = items.get(questionId);
      expect(item).toContain(questionText(question));
      const share = Math.round((100 * figures.correct) / figures.answered);
      expect(item).toContain(`${figures.correct} von ${figures.answered} richtig (${share} %)`);
      for (const [label, times] of figures.wrong) expect(item).toContain(`${label} ${times}×`);
    }
  });

  it("lists the most misread passages first, with their text", async () => {
    const html = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
    const items = html
      .split('data-testid="passage"')
      .slice(1)
      .map((fragment) => visibleText(fragment));
    const byPassage = new Map<string, { answered: number; wrong: number; text: string }>();
    for (const [questionId, figures] of expectedFigures().questions) {
      const { documentId, passageId } = questionById(questionId).evidence;
      const document = getDocument(documentId)!;
      const passage = document.passages.find((candidate) => candidate.id === passageId)!;
      const entry = byPassage.get(`${documentId}|${passageId}`) ?? { answered: 0, wrong: 0, text: document.text.slice(passage.start, passage.end) };
      entry.answered += figures.answered;
      entry.wrong += figures.answered - figures.correct;
      byPassage.set(`${documentId}|${passageId}`, entry);
    }
    expect(items).toHaveLength(byPassage.size);
    const shares = items.map((item) => Number(item.match(/\((\d+) %\)/)![1]));
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    for (const passage of byPassage.values()) {
      const share = Math.round((100 * passage.wrong) / passage.answered);
      const item = items.find((text) => text.includes(passage.text.replace(/\s+/g, " ").trim()));
      expect(item, passage.text).toBeDefined();
      expect(item).toContain(`${passage.wrong} von ${passage.answered} Antworten falsch (${share} %)`);
    }
  });
});

describe("CSV export", () => {
  it("per student: UTF-8 with BOM, semicolons, CRLF, one row per student and assignment", async () => {
    const response = await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/schueler.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="klasse-[A-Z0-9]+-schueler\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text).toContain("Fällig"); // umlaut as UTF-8
    expect(
      text
        .slice(1)
        .split("\r\n")
        .every((line) => !line.includes("\n")),
    ).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["Spitzname", "Aufgabe", "Fällig", "Fragen", "Beantwortet", "Punkte", "Prozent"]);
    const expected = expectedFigures().students.flatMap((student) =>
      student.results.map((result) => [
        student.nickname,
        quizTitle(result.quizId),
        result.quizId === MIXED_QUIZ_ID ? due.iso : "",
        String(result.questionCount),
        String(result.answered),
        String(result.points),
        String(result.percent),
      ]),
    );
    expect(rows).toEqual(expected);
  });

  it("per question: share right and wrong answers", async () => {
    const response = await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/fragen.csv`);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(["Frage-ID", "Frage", "Textstelle", "Antworten", "Richtig", "Anteil richtig (%)", "Falsche Antworten"]);
    for (const [questionId, figures] of expectedFigures().questions) {
      const row = rows.find((candidate) => candidate[0] === questionId)!;
      const question = questionById(questionId);
      expect(row.slice(1, 6)).toEqual([
        questionText(question),
        question.evidence.passageId,
        String(figures.answered),
        String(figures.correct),
        String(Math.round((100 * figures.correct) / figures.answered)),
      ]);
      for (const [label, times] of figures.wrong) expect(row[6]).toContain(`${label} (${times}×)`);
    }
  });
});

// Last: it adds a student to the class.
it("shows a student their own figures and due dates, nothing of classmates", async () => {
  const { student, classPath } = await joinAs(created.joinCode, "Dora");
  const page = visibleText(await (await student.get(classPath)).text());
  expect(page).toContain(`0 von ${questionCountOf(MIXED_QUIZ_ID)} beantwortet`);
  expect(page).toContain(`Fällig am ${due.shown}`);
  for (const plan of plans) expect(page).not.toContain(plan.nickname);

  const anna = visibleText(await (await annaClient.get(classPath)).text());
  const annaFigures = expectedFigures().students[0]!.results;
  for (const result of annaFigures) expect(anna).toContain(`${result.answered} von ${result.questionCount} beantwortet`);
  expect(anna).not.toContain("Ben");
});
