/** Bringing an own text: a fresh German text yields a pool with valid evidence; bad texts are refused and nothing is stored. */
import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { MAX_TEXT_CHARACTERS } from "../../../src/worker/own-texts/prepare";
import { OWN_TEXT_MAX_BODY_BYTES } from "../../../src/worker/own-texts/routes";
import { markedPart } from "../../../src/worker/quiz/highlight";
import { MAX_TEXTS_PER_CLASS } from "../../../src/worker/own-texts/store";
import { escapeHtml, visibleText } from "../browser";
import {
  completeGeneration,
  createClass,
  FRESH_TEXT,
  currentQuestions,
  pasteOnly,
  pasteText,
  postNewText,
  reviewedIds,
  reviewPages,
  rowCounts,
  storedText,
  textPath,
} from "./helpers";

/** English, written for this test. */
/** The emphasis of the answer's words inside a mark (QuestionEvidence). */
const ANSWER_WORD_TAGS = /<strong class="answer-word">|<\/strong>/g;

const ENGLISH =
  "The foreign ministers of the Baltic Sea states met in Gdansk on Tuesday to discuss how to protect undersea cables. " +
  "They agreed to set up a joint situation centre, which is expected to open in the spring of 2027 and will employ about sixty experts. " +
  "Several cables have been damaged since the start of the year, and the ministers said that they would respond together.";

