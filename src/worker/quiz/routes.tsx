/**
 * The learner's side: catalog, document view, taking a quiz (one question per page, plain forms,
 * redirect after POST), results and "Mein Fortschritt". Grading happens here, on the server; the
 * question page is built from publicQuestion() and never holds an answer.
 */
import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import * as z from "zod";
import { defaultQuiz, drawBankQuiz, getDocument, listDocuments, MIXED_QUIZ_ID, quizPool, RETRY_QUIZ_ID, REVIEW_QUIZ_ID } from "../../bank";
import { isOwnTextId } from "../../bank/ids";
import { gradeAnswer, isCorrect, LearnerResponse } from "../../bank/grade";
import { publicQuestion } from "../../bank/public";
import { answerTexts, withOptionsShuffled } from "../../bank/quiz";
import type { BankDocument, Question } from "../../bank/schema";
import { evidenceOf } from "../../export/quiz";
import { learnerClassOfText, learnerOwnTexts, learnerOwnTextsQuery, practisable, textForLearner, questionSource, type QuestionSource } from "../content";
import { jsonErrors, messageResponse } from "../errors";
import { ensureLearner, getLearnerId } from "../learner";
import { clientAddressHash, type RateLimit, takeSlot } from "../rate-limit";
import { CatalogPage } from "./pages/catalog";
import { DocumentPage, highlightIn, highlightQuery } from "./pages/document";
import { ProgressPage } from "./pages/progress";
import { FeedbackPage, QuestionPage, type QuizPosition } from "./pages/quiz";
import { ResultsPage } from "./pages/results";
import { recoveryCodeStatus } from "../recovery/store";
import { reviewQueue } from "../review/queue";
import { learnerReviewQueue } from "../review/store";
import type { AppEnv } from "../types";
import {
  ATTEMPT_ID_PATTERN,
  attemptQuestions,
  attemptUrl,
  learnerClassUrl,
  questionUrl,
  resultsUrl,
  startAttempt,
  startOwnTextPracticeAttempt,
  startRetryAttempt,
} from "./attempts";
import { AnswerForm, formValues, refusedAnswerForm, responseFromForm } from "./forms";
import { attemptResults, computeProgress, personalBest, progressContent, rightInARow } from "./progress";
import type { StoredCard } from "../../db/schema/progress";
import { germanNumericDate } from "../../shared/berlin-days";
import {
  attemptsOfLearner,
  attemptWithAnswers,
  classOfAssignment,
  findAttempt,
  whyAttemptMissing,
  learnerQueries,
  storeAnswer,
  type AnswerRow,
  type AttemptClosure,
  type AttemptRow,
  type AttemptSummary,
} from "./store";

type LearnerContext = Context<AppEnv>;

export const learnerRoutes = new Hono<AppEnv>();

/** Pages with a learner's own progress: never stored by a cache, and not restored from the back/forward cache stale. */
const personal = (c: LearnerContext) => c.header("Cache-Control", "no-store");

// Plain Context: these also answer from validator hooks, which do not know the app's environment.
const notFound = (c: Context, title: string, message: string) => messageResponse(c, 404, title, message);

/** A zValidator hook: on invalid input, answer with `respond` (a German page) instead of zod's JSON. */
const otherwise = (respond: (c: Context) => Response | Promise<Response>) => (result: { success: boolean }, c: Context) =>
  result.success ? undefined : respond(c);

const attemptNotFound = (c: Context) =>
  notFound(
    c,
    "Quiz nicht gefunden",
    "Dieses Quiz gibt es nicht, oder es wurde in einem anderen Browser begonnen. Dein Fortschritt bleibt in dem Browser, in dem du ihn gemacht hast.",
  );

/**
 * The page for an attempt this learner does not have, saying what D1 can tell: another learner's is "another
 * browser"; one that is not there while the learner is in classes is said to be gone, and nothing more: the teacher
 * may have removed its assignment or the text, the learner a class, or the daily clean-up old practice, and which
 * one no row tells any more. `answerSent`: the request brought an answer, which was not stored.
 */
