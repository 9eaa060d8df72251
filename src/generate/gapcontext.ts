/**
 * Self-contained questions: a gap text or statement whose visible text points back at an earlier
 * sentence (backrefs.ts) is no question a learner can answer from what they see. A gap text gets
 * the sentence before it, from the same paragraph, in its quote box, as a teacher's cloze worksheet
 * shows it, where that sentence resolves what it points at, reads on its own and does not hold the
 * answer; otherwise it is asked only where the text offers nothing else. A statement (which has no
 * quote box) that points back is not asked.
 */
import { answerTexts } from "../bank/quiz";
import type { Question } from "../bank/schema";
import { containsPhrase, foldSpaces, foldText } from "../bank/text";
import type { Span } from "../extract/types";
import { type BackReference, backReferences, namesIn, personsIn } from "./backrefs";
import { type DocContext, perDocument } from "./context";
import { pointedSubjectOf } from "./pointedsubjects";
import { withoutTextFlaws } from "./textflaws";

/** A sentence before the gap longer than this makes the quote box too long on a phone: then no context. */
export const MAX_CONTEXT_LENGTH = 220;
/**
 * The salience of a gap text that points back and that no sentence before resolves: below what fills a
 * quiz (src/bank/quiz.ts, MIN_FILL_SALIENCE), so it is asked only where a text offers nothing else.
 */
export const UNRESOLVED_SALIENCE = 0.05;
/** Statements whose words come from a sentence of the text. */
const SENTENCE_TOPICS: ReadonlySet<string> = new Set(["action", "quote"]);
/** Gaps whose answer is a person's name: once filled in, a pronoun after it has its referent. */
const PERSON_TOPICS: ReadonlySet<string> = new Set(["person_role", "action", "quote"]);
/** Gaps whose answer is a name (a person, place, organisation). */
const NAME_TOPICS: ReadonlySet<string> = new Set([...PERSON_TOPICS, "place", "organisation", "meeting_place"]);

/** The visible text of a gap question, the gap as "___", and what the back-references are, or undefined for other questions. */
function gapReferences(doc: DocContext, question: Question & { type: "cloze" | "numeric" }): BackReference[] | undefined {
  if (question.before === undefined) return undefined;
  const before = question.before;
  const person = question.type === "cloze" && PERSON_TOPICS.has(question.topic);
  const name = question.type === "cloze" && NAME_TOPICS.has(question.topic);
  return backReferences(doc, `${before}___${question.after ?? ""}`, {
    at: question.evidence.start,
    personGap: person ? before.length : undefined,
    nameGap: name ? before.length : undefined,
  });
}

const opensWithDemonstrativePronoun = (reference: BackReference) =>
  reference.kind === "demonstrative" && reference.index === 0 && /^(?:Der|Die)\s/u.test(reference.word);

/** The sentence before `sentence` in its paragraph, or undefined where it opens the paragraph. */
function sentenceBefore(doc: DocContext, sentence: Span): Span | undefined {
  const passage = doc.facts.passages.find((candidate) => candidate.start <= sentence.start && sentence.start < candidate.end);
  if (!passage || (passage.kind !== "text" && passage.kind !== "quote")) return undefined;
  const index = passage.sentences.findIndex((candidate) => candidate.start === sentence.start);
  return index > 0 ? passage.sentences[index - 1] : undefined;
}

/** A capitalised word after a space. */
const CAPITALISED_AFTER_SPACE = /\s\p{Lu}\p{Ll}/u;

/** Whether `context` says what each back-reference points at: a person for a pronoun or an office, the noun for a definite phrase. */
function resolves(doc: DocContext, context: string, references: readonly BackReference[]): boolean {
  const persons = personsIn(doc, context) > 0;
  const named = persons || namesIn(doc, context) > 0 || CAPITALISED_AFTER_SPACE.test(context);
  return references.every((reference) => {
    switch (reference.kind) {
      case "role":
        return persons;
      case "pronoun":
        return /^(?:ich|mich|mir|wir|uns|mein|unser|dein|du|dich|dir)/iu.test(reference.word) || /^(?:Sie|Ihnen|Ihre?)/u.test(reference.word) ? persons : named;
      default:
        // A pro-adverb, a demonstrative, a definite subject: they point at what was just said.
        return true;
    }
  });
}

/**
 * The question as a learner can answer it: as it is, with the sentence before it in its gap text,
 * or undefined (not asked).
 */
export function selfContained(doc: DocContext, question: Question): Question | undefined {
  // Statements made from a sentence of the text (what someone did or said); those built from a fact
  // ("X ist Außenministerin.", "Das Treffen fand als Videokonferenz statt.") say what they mean by design.
  if (question.type === "truefalse" && SENTENCE_TOPICS.has(question.topic)) {
    // A statement opens with the actor it is about ("Die Demonstranten forderten ..."), which the family chose as one.
    const references = backReferences(doc, question.statement, { at: question.evidence.start }).filter(
      (reference) => !(reference.kind === "definite" && reference.index === 0),
    );
    return references.length === 0 ? question : undefined;
  }
  if (question.type !== "cloze" && question.type !== "numeric") return question;
  const resolved = withSubjectReferent(doc, question);
  if (resolved) return selfContainedGap(doc, resolved.question, resolved.pointer);
  return selfContainedGap(doc, question);
}