describe("a fresh German text pasted through the form", () => {
  it("becomes a draft with a pool of questions whose evidence is the text's own words", async () => {
    const created = await createClass();
    const textId = await pasteText(created, { text: FRESH_TEXT, quelle: "Eigene Meldung", datum: "05.05.2026" });
    const stored = await storedText(textId);
    expect(stored.text).toBe(FRESH_TEXT);
    expect(stored.status).toBe("draft");
    expect(stored.title).toBe("Ostseerat berät in Danzig über den Schutz von Unterseekabeln");
    expect(stored.source).toBe("Eigene Meldung");
    expect(stored.date).toBe("2026-05-05");
    const questions = await currentQuestions(textId);
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(questions.map((question) => question.type)).size).toBeGreaterThanOrEqual(4);
    for (const question of questions) {
      expect(question.id).toMatch(/^o_[0-9a-f]{16}$/);
      expect(question.documentId).toBe(textId);
      for (const evidence of [question.evidence, ...question.moreEvidence]) {
        expect(stored.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
        const passage = stored.passages.find((candidate) => candidate.id === evidence.passageId)!;
        expect(passage.start <= evidence.start && evidence.end <= passage.end).toBe(true);
      }
    }
    expect(stored.quizSize).toBe(Math.min(10, questions.length));

    // The review shows every question once, in the pool's order, over as many pages as it takes.
    const pages = await reviewPages(created.teacher, created.classId, textId);
    expect(reviewedIds(pages)).toEqual(questions.map((question) => question.id));
    // Each question's evidence marked as the learner's feedback marks it (the asked sentence), the answer's words
    // emphasised in it.
    const html = pages.join("").replace(ANSWER_WORD_TAGS, "");
    for (const question of questions) {
      const marked = markedPart(question.evidence, question);
      expect(html).toContain(`<mark>${escapeHtml(stored.text.slice(marked.start, marked.end))}</mark>`);
    }
  });

  it("names a text without a title after its first sentence once its questions are made, by the paste time where that sentence names an answer, and says which answers a typed title gives away", async () => {
    const created = await createClass();
    const untitled = FRESH_TEXT.slice(FRESH_TEXT.indexOf("\n\n") + 2);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-05T06:20:00Z"));
    const textId = await pasteText(created, { text: untitled });
    vi.setSystemTime(new Date("2026-12-05T06:21:00Z"));
    const otherId = await pasteText(created, { text: untitled.slice(untitled.indexOf("\n\n") + 2) });
    vi.useRealTimers();
    const stored = await storedText(textId);
    expect(stored.text).toBe(untitled);
    // Its first sentence, shortened, names no answer of its questions ("Die Außenministerinnen und Außenminister der Ostseeanrainer wollen …").
    const leadName = "Die Außenministerinnen und Außenminister der Ostseeanrainer …";
    expect(stored.title).toBe(leadName);
    const firstSentenceNotice =
      '<p class="notice">Der Text hat keine Überschrift: Quellenquiz hat ihn nach seinem ersten Satz benannt. Ihre Klasse sieht den Namen oben über jeder Frage: <a href="#titel">Titel ändern</a></p>';
    expect((await reviewPages(created.teacher, created.classId, textId))[0]).toContain(firstSentenceNotice);
    // The other's first sentence names whom a question asks for ("Gastgeber war der polnische Außenminister Tomasz Wierzbicki."): the paste time.
    expect((await storedText(otherId)).title).toBe("Text ohne Titel vom 05.12.2026, 07:21");
    // The review says so at its top and leads to the title field at its foot.
    const untitledNotice =
      '<p class="notice">Der Text hat noch keinen Titel. Ihre Klasse sieht den Namen oben über jeder Frage: <a href="#titel">Titel geben</a></p>';
    expect((await reviewPages(created.teacher, created.classId, otherId))[0]).toContain(untitledNotice);

    // Two more in that minute (a teacher pasting one after the other) get names of their own in the list while their
    // questions are made, and after it a first sentence's name told apart from the first text's.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-05T06:21:30Z"));
    const sameMinute = [await pasteOnly(created, { text: untitled }), await pasteOnly(created, { text: untitled })];
    // Two tabs at once as well.
    const atOnce = await Promise.all([pasteOnly(created, { text: untitled }), pasteOnly(created, { text: untitled })]);
    vi.useRealTimers();
    const names = await Promise.all(sameMinute.map(async (id) => (await storedText(id)).title));
    expect(names).toEqual(["Text ohne Titel vom 05.12.2026, 07:21 (2)", "Text ohne Titel vom 05.12.2026, 07:21 (3)"]);
    const namesAtOnce = await Promise.all(atOnce.map(async (id) => (await storedText(id)).title));
    expect(namesAtOnce.sort()).toEqual(["Text ohne Titel vom 05.12.2026, 07:21 (4)", "Text ohne Titel vom 05.12.2026, 07:21 (5)"]);
    await completeGeneration(created.teacher, created.classId, sameMinute[1]!);
    expect((await storedText(sameMinute[1]!)).title).toBe(`${leadName} (2)`);
    expect((await reviewPages(created.teacher, created.classId, sameMinute[1]!))[0]).toContain(firstSentenceNotice);
    const list = visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text());
    for (const name of [names[0]!, leadName, `${leadName} (2)`]) expect(list).toContain(name);

    // Learners see the title above every question, and the start of a text is its lead, which the quiz asks most:
    // the review names the questions whose answer a title gives away, and leads to the field to change it.
    const questions = await currentQuestions(textId);
    const number = questions.findIndex((question) => question.type === "single") + 1;
    const single = questions[number - 1]!;
    const answer = single.type === "single" ? single.options.find((option) => option.id === single.answer)!.text : "";
    const details = `${textPath(created.classId, textId)}/angaben`;
    await created.teacher.post(details, { titel: `Neues zu ${answer}` });
    const notice = /<p class="notice caution">([\s\S]*?)<\/p>/.exec((await reviewPages(created.teacher, created.classId, textId))[0]!)?.[1] ?? "";
    expect(visibleText(notice)).toMatch(
      new RegExp(`^Der Titel „Neues zu ${answer}“ nennt die Antwort (von Frage|der Fragen) (\\d+, )*(\\d+ und )?${number}\\b`),
    );
    expect(notice).toContain('<a href="#titel">Titel ändern</a>');
    await created.teacher.post(details, { titel: "Kabel in der Ostsee" });
    const renamed = (await reviewPages(created.teacher, created.classId, textId))[0];
    expect(renamed).not.toContain('class="notice caution"');
    expect(renamed).not.toContain("Titel geben");
    expect(renamed).not.toContain(firstSentenceNotice);
  });

  it("takes a .md file: byte order mark dropped, the first heading as title, the text otherwise as written", async () => {
    const created = await createClass();
    const markdown = `# Neues Lagezentrum in Rostock\n\n${FRESH_TEXT.split("\n\n").slice(1).join("\n\n")}`;
    const textId = await pasteText(created, { file: { name: "meldung.md", content: `\uFEFF${markdown}`, type: "text/markdown" } });
    const stored = await storedText(textId);
    expect(stored.text).toBe(markdown);
    expect(stored.title).toBe("Neues Lagezentrum in Rostock");
  });

  it("stores line ends as LF, as the review page shows them (browsers send CRLF)", async () => {
    const created = await createClass();
    const textId = await pasteText(created, { text: FRESH_TEXT.replace(/\n/g, "\r\n") });
    expect((await storedText(textId)).text).toBe(FRESH_TEXT);
  });

  it("drops the invisible marks a copied news page brings along, and makes the same questions as from the clean text", async () => {
    const created = await createClass();
    // Soft hyphens inside the long words (as news sites hyphenate), a zero-width space after every space,
    // and direction marks around the first line.
    const marked = `\u202A${FRESH_TEXT.replace(/(\p{L}{5})(?=\p{L}{5})/gu, "$1\u00AD")
      .replace(/ /g, " \u200B")
      .replace("\n", "\u200E\u202C\n")}`;
    expect(marked.length).toBeGreaterThan(FRESH_TEXT.length + 200);
    const cleanId = await pasteText(created, { text: FRESH_TEXT });
    const markedId = await pasteText(created, { text: marked });
    expect((await storedText(markedId)).text).toBe(FRESH_TEXT);
    // What each question asks about where; which of a sentence's facts it asks, and the options, are drawn with the text's id.
    const asked = async (textId: string) =>
      (await currentQuestions(textId)).map((question) => `${question.type} ${question.topic}: ${question.evidence.quote}`).sort();
    const clean = await asked(cleanId);
    expect(clean.length).toBeGreaterThanOrEqual(10);
    expect(await asked(markedId)).toEqual(clean);
  });
});

