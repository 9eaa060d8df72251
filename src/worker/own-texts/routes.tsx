/**
 * The teacher's routes for own texts, mounted under /klassen/lehrkraft/:classId/texte behind the
 * classroom's teacher check (which puts the class in `classRow`). Every text and question is looked up
 * with the class id, so another class's ids answer 404. Invalid input comes back as the form with German
 * messages and what was typed (400); a race with another tab gets a clear 409.
 */
import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import * as z from "zod";
import { newOwnQuestionId, newOwnTextId, OWN_QUESTION_ID, OWN_TEXT_ID } from "../../bank/ids";
import { type Question, QUESTION_TYPES, type QuestionType } from "../../bank/schema";
import type { DocumentMetadata } from "../../extract/types";
import { teacherPath } from "../classroom/paths";
import { className } from "../classroom/parts";
import type { ClassRow } from "../classroom/store";
import { ownDocument } from "../content";
import { dateField } from "../date-field";
import { DocumentPage, highlightIn, highlightQuery } from "../quiz/pages/document";
import { jsonErrors, messageResponse } from "../errors";
import type { AppEnv } from "../types";
import {
  DeleteQuestionPage,
  DeleteWithdrawnPage,
  GenerationPage,
  germanDateInput,
  NewTextPage,
  QuestionEditorPage,
  REVIEW_PAGE_SIZE,
  ReviewPage,
  reviewPageOf,
  reviewPath,
  textPath,
  type NewTextInput,
  WithdrawnTextsPage,
  withdrawnPath,
  type YieldsTo,
} from "./pages";
import {
  answersInTitle,
  checkOwnText,
  CURATION_PENDING,
  EXTRACTION_FIGURES_DONE,
  EXTRACTION_PERSONS_DONE,
  EXTRACTION_QUOTES_DONE,
  EXTRACTION_PENDING,
  extractionSteps,
  extractOwnText,
  extractOwnTextFirstPart,
  extractPersonsOfOwnText,
  extractQuotesOfOwnText,
  extractActionsOfOwnText,
  isUntitledName,
  leadTitle,
  familyRunCount,
  finishOwnText,
  GENERATION_REFUSED,
  generationProgress,
  NO_FACTS_MESSAGE,
  nextFamilyBoundary,
  runFamilies,
} from "./prepare";
import { buildQuestion, cleanLine, fieldsOf, QuestionFields } from "./question-form";
import {
  addQuestion,
  createOwnText,
  currentQuestions,
  deleteDraft,
  deleteUnusedText,
  deleteWithdrawnText,
  findWithdrawnText,
  listWithdrawnTexts,
  dropRefusedTexts,
  keepRefusedText,
  EditConflict,
  MAX_RETIRED_VERSIONS_PER_TEXT,
  RetiredVersionsFull,
  findCurrentQuestion,
  findClassText,
  findOwnText,
  finishPreparation,
  MAX_QUESTIONS_PER_TEXT,
  MAX_TEXTS_PER_CLASS,
  MAX_WITHDRAWN_TEXTS_PER_CLASS,
  moveQuestion,
  placeOf,
  publishOwnText,
  removeQuestion,
  saveCuration,
  saveEdit,
  saveExtraction,
  saveExtractionPart,
  saveFamilies,
  restartPreparation,
  storeQuestions,
  type TextLimit,
  textLimitReached,
  textUse,
  updateOwnText,
  withdrawText,
  type OwnTextRow,
} from "./store";
import { type Curation, curationOf, restoredCuration, storedCuration } from "./curation";

/**
 * What these routes need from the teacher area that mounts them (classroom/teacher/routes.tsx): the
 * class of the path, after its teacher check. Declared here so the flow stays one way, teacher -> own texts.
 */
type OwnTextEnv = AppEnv & { Variables: { classRow: ClassRow } };
type OwnTextContext = Context<OwnTextEnv>;

export const ownTextRoutes = new Hono<OwnTextEnv>();

/** Largest request body of the new-text form: the longest text, as a file or pasted, with room to say it is too long. */
export const OWN_TEXT_MAX_BODY_BYTES = 512 * 1024;

const db = (c: OwnTextContext) => c.var.db;

/**
 * The deployed version of the Worker that runs this request, its upload time first so that versions order by age: what
 * a text's preparation stores between its steps (facts, the next family's index) means something only to the version
 * that began it (generateStep), and so does the stored choice of questions that may stand together (currentCuration).
 */
const engineOf = (c: OwnTextContext) => `${c.env.CF_VERSION_METADATA.timestamp} ${c.env.CF_VERSION_METADATA.id}`;

const notFound = (c: Context) =>
  messageResponse(c, 404, "Nicht gefunden", "Diesen Text oder diese Frage gibt es in dieser Klasse nicht (mehr).", {
    href: teacherPath(c.req.param("classId") ?? ""),
    text: "Zur Übersicht",
  });
