/**
 * What the feedback, the results and the text page mark of a question's evidence: where the evidence opens with the
 * sentence naming who spoke (Question.sentenceStart), the asked sentence alone; the speaker's sentence stands
 * unmarked before it, the answer's words in it still emphasised.
 */
import { describe, expect, it } from "vitest";
import { getDocument, listDocuments, quizPool } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { answerTerms } from "../../../src/worker/quiz/describe";
import { Browser, visibleText } from "../browser";
import { attemptWith, rightForm, wrongForm } from "./client";

/** A choice of who said it whose evidence opens with the speaker's sentence, the answer named there. */
function speakerBeforeAskedSentence(): Question & { sentenceStart: number } {
  for (const document of listDocuments()) {
    const text = getDocument(document.id)!.text;
    for (const question of quizPool(document.id)) {
      const { sentenceStart, evidence } = question;
      if (question.type !== "single" || sentenceStart === undefined) continue;
      const before = text.slice(evidence.start, sentenceStart);
      if (answerTerms(question).some((term) => before.includes(term.split(" ").at(-1)!))) return { ...question, sentenceStart };
    }
  }
  throw new Error("no bank question names the answer in the sentence before the asked one");
}

/** Visible text with the answer's emphasised words as words of their sentence. */
const readable = (html: string) => visibleText(html.replace(/<\/?strong[^>]*>/g, ""));

/** The evidence box of a page: its HTML before the mark, the text in the mark, and the link into the whole text. */
function evidenceBox(html: string) {
  const box = /<blockquote class="evidence"[^>]*><p[^>]*>([\s\S]*?)<mark>([\s\S]*?)<\/mark>[\s\S]*?href="([^"]*)"/.exec(html);
  expect(box, "an evidence box with a mark").not.toBeNull();
  const [, beforeMark, marked, href] = box!;
  return { beforeMark: beforeMark!, marked: readable(marked!), href: href!.replace(/&amp;/g, "&") };
}

const shown = (quote: string) => quote.replace(/\s+/g, " ").trim();

describe("the mark on evidence that opens with the speaker's sentence", () => {
  const question = speakerBeforeAskedSentence();
  const text = getDocument(question.documentId)!.text;
  const speakerSentence = text.slice(question.evidence.start, question.sentenceStart);
  const askedSentence = text.slice(question.sentenceStart, question.evidence.end);

  it("covers the asked sentence on the feedback, the speaker's sentence unmarked before it with the answer emphasised", async () => {
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(question));
    const box = evidenceBox((await learner.page(`/versuch/${attemptId}/frage/1`)).html);
    expect(box.marked).toBe(shown(askedSentence));
    expect(readable(box.beforeMark)).toContain(shown(speakerSentence));
    expect(box.beforeMark).toContain('<strong class="answer-word">');
    expect(box.href).toContain(`?von=${question.sentenceStart}&bis=${question.evidence.end}#${question.evidence.passageId}`);

    const page = (await learner.page(box.href)).html;
    expect(readable(/<mark>([\s\S]*?)<\/mark>/.exec(page.slice(page.indexOf(`id="${question.evidence.passageId}"`)))?.[1] ?? "")).toBe(shown(askedSentence));
  });

  it("covers the asked sentence on the results", async () => {
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    await learner.post(`/versuch/${attemptId}/frage/1`, wrongForm(question).form);
    const html = (await learner.page(`/versuch/${attemptId}/ergebnis`)).html;
    const card = html.slice(html.indexOf('class="card result-item"'));
    const box = evidenceBox(card);
    expect(box.marked).toBe(shown(askedSentence));
    expect(readable(box.beforeMark)).toContain(shown(speakerSentence));
    // Folded in a native <details>, which opens without JavaScript: the passages of several wrong answers made a phone's page long.
    expect(card.indexOf('<details class="result-evidence"><summary>Wo steht das im Text?')).toBeGreaterThan(-1);
    expect(card.indexOf('<details class="result-evidence">')).toBeLessThan(card.indexOf('<blockquote class="evidence"'));
  });
});

/** A bank question whose further evidence (none the evidence itself) `fits`. */
function withFurtherEvidence(fits: (further: Question["moreEvidence"], question: Question) => boolean): Question {
  for (const document of listDocuments())
    for (const question of quizPool(document.id)) {
      const further = question.moreEvidence.filter((more) => more.start !== question.evidence.start || more.end !== question.evidence.end);
      if (further.length === question.moreEvidence.length && fits(further, question)) return question;
    }
  throw new Error("no bank question with such further evidence");
}
const otherParagraph = (further: Question["moreEvidence"], question: Question) => further.length === 1 && further[0]!.passageId !== question.evidence.passageId;
const sameParagraph = (further: Question["moreEvidence"], question: Question) => further.length === 1 && further[0]!.passageId === question.evidence.passageId;

describe("further evidence on the feedback", () => {
  const feedbackOf = async (question: Question) => {
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(question));
    return (await learner.page(`/versuch/${attemptId}/frage/1`)).html;
  };

  it("shows a single further passage of another paragraph (who an office stands for) open below the evidence", async () => {
    const question = withFurtherEvidence(otherParagraph);
    const html = await feedbackOf(question);
    const details = /<details class="more-evidence"([^>]*)>([\s\S]*?)<\/details>/.exec(html);
    expect(details, "a more-evidence block").not.toBeNull();
    expect(details![1]).toContain("open");
    expect(readable(details![2]!)).toContain(shown(question.moreEvidence[0]!.quote));
  });

  it("folds several further passages away, and one of the paragraph shown already", async () => {
    for (const fits of [(further: Question["moreEvidence"]) => further.length >= 2, sameParagraph]) {
      const html = await feedbackOf(withFurtherEvidence(fits));
      const details = /<details class="more-evidence"([^>]*)>/.exec(html);
      expect(details, "a more-evidence block").not.toBeNull();
      expect(details![1]).not.toContain("open");
    }
  });
});