describe("texts that are refused", () => {
  const refusals: [string, Parameters<typeof postNewText>[2], RegExp][] = [
    ["empty", { text: "  \n\n " }, /Bitte fügen Sie einen Text ein/],
    ["too long", { text: `${FRESH_TEXT}\n\n`.repeat(Math.ceil((MAX_TEXT_CHARACTERS + 1) / (FRESH_TEXT.length + 2))) }, /höchstens 20\.000 gehen/],
    ["not German", { text: ENGLISH }, /nicht auf Deutsch/],
    ["figures without a word", { text: "17 250 3.400\n\n".repeat(40) }, /kein einziges Wort, nur Zahlen oder Zeichen/],
    ["signs and emoji without a word", { text: "🚧 → 🌉 !!! ".repeat(40) }, /kein einziges Wort, nur Zahlen oder Zeichen/],
    ["both pasted and uploaded", { text: FRESH_TEXT, file: { name: "auch.txt", content: FRESH_TEXT } }, /entweder einen Text ein oder wählen Sie eine Datei/],
    ["a file that is not UTF-8", { file: { name: "alt.txt", content: new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]) } }, /nicht als UTF-8 gespeichert/],
    ["a file of another kind", { file: { name: "bild.png", content: "x" } }, /\.txt- oder \.md-Datei/],
    ["a malformed date", { text: FRESH_TEXT, datum: "am 3. Feb" }, /Datum: bitte als/],
    ["a day the calendar does not have", { text: FRESH_TEXT, datum: "31.02.2026" }, /Den 31\.02\.2026 gibt es im Kalender nicht/],
  ];

  it.each(refusals)("%s: a clear German message, the form keeps what was typed, nothing is stored", async (_name, fields, message) => {
    const created = await createClass();
    const before = await rowCounts(created.classId);
    const response = await postNewText(created.teacher, created.classId, { titel: "Mein <Titel>", quelle: "Quelle & Co", ...fields });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(visibleText(html)).toMatch(message);
    expect(html).toContain('value="Mein &lt;Titel&gt;"');
    expect(html).toContain('value="Quelle &amp; Co"');
    if (fields.text && !fields.file) expect(html).toContain(escapeHtml(fields.text.replace(/\r\n/g, "\n")).slice(0, 2000));
    expect(await rowCounts(created.classId)).toEqual(before);
  });

  it("answers a body beyond the form's limit with a German 413 and stores nothing", async () => {
    const created = await createClass();
    const before = await rowCounts(created.classId);
    const response = await postNewText(created.teacher, created.classId, { text: "a".repeat(OWN_TEXT_MAX_BODY_BYTES + 1) });
    expect(response.status).toBe(413);
    expect(visibleText(await response.text())).toContain("viel zu lang");
    expect(await rowCounts(created.classId)).toEqual(before);
  });

  it("keeps a class at its most texts also when several are pasted at once", async () => {
    const created = await createClass();
    // The class's texts up to three below the limit, as copies of one pasted text.
    const first = await postNewText(created.teacher, created.classId, { text: FRESH_TEXT });
    expect(first.status).toBe(303);
    await env.DB.prepare(
      `with recursive copies(n) as (select 1 union all select n + 1 from copies where n < ?)
       insert into own_texts (id, class_id, title, text, passages, quiz_size)
         select printf('t_%016x', n), class_id, title, text, passages, quiz_size from own_texts, copies where class_id = ?`,
    )
      .bind(MAX_TEXTS_PER_CLASS - 4, created.classId)
      .run();
    const responses = await Promise.all(Array.from({ length: 8 }, () => postNewText(created.teacher, created.classId, { text: FRESH_TEXT })));
    expect(responses.map((response) => response.status).sort()).toEqual([303, 303, 303, 400, 400, 400, 400, 400]);
    for (const refused of responses.filter((response) => response.status === 400)) {
      expect(visibleText(await refused.text())).toContain(`höchstens ${MAX_TEXTS_PER_CLASS} eigene Texte`);
    }
    const stored = await env.DB.prepare("select count(*) as n from own_texts where class_id = ?").bind(created.classId).first<{ n: number }>();
    expect(stored!.n).toBe(MAX_TEXTS_PER_CLASS);
  });

  it("keeps the app's small body limit on every other form", async () => {
    const created = await createClass();
    const response = await created.teacher.post(`/klassen/lehrkraft/${created.classId}/name`, { name: "x".repeat(70 * 1024) });
    expect(response.status).toBe(413);
  });
});