/** A text whose questions are still being made has none to review, change or publish yet: back to its steps. */
const stillGenerating = (c: Context, textId: string) => c.redirect(textPath(c.req.param("classId") ?? "", textId), 303);
const retiredVersionsFull = (c: Context, textId: string) =>
  messageResponse(
    c,
    409,
    "Keine weiteren Änderungen",
    `Dieser Text bewahrt schon ${MAX_RETIRED_VERSIONS_PER_TEXT} frühere Fassungen seiner Fragen für die Antworten Ihrer Klasse auf. Fragen löschen oder so ändern, dass sich die Antwort ändert, geht darum nicht mehr. Umformulieren können Sie die Fragen weiterhin; für größere Änderungen fügen Sie den Text bitte neu ein.`,
    { href: textPath(c.req.param("classId") ?? "", textId), text: "Zurück zu den Fragen" },
  );

const conflict = (c: Context, textId: string) =>
  messageResponse(c, 409, "Gleichzeitig geändert", "Diese Frage wurde gerade an anderer Stelle geändert. Bitte laden Sie die Fragen neu und prüfen Sie sie.", {
    href: textPath(c.req.param("classId") ?? "", textId),
    text: "Fragen neu laden",
  });

// ---------------------------------------------------------------- fields

/** A single line as typed, cleaned, with a German message past `max` characters. */
const line = (max: number, label: string) =>
  z
    .string()
    .max(max * 4, `${label}: höchstens ${max} Zeichen.`)
    .optional()
    .transform(cleanLine)
    .pipe(z.string().max(max, `${label}: höchstens ${max} Zeichen.`));

/** A date as precise as known: "04.05.2026", "4.5.26", "05.2026", "2026", or ISO; stored as ISO ("2026-05-04"). */
const textDate = dateField({ message: "Datum: bitte als TT.MM.JJJJ, MM.JJJJ oder JJJJ angeben.", empty: "", partial: true });

const TextDetails = z.object({
  titel: line(200, "Titel"),
  quelle: line(500, "Quelle"),
  datum: textDate,
});

const NewTextForm = TextDetails.extend({
  text: z.string().max(OWN_TEXT_MAX_BODY_BYTES, "Der Text ist viel zu lang.").optional(),
  datei: z.union([z.instanceof(File), z.string().max(0)]).optional(),
});

type ValidationResult = { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
const messagesOf = (result: ValidationResult) => (result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.message))]);

/** What was typed into a form, as strings (files left out), for showing it again. */
async function typedInput(c: Context): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true });
  return Object.fromEntries(
    Object.entries(body).flatMap(([name, entry]) => {
      const values = [entry].flat().filter((item): item is string => typeof item === "string");
      return values.length === 0 ? [] : [[name, values.length === 1 ? values[0]! : values]];
    }),
  );
}
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// ---------------------------------------------------------------- a new text

const renderNewText = (c: OwnTextContext, errors: string[] = [], input: NewTextInput = {}, status: 200 | 400 | 409 = 200) => {
  const json = status !== 200 ? jsonErrors(c, status, errors) : undefined;
  if (json) return json;
  const classRow = c.get("classRow");
  return c.html(<NewTextPage classId={classRow.id} className={className(classRow)} errors={errors} input={input} />, status);
};

ownTextRoutes.get("/neu", (c) => renderNewText(c));

ownTextRoutes.get("/zurueckgezogen", async (c) => {
  const classRow = c.get("classRow");
  const texts = await listWithdrawnTexts(db(c), classRow.id);
  return c.html(<WithdrawnTextsPage classId={classRow.id} className={className(classRow)} texts={texts} limit={MAX_WITHDRAWN_TEXTS_PER_CLASS} />);
});

const TEXT_LIMIT_MESSAGES: Record<TextLimit, string> = {
  listed: `Eine Klasse kann höchstens ${MAX_TEXTS_PER_CLASS} eigene Texte haben. Bitte löschen Sie zuerst einen Entwurf.`,
  withdrawn:
    `Ihre Klasse hat schon ${MAX_WITHDRAWN_TEXTS_PER_CLASS} zurückgezogene Texte, deren Ergebnisse gespeichert bleiben. Mehr eigene Texte kann eine ` +
    "Klasse nicht aufnehmen. Platz schaffen Sie, indem Sie unter „Zurückgezogene Texte“ (unten in der Übersicht bei „Eigene Texte“) einen davon mit seinen Antworten endgültig löschen.",
};

const ACCEPTED_FILE = /\.(txt|md|markdown)$/i;