async function missingAttempt(c: LearnerContext, attemptId: string, { answerSent = false } = {}) {
  const why = await whyAttemptMissing(c.var.db, attemptId, await getLearnerId(c));
  if (why.reason !== "removed") return attemptNotFound(c);
  const [onlyClass] = why.classIds.length === 1 ? why.classIds : [];
  return messageResponse(
    c,
    404,
    "Quiz nicht gefunden",
    `Dieses Quiz gibt es nicht (mehr)${answerSent ? "; deine Antwort wurde nicht gespeichert" : ""}. Was du jetzt bearbeiten kannst, siehst du bei ${onlyClass ? "deiner Klasse" : "deinen Klassen"}.`,
    onlyClass ? { href: learnerClassUrl(onlyClass), text: "Zu deiner Klasse" } : { href: "/klassen/meine", text: "Zu deinen Klassen" },
  );
}

// ---------------------------------------------------------------- catalog and texts

/** The question source of a learner's request: bank and own texts, resolved from stored attempts. */
const sourceOf = (c: LearnerContext) => questionSource(c.var.db);

learnerRoutes.get("/", async (c) => {
  personal(c);
  const learnerId = await getLearnerId(c);
  const attempts = learnerId ? await attemptsOfLearner(c.var.db, learnerId) : [];
  const results = attemptResults(attempts, await progressContent(sourceOf(c), attempts));
  const unfinished = results.filter((result) => result.answered < result.total).slice(0, 5); // the newest; "Mein Fortschritt" lists all
  const entries = listDocuments().map((document) => ({ document, questionCount: defaultQuiz(document.id).length }));
  const now = Date.now();
  const review = await learnerReviewQueue(c.var.db, learnerId, now);
  return c.html(<CatalogPage entries={entries} mixedCount={defaultQuiz(MIXED_QUIZ_ID).length} unfinished={unfinished} review={review} now={now} />);
});

const documentParams = z.object({ documentId: z.string().max(200) });
const documentNotFound = (c: Context) => notFound(c, "Text nicht gefunden", "Diesen Text gibt es nicht (mehr).");

learnerRoutes.get("/texte/:documentId", zValidator("param", documentParams, otherwise(documentNotFound)), zValidator("query", highlightQuery), async (c) => {
  const { documentId } = c.req.valid("param");
  // A class's own text: only for its students, once published (withdrawn, for who began it); never stored by a shared cache.
  const learnerId = isOwnTextId(documentId) ? await getLearnerId(c) : undefined;
  const document: BankDocument | undefined = isOwnTextId(documentId)
    ? learnerId
      ? await textForLearner(c.var.db, documentId, learnerId)
      : undefined
    : getDocument(documentId);
  if (!document) return documentNotFound(c);
  c.header("Cache-Control", isOwnTextId(documentId) ? "private, no-store" : "public, max-age=300");
  return c.html(<DocumentPage document={document} highlight={highlightIn(document, c.req.valid("query"))} canStartQuiz={quizPool(document.id).length > 0} />);
});

// ---------------------------------------------------------------- starting

/** New quizzes per address and hour: a school of ten classes behind one router starting one each. */
export const START_LIMIT: RateLimit = { scope: "start", limit: 300, windowMs: 60 * 60 * 1000 };
/** New learners (a start without a learner cookie) per address and hour: new devices, not scripts. */
export const NEW_LEARNER_LIMIT: RateLimit = { scope: "learner", limit: 100, windowMs: 60 * 60 * 1000 };
/**
 * Answers in practice (outside a class) per address and hour: 40 learners behind one school router
 * answering 30 questions each. Each costs 3 rows written, the counter 1 more: one address writes at most
 * 4,800 rows an hour this way, a twentieth of the free tier's day.
 */
export const ANSWER_LIMIT: RateLimit = { scope: "answer", limit: 1200, windowMs: 60 * 60 * 1000 };

const quizParams = z.object({ quizId: z.string().max(200) });
const quizNotFound = (c: Context) => notFound(c, "Quiz nicht gefunden", "Dieses Quiz gibt es nicht (mehr).");

