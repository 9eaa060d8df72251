/** The review of a long text comes in pages of ten questions; every button leads back to the page of its question. */
import { describe, expect, it } from "vitest";
import { answerTerms } from "../../../src/worker/quiz/describe";
import { redirectTarget, visibleText } from "../browser";
import { createClass, currentQuestions, FRESH_TEXT, pasteText, reviewedIds, reviewPages, textPath } from "./helpers";

const idsOn = (html: string) => reviewedIds([html]);

describe("the review in pages", () => {
  it("shows ten questions a page, numbered on, with a way to every page that works without JavaScript", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    const pool = (await currentQuestions(textId)).map((question) => question.id);
    expect(pool.length, "the fixture brings more than two pages of questions").toBeGreaterThan(20);
    const pageCount = Math.ceil(pool.length / 10);

    const pages = await reviewPages(created.teacher, created.classId, textId);
    expect(pages).toHaveLength(pageCount);
    expect(pages.map(idsOn)).toEqual(Array.from({ length: pageCount }, (_, index) => pool.slice(index * 10, index * 10 + 10)));

    const second = pages[1]!;
    expect(second).toContain('<ol class="review-questions" start="11">');
    expect(visibleText(second)).toContain(`Fragen 11–20 von ${pool.length} · Seite 2 von ${pageCount}`);
    expect(visibleText(second)).toContain("Frage 11 ·");
    expect(/<title>[^<]*\(Seite 2 von \d+\)/.test(second)).toBe(true);
    // Previous and next as links; any page through a plain GET form with a labelled select.
    expect(second).toContain(`href="${base}#fragen" rel="prev"`);
    expect(second).toContain(`href="${base}?seite=3#fragen" rel="next"`);
    expect(second).toContain(
      `<form method="get" action="${base}#fragen" class="pager-jump"><label for="seite-oben">Seite</label><select id="seite-oben" name="seite">`,
    );
    expect(second).toContain('<option value="2" selected="">2: Fragen 11–20</option>');
    expect(pages[0]).not.toContain('rel="prev"');
    expect(pages.at(-1)).not.toContain('rel="next"');

    // What the select sends; a page past the end shows the last one; nonsense shows the first.
    expect(idsOn(await (await created.teacher.get(`${base}?seite=${pageCount}`)).text())).toEqual(pool.slice((pageCount - 1) * 10));
    expect(idsOn(await (await created.teacher.get(`${base}?seite=999`)).text())).toEqual(pool.slice((pageCount - 1) * 10));
    for (const nonsense of ["0", "-1", "zwei", "1e9", ""]) {
      const response = await created.teacher.get(`${base}?seite=${nonsense}`);
      expect(response.status, nonsense).toBe(200);
      expect(idsOn(await response.text()), nonsense).toEqual(pool.slice(0, 10));
    }
  });

  it("leads back to the page where the question is after moving, editing, adding and deleting", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const base = textPath(created.classId, textId);
    const pool = (await currentQuestions(textId)).map((question) => question.id);
    const eleventh = pool[10]!;

    // The first question of page 2 moved up is the last of page 1.
    const moved = await created.teacher.post(`${base}/fragen/${eleventh}/hoch`);
    expect(redirectTarget(moved)).toBe(`${base}#frage-${eleventh}`);
    expect(idsOn(await (await created.teacher.get(redirectTarget(moved))).text())[9]).toBe(eleventh);
    // ... and down again: page 2.
    const back = await created.teacher.post(`${base}/fragen/${eleventh}/runter`);
    expect(redirectTarget(back)).toBe(`${base}?seite=2#frage-${eleventh}`);
    expect(idsOn(await (await created.teacher.get(redirectTarget(back))).text())[0]).toBe(eleventh);

    // The editor of a question on page 2 leads back there.
    const editor = await (await created.teacher.get(`${base}/fragen/${eleventh}`)).text();
    expect(editor).toContain(`<a href="${base}?seite=2#frage-${eleventh}">← Zurück zu den Fragen</a>`);
    expect(editor).toContain(`<a href="${base}?seite=2#frage-${eleventh}">Abbrechen</a>`);

    // Deleting the only question of the last page leads to the page before, which is now the last.
    const last = pool.at(-1)!;
    const lastPage = Math.ceil(pool.length / 10);
    const deleted = await created.teacher.post(`${base}/fragen/${last}/loeschen`, { bestaetigung: "ja" });
    const expectedPage = (pool.length - 1) % 10 === 0 ? lastPage - 1 : lastPage;
    expect(redirectTarget(deleted)).toBe(`${base}${expectedPage > 1 ? `?seite=${expectedPage}` : ""}#fragen`);
    const after = await (await created.teacher.get(redirectTarget(deleted))).text();
    expect(idsOn(after)).not.toContain(last);
    expect(idsOn(after).at(-1)).toBe(pool.at(-2));
  });
});