/** The uploaded file's text: UTF-8 (a byte order mark is dropped later), or a German message. */
async function fileText(file: File): Promise<{ text: string; markdown: boolean } | { error: string }> {
  if (!ACCEPTED_FILE.test(file.name)) return { error: "Bitte laden Sie eine .txt- oder .md-Datei hoch." };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(await file.arrayBuffer());
    return { text, markdown: !/\.txt$/i.test(file.name) };
  } catch {
    return {
      error:
        "Die Datei ist nicht als UTF-8 gespeichert. Bitte speichern Sie sie als UTF-8 (in den meisten Editoren unter „Speichern unter“) oder fügen Sie den Text ein.",
    };
  }
}

ownTextRoutes.post(
  "/neu",
  zValidator("form", NewTextForm, async (result, c) => {
    if (result.success) return;
    const input = await typedInput(c);
    return renderNewText(
      c as OwnTextContext,
      messagesOf(result),
      { titel: first(input.titel), quelle: first(input.quelle), datum: first(input.datum), text: first(input.text) },
      400,
    );
  }),
  async (c) => {
    const form = c.req.valid("form");
    const typed: NewTextInput = { titel: form.titel, quelle: form.quelle, text: form.text };
    // The date as typed, not as stored ("05.05.2026", not "2026-05-05").
    const refuse = async (message: string) => renderNewText(c, [message], { ...typed, datum: first((await typedInput(c)).datum) }, 400);
    const file = form.datei instanceof File && form.datei.size > 0 ? form.datei : undefined;
    if (file && (form.text ?? "").trim() !== "") return refuse("Bitte fügen Sie entweder einen Text ein oder wählen Sie eine Datei, nicht beides.");
    let source = { text: form.text ?? "", markdown: false };
    if (file) {
      const read = await fileText(file);
      if ("error" in read) return refuse(read.error);
      source = read;
      typed.text = read.text; // shown in the text field if it is refused, so nothing has to be uploaded again
    }
    const classRow = c.get("classRow");
    // A text refused earlier (keepRefusedText) was kept only to give it back on a reload; it is in this form now.
    await dropRefusedTexts(db(c), classRow.id);
    const limit = await textLimitReached(db(c), classRow.id);
    if (limit) return refuse(TEXT_LIMIT_MESSAGES[limit]);
    const checked = checkOwnText({ text: source.text, markdown: source.markdown, title: form.titel, source: form.quelle, date: form.datum }, new Date());
    if (!checked.ok) return refuse(checked.message);
    const id = newOwnTextId();
    // Facts and questions are made by the requests of the text's page that follow (generateStep).
    if (!(await createOwnText(db(c), classRow.id, { id, checked: checked.checked, engine: engineOf(c) }))) {
      return refuse(TEXT_LIMIT_MESSAGES[(await textLimitReached(db(c), classRow.id)) ?? "listed"]);
    }
    return c.redirect(textPath(classRow.id, id), 303);
  },
);

// ---------------------------------------------------------------- reviewing

const textParams = z.object({ classId: z.string(), textId: z.string().regex(OWN_TEXT_ID) });
const questionParams = textParams.extend({ questionId: z.string().regex(OWN_QUESTION_ID) });
const knownText = zValidator("param", textParams, (result, c) => (result.success ? undefined : notFound(c)));
const knownQuestion = zValidator("param", questionParams, (result, c) => (result.success ? undefined : notFound(c)));

async function loadText(c: OwnTextContext): Promise<OwnTextRow | undefined> {
  return findOwnText(db(c), c.get("classRow").id, c.req.param("textId") ?? "");
}

async function renderReview(
  c: OwnTextContext,
  text: OwnTextRow,
  errors: string[] = [],
  status: 200 | 400 | 409 = 200,
  details?: Record<string, string | string[]>,
  wantedPage = 1,
) {
  if (text.generationNext !== null) return stillGenerating(c, text.id);
  const json = status !== 200 ? jsonErrors(c, status, errors) : undefined;
  if (json) return json;
  const classRow = c.get("classRow");
  const all = (await currentQuestions(db(c), text.id)).map((row) => row.question);
  // A page past the end (the last questions were just deleted) shows the last one.
  const page = Math.min(wantedPage, reviewPageOf(all.length - 1));
  const questions = all.slice((page - 1) * REVIEW_PAGE_SIZE, page * REVIEW_PAGE_SIZE);
  const { perAttempt, leftOut } = await currentCuration(c, text, all);
  const place = new Map(all.map((question, index) => [question.id, index]));
  const yielding = new Map(
    leftOut.map(({ question, yieldsTo, clash, standsIn }): [string, YieldsTo] => {
      const other = place.get(yieldsTo.id)!;
      const href = `${reviewPath(classRow.id, text.id, reviewPageOf(other))}#frage-${yieldsTo.id}`;
      return [question.id, { clash, number: other + 1, href, standsIn: standsIn === true }];
    }),
  );
  const shown = details && { titel: first(details.titel), quelle: first(details.quelle), datum: first(details.datum), umfang: first(details.umfang) };
  return c.html(
    <ReviewPage
      classId={classRow.id}
      className={className(classRow)}
      text={text}
      document={ownDocument(text)}
      questions={questions}
      questionCount={all.length}
      page={page}
      perAttempt={perAttempt}
      yielding={yielding}
      answersInTitle={answersInTitle(text.title, all)}
      use={text.status === "published" ? await textUse(db(c), classRow.id, text.id) : undefined}
      errors={errors}
      details={shown}
    />,
    status,
  );
}