/**
 * Starts the learner's next round of a quiz, or continues an unfinished one ("Starten" twice, a double
 * click, the back button). The first round of a text's quiz is its default quiz; later rounds, and every
 * round of the mixed quiz, are drawn anew and prefer questions the learner has not been asked yet.
 */
async function startRound(c: LearnerContext, known: string | undefined, quizId: string, source = sourceOf(c)) {
  const quiz = await source.quiz(quizId);
  if (!quiz) return quizNotFound(c);
  const ofQuiz = known ? (await attemptsOfLearner(c.var.db, known)).filter((attempt) => attempt.quizId === quizId) : [];
  const earlier = ofQuiz.filter((attempt) => attempt.assignmentId === null);
  const inPool = new Set(quiz.pool.map((question) => question.id));
  const unfinished = earlier.find((attempt) => attempt.answered < attempt.questionIds.filter((id) => inPool.has(id)).length);
  if (unfinished) return c.redirect(attemptUrl(unfinished.id), 303);
  // A new attempt (and maybe a new learner) costs D1 writes from the free tier's daily allowance: limited per address.
  const address = await clientAddressHash(c);
  const now = Date.now();
  const refused = !(await takeSlot(c.var.db, START_LIMIT, address, now))
    ? START_LIMIT
    : !known && !(await takeSlot(c.var.db, NEW_LEARNER_LIMIT, address, now))
      ? NEW_LEARNER_LIMIT
      : undefined;
  if (refused) {
    c.header("Retry-After", String(refused.windowMs / 1000));
    return messageResponse(
      c,
      429,
      "Gerade zu viele neue Quizze",
      "Von diesem Anschluss wurden in der letzten Stunde sehr viele Quizze begonnen. Bitte versuche es später noch einmal; angefangene Quizze und die Texte kannst du weiter lesen.",
    );
  }
  const learnerId = known ?? (await ensureLearner(c));
  // An own text's first round was its class's assignment (drawn with the quiz id): practice draws anew
  // and prefers what neither the assignment nor a lesson asked.
  const own = quiz.origin === "own";
  const bankText = quizId !== MIXED_QUIZ_ID && !own;
  const avoid = new Set((own ? ofQuiz : earlier).flatMap((attempt) => attempt.questionIds));
  // A text of the bank: each round seeded by its number, so that the results page can tell what the next one asks.
  const seed = (attemptId: string) => (bankText ? roundSeed(quizId, earlier.length) : attemptId);
  const drawn = (attemptId: string) => source.draw(quiz, seed(attemptId), avoid).map((question) => question.id);
  const attemptId = own ? await startOwnTextPracticeAttempt(c.var.db, learnerId, quizId, drawn) : await startAttempt(c.var.db, learnerId, quizId, drawn);
  // Not written: the learner has just left the class.
  if (attemptId === undefined) return quizNotFound(c);
  return c.redirect(attemptUrl(attemptId), 303);
}

learnerRoutes.post("/quiz/:quizId/starten", zValidator("param", quizParams, otherwise(quizNotFound)), async (c) => {
  const { quizId } = c.req.valid("param");
  // Only the bank's quizzes start here; an own text's quiz starts from its class assignment.
  if (isOwnTextId(quizId) || quizPool(quizId).length === 0) return quizNotFound(c);
  return startRound(c, (await getLearnerId(c)) ?? undefined, quizId);
});

/**
 * Starts a retry of the given questions (answered wrong in the attempts `sourceAttemptIds`), or continues
 * the learner's unfinished retry of exactly these. Undefined when a source attempt has just gone (the
 * learner left its class meanwhile).
 */