describe("a question's evidence on the review", () => {
  it("is cut around the quote where the passage is long, as the learner's feedback cuts it (a text pasted without blank lines)", async () => {
    const created = await createClass();
    const [title, ...body] = FRESH_TEXT.split(/\n\s*\n/u);
    const oneParagraph = `${title}\n\n${body.join(" ").replace(/\s+/gu, " ")}`;
    const textId = await pasteText(created, { text: oneParagraph });
    const [first] = await reviewPages(created.teacher, created.classId, textId);
    const quotes = [...first!.matchAll(/<blockquote class="evidence"[^>]*><p[^>]*>([\s\S]*?)<\/p>/g)].map((match) => visibleText(match[1]!));
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) expect(quote.length, quote).toBeLessThan(oneParagraph.length / 2);
    expect(quotes.some((quote) => quote.startsWith("… ") || quote.endsWith(" …"))).toBe(true);
  });

  it("marks the asked sentence and emphasises the answer's words in it, as the learner's feedback does, with the way into the whole text", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const [first] = await reviewPages(created.teacher, created.classId, textId);
    const questions = new Map((await currentQuestions(textId)).map((question) => [question.id, question]));
    const cards = [...first!.matchAll(/<li id="frage-[^"]+" class="card"[^>]*data-question-id="([^"]+)">([\s\S]*?)<\/li>\s*(?=<li id="frage-|<\/ol>)/g)];
    expect(cards.length).toBe(10);
    let emphasised = 0;
    for (const [, id, card] of cards) {
      const question = questions.get(id!)!;
      const box =
        /<blockquote class="evidence"[^>]*><p[^>]*>[\s\S]*?<mark>([\s\S]*?)<\/mark>[\s\S]*?<a href="([^"]+)">Diese Stelle im ganzen Text lesen<\/a>/.exec(
          card!,
        );
      expect(box, `an evidence box with a mark and a link at ${question.stem}`).not.toBeNull();
      // The answer's words in the mark, emphasised in words (<strong>), not by colour alone.
      const words = [...box![1]!.matchAll(/<strong class="answer-word">([^<]+)<\/strong>/g)].map((match) => match[1]!);
      const inQuote = answerTerms(question).filter((term) => question.evidence.quote.includes(term));
      if (question.type !== "truefalse" && inQuote.length > 0) {
        expect(words.length, `the answer ${inQuote.join(", ")} emphasised at ${question.stem}`).toBeGreaterThan(0);
        emphasised++;
      }
      const link = box![2]!.replaceAll("&amp;", "&");
      expect(link.startsWith(`${textPath(created.classId, textId)}/lesen?`)).toBe(true);
    }
    expect(emphasised, "questions whose answer stands in their evidence").toBeGreaterThan(0);
    const reading = await (
      await created.teacher.get(/<a href="([^"]+)">Diese Stelle im ganzen Text lesen<\/a>/.exec(first!)![1]!.replaceAll("&amp;", "&"))
    ).text();
    expect(reading).toContain("<mark>");
  });
});