/**
 * Which of the text's current questions (`questions`, read after `text`) may stand together: as stored for the text's
 * version, or worked out and stored for the next views. A change of the questions between reading `text` and `questions`
 * leaves what is stored under the older version, which the next view works out again.
 */
async function currentCuration(c: OwnTextContext, text: OwnTextRow, questions: readonly Question[]): Promise<Curation> {
  const engine = engineOf(c);
  const stored = restoredCuration(text.curation, text.version, engine, questions);
  if (stored) return stored;
  const curation = curationOf(questions);
  await saveCuration(db(c), text.id, storedCuration(text.version, engine, curation));
  return curation;
}

/** Runs `handle` with the class's text of the path, or answers 404. */
const withText =
  <T extends OwnTextContext>(handle: (c: T, text: OwnTextRow) => Response | Promise<Response>) =>
  async (c: T) => {
    const text = await loadText(c);
    return text ? handle(c, text) : notFound(c);
  };

/** zValidator hook: invalid input shows the review page again with its messages. */
const reviewError = async (result: ValidationResult, c: Context) => {
  if (result.success) return;
  const context = c as OwnTextContext;
  const text = await loadText(context);
  if (!text) return notFound(c);
  return renderReview(context, text, messagesOf(result), 400, await typedInput(c));
};

const pageQuery = z.object({ seite: z.coerce.number().int().min(1).max(1000).catch(1) });

/**
 * One step of making a text's questions, each within the free tier's CPU time: the facts extracted, or a
 * few question families (then a progress page that loads itself again, which runs the next step), the
 * pool put together and stored, or which of its questions may stand together worked out (then the review). Every step is conditional on the text still waiting for it, so a reload or a
 * second tab at the same moment repeats nothing and writes nothing twice. A text without a usable
 * question is kept as refused (keepRefusedText): its form comes back with the text in it, also on a reload.
 */

async function generateStep(c: OwnTextContext, text: OwnTextRow, next: number): Promise<Response> {
  const classRow = c.get("classRow");
  if (next === GENERATION_REFUSED) return refusedText(c, text, NO_FACTS_MESSAGE);
  const engine = engineOf(c);
  if (next === CURATION_PENDING) {
    // The questions are stored: whichever version answers works out which may stand together, as for its review (another
    // version's review works it out again). Never a restart, which would store the questions a second time.
    const questions = (await currentQuestions(db(c), text.id)).map((row) => row.question);
    await finishPreparation(db(c), text.id, storedCuration(text.version, engine, curationOf(questions)));
    return c.redirect(textPath(classRow.id, text.id), 303);
  }
  if (text.generationEngine !== engine) {
    // While a deploy rolls out, an older version may still answer: the newer one that began the text does the next step.
    if (text.generationEngine !== null && text.generationEngine > engine) return generationProgressPage(c, text, text.title, next);
    await restartPreparation(db(c), text, next, engine);
    return generationProgressPage(c, text, text.title, EXTRACTION_PENDING);
  }
  if (next < familyRunCount(text.text.length)) {
    let done: number;
    let title = text.title;
    if (next === EXTRACTION_PENDING) {
      const metadata = JSON.parse(text.generationFacts ?? "{}") as DocumentMetadata;
      // A long text's facts in four requests: the first quarter stored for the next one (EXTRACTION_FIGURES_DONE).
      const inParts = extractionSteps(text.text.length) > 1;
      const extracted = inParts ? extractOwnTextFirstPart(text.id, text.text, metadata, text.title) : extractOwnText(text.id, text.text, metadata, text.title);
      done = inParts ? EXTRACTION_FIGURES_DONE : 0;
      await saveExtraction(db(c), text, engine, extracted.document, JSON.stringify("figureFacts" in extracted ? extracted.figureFacts : extracted.facts), done);
      title = (await findOwnText(db(c), classRow.id, text.id))?.title ?? extracted.document.title;
    } else if (next === EXTRACTION_FIGURES_DONE) {
      done = EXTRACTION_PERSONS_DONE;
      await saveExtractionPart(db(c), text.id, engine, next, done, JSON.stringify(extractPersonsOfOwnText(text.text, text.generationFacts ?? "")));
    } else if (next === EXTRACTION_PERSONS_DONE) {
      done = EXTRACTION_QUOTES_DONE;
      await saveExtractionPart(db(c), text.id, engine, next, done, JSON.stringify(extractQuotesOfOwnText(text.text, text.generationFacts ?? "")));
    } else if (next === EXTRACTION_QUOTES_DONE) {
      done = 0;
      await saveExtractionPart(db(c), text.id, engine, next, done, JSON.stringify(extractActionsOfOwnText(text.text, text.generationFacts ?? "")));
    } else {
      done = nextFamilyBoundary(next, text.text.length);
      await saveFamilies(db(c), text.id, engine, next, done, runFamilies(text.id, text.text, text.generationFacts ?? "", next, done));
    }
    return generationProgressPage(c, text, title, done);
  }
  const finished = finishOwnText(text.id, text.generationQuestions ?? "");
  if (!finished.ok) {
    await keepRefusedText(db(c), text, next);
    return refusedText(c, text, finished.message);
  }
  // A text without a title of its own is named after its first sentence, now that its questions tell whether that gives an answer away.
  const title = isUntitledName(text.title) ? leadTitle(ownDocument(text), finished.questions) : undefined;
  await storeQuestions(db(c), text, next, finished, title);
  return generationProgressPage(c, text, title ?? text.title, CURATION_PENDING);
}