async function startRetry(c: LearnerContext, learnerId: string, questionIds: string[], sourceAttemptIds: string[]): Promise<Response | undefined> {
  if (questionIds.length === 0) return c.redirect("/fortschritt", 303);
  const unfinished = (await attemptsOfLearner(c.var.db, learnerId)).find(
    (attempt) =>
      attempt.quizId === RETRY_QUIZ_ID &&
      attempt.answered === 0 &&
      attempt.questionIds.length === questionIds.length &&
      attempt.questionIds.every((id, index) => id === questionIds[index]),
  );
  const attemptId = unfinished?.id ?? (await startRetryAttempt(c.var.db, learnerId, questionIds, sourceAttemptIds));
  return attemptId === undefined ? undefined : c.redirect(attemptUrl(attemptId), 303);
}

// ---------------------------------------------------------------- taking a quiz

const attemptParams = z.object({ attemptId: z.string().regex(ATTEMPT_ID_PATTERN) });
// Positions as the pages write them ("3"), not "03", "1e1" or "0x1".
const questionParams = attemptParams.extend({
  position: z
    .string()
    .regex(/^[1-9][0-9]{0,3}$/)
    .transform(Number),
});

type LoadedAttempt = {
  attempt: AttemptRow;
  title: string;
  questions: Question[];
  answers: Map<string, AnswerRow>;
  /** The learner's review cards, when asked for (an answer's post moves one on). */
  cards: Record<string, StoredCard> | undefined;
  /** The request's question source, which has read the attempt's questions. */
  source: QuestionSource;
  /** Set when the attempt takes no more answers (its live session ended, its assignment closed). */
  closure: AttemptClosure | undefined;
};

/**
 * The learner's attempt with its answers (and, `withCards`, the learner's review cards) in one D1 round
 * trip; a quiz of the bank needs no other (an own text's questions and title are one more).
 */
async function loadAttempt(c: LearnerContext, attemptId: string, { withCards = false } = {}): Promise<LoadedAttempt | undefined> {
  const learnerId = await getLearnerId(c);
  if (!learnerId) return undefined;
  const found = await attemptWithAnswers(c.var.db, attemptId, learnerId, { withCards });
  if (!found) return undefined;
  const { attempt, answers, cards, closure } = found;
  const source = sourceOf(c);
  const [questions, titles] = await Promise.all([attemptQuestions(source, attempt), source.titles([attempt.quizId])]);
  return {
    attempt,
    title: titles.get(attempt.quizId) ?? attempt.quizId,
    questions,
    answers: new Map(answers.map((answer) => [answer.questionId, answer])),
    cards,
    source,
    closure,
  };
}

/** Position (from 1) of the first unanswered question after `after`, wrapping round; undefined when all are answered or the attempt is closed. */
function nextOpenPosition({ closure, questions, answers }: LoadedAttempt, after = 0): number | undefined {
  if (closure) return undefined;
  const open = questions.flatMap((question, index) => (answers.has(question.id) ? [] : [index + 1]));
  return open.find((position) => position > after) ?? open[0];
}

const positionOf = (loaded: LoadedAttempt, position: number): QuizPosition => {
  const answers = [...loaded.answers.values()];
  return {
    attemptId: loaded.attempt.id,
    quizTitle: loaded.title,
    practice: isOwnTextId(loaded.attempt.quizId) && loaded.attempt.assignmentId === null,
    position,
    total: loaded.questions.length,
    done: answers.length,
    points: answers.reduce((sum, answer) => sum + answer.score, 0),
    streak: rightInARow(answers),
  };
};

/**
 * A closed attempt takes no more answers: a question missed in class, or not answered by the due date of
 * an assignment that closes then, stays unanswered, and the score stays what it was.
 */
const attemptClosed = (c: Context, attemptId: string, closure: AttemptClosure) =>
  messageResponse(
    c,
    409,
    closure.reason === "live" ? "Live-Stunde vorbei" : "Aufgabe geschlossen",
    closure.reason === "live"
      ? "Diese Fragen gehörten zu einer Live-Stunde, die schon beendet ist. Jetzt kannst du keine Antworten mehr abgeben; was du nicht beantwortet hast, zählt als nicht beantwortet. Dein Ergebnis kannst du dir ansehen."
      : `Diese Aufgabe war bis zum ${germanNumericDate(closure.dueDate)} zu erledigen. Jetzt kannst du keine Antworten mehr abgeben; was du nicht beantwortet hast, zählt als nicht beantwortet. Dein Ergebnis kannst du dir ansehen.`,
    { href: resultsUrl(attemptId), text: "Zum Ergebnis" },
  );

