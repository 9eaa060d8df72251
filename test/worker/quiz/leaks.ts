/** What may show of a question before it is answered, and what would give its answer away. */
import { getDocument } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { visibleText } from "../browser";

/** What the page may show of a question before it is answered. */
export function publicTexts(question: Question): string[] {
  // The title of the question's text is shown in quizzes across texts; the catalog lists it anyway.
  const texts = [question.stem, getDocument(question.documentId)!.title];
  if (question.type === "single" || question.type === "multi") texts.push(...question.options.map((option) => option.text));
  if (question.type === "numeric" && question.unit) texts.push(question.unit);
  if (question.type === "truefalse") texts.push(question.statement);
  if (question.type === "cloze") texts.push(question.before, question.after);
  return texts;
}

/** Values that would give the answer away. */
export function secrets(question: Question): string[] {
  const evidence = [question.evidence, ...question.moreEvidence].map((item) => item.quote);
  switch (question.type) {
    case "single":
    case "multi":
      return evidence; // the right options are checked through their markup below
    case "numeric":
      return [...evidence, question.answerText, String(question.answer), new Intl.NumberFormat("de-DE").format(question.answer)];
    case "truefalse":
      return [...evidence, ...(question.correction ? [question.correction] : [])];
    case "cloze":
      return [...evidence, question.answer, ...question.accept];
  }
}

/** Visible text plus every attribute value (a hidden field or data attribute would leak as well). */
export function textAndAttributes(html: string): string {
  const withAttributes = html.replace(/<[^>]*>/g, (tag) => ` ${[...tag.matchAll(/="([^"]*)"/g)].map((match) => match[1]).join(" ")} `);
  return visibleText(withAttributes);
}