/** The page that shows how far a text's preparation is (`done`: what comes next) and reloads itself for the next step. */
function generationProgressPage(c: OwnTextContext, text: OwnTextRow, title: string, done: number) {
  const classRow = c.get("classRow");
  // Without JavaScript too: browsers follow the Refresh header; the page's link is there for any that do not.
  c.header("Refresh", "0");
  c.header("Cache-Control", "no-store");
  return c.html(
    <GenerationPage
      classId={classRow.id}
      className={className(classRow)}
      textId={text.id}
      title={title}
      progress={generationProgress(done, text.text.length)}
    />,
  );
}

/**
 * The form with the refused text, its title, source and date in it, under the text's address: the teacher who
 * reloads the page gets the same form again, not a 404 and an empty form.
 */
function refusedText(c: OwnTextContext, text: OwnTextRow, message: string) {
  // The name of a text without a title would come back as if the teacher had typed it.
  const typedTitle = isUntitledName(text.title) ? undefined : text.title;
  // The date as the form asks for it ("03.02.2026"), not as stored ("2026-02-03"), like the form's other refusals.
  c.header("Cache-Control", "no-store");
  return renderNewText(c, [message], { titel: typedTitle, quelle: text.source ?? undefined, datum: germanDateInput(text.date), text: text.text }, 400);
}

ownTextRoutes.get("/:textId", knownText, zValidator("query", pageQuery), async (c) => {
  const text = await loadText(c);
  if (!text) return notFound(c);
  if (text.generationNext !== null) return generateStep(c, text, text.generationNext);
  return renderReview(c, text, [], 200, undefined, c.req.valid("query").seite);
});

/**
 * The whole text with a result's passage marked, for the teacher's "Diese Stelle im ganzen Text lesen": the students' text page
 * opens an own text only for the class's students, and a withdrawn one for nobody, while the teacher's
 * results keep its questions and passages.
 */
ownTextRoutes.get("/:textId/lesen", knownText, zValidator("query", highlightQuery), async (c) => {
  const classRow = c.get("classRow");
  const text = await findClassText(db(c), classRow.id, c.req.param("textId") ?? "");
  if (!text) return notFound(c);
  const document = ownDocument(text);
  c.header("Cache-Control", "private, no-store");
  return c.html(
    <DocumentPage
      document={document}
      highlight={highlightIn(document, c.req.valid("query"))}
      canStartQuiz={false}
      back={{ href: teacherPath(classRow.id), text: `Zurück zu ${className(classRow)}` }}
    />,
  );
});

/**
 * After a question was deleted or changed, the teacher's quiz size still fits the questions that do not
 * give each other away (as when it is saved and on publishing): an attempt asks no fewer than it says. Which
 * questions may stand together is worked out for that here and stored for the text's new version (curation.ts): the
 * review's first view after the change only reads it, where it worked it out a second time (for the longest text
 * that view took 7.7 ms of CPU instead of 3.7, round 50).
 */
async function curateChangedQuestions(c: OwnTextContext, text: OwnTextRow): Promise<void> {
  // The text as the change left it (its version counted up), then its questions: a change between the two leaves the
  // curation unstored under the older version, as currentCuration does.
  const changed = await findOwnText(db(c), c.get("classRow").id, text.id);
  if (!changed) return;
  const { perAttempt } = await currentCuration(
    c,
    changed,
    (await currentQuestions(db(c), text.id)).map((row) => row.question),
  );
  // After the curation is stored: the new quiz size carries it over to the version it counts up (updateOwnText).
  if (perAttempt > 0 && changed.quizSize > perAttempt) await updateOwnText(db(c), changed, { quizSize: perAttempt });
}

