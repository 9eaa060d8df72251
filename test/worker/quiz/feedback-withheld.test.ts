/**
 * The feedback shows the passage around the evidence, but never the evidence of a question of the same
 * attempt still to come: that sentence holds its answer (a statement's evidence decides it outright).
 * Once that question is answered, its sentence may be shown again.
 */
import { describe, expect, it } from "vitest";
import { getDocument, listDocuments, quizPool } from "../../../src/bank";
import { answerTexts } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { passageExcerpt } from "../../../src/worker/quiz/highlight";
import { Browser, visibleText } from "../browser";
import { attemptWith, rightForm, wrongForm } from "./client";

/** Two questions on separate sentences of one short passage (shown whole when nothing is withheld), the earlier sentence first. */
function questionsSharingAPassage(): [Question, Question] {
  for (const document of listDocuments()) {
    const text = getDocument(document.id)!;
    for (const passage of text.passages.filter((candidate) => candidate.end - candidate.start < 400)) {
      const inPassage = quizPool(document.id)
        .filter((question) => question.evidence.passageId === passage.id && question.moreEvidence.length === 0)
        .sort((a, b) => a.evidence.start - b.evidence.start);
      const first = inPassage[0];
      const second = inPassage.find((question) => first && question.evidence.start >= first.evidence.end);
      if (first && second) return [first, second];
    }
  }
  throw new Error("no passage of the bank holds two questions on separate sentences");
}

/** A quote as visibleText() reads it: white space as single spaces. */
const shown = (quote: string) => quote.replace(/\s+/g, " ").trim();

describe("the feedback passage", () => {
  const [earlier, later] = questionsSharingAPassage();

  it("leaves out the evidence of a question not answered yet, and shows it once that is answered", async () => {
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [earlier, later]);
    await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(earlier));
    const firstFeedback = visibleText((await learner.page(`/versuch/${attemptId}/frage/1`)).html);
    expect(firstFeedback).toContain(shown(earlier.evidence.quote));
    expect(firstFeedback).not.toContain(shown(later.evidence.quote));

    await learner.post(`/versuch/${attemptId}/frage/2`, rightForm(later));
    const secondFeedback = visibleText((await learner.page(`/versuch/${attemptId}/frage/2`)).html);
    expect(secondFeedback).toContain(shown(earlier.evidence.quote));
    expect(secondFeedback).toContain(shown(later.evidence.quote));
  });

  it("leaves out what comes before as well, when the later question's sentence stands first", async () => {
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [later, earlier]);
    await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(later));
    const feedback = visibleText((await learner.page(`/versuch/${attemptId}/frage/1`)).html);
    expect(feedback).toContain(shown(later.evidence.quote));
    expect(feedback).not.toContain(shown(earlier.evidence.quote));
  });

  it("is what the results show of a question not right, marked as on the feedback, and still without an open question's evidence", async () => {
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [earlier, later]);
    await learner.post(`/versuch/${attemptId}/frage/1`, wrongForm(earlier).form);
    const html = (await learner.page(`/versuch/${attemptId}/ergebnis`)).html;
    const card = html.slice(html.indexOf('class="card result-item"'));
    const marked = /<blockquote class="evidence"[^>]*><p[^>]*>[\s\S]*?<mark>([\s\S]*?)<\/mark>/.exec(card)?.[1];
    expect(visibleText((marked ?? "").replace(/<\/?strong[^>]*>/g, ""))).toBe(shown(earlier.evidence.quote));
    expect(visibleText(html)).not.toContain(shown(later.evidence.quote));

    await learner.post(`/versuch/${attemptId}/frage/2`, rightForm(later));
    expect(visibleText((await learner.page(`/versuch/${attemptId}/ergebnis`)).html)).toContain(shown(later.evidence.quote));
  });
});

/** Whole-word places of `word` in `text`, ignoring case. */
const wordAt = (text: string, word: string) =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`, "giu"))].map((match) => match.index!);

/**
 * A question on a short passage and a question on another passage whose answer (a word of four letters or more) the
 * first one's passage names outside the first one's evidence: its feedback would show it.
 */
function answerNamedBeside(): { earlier: Question; later: Question; answer: string } {
  for (const document of listDocuments()) {
    const text = getDocument(document.id)!;
    const pool = quizPool(document.id);
    for (const passage of text.passages.filter((candidate) => candidate.end - candidate.start < 400)) {
      const shown = text.text.slice(passage.start, passage.end);
      for (const earlier of pool.filter((question) => question.evidence.passageId === passage.id && question.moreEvidence.length === 0)) {
        for (const later of pool.filter((question) => question.evidence.passageId !== passage.id && question.moreEvidence.length === 0)) {
          for (const answer of answerTexts(later).filter((word) => word.length >= 4)) {
            const places = wordAt(shown, answer).map((index) => passage.start + index);
            if (places.length > 0 && places.every((at) => at + answer.length <= earlier.evidence.start || at >= earlier.evidence.end))
              return { earlier, later, answer };
          }
        }
      }
    }
  }
  throw new Error("no passage of the bank names another question's answer beside a question's evidence");
}

/** The text of the feedback's evidence passage (without its footer, which names the text's title). */
const evidenceBox = (html: string) => visibleText(/<blockquote class="evidence"[^>]*>\s*<p[^>]*>([\s\S]*?)<\/p>/u.exec(html)?.[1] ?? "");

describe("the feedback passage and the answers of questions still to come", () => {
  const { earlier, later, answer } = answerNamedBeside();

  it("leaves out a sentence that names such an answer, and shows it once that question is answered", async () => {
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [earlier, later]);
    await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(earlier));
    const before = evidenceBox((await learner.page(`/versuch/${attemptId}/frage/1`)).html);
    expect(before).toContain(shown(earlier.evidence.quote));
    expect(wordAt(before, answer)).toEqual([]);
    await learner.post(`/versuch/${attemptId}/frage/2`, rightForm(later));
    const after = evidenceBox((await learner.page(`/versuch/${attemptId}/frage/1`)).html);
    expect(wordAt(after, answer).length).toBeGreaterThan(0);
  });
});

describe("the passage cut around a later question's clause", () => {
  const text = "Der Irak ist stark betroffen. Das trifft auch die Nato, die ihre Ausbilder abzieht. Danach wurde es ruhiger.";
  const whole = { start: 0, end: text.length };
  const shownOf = (evidence: { start: number; end: number }, withheld: { start: number; end: number }) => {
    const excerpt = passageExcerpt(text, whole, evidence, [withheld]);
    return text.slice(excerpt.start, excerpt.end);
  };

  it("ends at the last whole sentence before the clause, not within the clause's sentence", () => {
    const clause = { start: text.indexOf("die ihre"), end: text.indexOf("abzieht.") + "abzieht.".length };
    expect(shownOf({ start: 0, end: text.indexOf(".") + 1 }, clause)).toBe("Der Irak ist stark betroffen.");
  });

  it("starts at the first whole sentence after the clause", () => {
    const clause = { start: text.indexOf("Das trifft"), end: text.indexOf("Nato,") + "Nato,".length };
    expect(shownOf({ start: text.indexOf("Danach"), end: text.length }, clause)).toBe("Danach wurde es ruhiger.");
  });
});