/** Where attemptUrl() leads: the first open question, or the results when all are answered (resuming) or the attempt is closed. */
learnerRoutes.get("/versuch/:attemptId", zValidator("param", attemptParams, otherwise(attemptNotFound)), async (c) => {
  personal(c);
  const loaded = await loadAttempt(c, c.req.valid("param").attemptId);
  if (!loaded) return missingAttempt(c, c.req.valid("param").attemptId);
  const open = nextOpenPosition(loaded);
  return c.redirect(open === undefined ? resultsUrl(loaded.attempt.id) : questionUrl(loaded.attempt.id, open));
});

/** In a quiz across texts, which text a question is about (its stem just says "laut Text"). */
async function documentTitleFor(loaded: LoadedAttempt, question: Question): Promise<string | undefined> {
  if (loaded.attempt.quizId === question.documentId) return undefined;
  return (await loaded.source.documents([question.documentId])).get(question.documentId)?.title;
}

/** The question with its options in this attempt's own order, the same on the question, feedback and results pages. */
const inAttemptOrder = (loaded: LoadedAttempt, question: Question) => withOptionsShuffled(question, loaded.attempt.id);

/** The question as this attempt shows it: its own option order, without its answer. */
const shownQuestion = (loaded: LoadedAttempt, question: Question) => publicQuestion(inAttemptOrder(loaded, question));

async function renderFeedback(c: LearnerContext, loaded: LoadedAttempt, position: number, answer: AnswerRow, { answeredBefore = false } = {}) {
  const question = inAttemptOrder(loaded, loaded.questions[position - 1]!);
  const unanswered = loaded.questions.filter((other) => other.id !== question.id && !loaded.answers.has(other.id));
  const next = nextOpenPosition(loaded, position);
  const documents = await loaded.source.documents([question.evidence, ...question.moreEvidence].map((evidence) => evidence.documentId));
  return c.html(
    <FeedbackPage
      at={positionOf(loaded, position)}
      question={question}
      response={answer.response}
      score={answer.score}
      documents={documents}
      withheld={{ evidence: unanswered.flatMap(evidenceOf), answers: unanswered.flatMap(answerTexts) }}
      nextUrl={next === undefined ? resultsUrl(loaded.attempt.id) : questionUrl(loaded.attempt.id, next)}
      isLast={next === undefined}
      answeredBefore={answeredBefore}
    />,
    answeredBefore ? 409 : 200,
  );
}

const questionNotFound = (c: Context) => notFound(c, "Frage nicht gefunden", "Diese Frage gibt es in diesem Quiz nicht.");

/** The learner's attempt and its question at `position` (from 1), or the page saying it is not there. */
async function questionAt(c: LearnerContext, attemptId: string, position: number, { withCards = false, answerSent = false } = {}) {
  const loaded = await loadAttempt(c, attemptId, { withCards });
  if (!loaded) return missingAttempt(c, attemptId, { answerSent });
  const question = loaded.questions[position - 1];
  if (!question) return questionNotFound(c);
  return { loaded, question };
}

learnerRoutes.get("/versuch/:attemptId/frage/:position", zValidator("param", questionParams, otherwise(questionNotFound)), async (c) => {
  personal(c);
  const { attemptId, position } = c.req.valid("param");
  const found = await questionAt(c, attemptId, position);
  if (found instanceof Response) return found;
  const { loaded, question } = found;
  const answer = loaded.answers.get(question.id);
  if (answer) return renderFeedback(c, loaded, position, answer);
  if (loaded.closure) return attemptClosed(c, attemptId, loaded.closure);
  return c.html(
    <QuestionPage at={positionOf(loaded, position)} question={shownQuestion(loaded, question)} documentTitle={await documentTitleFor(loaded, question)} />,
  );
});