/**
 * A gap question as a learner can answer it, where the back-references at `resolved` (offsets into its gap text, where
 * brackets show the referent of the sentence's subject) point at nothing unseen.
 */
function selfContainedGap(doc: DocContext, question: Question & { type: "cloze" | "numeric" }, resolved?: Span): Question | undefined {
  const references = gapReferences(doc, question)?.filter((reference) => !(resolved && reference.index >= resolved.start && reference.index < resolved.end));
  if (!references || references.length === 0) return question;
  const context = contextFor(doc, question, references);
  // "Die kündigte Infrastrukturminister ___ an": an opening "Der"/"Die" standing for what was said before
  // reads as an article that lost its noun, a broken sentence, not only an unresolved one ("Das ist ..."
  // reads as the pronoun it is).
  if (context === undefined && references.some(opensWithDemonstrativePronoun)) return undefined;
  if (context === undefined) return { ...question, salience: Math.min(question.salience, UNRESOLVED_SALIENCE) };
  return { ...question, before: `${context} ${question.before}` };
}

/**
 * The gap question with the referent of its sentence's pointed subject (pointedsubjects.ts) in brackets after the pointer,
 * as a quotation shows it ("Sie [die F-22 Raptor] kann ..."), and where the pointer and its brackets stand in the gap
 * text; undefined where the sentence has none, the gap text does not show it as the text writes it (a clause cut out
 * of a longer sentence, an earlier sentence shown before it), or the brackets would name the answer.
 */
function withSubjectReferent(
  doc: DocContext,
  question: Question & { type: "cloze" | "numeric" },
): { question: Question & { type: "cloze" | "numeric" }; pointer: Span } | undefined {
  const { before, after } = question;
  if (before === undefined || after === undefined || before.startsWith("…") || after.endsWith("…")) return undefined;
  const subject = pointedSubjectOf(doc, question.evidence);
  if (!subject) return undefined;
  const pointer = doc.text.slice(subject.start, subject.end);
  const brackets = ` [${subject.referent}]`;
  const shown = foldText(brackets);
  if (answerTexts(question).some((answer) => containsPhrase(shown, foldText(answer)))) return undefined;
  const inBefore = subject.start - question.evidence.start;
  if (subject.end - question.evidence.start <= before.length && before.slice(inBefore, inBefore + pointer.length) === pointer) {
    const at = inBefore + pointer.length;
    return {
      question: { ...question, before: `${before.slice(0, at)}${brackets}${before.slice(at)}` },
      pointer: { start: inBefore, end: at + brackets.length },
    };
  }
  const inAfter = subject.start - (question.evidence.end - after.length);
  if (inAfter >= 0 && after.slice(inAfter, inAfter + pointer.length) === pointer) {
    const at = inAfter + pointer.length;
    // Offsets into the gap text, `before`, the gap "___" and `after` (gapReferences).
    const shift = before.length + 3;
    return {
      question: { ...question, after: `${after.slice(0, at)}${brackets}${after.slice(at)}` },
      pointer: { start: shift + inAfter, end: shift + at + brackets.length },
    };
  }
  return undefined;
}

/** What contextSentence found, by the start of the sentence asked about: the same for every question on that sentence. */
const contextSentences = perDocument(() => new Map<number, string | undefined>());

/** The sentence before `sentence` as a gap text may show it (usableContext), worked out once per sentence. */
function contextSentence(doc: DocContext, sentence: Span): string | undefined {
  const known = contextSentences(doc);
  if (!known.has(sentence.start)) known.set(sentence.start, usableContext(doc, sentence));
  return known.get(sentence.start);
}

/** The sentence before `sentence` in its paragraph, where it may stand in a quote box: short, pointing back at nothing itself. */
function usableContext(doc: DocContext, sentence: Span): string | undefined {
  const previous = sentenceBefore(doc, sentence);
  if (!previous) return undefined;
  const context = foldSpaces(doc.text.slice(previous.start, previous.end));
  if (context.length > MAX_CONTEXT_LENGTH || backReferences(doc, context, { at: previous.start }).length > 0) return undefined;
  // A name or figure in it could be what another question of the quiz asks: such a context would cost the quiz that question.
  if (/\d/u.test(context) || namesIn(doc, context) > 0) return undefined;
  return context;
}

/** The sentence before a gap text that resolves its back-references, reads on its own and does not hold the answer. */
function contextFor(doc: DocContext, question: Question & { before?: string }, references: readonly BackReference[]): string | undefined {
  // A clause cut out of a longer sentence ("… Demnach sind ___"): the sentence before would not join it.
  if (question.before!.startsWith("…")) return undefined;
  const context = contextSentence(doc, question.evidence);
  if (context === undefined) return undefined;
  const shown = foldText(context);
  if (answerTexts(question).some((answer) => containsPhrase(shown, foldText(answer)))) return undefined;
  return resolves(doc, context, references) ? context : undefined;
}

/** The questions a learner can answer from what they see, with the article's typing errors mended (textflaws.ts). */
export function selfContainedQuestions(doc: DocContext, questions: readonly Question[]): Question[] {
  const shown: Question[] = [];
  for (const question of questions) {
    const alone = selfContained(doc, question);
    const mended = alone && withoutTextFlaws(doc, alone);
    if (mended) shown.push(mended);
  }
  return shown;
}
