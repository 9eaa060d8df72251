/**
 * The answer-free view of a question: what a browser may see before the learner has answered.
 * Built field by field from an allow-list, so a field added to the bank later stays on the server
 * until someone decides it is safe to show.
 */
import type { Question } from "./schema";

type PublicBase = { id: string; documentId: string; stem: string };

/**
 * A gap text as the quote box shows it: the sentence with the gap (`before` ___ `after`) and, where the
 * generator put the sentence before it in front (src/generate/gapcontext.ts: the gap sentence points
 * back at it), that sentence apart as `context`, so that the page can show it as secondary.
 */
export type GapText = { context: string | undefined; before: string; after: string };

const oneSpaced = (text: string) => text.replace(/\s+/gu, " ");

/**
 * Splits a gap text's `before` where its gap sentence begins: the evidence quote is the gap sentence, so
 * the longest end of `before` (from a space on) that the quote starts with is the gap sentence's own
 * part, and what stands before that is the context. A `before` the quote starts with has none.
 */
export function gapText(question: { before: string; after: string; evidence: { quote: string } }): GapText {
  const { context, before, after } = splitGapText(question);
  // A source text's double space or line break ("steht Morales  rechts") would stand beside the gap as a wide hole.
  return { context: context === undefined ? undefined : oneSpaced(context), before: oneSpaced(before), after: oneSpaced(after) };
}

function splitGapText(question: { before: string; after: string; evidence: { quote: string } }): GapText {
  const { before, after } = question;
  const sentence = oneSpaced(question.evidence.quote);
  if (sentence.startsWith(oneSpaced(before))) return { context: undefined, before, after };
  // A clause the generator cut out of the gap sentence ("… Wie Forscher …"): all of `before` is the gap sentence's.
  const cutClause = oneSpaced(before).replace(/^…\s*/u, "").trim();
  if (before.startsWith("…") && cutClause !== "" && sentence.includes(cutClause)) return { context: undefined, before, after };
  // A gap sentence may open with its gap; then the quote ends as the gap text does (a teacher's edit may not).
  const opensWithGap = after.trim() !== "" && sentence.trimEnd().endsWith(oneSpaced(after).trim());
  for (let space = before.indexOf(" "); space > 0; space = before.indexOf(" ", space + 1)) {
    const own = before.slice(space + 1);
    if ((own !== "" || opensWithGap) && sentence.startsWith(oneSpaced(own))) return { context: before.slice(0, space).trim() || undefined, before: own, after };
  }
  return { context: undefined, before, after };
}
export type PublicOption = { id: string; text: string };

export type PublicQuestion =
  | (PublicBase & { type: "single"; options: PublicOption[] })
  | (PublicBase & { type: "multi"; options: PublicOption[] })
  | (PublicBase & { type: "numeric"; unit: string | undefined; gap: GapText | undefined })
  | (PublicBase & { type: "truefalse"; statement: string })
  | (PublicBase & { type: "cloze"; gap: GapText });

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
        gap:
          question.before !== undefined && question.after !== undefined
            ? gapText({ before: question.before, after: question.after, evidence: question.evidence })
            : undefined,
      };
    case "truefalse":
      return { ...base, type: "truefalse", statement: question.statement };
    case "cloze":
      return { ...base, type: "cloze", gap: gapText(question) };
  }
}