learnerRoutes.post(
  "/versuch/:attemptId/frage/:position",
  zValidator("param", questionParams, otherwise(questionNotFound)),
  zValidator("form", AnswerForm, (result, c) => {
    if (result.success) return undefined;
    const { title, text } = refusedAnswerForm(result.error.issues, "Diese Antwort konnte nicht gelesen werden. Bitte versuche es noch einmal.");
    // The question's page has the address the form was posted to.
    return messageResponse(c, 400, title, text, { href: c.req.path, text: "Zurück zur Frage" });
  }),
  async (c) => {
    personal(c);
    const { attemptId, position } = c.req.valid("param");
    const found = await questionAt(c, attemptId, position, { withCards: true, answerSent: true });
    if (found instanceof Response) return found;
    const { loaded, question } = found;
    const here = questionUrl(attemptId, position);
    const { antwort } = c.req.valid("form");
    const parsed = responseFromForm(question, antwort);
    // Answered before: the first answer stands. The same answer again (a double click, a send repeated
    // by the script, the back button) leads to its feedback; another one (a second tab) gets that feedback
    // saying so, not as if it were the feedback of the answer just chosen.
    const before = loaded.answers.get(question.id);
    if (before) {
      const another = parsed.ok && JSON.stringify(LearnerResponse.parse(parsed.response)) !== JSON.stringify(before.response);
      return another ? renderFeedback(c, loaded, position, before, { answeredBefore: true }) : c.redirect(here, 303);
    }
    if (loaded.closure) return attemptClosed(c, attemptId, loaded.closure);
    if (!parsed.ok) {
      const json = jsonErrors(c, 400, [parsed.message]);
      if (json) return json;
      return c.html(
        <QuestionPage
          at={positionOf(loaded, position)}
          question={shownQuestion(loaded, question)}
          documentTitle={await documentTitleFor(loaded, question)}
          previous={formValues(antwort)}
          error={parsed.message}
        />,
        400,
      );
    }
    const score = gradeAnswer(question, parsed.response);
    // Practice is anonymous: its answers count against the address's limit. A class's answers are bounded
    // by the class (its members, one attempt per assignment) and count against nothing.
    const limit = loaded.attempt.assignmentId === null ? { rule: ANSWER_LIMIT, addressHash: await clientAddressHash(c), now: Date.now() } : undefined;
    const stored = await storeAnswer(
      c.var.db,
      { learnerId: loaded.attempt.learnerId, attemptId, question, response: parsed.response, score },
      { cards: loaded.cards, limit },
    );
    if (stored.refused) {
      c.header("Retry-After", String(ANSWER_LIMIT.windowMs / 1000));
      return messageResponse(
        c,
        429,
        "Gerade zu viele Antworten",
        "Von diesem Anschluss kamen in der letzten Stunde sehr viele Antworten. Deine bisherigen Antworten sind gespeichert; bitte mach später weiter. Die Texte kannst du weiter lesen.",
        { href: "/", text: "Zu den Texten" },
      );
    }
    // Nothing written and the attempt gone meanwhile (its assignment removed, the student out of the class).
    if (stored.rowsWritten === 0 && !(await findAttempt(c.var.db, attemptId, loaded.attempt.learnerId))) {
      return missingAttempt(c, attemptId, { answerSent: true });
    }
    return c.redirect(here, 303);
  },
);

/** The learner's best finished round of this attempt's quiz before it (undefined if this is the first), from the learner's `attempts` at it. */
async function bestBefore({ attempt, source }: LoadedAttempt, attempts: AttemptSummary[]) {
  return personalBest(attemptResults(attempts, await progressContent(source, attempts)), attempt.quizId, attempt.id);
}

/**
 * The seed of a round of a bank text's quiz after `earlierRounds` rounds: the first is the text's default quiz (seeded
 * with its id), the others by their number, so that everyone's first round is the same and the next is known ahead.
 */
const roundSeed = (quizId: string, earlierRounds: number) => (earlierRounds === 0 ? quizId : `${quizId}|Runde ${earlierRounds + 1}`);

