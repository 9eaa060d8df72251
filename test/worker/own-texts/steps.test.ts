/**
 * The questions of a pasted text are made over several requests, each within the free tier's CPU time:
 * the paste stores the text, then its page runs one step per load (a progress page that reloads itself)
 * until the review. Through the Worker and real D1: the pool is the engine's, steps repeated or run at
 * the same time write nothing twice, a text without facts ends with the form (also on a reload), and no
 * other class can see or advance it.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { Question } from "../../../src/bank/schema";
import { curatedChoice } from "../../../src/bank/quiz";
import {
  CURATION_PENDING,
  EXTRACTION_FIGURES_DONE,
  EXTRACTION_PERSONS_DONE,
  EXTRACTION_QUOTES_DONE,
  prepareOwnText,
} from "../../../src/worker/own-texts/prepare";
import { redirectTarget, visibleText } from "../browser";
import { count, type CreatedClass } from "../classroom/helpers";
import { completeGeneration, createClass, currentQuestions, FRESH_TEXT, generationStep, pasteOnly, rowCounts, storedText, textPath } from "./helpers";
import nordsee from "../../fixtures/generate-texts/nordsee-konferenz.txt?raw";

/** A text long enough to be made in several steps: the fixtures one after the other. */
const LONG_TEXT = `${FRESH_TEXT.trim()}\n\n${nordsee.trim()}\n\n${FRESH_TEXT.trim().replaceAll("Danzig", "Gdingen")}`;

const NO_FACTS =
  "Es war einmal ein kleiner Hund. Er lief gern über die Wiese und spielte mit den Kindern, die dort wohnten. Am Abend schlief er müde ein und träumte von seinen Freunden.";

const generationState = (textId: string) =>
  env.DB.prepare(
    "select generation_next as next, generation_facts is not null as facts, generation_questions is not null as questions from own_texts where id = ?",
  )
    .bind(textId)
    .first<{ next: number | null; facts: number; questions: number }>();

/** A question without its id (fresh for each text), its fields in the schema's order (as stored ones are read). */
const withoutId = (question: Question) => {
  const { id: _id, ...rest } = Question.parse(question);
  return JSON.stringify(rest);
};

/** Loads the page of a text without usable facts until it is refused: the form with the message. */
async function refuse(created: CreatedClass, textId: string) {
  let last = await generationStep(created.teacher, created.classId, textId);
  for (let steps = 0; last.status === 200 && steps < 10; steps++) last = await generationStep(created.teacher, created.classId, textId);
  expect(last.status).toBe(400);
  return last;
}

