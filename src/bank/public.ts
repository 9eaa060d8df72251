/**
 * The answer-free view of a question: what a browser may see before the learner has answered.
 * Built field by field from an allow-list, so a field added to the bank later stays on the server
 * until someone decides it is safe to show.
 */
import type { Question } from "./schema";

type PublicBase = { id: string; documentId: string; stem: string };
export type PublicOption = { id: string; text: string };

export type PublicQuestion =
  | (PublicBase & { type: "single"; options: PublicOption[] })
  | (PublicBase & { type: "multi"; options: PublicOption[] })
  | (PublicBase & { type: "numeric"; unit: string | undefined; gap: { before: string; after: string } | undefined })
  | (PublicBase & { type: "truefalse"; statement: string })
  | (PublicBase & { type: "cloze"; before: string; after: string });

export function publicQuestion(question: Question): PublicQuestion {
  const base: PublicBase = { id: question.id, documentId: question.documentId, stem: question.stem };
  switch (question.type) {
    case "single":
    case "multi":
      return { ...base, type: question.type, options: question.options.map(({ id, text }) => ({ id, text })) };
    case "numeric":
      return {
        ...base,
        type: "numeric",
        unit: question.unit,
        gap: question.before !== undefined && question.after !== undefined ? { before: question.before, after: question.after } : undefined,
      };
    case "truefalse":
      return { ...base, type: "truefalse", statement: question.statement };
    case "cloze":
      return { ...base, type: "cloze", before: question.before, after: question.after };
  }
}