/** Whether the next round of a bank text's quiz will ask questions of earlier rounds: drawn as startRound will draw it. */
function nextRoundRepeats(quizId: string, attempts: readonly AttemptSummary[]): boolean {
  const earlier = attempts.filter((attempt) => attempt.assignmentId === null);
  const asked = new Set(earlier.flatMap((attempt) => attempt.questionIds));
  return drawBankQuiz(quizId, roundSeed(quizId, earlier.length), asked).some((question) => asked.has(question.id));
}

learnerRoutes.get("/versuch/:attemptId/ergebnis", zValidator("param", attemptParams, otherwise(attemptNotFound)), async (c) => {
  personal(c);
  const loaded = await loadAttempt(c, c.req.valid("param").attemptId);
  if (!loaded) return missingAttempt(c, c.req.valid("param").attemptId);
  const { attempt } = loaded;
  const rows = loaded.questions.map((question, index) => ({
    position: index + 1,
    question: inAttemptOrder(loaded, question),
    answer: loaded.answers.get(question.id),
  }));
  const wrong = rows.filter((row) => row.answer !== undefined && !isCorrect(row.answer.score));
  const hasWrong = wrong.length > 0;
  const finished = rows.every((row) => row.answer !== undefined);
  const documents = await loaded.source.documents(wrong.flatMap((row) => evidenceOf(row.question).map((evidence) => evidence.documentId)));
  // While questions are open (and can still be answered), their evidence and answers stay out of the passages shown.
  const unanswered = loaded.closure ? [] : loaded.questions.filter((question) => !loaded.answers.has(question.id));
  // Retries and reviews ask whatever was wrong or due: no best to beat there.
  const keepsBest = attempt.quizId !== RETRY_QUIZ_ID && attempt.quizId !== REVIEW_QUIZ_ID;
  const attempts = keepsBest ? (await attemptsOfLearner(c.var.db, attempt.learnerId)).filter((other) => other.quizId === attempt.quizId) : [];
  const best = keepsBest ? await bestBefore(loaded, attempts) : undefined;
  const playsAgain = canPlayAgain(attempt, finished || loaded.closure !== undefined);
  // A text of the bank (an own text's pool would cost a curated draw per view; the mixed quiz draws from every text).
  const bankText = !isOwnTextId(attempt.quizId) && attempt.quizId !== MIXED_QUIZ_ID;
  // A class's attempt (its assignment or lesson, practice of its own text) leads back to the class: the start page's
  // texts have neither the class's tasks nor its own texts.
  const classId =
    attempt.assignmentId !== null
      ? await classOfAssignment(c.var.db, attempt.assignmentId)
      : isOwnTextId(attempt.quizId)
        ? await learnerClassOfText(c.var.db, attempt.quizId, attempt.learnerId)
        : undefined;
  return c.html(
    <ResultsPage
      back={classId ? { href: learnerClassUrl(classId), text: "Zurück zur Klasse" } : undefined}
      attemptId={attempt.id}
      quizTitle={loaded.title}
      rows={rows}
      documents={documents}
      withheld={{ evidence: unanswered.flatMap(evidenceOf), answers: unanswered.flatMap(answerTexts) }}
      retryAction={hasWrong ? `/versuch/${attempt.id}/wiederholen` : undefined}
      best={best}
      keepsBest={keepsBest}
      nextRoundAction={playsAgain ? `/versuch/${attempt.id}/noch-eine-runde` : undefined}
      nextRoundRepeats={playsAgain && bankText && nextRoundRepeats(attempt.quizId, attempts)}
      forAssignment={attempt.assignmentId !== null}
      closure={loaded.closure}
    />,
  );
});

/**
 * A quiz of a text or the mixed quiz can be played again with other questions; a retry cannot. A bank
 * quiz's class assignment neither: the text's own quiz is on the start page for practice. A class's own
 * text has no other place: once its assignment (or lesson) is done, "Noch eine Runde" practises it, in
 * rounds the teacher's results do not count.
 */