/** The review page that shows the question at `position` now, scrolled to `anchor`. */
async function reviewLocation(c: OwnTextContext, textId: string, position: number, anchor: string): Promise<string> {
  const { before, total } = await placeOf(db(c), textId, position);
  return `${reviewPath(c.get("classRow").id, textId, reviewPageOf(Math.min(before, total - 1)))}${anchor}`;
}

ownTextRoutes.post(
  "/:textId/angaben",
  knownText,
  zValidator("form", TextDetails.extend({ titel: line(200, "Titel").pipe(z.string().min(1, "Bitte geben Sie einen Titel an.")) }), reviewError),
  async (c) => {
    const text = await loadText(c);
    if (!text) return notFound(c);
    if (text.generationNext !== null) return stillGenerating(c, text.id);
    const { titel, quelle, datum } = c.req.valid("form");
    await updateOwnText(db(c), text, { title: titel, source: quelle || null, date: datum || null });
    return c.redirect(`${textPath(c.get("classRow").id, text.id)}#angaben`, 303);
  },
);

ownTextRoutes.post(
  "/:textId/umfang",
  knownText,
  zValidator(
    "form",
    z.object({
      umfang: z
        .string({ error: "Bitte geben Sie an, wie viele Fragen ein Versuch hat." })
        .regex(/^\s*\d{1,4}\s*$/, "Fragen je Versuch: bitte eine ganze Zahl angeben.")
        .transform(Number)
        .pipe(z.number().min(1, "Ein Versuch braucht mindestens eine Frage.")),
    }),
    reviewError,
  ),
  async (c) => {
    const text = await loadText(c);
    if (!text) return notFound(c);
    if (text.generationNext !== null) return stillGenerating(c, text.id);
    const { umfang } = c.req.valid("form");
    const { perAttempt } = await currentCuration(
      c,
      text,
      (await currentQuestions(db(c), text.id)).map((row) => row.question),
    );
    if (umfang > perAttempt) {
      return renderReview(c, text, [`Fragen je Versuch: höchstens ${perAttempt}; die übrigen Fragen verraten die Antwort einer anderen.`], 400, {
        umfang: String(umfang),
      });
    }
    await updateOwnText(db(c), text, { quizSize: umfang });
    return c.redirect(`${textPath(c.get("classRow").id, text.id)}#quiz-einstellungen`, 303);
  },
);

ownTextRoutes.post("/:textId/veroeffentlichen", knownText, async (c) => {
  const text = await loadText(c);
  if (!text) return notFound(c);
  if (text.generationNext !== null) return stillGenerating(c, text.id);
  const questions = await currentQuestions(db(c), text.id);
  if (questions.length === 0) return renderReview(c, text, ["Ein Quiz ohne Fragen kann nicht veröffentlicht werden. Bitte fügen Sie eine Frage hinzu."], 400);
  const { perAttempt } = await currentCuration(
    c,
    text,
    questions.map((row) => row.question),
  );
  if (text.quizSize > perAttempt) await updateOwnText(db(c), text, { quizSize: perAttempt });
  await publishOwnText(db(c), text.id);
  return c.redirect(`${teacherPath(c.get("classRow").id)}#aufgaben`, 303);
});

/**
 * Deletes a draft, or a published text nobody of the class has begun. Once someone has (also between the page and
 * this request), nothing is deleted: the page says so and offers to withdraw the text instead.
 */
ownTextRoutes.post(
  "/:textId/loeschen",
  knownText,
  zValidator("form", z.object({ bestaetigung: z.literal("ja", { error: "Bitte bestätigen Sie das Löschen mit dem Häkchen." }) }), reviewError),
  async (c) => {
    const text = await loadText(c);
    if (!text) return notFound(c);
    const classId = c.get("classRow").id;
    const deleted = text.status === "draft" ? await deleteDraft(db(c), text.id) : await deleteUnusedText(db(c), classId, text.id);
    if (!deleted) {
      return renderReview(
        c,
        text,
        ["Ihre Klasse hat diesen Text inzwischen bearbeitet. Er wurde nicht gelöscht, damit ihre Antworten bleiben. Sie können ihn unten zurückziehen."],
        409,
      );
    }
    return c.redirect(`${teacherPath(classId)}#eigene-texte`, 303);
  },
);

