/**
 * Each question type end to end through the Worker and D1: render the question, answer it, grading,
 * the stored row, and reading it back on the feedback, results and progress pages. Expected answers
 * come from the bank, never from this file.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { listDocuments, MIXED_QUIZ_ID, quizPool } from "../../../src/bank";
import { QUESTION_TYPES, type Question, type QuestionType } from "../../../src/bank/schema";
import { formatPoints } from "../../../src/shared/german";
import { correctAnswerText } from "../../../src/worker/quiz/describe";
import { Browser, escapeHtml, redirectTarget, visibleText } from "../browser";
import { inGermanQuotes } from "../../core/export/read";
import { joinAs } from "../classroom/helpers";
import { currentQuestions, createClass, publishedAndAssigned } from "../own-texts/helpers";
import { attemptWith, questionsOfAttempt, rightForm, storedAnswers, wrongForm } from "./client";

/** The first question of each type in the bank. */
function firstOfType(type: QuestionType): Question | undefined {
  return listDocuments()
    .flatMap((document) => quizPool(document.id))
    .find((question) => question.type === type);
}

/** The form controls a learner needs for this question type. */
function expectAnswerControls(html: string, question: Question) {
  switch (question.type) {
    case "single":
    case "multi": {
      const inputType = question.type === "single" ? "radio" : "checkbox";
      for (const option of question.options) {
        expect(html).toContain(`type="${inputType}" name="antwort" value="${option.id}"`);
        expect(html).toContain(escapeHtml(option.text));
      }
      break;
    }
    case "truefalse":
      expect(html).toContain(escapeHtml(inGermanQuotes(question.statement)));
      expect(html).toContain('type="radio" name="antwort" value="wahr"');
      expect(html).toContain('type="radio" name="antwort" value="falsch"');
      break;
    case "numeric":
      expect(html).toMatch(/<input id="antwort" name="antwort" type="text" inputmode="decimal"/);
      // The unit is the text's word after the figure, in the sentence's case ("mit vier Beinen"): after the field, not after "in".
      expect(html).not.toContain("Deine Zahl (in ");
      if (question.unit) {
        expect(visibleText(/<label for="antwort">[\s\S]*?<\/label>/.exec(html)![0])).toBe(`Deine Zahl (danach steht ${inGermanQuotes(question.unit)})`);
        expect(html).toMatch(new RegExp(`<span class="unit" aria-hidden="true">${escapeRegExp(escapeHtml(question.unit))}</span>`));
      }
      break;
    case "cloze":
      expect(html).toContain(escapeHtml(question.before));
      expect(html).toContain(escapeHtml(question.after));
      expect(html).toMatch(/<input id="antwort" name="antwort" type="text"/);
      break;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The visible text of the feedback's highlighted evidence (the answer's words inside are emphasised). */
function markedEvidence(html: string): string {
  const match = /<blockquote class="evidence"[^>]*><p[^>]*>[\s\S]*?<mark>([\s\S]*?)<\/mark>/.exec(html);
  return visibleText(match?.[1] ?? "");
}

/** The sticky "Weiter" link, leading to the next open question. */
function expectNextLink(html: string, href: string) {
  expect(html).toMatch(new RegExp(`<div class="next-bar"><a class="button" href="${escapeRegExp(href)}">(Weiter|Zum Ergebnis)</a>`));
}

describe.each(QUESTION_TYPES)("question type %s", (type) => {
  const found = firstOfType(type);

  it("renders, grades a right answer, stores it and reads it back", async () => {
    expect(found, `the bank has a ${type} question`).toBeDefined();
    const question = found!;
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    const questionPath = `/versuch/${attemptId}/frage/1`;

    const asked = await learner.page(questionPath);
    expect(asked.html).toContain(escapeHtml(question.stem));
    expect(asked.html).toContain(`<form method="post" action="${questionPath}"`);
    expectAnswerControls(asked.html, question);

    const answered = await learner.post(questionPath, rightForm(question));
    expect(redirectTarget(answered)).toBe(questionPath);

    const [stored] = await storedAnswers(attemptId);
    expect(stored).toMatchObject({ questionId: question.id, score: 1 });
    expect((stored!.response as { type: string }).type).toBe(type);

    const feedback = await learner.page(questionPath);
    const text = visibleText(feedback.html);
    expect(text).toContain("Richtig!");
    // Right is said once: no "your answer" and "right answer" repeating what the learner just chose.
    expect(text).not.toContain("Deine Antwort");
    expect(text).not.toContain("Richtige Antwort");
    expect(markedEvidence(feedback.html)).toBe(visibleText(escapeHtml(question.evidence.quote)));
    expectNextLink(feedback.html, `/versuch/${attemptId}/ergebnis`);
    expect(feedback.html).toContain(
      `href="/texte/${question.evidence.documentId}?von=${question.evidence.start}&amp;bis=${question.evidence.end}#${question.evidence.passageId}"`,
    );

    // Right ones are folded away under their count.
    const results = (await learner.page(`/versuch/${attemptId}/ergebnis`)).html;
    expect(visibleText(results.slice(results.indexOf("<details")))).toContain(`1 Frage richtig beantwortet ${question.stem}`);
  });

  it("grades a wrong answer, shows the right one, and lists the question to retry", async () => {
    expect(found, `the bank has a ${type} question`).toBeDefined();
    const question = found!;
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    const questionPath = `/versuch/${attemptId}/frage/1`;
    const wrong = wrongForm(question);

    expect(redirectTarget(await learner.post(questionPath, wrong.form))).toBe(questionPath);
    const [stored] = await storedAnswers(attemptId);
    expect(stored?.score).toBeCloseTo(wrong.score);

    const feedback = visibleText((await learner.page(questionPath)).html);
    if (question.type === "multi") {
      expect(feedback).toContain(wrong.score > 0 ? `Teilweise richtig: ${formatPoints(wrong.score)} von 1 Punkt` : "Leider falsch: diesmal 0 Punkte");
      // Every option with its mark in words, and how the points came about.
      for (const option of question.options)
        expect(feedback).toMatch(
          new RegExp(`${escapeRegExp(option.text)} \\((richtig gewählt|falsch gewählt|richtig, nicht gewählt|zu Recht nicht gewählt)\\)`),
        );
      expect(feedback).toContain(`Jede richtig gewählte Antwort bringt 1/${question.answers.length} Punkt`);
    } else if (question.type === "truefalse") {
      expect(feedback).toContain(`Leider falsch: Die Aussage ${question.answer ? "stimmt" : "stimmt nicht"}.`);
    } else {
      expect(feedback).toContain(`Leider falsch: richtig ist ${correctAnswerText(question)}`);
      expect(feedback).toContain("Deine Antwort:");
    }

    const resultsHtml = (await learner.page(`/versuch/${attemptId}/ergebnis`)).html;
    const results = visibleText(resultsHtml);
    expect(results.indexOf("Falsche wiederholen"), "the retry comes before the questions").toBeLessThan(results.indexOf(question.stem));
    // The evidence as the feedback showed it: marked in its passage, not a quote of its own.
    expect(markedEvidence(resultsHtml)).toBe(visibleText(escapeHtml(question.evidence.quote)));

    const progressHtml = (await learner.page("/fortschritt")).html;
    const progress = visibleText(progressHtml);
    expect(progress).toContain("Zuletzt falsch beantwortet");
    expect(progress).toContain(question.stem);
    // The link is named by what the question asks: the start of a statement or a gap sentence is part of its name.
    const linkName = visibleText(/<a href="[^"]*" aria-label="([^"]*)">/.exec(progressHtml.slice(progressHtml.indexOf('id="falsch"')))?.[1] ?? "");
    expect(linkName.startsWith(question.stem)).toBe(true);
    const firstWords = (text: string) => text.replaceAll("„", "‚").replaceAll("“", "‘").split(/\s+/).slice(0, 5).join(" ");
    if (question.type === "truefalse") expect(linkName).toContain(firstWords(question.statement));
    if (question.type === "cloze") expect(linkName).toContain(firstWords(`${question.before}(Lücke)${question.after}`));

    // Retrying the wrong questions starts an attempt with exactly this one; answering right clears it.
    const retry = redirectTarget(await learner.post("/fortschritt/wiederholen"));
    const retryAttempt = retry.split("/").pop()!;
    expect(redirectTarget(await learner.post(`/versuch/${retryAttempt}/frage/1`, rightForm(question)))).toBe(`/versuch/${retryAttempt}/frage/1`);
    const after = visibleText((await learner.page("/fortschritt")).html);
    expect(after).not.toContain("Zuletzt falsch beantwortet");
  });
});

it("names each wrong question's link in Mein Fortschritt apart by the start of its statement, not by the stem they share", async () => {
  const statements = listDocuments()
    .flatMap((document) => quizPool(document.id))
    .filter((question) => question.type === "truefalse" && question.statement.split(/\s+/).length > 14);
  const [first, second] = statements.filter((question) => question.stem === statements[0]!.stem);
  expect(second, "two long statements with one stem").toBeDefined();
  const learner = new Browser();
  const attemptId = await attemptWith(learner, [first!, second!]);
  for (const [index, question] of [first!, second!].entries()) await learner.post(`/versuch/${attemptId}/frage/${index + 1}`, wrongForm(question).form);
  const html = (await learner.page("/fortschritt")).html;
  const names = [...html.slice(html.indexOf('id="falsch"')).matchAll(/<a href="[^"]*" aria-label="([^"]*)">/g)].map((match) => visibleText(match[1]!));
  expect(names).toHaveLength(2);
  expect(new Set(names).size).toBe(2);
  for (const name of names) {
    expect(name.startsWith(`${first!.stem} „`)).toBe(true);
    // Shortened: the stem and twelve words of the statement, the rest left out.
    expect(name.endsWith(" …“")).toBe(true);
    expect(name.slice(first!.stem.length).trim().split(/\s+/)).toHaveLength(13);
  }
});

it('says "Knapp daneben" for a figure close to the text\'s, and "Leider falsch" for one far off', async () => {
  const question = firstOfType("numeric")!;
  if (question.type !== "numeric") throw new Error("not a numeric question");
  const germanNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });
  const close = question.max + Math.abs(question.answer) * 0.05;
  const far = question.max + Math.abs(question.answer) * 0.5 + 1;
  for (const [typed, opening] of [
    [close, "Knapp daneben"],
    [far, "Leider falsch"],
  ] as const) {
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    const questionPath = `/versuch/${attemptId}/frage/1`;
    await learner.post(questionPath, { antwort: germanNumber.format(typed) });
    expect(visibleText((await learner.page(questionPath)).html)).toContain(`${opening}: richtig ist ${correctAnswerText(question)}`);
  }
});

it("counts points and right answers in a row in the quiz header; a miss ends the streak", async () => {
  const learner = new Browser();
  const attemptId = await learner.startQuiz(MIXED_QUIZ_ID);
  const [first, second, third, fourth] = await questionsOfAttempt(attemptId);
  const header = async (position: number) => {
    const html = (await learner.page(`/versuch/${attemptId}/frage/${position}`)).html;
    return visibleText(/<header class="quiz-header">([\s\S]*?)<\/header>/.exec(html)![1]!);
  };
  await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(first!));
  expect(await header(1)).not.toContain("in Folge");
  await learner.post(`/versuch/${attemptId}/frage/2`, rightForm(second!));
  await learner.post(`/versuch/${attemptId}/frage/3`, rightForm(third!));
  expect(await header(3)).toMatch(/★ 3 Punkte 3 richtig in Folge/);
  await learner.post(`/versuch/${attemptId}/frage/4`, wrongForm(fourth!).form);
  const afterMiss = await header(4);
  expect(afterMiss).toContain(`${formatPoints(3 + wrongForm(fourth!).score)} Punkte`);
  expect(afterMiss).not.toContain("in Folge");
});