describe("a pasted text's questions, step by step", () => {
  it("stores the text at once and makes the engine's pool over a few self-reloading progress pages", async () => {
    const created = await createClass();
    const textId = await pasteOnly(created, { text: LONG_TEXT });
    expect((await storedText(textId)).text).toBe(LONG_TEXT);
    expect((await storedText(textId)).passages).toEqual([]);
    expect(await currentQuestions(textId)).toEqual([]);
    // The teacher's details wait for the extraction, which runs on the first load of the text's page.
    expect(await generationState(textId)).toEqual({ next: -1, facts: 1, questions: 1 });
    const overview = visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text());
    expect(overview).toContain("Fragen werden erstellt");

    const steps = await completeGeneration(created.teacher, created.classId, textId);
    const progress = steps.slice(0, -1).map((step) => /Schritt (\d+) von (\d+)/.exec(visibleText(step.html))!.slice(1).map(Number));
    expect(progress.length).toBeGreaterThan(1);
    const total = progress[0]![1]!;
    // The paste was step 1, the extraction step 2, the last request (the redirect to the review) is the last step.
    expect(progress).toEqual(progress.map((_, index) => [index + 2, total]));
    expect(total).toBe(progress.length + 2);
    expect(progress.length).toBeGreaterThan(2);
    for (const step of steps.slice(0, -1)) expect(step.html).toContain(`href="${textPath(created.classId, textId)}"`);

    // The same questions, in the same order, as the engine makes in one go for this text.
    const prepared = prepareOwnText(textId, { text: LONG_TEXT });
    if (!prepared.ok) throw new Error(prepared.message);
    const stored = await currentQuestions(textId);
    expect(stored.map(withoutId)).toEqual(prepared.questions.map(withoutId));
    const text = await storedText(textId);
    for (const question of stored) expect(text.text.slice(question.evidence.start, question.evidence.end)).toBe(question.evidence.quote);
    expect(text.quizSize).toBe(prepared.quizSize);
    // Done: the working state is gone, and the page is the review.
    expect(await generationState(textId)).toEqual({ next: null, facts: 0, questions: 0 });
    const review = await created.teacher.get(textPath(created.classId, textId));
    expect(review.status).toBe(200);
    expect(review.headers.get("Refresh")).toBeNull();
    expect(await review.text()).toContain(`data-question-id="${stored[0]!.id}"`);
  });

  it("extracts a long text's facts over four requests, its passages stored by the first", async () => {
    const created = await createClass();
    const textId = await pasteOnly(created, { text: LONG_TEXT });
    expect((await generationStep(created.teacher, created.classId, textId)).status).toBe(200);
    expect(await generationState(textId)).toEqual({ next: EXTRACTION_FIGURES_DONE, facts: 1, questions: 1 });
    expect((await storedText(textId)).passages.length).toBeGreaterThan(0);
    expect((await generationStep(created.teacher, created.classId, textId)).status).toBe(200);
    expect(await generationState(textId)).toEqual({ next: EXTRACTION_PERSONS_DONE, facts: 1, questions: 1 });
    expect((await generationStep(created.teacher, created.classId, textId)).status).toBe(200);
    expect(await generationState(textId)).toEqual({ next: EXTRACTION_QUOTES_DONE, facts: 1, questions: 1 });
    expect((await generationStep(created.teacher, created.classId, textId)).status).toBe(200);
    expect((await generationState(textId))?.next).toBe(0);
  });

  it("runs each step once when the page is loaded twice at the same moment (two tabs, a reload)", async () => {
    const created = await createClass();
    const textId = await pasteOnly(created, { text: LONG_TEXT });
    for (let round = 0; round < 20; round++) {
      const answers = await Promise.all([1, 2, 3].map(() => generationStep(created.teacher, created.classId, textId)));
      for (const answer of answers) expect([200, 303], answer.html.slice(0, 300)).toContain(answer.status);
      if (answers.every((answer) => answer.status === 303)) break;
    }
    expect((await generationState(textId))?.next).toBeNull();
    const prepared = prepareOwnText(textId, { text: LONG_TEXT });
    if (!prepared.ok) throw new Error(prepared.message);
    expect((await currentQuestions(textId)).map(withoutId)).toEqual(prepared.questions.map(withoutId));
    expect(await count("select count(*) as n from own_questions where text_id = ?", textId)).toBe(prepared.questions.length);
    // And loading it again afterwards is the review, nothing more.
    expect((await generationStep(created.teacher, created.classId, textId)).status).toBe(200);
    expect(await count("select count(*) as n from own_questions where text_id = ?", textId)).toBe(prepared.questions.length);
  });

  it("starts over when a deploy comes between two steps, and leaves a newer version's preparation to that version", async () => {
    const created = await createClass();
    const textId = await pasteOnly(created, { text: LONG_TEXT });
    // The extraction's four requests and the first group of families.
    for (let step = 0; step < 5; step++) expect((await generationStep(created.teacher, created.classId, textId)).status).toBe(200);
    const midway = await generationState(textId);
    expect(midway?.next).toBeGreaterThan(0);
    const setEngine = (engine: string | null, facts?: string) =>
      env.DB.prepare("update own_texts set generation_engine = ?, generation_facts = coalesce(?, generation_facts) where id = ?")
        .bind(engine, facts ?? null, textId)
        .run();

    // A newer version began it (an older one still answers while a deploy rolls out): the older one does nothing.
    await setEngine("9999-12-31T00:00:00.000Z a-newer-version");
    const waiting = await generationStep(created.teacher, created.classId, textId);
    expect([waiting.status, waiting.refresh]).toEqual([200, "0"]);
    expect(await generationState(textId)).toEqual(midway);

    // An older version began it, and its facts are nothing this version can read: the preparation starts over, and the
    // pool is the one this version makes, nothing of the older one's in it.
    await setEngine("2000-01-01T00:00:00.000Z an-older-version", '{"not":"facts"}');
    await env.DB.prepare('update own_texts set generation_questions = generation_questions || \',{"not":"a question"}\' where id = ?').bind(textId).run();
    const restart = await generationStep(created.teacher, created.classId, textId);
    expect([restart.status, restart.refresh]).toEqual([200, "0"]);
    expect(await generationState(textId)).toEqual({ next: -1, facts: 1, questions: 1 });
    await completeGeneration(created.teacher, created.classId, textId);
    const prepared = prepareOwnText(textId, { text: LONG_TEXT });
    if (!prepared.ok) throw new Error(prepared.message);
    expect((await currentQuestions(textId)).map(withoutId)).toEqual(prepared.questions.map(withoutId));
    expect((await storedText(textId)).title).toBe(prepared.document.title);

    // A text in preparation from before versions were stored starts over as well, also between the extraction's requests.
    const older = await pasteOnly(created, { text: LONG_TEXT });
    for (let step = 0; step < 3; step++) expect((await generationStep(created.teacher, created.classId, older)).status).toBe(200);
    expect((await generationState(older))?.next).toBe(EXTRACTION_QUOTES_DONE);
    await env.DB.prepare("update own_texts set generation_engine = null where id = ?").bind(older).run();
    await completeGeneration(created.teacher, created.classId, older);
    const preparedOlder = prepareOwnText(older, { text: LONG_TEXT });
    if (!preparedOlder.ok) throw new Error(preparedOlder.message);
    expect((await currentQuestions(older)).map(withoutId)).toEqual(preparedOlder.questions.map(withoutId));
  });

  it("ends a text whose questions are stored when a deploy came before its last step, without storing them again", async () => {
    const created = await createClass();
    const textId = await pasteOnly(created, { text: LONG_TEXT });
    let step: Awaited<ReturnType<typeof generationStep>> | undefined;
    for (let steps = 0; (await generationState(textId))?.next !== CURATION_PENDING; steps++) {
      expect(steps, "a preparation that never stores its questions").toBeLessThan(20);
      step = await generationStep(created.teacher, created.classId, textId);
      expect(step.status).toBe(200);
    }
    // The step that stored the pool shows the progress page for the last step.
    expect([step?.status, step?.refresh]).toEqual([200, "0"]);
    const stored = await currentQuestions(textId);
    expect(stored.length).toBeGreaterThan(0);
    await env.DB.prepare("update own_texts set generation_engine = ? where id = ?").bind("2000-01-01T00:00:00.000Z an-older-version", textId).run();
    const last = await generationStep(created.teacher, created.classId, textId);
    expect([last.status, last.location]).toEqual([303, textPath(created.classId, textId)]);
    expect(await generationState(textId)).toEqual({ next: null, facts: 0, questions: 0 });
    expect(await count("select count(*) as n from own_questions where text_id = ?", textId)).toBe(stored.length);
    const curation = await env.DB.prepare("select curation from own_texts where id = ?").bind(textId).first<{ curation: string }>();
    expect(JSON.parse(curation!.curation)).toMatchObject({ perAttempt: curatedChoice(stored).kept.length });
  });

  it("cannot be changed, extended or published while its questions are being made", async () => {
    const created = await createClass();
    const textId = await pasteOnly(created, { text: LONG_TEXT });
    const path = textPath(created.classId, textId);
    const tries = [
      await created.teacher.post(`${path}/veroeffentlichen`),
      await created.teacher.post(`${path}/umfang`, { umfang: "5" }),
      await created.teacher.get(`${path}/fragen/neu`),
      await created.teacher.post(`${path}/angaben`, { titel: "Anders" }),
    ];
    // Each leads back to the text's page, which goes on making the questions.
    for (const response of tries) expect(redirectTarget(response)).toBe(path);
    expect((await storedText(textId)).status).toBe("draft");
    await completeGeneration(created.teacher, created.classId, textId);
    expect((await created.teacher.post(`${path}/veroeffentlichen`)).status).toBe(303);
  });

  it("ends a text without usable facts with the form, the text in it and a clear message, also on a reload", async () => {
    const created = await createClass();
    const before = await rowCounts(created.classId);
    const textId = await pasteOnly(created, { text: NO_FACTS, titel: "Mein <Hund>", datum: "3.2.2026" });
    const last = await refuse(created, textId);
    expect(visibleText(last.html)).toMatch(/keine Fakten gefunden/);
    expect(last.html).toContain(NO_FACTS);
    expect(last.html).toContain('value="Mein &lt;Hund&gt;"');
    // The date as the form asks for it (TT.MM.JJJJ), as every other refusal of this form gives it back, not as stored.
    expect(last.html).toMatch(/<input id="datum" name="datum"[^>]* value="03\.02\.2026"/);
    expect(last.html).toContain(`action="/klassen/lehrkraft/${created.classId}/texte/neu"`);
    // A reload of the page it landed on: the same form with the same text, title, date and message, not a 404.
    const reload = await generationStep(created.teacher, created.classId, textId);
    expect(reload.status).toBe(400);
    expect(reload.refresh).toBeNull();
    expect(visibleText(reload.html)).toMatch(/keine Fakten gefunden/);
    expect(reload.html).toContain(NO_FACTS);
    expect(reload.html).toContain('value="Mein &lt;Hund&gt;"');
    expect(reload.html).toMatch(/<input id="datum" name="datum"[^>]* value="03\.02\.2026"/);
    expect(reload.html).toContain(`action="/klassen/lehrkraft/${created.classId}/texte/neu"`);
    // Kept for that as one row without its facts or questions, in no list, counting toward no limit.
    expect(await rowCounts(created.classId)).toEqual({ texts: before.texts + 1, questions: 0 });
    expect(await generationState(textId)).toEqual({ next: -2, facts: 0, questions: 0 });
    const overview = visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text());
    expect(overview).not.toContain("Mein <Hund>");
    expect(overview).not.toContain("Fragen werden erstellt");
    // The text sent again from the form (refused again here): the earlier row goes, at most one refused text stays.
    const again = await pasteOnly(created, { text: NO_FACTS, titel: "Mein <Hund>" });
    expect(await rowCounts(created.classId)).toEqual({ texts: before.texts + 1, questions: 0 });
    expect((await generationStep(created.teacher, created.classId, textId)).status).toBe(404);
    // Same title, no " (2)": the refused one no longer holds the name.
    expect((await storedText(again)).title).toBe("Mein <Hund>");
    await refuse(created, again);
    expect(await generationState(again)).toEqual({ next: -2, facts: 0, questions: 0 });
    // A usable text pasted next: the refused one is gone, nothing of it stays.
    const usable = await pasteOnly(created, { text: LONG_TEXT });
    expect(await rowCounts(created.classId)).toEqual({ texts: before.texts + 1, questions: 0 });
    expect((await storedText(usable)).text).toBe(LONG_TEXT);
  });

  it("cannot be seen or advanced by another class", async () => {
    const owner = await createClass("Eigentümer");
    const textId = await pasteOnly(owner, { text: LONG_TEXT });
    const other = await createClass("Andere");
    const foreign = await other.teacher.get(textPath(other.classId, textId));
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain("Danzig");
    // The owner's path with the other class's secret.
    const underOwner = await other.teacher.get(textPath(owner.classId, textId));
    expect([403, 404]).toContain(underOwner.status);
    expect(await underOwner.text()).not.toContain("Danzig");
    expect((await generationState(textId))?.next).toBe(-1);
    expect(await currentQuestions(textId)).toEqual([]);
  });
});