/** Withdraws a published text: out of every list, assignments and practice; the results keep its questions. */
ownTextRoutes.post(
  "/:textId/zurueckziehen",
  knownText,
  zValidator("form", z.object({ bestaetigung: z.literal("ja", { error: "Bitte bestätigen Sie das Zurückziehen mit dem Häkchen." }) }), reviewError),
  async (c) => {
    const text = await loadText(c);
    if (!text) return notFound(c);
    if (text.status !== "published")
      return renderReview(c, text, ["Nur ein veröffentlichter Text kann zurückgezogen werden. Einen Entwurf können Sie löschen."], 409);
    const classId = c.get("classRow").id;
    await withdrawText(db(c), classId, text.id);
    return c.redirect(`${teacherPath(classId)}#eigene-texte`, 303);
  },
);

/** The confirmation before a withdrawn text goes for good; `status` 400 when a post came without the ticked box. */
async function renderDeleteWithdrawn(c: OwnTextContext, status: 200 | 400) {
  const classId = c.get("classRow").id;
  const text = await findWithdrawnText(db(c), classId, c.req.param("textId") ?? "");
  if (!text) return notFound(c);
  const errors = status === 400 ? ["Bitte bestätigen Sie das endgültige Löschen mit dem Häkchen."] : [];
  return c.html(<DeleteWithdrawnPage classId={classId} text={text} use={await textUse(db(c), classId, text.id)} errors={errors} />, status);
}

ownTextRoutes.get("/:textId/endgueltig-loeschen", knownText, (c) => renderDeleteWithdrawn(c, 200));

/** Deletes a withdrawn text for good with the answers given to it: the way to make room in a class at the limit. */
ownTextRoutes.post("/:textId/endgueltig-loeschen", knownText, async (c) => {
  const form = await c.req.parseBody();
  if (form.bestaetigung !== "ja") return renderDeleteWithdrawn(c, 400);
  const classId = c.get("classRow").id;
  if (!(await deleteWithdrawnText(db(c), classId, c.req.param("textId") ?? ""))) return notFound(c);
  return c.redirect(withdrawnPath(classId), 303);
});

// ---------------------------------------------------------------- questions

const typeQuery = z.object({ typ: z.enum(QUESTION_TYPES).catch("single") });

async function renderEditor(
  c: OwnTextContext,
  text: OwnTextRow,
  type: QuestionType,
  values: Record<string, string | string[] | undefined>,
  options: { questionId?: string | undefined; errors?: string[]; status?: 200 | 400 } = {},
) {
  const status = options.status ?? 200;
  const json = status !== 200 ? jsonErrors(c, status, options.errors ?? []) : undefined;
  if (json) return json;
  // Back to the review page the question is on.
  const current = options.questionId ? await findCurrentQuestion(db(c), text.id, options.questionId) : undefined;
  const reviewHref = current
    ? await reviewLocation(c, text.id, current.position ?? 0, `#frage-${current.id}`)
    : `${textPath(c.get("classRow").id, text.id)}#fragen`;
  return c.html(
    <QuestionEditorPage
      classId={c.get("classRow").id}
      text={text}
      document={ownDocument(text)}
      type={type}
      values={values}
      questionId={options.questionId}
      reviewHref={reviewHref}
      errors={options.errors}
    />,
    status,
  );
}

/** zValidator hook for the question forms: the editor again, with what was typed. */
const editorError = async (result: ValidationResult, c: Context) => {
  if (result.success) return;
  const context = c as OwnTextContext;
  const text = await loadText(context);
  if (!text) return notFound(c);
  const values = await typedInput(c);
  const type = typeQuery.parse({ typ: first(values.typ) }).typ;
  return renderEditor(context, text, type, values, { questionId: c.req.param("questionId"), errors: messagesOf(result), status: 400 });
};

ownTextRoutes.get("/:textId/fragen/neu", knownText, zValidator("query", typeQuery), async (c) => {
  const text = await loadText(c);
  if (!text) return notFound(c);
  if (text.generationNext !== null) return stillGenerating(c, text.id);
  return renderEditor(c, text, c.req.valid("query").typ, {});
});

ownTextRoutes.post("/:textId/fragen/neu", knownText, zValidator("form", QuestionFields, editorError), async (c) => {
  const text = await loadText(c);
  if (!text) return notFound(c);
  if (text.generationNext !== null) return stillGenerating(c, text.id);
  const fields = c.req.valid("form");
  const built = buildQuestion(fields, { document: ownDocument(text), id: newOwnQuestionId() });
  if (!built.ok) return renderEditor(c, text, fields.typ, await typedInput(c), { errors: built.errors, status: 400 });
  if (!(await addQuestion(db(c), text.id, built.question))) {
    return renderEditor(c, text, fields.typ, await typedInput(c), { errors: [`Ein Text kann höchstens ${MAX_QUESTIONS_PER_TEXT} Fragen haben.`], status: 400 });
  }
  // Added at the end: the last page.
  return c.redirect(await reviewLocation(c, text.id, Number.MAX_SAFE_INTEGER, `#frage-${built.question.id}`), 303);
});