/** A text written for this test whose deed, with no other actor to give it to, is asked as a choice between it and another figure. */
const STATEMENT_CHOICE_TEXT = [
  "Strafen senken die Steuermoral",
  "",
  "Wien – In ihren Experimenten haben die Psychologen 500 Steuerzahler in ganz Österreich befragt. Strenge Strafen senken demnach die Steuermoral. Rund 40 Prozent der Befragten gaben an, dem Finanzamt zu misstrauen. Wer sich vom Finanzamt fair behandelt fühlt, zahlt seine Steuern eher pünktlich. Die Ergebnisse erscheinen im Frühjahr in einer Fachzeitschrift.",
].join("\n");

it("shows a choice between two statements' right one on its own line, and marks the words that set the two apart", async () => {
  // The corpus holds no such choice (a choice whose wrong statement is the right one denied is not made): a teacher's text does.
  const created = await createClass();
  const textId = await publishedAndAssigned(created, { text: STATEMENT_CHOICE_TEXT });
  const question = (await currentQuestions(textId)).find((candidate) => candidate.type === "single" && candidate.stem === "Was trifft laut Text zu?");
  expect(question, "the text has a choice between two statements").toBeDefined();
  if (question?.type !== "single") throw new Error("not a single choice");
  const right = question.options.find((option) => option.id === question.answer)!.text;
  const wrong = question.options.find((option) => option.id !== question.answer)!.text;
  const { student: learner, classPath } = await joinAs(created.joinCode, "Ada");
  const start = (await (await learner.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
  const attemptPath = redirectTarget(await learner.post(start));
  // The attempt asks only the choice, whatever its draw held.
  const attemptId = attemptPath.split("/").pop()!;
  await env.DB.prepare("update attempts set question_ids = ? where id = ?")
    .bind(JSON.stringify([question.id]), attemptId)
    .run();
  const questionPath = `${attemptPath}/frage/1`;
  // Long options stand one above the other on a wide screen too.
  expect((await learner.page(questionPath)).html).toContain('class="choices tiles long"');
  await learner.post(questionPath, { antwort: question.options.find((option) => option.id !== question.answer)!.id });
  const html = (await learner.page(questionPath)).html;
  expect(html).toMatch(/<h2 id="ergebnis">Leider falsch\.<\/h2>/u);
  const feedback = visibleText(html);
  expect(feedback).toContain(`Richtig ist: „${right}“`);
  expect(feedback).toContain(`Deine Antwort: „${wrong}“`);
  // The words of the wrong statement that the right one lacks are in bold, and only those.
  const rightWords = new Set(right.split(" "));
  const apart = wrong.split(" ").filter((word) => !rightWords.has(word));
  expect(apart.length).toBeGreaterThan(0);
  const yourAnswer = /<p class="your-answer">([\s\S]*?)<\/p>/u.exec(html)![1]!;
  expect([...yourAnswer.matchAll(/<strong>([^<]*)<\/strong>/gu)].map((match) => visibleText(match[1]!))).toEqual(apart);
});

it("lists a multiple select's options on the feedback and results pages in the order its question page showed them", async () => {
  const question = firstOfType("multi")!;
  if (question.type !== "multi") throw new Error("not a multiple select");
  const optionOrder = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
  const bankOrder = question.options.map((option) => option.id);
  // Each attempt shuffles the options anew: one whose order differs from the bank's shows the difference.
  let learner = new Browser();
  let attemptId = await attemptWith(learner, [question]);
  let shown = optionOrder((await learner.page(`/versuch/${attemptId}/frage/1`)).html, /name="antwort" value="([a-z])"/g);
  for (let tries = 0; shown.join() === bankOrder.join() && tries < 10; tries++) {
    learner = new Browser();
    attemptId = await attemptWith(learner, [question]);
    shown = optionOrder((await learner.page(`/versuch/${attemptId}/frage/1`)).html, /name="antwort" value="([a-z])"/g);
  }
  expect(shown.join()).not.toBe(bankOrder.join());
  const shownTexts = shown.map((id) => question.options.find((option) => option.id === id)!.text);
  await learner.post(`/versuch/${attemptId}/frage/1`, wrongForm(question).form);
  const marked = (html: string) =>
    optionOrder(
      html.slice(html.indexOf('<ul class="option-marks">')),
      /<li class="mark-[a-zA-Z]+">[\s\S]*?<\/span><span>(?:<strong>)?([^<]+?)(?:<\/strong>)? <span class="why">/g,
    );
  expect(marked((await learner.page(`/versuch/${attemptId}/frage/1`)).html)).toEqual(shownTexts.map(escapeHtml));
  expect(marked((await learner.page(`/versuch/${attemptId}/ergebnis`)).html)).toEqual(shownTexts.map(escapeHtml));
});

it('after a false statement rightly rejected, gives the text\'s version without a second "Richtig ist"', async () => {
  const question = listDocuments()
    .flatMap((document) => quizPool(document.id))
    .find((candidate) => candidate.type === "truefalse" && !candidate.answer && candidate.correction !== undefined);
  if (question?.type !== "truefalse") throw new Error("the bank has no false statement with a correction");
  const learner = new Browser();
  const attemptId = await attemptWith(learner, [question]);
  await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(question));
  const feedback = visibleText((await learner.page(`/versuch/${attemptId}/frage/1`)).html);
  expect(feedback).toContain(`Richtig! Tatsächlich: ${question.correction}`);
  expect(feedback).not.toContain("Richtig ist");
});

it('"Zuletzt falsch beantwortet" names each question\'s text: the same stem from two texts tells apart', async () => {
  const singles = listDocuments().flatMap((document) =>
    quizPool(document.id)
      .filter((question) => question.type === "single")
      .map((question) => ({ document, question })),
  );
  const sameStemElsewhere = (entry: (typeof singles)[number]) => (other: (typeof singles)[number]) =>
    other.document.id !== entry.document.id && other.question.stem === entry.question.stem;
  const first = singles.find((entry) => singles.some(sameStemElsewhere(entry)));
  expect(first, "two texts with a single choice question of the same stem").toBeDefined();
  const second = singles.find(sameStemElsewhere(first!))!;
  const learner = new Browser();
  const attemptId = await attemptWith(learner, [first!.question, second.question]);
  for (const [index, entry] of [first!, second].entries()) {
    await learner.post(`/versuch/${attemptId}/frage/${index + 1}`, wrongForm(entry.question).form);
  }
  const html = (await learner.page("/fortschritt")).html;
  const wrongSection = visibleText(html.slice(html.indexOf('id="falsch"')));
  for (const entry of [first!, second]) expect(wrongSection).toContain(`${entry.question.stem} aus: ${entry.document.title}`);
});

it("says a learner's '1' with the question's unit in the singular on the feedback and results pages", async () => {
  const question = listDocuments()
    .flatMap((document) => quizPool(document.id))
    .find((candidate) => candidate.type === "numeric" && candidate.unit === "Staaten" && candidate.min > 1);
  expect(question, "the bank has a figure of states").toBeDefined();
  const learner = new Browser();
  const attemptId = await attemptWith(learner, [question!]);
  const questionPath = `/versuch/${attemptId}/frage/1`;
  await learner.post(questionPath, { antwort: "1" });
  const feedback = visibleText((await learner.page(questionPath)).html);
  expect(feedback).toContain("Deine Antwort: 1 Staat ");
  expect(feedback).not.toContain("1 Staaten");
  const results = visibleText((await learner.page(`/versuch/${attemptId}/ergebnis`)).html);
  expect(results).toContain("Deine Antwort 1 Staat ");
  expect(results).not.toContain("1 Staaten");
});