function canPlayAgain(attempt: AttemptRow, done: boolean): boolean {
  if (isOwnTextId(attempt.quizId)) return attempt.assignmentId === null || done;
  return attempt.quizId !== RETRY_QUIZ_ID && attempt.assignmentId === null && quizPool(attempt.quizId).length > 0;
}

learnerRoutes.post("/versuch/:attemptId/noch-eine-runde", zValidator("param", attemptParams, otherwise(attemptNotFound)), async (c) => {
  const loaded = await loadAttempt(c, c.req.valid("param").attemptId);
  if (!loaded) return missingAttempt(c, c.req.valid("param").attemptId);
  const { attempt } = loaded;
  const done = loaded.closure !== undefined || loaded.questions.every((question) => loaded.answers.has(question.id));
  if (!canPlayAgain(attempt, done)) return quizNotFound(c);
  if (!isOwnTextId(attempt.quizId)) return startRound(c, attempt.learnerId, attempt.quizId);
  // The text as its class's students see it: only while it is published and the learner still in the class.
  const classId = await learnerClassOfText(c.var.db, attempt.quizId, attempt.learnerId);
  if (!classId) return quizNotFound(c);
  return startRound(c, attempt.learnerId, attempt.quizId, questionSource(c.var.db, { classId }));
});

learnerRoutes.post("/versuch/:attemptId/wiederholen", zValidator("param", attemptParams, otherwise(attemptNotFound)), async (c) => {
  const loaded = await loadAttempt(c, c.req.valid("param").attemptId);
  if (!loaded) return missingAttempt(c, c.req.valid("param").attemptId);
  const wrong = loaded.questions.filter((question) => {
    const answer = loaded.answers.get(question.id);
    return answer !== undefined && !isCorrect(answer.score);
  });
  const started = await startRetry(
    c,
    loaded.attempt.learnerId,
    wrong.map((question) => question.id),
    [loaded.attempt.id],
  );
  return started ?? attemptNotFound(c);
});

// ---------------------------------------------------------------- progress

/**
 * The learner's progress and review queue, from one batch: attempts, answers, the published own texts of
 * the learner's classes and the review cards (then the own questions of the attempts, if any).
 */
async function learnerProgress(c: LearnerContext, now: number) {
  const learnerId = await getLearnerId(c);
  if (!learnerId) {
    return { learnerId, progress: computeProgress([], [], { questions: new Map(), titles: new Map() }, []), review: reviewQueue({}, now, () => false) };
  }
  const queries = learnerQueries(c.var.db);
  const [attempts, answers, ownRows, [cardsRow]] = await c.var.db.batch([
    queries.attemptsOfLearner(learnerId),
    queries.answersOfLearner(learnerId),
    learnerOwnTextsQuery(c.var.db, learnerId),
    queries.reviewCards(learnerId),
  ]);
  const ownTexts = learnerOwnTexts(ownRows);
  return {
    learnerId,
    progress: computeProgress(attempts, answers, await progressContent(sourceOf(c), attempts), ownTexts),
    review: reviewQueue(cardsRow?.cards ?? {}, now, practisable(ownTexts)),
  };
}

learnerRoutes.get("/fortschritt", async (c) => {
  personal(c);
  const now = Date.now();
  const { learnerId, progress, review } = await learnerProgress(c, now);
  const recovery = learnerId ? await recoveryCodeStatus(c.var.db, learnerId) : undefined;
  return c.html(<ProgressPage progress={progress} review={review} now={now} recovery={recovery} continued={c.req.query("weiter") === "ja"} />);
});

learnerRoutes.post("/fortschritt/wiederholen", async (c) => {
  const { learnerId, progress } = await learnerProgress(c, Date.now());
  if (!learnerId) return c.redirect("/fortschritt", 303);
  const started = await startRetry(
    c,
    learnerId,
    progress.wrong.map((item) => item.question.id),
    progress.wrong.map((item) => item.attemptId),
  );
  // A class was left meanwhile: its questions are gone from the list.
  return started ?? c.redirect("/fortschritt", 303);
});