ownTextRoutes.get("/:textId/fragen/:questionId", knownQuestion, async (c) => {
  const text = await loadText(c);
  if (!text) return notFound(c);
  const row = await findCurrentQuestion(db(c), text.id, c.req.param("questionId") ?? "");
  if (!row) return notFound(c);
  return renderEditor(c, text, row.question.type, fieldsOf(row.question), { questionId: row.id });
});

ownTextRoutes.post("/:textId/fragen/:questionId", knownQuestion, zValidator("form", QuestionFields, editorError), async (c) => {
  const text = await loadText(c);
  if (!text) return notFound(c);
  const row = await findCurrentQuestion(db(c), text.id, c.req.param("questionId") ?? "");
  if (!row) return notFound(c);
  const fields = c.req.valid("form");
  const built = buildQuestion(fields, { document: ownDocument(text), id: row.id, existing: row.question });
  if (!built.ok) return renderEditor(c, text, fields.typ, await typedInput(c), { questionId: row.id, errors: built.errors, status: 400 });
  const { id: _id, ...edited } = built.question;
  try {
    const id = await saveEdit(db(c), row, edited);
    await curateChangedQuestions(c, text);
    return c.redirect(await reviewLocation(c, text.id, row.position ?? 0, `#frage-${id}`), 303);
  } catch (error) {
    if (error instanceof EditConflict) return conflict(c, text.id);
    if (error instanceof RetiredVersionsFull) return retiredVersionsFull(c, text.id);
    throw error;
  }
});

/**
 * A button on a question of the review: runs `act`, then back to the review page that shows the question
 * where it is now ("question"), or the list where it was ("list", after a deletion).
 */
const questionAction = (act: (c: OwnTextContext, text: OwnTextRow, questionId: string) => Promise<void>, landing: "question" | "list") =>
  withText(async (c: OwnTextContext, text) => {
    const questionId = c.req.param("questionId") ?? "";
    const before = await findCurrentQuestion(db(c), text.id, questionId);
    if (!before) return notFound(c);
    try {
      await act(c, text, questionId);
    } catch (error) {
      if (error instanceof EditConflict) return conflict(c, text.id);
      if (error instanceof RetiredVersionsFull) return retiredVersionsFull(c, text.id);
      throw error;
    }
    const now = landing === "question" ? await findCurrentQuestion(db(c), text.id, questionId) : undefined;
    const position = (now ?? before).position ?? 0;
    return c.redirect(await reviewLocation(c, text.id, position, landing === "question" ? `#frage-${questionId}` : "#fragen"), 303);
  });

ownTextRoutes.post(
  "/:textId/fragen/:questionId/hoch",
  knownQuestion,
  questionAction((c, text, questionId) => moveQuestion(db(c), text.id, questionId, -1), "question"),
);
ownTextRoutes.post(
  "/:textId/fragen/:questionId/runter",
  knownQuestion,
  questionAction((c, text, questionId) => moveQuestion(db(c), text.id, questionId, 1), "question"),
);
/** The confirmation page before a question is deleted; `status` 400 when a post came without the confirmation. */
async function renderDeleteQuestion(c: OwnTextContext, text: OwnTextRow, status: 200 | 400) {
  const questionId = c.req.param("questionId") ?? "";
  const row = await findCurrentQuestion(db(c), text.id, questionId);
  if (!row) return notFound(c);
  const position = row.position ?? 0;
  // Its number in the list: the current questions before it, plus one.
  const { before } = await placeOf(db(c), text.id, position);
  return c.html(
    <DeleteQuestionPage
      classId={c.get("classRow").id}
      text={text}
      document={ownDocument(text)}
      question={row.question}
      number={before + 1}
      backHref={await reviewLocation(c, text.id, position, `#frage-${questionId}`)}
      errors={status === 400 ? ["Bitte bestätigen Sie das Löschen mit dem Knopf unten."] : []}
    />,
    status,
  );
}

ownTextRoutes.get(
  "/:textId/fragen/:questionId/loeschen",
  knownQuestion,
  withText((c: OwnTextContext, text) => renderDeleteQuestion(c, text, 200)),
);

ownTextRoutes.post(
  "/:textId/fragen/:questionId/loeschen",
  knownQuestion,
  async (c, next) => {
    // Only with the confirmation page's "bestaetigung": a bare post (an old page, a stray request) asks first.
    const form = await c.req.parseBody();
    if (form.bestaetigung === "ja") return next();
    return withText((context: OwnTextContext, text) => renderDeleteQuestion(context, text, 400))(c as OwnTextContext);
  },
  questionAction(async (c, text, questionId) => {
    await removeQuestion(db(c), { id: questionId, textId: text.id });
    await curateChangedQuestions(c, text);
  }, "list"),
);
