/**
 * Three students answer two assignments through the Worker; the page of each assignment, a student's
 * answers and the CSV exports must show figures derived here from exactly those answers.
 */
import { env } from "cloudflare:test";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getQuestion, listDocuments, MIXED_QUIZ_ID, quizPool, quizTitle } from "../../../src/bank";
import type { LearnerResponse } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { correctAnswerText } from "../../../src/worker/quiz/describe";
import { markedPart } from "../../../src/worker/quiz/highlight";
import { questionText } from "../../../src/worker/classroom/quizzes";
import { answer, attemptQuestionIds, createClass, dueDate, joinAs, rightResponse, type CreatedClass } from "./helpers";
import { type Browser, redirectTarget, visibleText } from "../browser";

/** A wrong response (variant 0 or 1 differ where the question allows) and how the dashboard should name it. */
function wrongResponse(question: Question, variant: number): { response: LearnerResponse; label: string } {
  switch (question.type) {
    case "single": {
      const wrong = question.options.filter((option) => option.id !== question.answer);
      const option = wrong[variant % wrong.length]!;
      // By the option's text: every attempt shows the options in its own order, a letter would mislead.
      return { response: { type: "single", choice: option.id }, label: option.text };
    }
    case "multi": {
      const wrong = question.options.filter((option) => !question.answers.includes(option.id));
      // What was chosen, and the right options left out: all of them.
      const missing = question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text);
      const left = missing.length === 1 ? `${missing[0]} fehlt` : `${missing.slice(0, -1).join(", ")} und ${missing.at(-1)} fehlen`;
      return {
        response: { type: "multi", choices: wrong.map((option) => option.id) },
        label: `${wrong.map((option) => `${option.text} (falsch)`).join(" + ")} gewählt, ${left}`,
      };
    }
    case "numeric": {
      // Never 1, so the unit stays in the plural: "1.083 Staaten".
      const value = Math.round(question.max) + 1000 + variant;
      return {
        response: { type: "numeric", value, typed: String(value) },
        label: question.unit ? `${value.toLocaleString("de-DE")} ${question.unit}` : value.toLocaleString("de-DE"),
      };
    }
    case "truefalse":
      return { response: { type: "truefalse", value: !question.answer }, label: question.answer ? "Stimmt nicht" : "Stimmt" };
    case "cloze": {
      // Shown as typed, not folded to small letters.
      const text = ["Gar nicht", "Keine Ahnung"][variant % 2]!;
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
  /** Per assignment (quiz id) and question id. */
  const questions = new Map<string, Map<string, { answered: number; correct: number; wrong: Map<string, number> }>>(
    quizIds.map((quizId) => [quizId, new Map()]),
  );
  for (const plan of plans) {
    for (const quizId of Object.keys(plan.answers)) {
      const ids = attemptQuestions.get(`${plan.nickname}|${quizId}`)!;
      const ofQuiz = questions.get(quizId)!;
      for (const [index, outcome] of outcomes.get(`${plan.nickname}|${quizId}`)!.entries()) {
        const question = questionById(ids[index]!);
        const entry = ofQuiz.get(question.id) ?? { answered: 0, correct: 0, wrong: new Map<string, number>() };
        entry.answered++;
        if (outcome === "right") entry.correct++;
        else {
          const { label } = wrongResponse(question, outcome);
          entry.wrong.set(label, (entry.wrong.get(label) ?? 0) + 1);
        }
        ofQuiz.set(question.id, entry);
      }
    }
  }
  return { students, questions };
}

/** German Excel CSV as a real parser reads it. */
const readCsv = (text: string): string[][] => parse(text, { delimiter: ";", bom: true, record_delimiter: "\r\n" });

async function assignmentIdOf(quizId: string): Promise<string> {
  const row = await env.DB.prepare("select id from assignments where class_id = ? and quiz_id = ?").bind(created.classId, quizId).first<{ id: string }>();
  return row!.id;
}

const assignmentPage = async (quizId: string) =>
  (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/aufgaben/${await assignmentIdOf(quizId)}`)).text();

/** The grid's rows: nickname, the figures' text and how many cells of each mark. */
function gridRows(html: string) {
  const body = html.slice(html.indexOf('<table class="grid"'), html.indexOf("</table>", html.indexOf('<table class="grid"')));
  return body
    .split('<th scope="row" class="name">')
    .slice(1)
    .map((row) => {
      const marks = [...row.matchAll(/<td class="mark (\w+)"/g)].map((match) => match[1]);
      const countOf = (mark: string) => marks.filter((candidate) => candidate === mark).length;
      return {
        nickname: visibleText(row.slice(0, row.indexOf("</th>"))),
        text: visibleText(row),
        right: countOf("right"),
        wrong: countOf("wrong"),
        open: countOf("open"),
        notStarted: row.includes('class="not-started"'),
      };
    });
}

describe("the page of one assignment", () => {
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
  });

  for (const quizId of quizIds) {
    it(`shows per student what is right, wrong and not answered yet, apart (${quizId})`, async () => {
      const rows = gridRows(await assignmentPage(quizId));
      expect(rows.map((row) => row.nickname)).toEqual(plans.map((plan) => plan.nickname));
      for (const [index, plan] of plans.entries()) {
        const row = rows[index]!;
        const given = outcomes.get(`${plan.nickname}|${quizId}`);
        if (!given) {
          expect(row.notStarted).toBe(true);
          expect(row.text).toContain("noch nicht begonnen");
          expect(row.text).toContain("noch keine Antwort");
          continue;
        }
        const asked = attemptQuestions.get(`${plan.nickname}|${quizId}`)!.length;
        const right = given.filter((outcome) => outcome === "right").length;
        expect(row).toMatchObject({ right, wrong: given.length - right, open: asked - given.length, notStarted: false });
        expect(row.text).toContain(`${given.length} von ${asked} bearbeitet`);
        // Right among the answered: Cleo's one wrong answer is 0 %, her unanswered questions are not wrong.
        expect(row.text).toContain(`${right} von ${given.length} richtig (${Math.round((100 * right) / given.length)} %)`);
        expect(row.text).toContain(given.length === asked ? "fertig" : "offen");
      }
    });
  }

  it("lists the hardest questions first, with the wrong answer given most and the passage", async () => {
    const html = await assignmentPage(MIXED_QUIZ_ID);
    const items = html
      .split('data-testid="hard-question" data-question-id="')
      .slice(1)
      .map((part) => ({
        questionId: part.slice(0, part.indexOf('"')),
        text: visibleText(part.slice(part.indexOf(">") + 1, part.indexOf("</li>"))),
        // The answer's words in the mark are <strong>: no word break there.
        marked: visibleText((/<mark>([\s\S]*?)<\/mark>/.exec(part.slice(0, part.indexOf("</li>")))?.[1] ?? "").replace(/<\/?strong[^>]*>/g, "")),
      }));
    const expected = [...expectedFigures().questions.get(MIXED_QUIZ_ID)!];
    expect(items.map((item) => item.questionId).sort()).toEqual(expected.map(([questionId]) => questionId).sort());
    const shares = items.map((item) => Number(item.text.match(/richtig \((\d+) %\)/)![1]));
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    for (const [questionId, figures] of expected) {
      const question = questionById(questionId);
      const { text: item, marked } = items.find((candidate) => candidate.questionId === questionId)!;
      expect(item).toContain(questionText(question));
      expect(item).toContain(`${figures.correct} von ${figures.answered} richtig (${Math.round((100 * figures.correct) / figures.answered)} %)`);
      expect(item).toContain(`Richtige Antwort: ${correctAnswerText(question)}`);
      const [mostWrong] = [...figures.wrong].sort((a, b) => b[1] - a[1]);
      if (mostWrong && question.type === "multi") expect(item).toContain(`Am häufigsten nicht ganz richtig: ${mostWrong[0]} (${mostWrong[1]}×)`);
      else if (mostWrong) expect(item).toContain(`Am häufigsten falsch: „${mostWrong[0]}“ (${mostWrong[1]}×)`);
      // The evidence as the students' feedback showed it: marked in its passage, from the asked sentence on.
      const markedQuote = question.evidence.quote.slice(markedPart(question.evidence, question).start - question.evidence.start);
      expect(marked).toBe(markedQuote.replace(/\s+/g, " ").trim());
      // The question's wording first, its number in the grid after it.
      expect(item.startsWith(`${questionText(question)} Frage `)).toBe(true);
      expect(item.slice(questionText(question).length)).toMatch(/^ Frage \d+ im Raster /);
    }
  });

  it("leads with one click to a student's own answers", async () => {
    const html = await assignmentPage(MIXED_QUIZ_ID);
    const studentLink = html.match(/<th scope="row" class="name"><a href="([^"]+)"><bdi>Ben</)![1]!;
    const page = visibleText(await (await created.teacher.get(studentLink)).text());
    expect(page).toContain("Ben");
    const ids = attemptQuestions.get(`Ben|${MIXED_QUIZ_ID}`)!;
    for (const [index, outcome] of outcomes.get(`Ben|${MIXED_QUIZ_ID}`)!.entries()) {
      const question = questionById(ids[index]!);
      expect(page).toContain(questionText(question));
      if (outcome !== "right") expect(page).toContain(wrongResponse(question, outcome).label);
    }
  });
});

describe("CSV export", () => {
  it("is a click away on an assignment's results page too", async () => {
    const html = await assignmentPage(MIXED_QUIZ_ID);
    const links = [...html.matchAll(/<a href="([^"]+\.csv)">([^<]+)<\/a>/g)].map((match) => ({ href: match[1]!, label: match[2]! }));
    expect(links.map((link) => link.label)).toEqual(["Ergebnisse je Schülerin und Schüler", "Ergebnisse je Frage"]);
    for (const link of links) {
      const response = await created.teacher.get(link.href);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    }
  });

  it("per student: one row per student, percentage and bearbeitet per assignment, German dates, a file name with class and date", async () => {
    const response = await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/schueler.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const disposition = decodeURIComponent(response.headers.get("Content-Disposition")!);
    expect(disposition).toContain("Auswertung 10a");
    expect(disposition).toContain(dueDate(0).typed);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = readCsv(new TextDecoder().decode(bytes));
    const mixedLabel = `${quizTitle(MIXED_QUIZ_ID)} (fällig ${due.typed})`;
    expect(header).toEqual([
      "Spitzname",
      `${mixedLabel}: Punkte in Prozent des Quiz`,
      `${mixedLabel}: bearbeitet (von ${questionCountOf(MIXED_QUIZ_ID)})`,
      `${mixedLabel}: richtig in Prozent der beantworteten`,
      `${mixedLabel}: Status`,
      `${quizTitle(documentQuiz)}: Punkte in Prozent des Quiz`,
      expect.stringMatching(new RegExp(`^${quizTitle(documentQuiz).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: bearbeitet`)),
      `${quizTitle(documentQuiz)}: richtig in Prozent der beantworteten`,
      `${quizTitle(documentQuiz)}: Status`,
    ]);
    expect(rows.map((row) => row[0])).toEqual(plans.map((plan) => plan.nickname));
    for (const [index, student] of expectedFigures().students.entries()) {
      for (const [column, result] of student.results.entries()) {
        const started = plans[index]!.answers[result.quizId] !== undefined;
        const [percentCell, answeredCell, rightCell] = rows[index]!.slice(1 + 4 * column, 4 + 4 * column);
        // The share right of the answered is the dashboard's "x von y richtig (z %)"; none answered, none shown.
        const rightOfAnswered = result.answered === 0 ? "" : String(Math.round((100 * result.points) / result.answered));
        if (started) expect([percentCell, answeredCell, rightCell]).toEqual([String(result.percent), String(result.answered), rightOfAnswered]);
        else expect([answeredCell, rightCell]).toEqual(["0", ""]);
      }
    }
  });

  it("per question: text title, question, right answer, share right, most chosen wrong answer, passage quote", async () => {
    const response = await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/fragen.csv`);
    const [header, ...rows] = readCsv(await response.text());
    expect(header).toEqual([
      "Aufgabe",
      "Nr.",
      "Text",
      "Frage",
      "Richtige Antwort",
      "Antworten",
      "Richtig",
      "Anteil richtig (%)",
      "Häufigste falsche Antwort",
      "Wie oft",
      "Textstelle",
    ]);
    const labels = new Map(quizIds.map((quizId) => [quizId, quizId === MIXED_QUIZ_ID ? `${quizTitle(quizId)} (fällig ${due.typed})` : quizTitle(quizId)]));
    const expected = [...expectedFigures().questions].flatMap(([quizId, ofQuiz]) =>
      [...ofQuiz].map(([questionId, figures]) => ({ quizId, questionId, figures })),
    );
    for (const { quizId, questionId, figures } of expected) {
      const question = questionById(questionId);
      const row = rows.find(
        (candidate) => candidate[0] === labels.get(quizId) && candidate[3] === questionText(question) && candidate[4] === correctAnswerText(question),
      )!;
      expect(row[2]).toBe(listDocuments().find((document) => document.id === question.evidence.documentId)!.title);
      expect(row.slice(4, 8)).toEqual([
        correctAnswerText(question),
        String(figures.answered),
        String(figures.correct),
        String(Math.round((100 * figures.correct) / figures.answered)),
      ]);
      const [mostWrong] = [...figures.wrong].sort((a, b) => b[1] - a[1]);
      expect(row.slice(8, 10)).toEqual(mostWrong ? [mostWrong[0], String(mostWrong[1])] : ["", ""]);
      expect(row[10]).toBe(question.evidence.quote);
      expect(row[10]).not.toMatch(/^p\d+$/);
    }
  });
});

// Last: it adds a student to the class.
it("shows a student their own figures and due dates, nothing of classmates", async () => {
  const { student, classPath } = await joinAs(created.joinCode, "Dora");
  const page = visibleText(await (await student.get(classPath)).text());
  expect(page).toContain(`0 von ${questionCountOf(MIXED_QUIZ_ID)} beantwortet`);
  expect(page).toContain(`fällig in 17 Tagen (${due.typed})`);
  for (const plan of plans) expect(page).not.toContain(plan.nickname);

  const anna = visibleText(await (await annaClient.get(classPath)).text());
  const annaFigures = expectedFigures().students[0]!.results;
  for (const result of annaFigures) expect(anna).toContain(`${result.answered} von ${result.questionCount} beantwortet`);
  expect(anna).not.toContain("Ben");
});
