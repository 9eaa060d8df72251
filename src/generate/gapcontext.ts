/**
 * Self-contained questions: a gap text or statement whose visible text points back at an earlier
 * sentence (backrefs.ts) is no question a learner can answer from what they see. A gap text gets
 * the sentence before it, from the same paragraph, in its quote box, as a teacher's cloze worksheet
 * shows it, where that sentence resolves what it points at, reads on its own and does not hold the
 * answer; otherwise it is asked only where the text offers nothing else. A statement (which has no
 * quote box) that points back is not asked.
 */
import { answerTexts } from "../bank/quiz";
import { PERSON_TOPICS, type Question } from "../bank/schema";
import { containsPhrase, foldSpaces, foldText, isWordChar } from "../bank/text";
import type { Span } from "../extract/types";
import { type BackReference, backReferences, namesIn, personsIn } from "./backrefs";
import { hasFiniteVerb } from "./claims";
import { articleSentenceAt, type DocContext, perDocument } from "./context";
import { COORDINATING_CONJUNCTIONS } from "./data/connectives";
import { pointersOf } from "./pointedsubjects";
import { asksReportSource } from "./reportsources";
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
/** Gaps whose answer is a name (a person, place, organisation). */
const NAME_TOPICS: ReadonlySet<string> = new Set([...PERSON_TOPICS, "place", "organisation", "meeting_place"]);

/** The visible text of a gap question, the gap as "___", and what the back-references are, or undefined for other questions. */
function gapReferences(doc: DocContext, question: Question & { type: "cloze" | "numeric" }): BackReference[] | undefined {
  if (question.before === undefined) return undefined;
  const before = question.before;
  // A person's name, once filled in, gives a pronoun after it its referent.
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
  const named = withCountryPersonsNamed(doc, question);
  if (named === undefined) return undefined;
  question = named;
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
  if (resolved) return selfContainedGap(doc, resolved.question, resolved.pointers);
  // A phrase pointing at a company or a person of a country ("des Konzerns", "des Franzosen") that shows without its
  // brackets: no back-reference finds it, and the learner could not tell which.
  const shown = `${question.before ?? ""} ${question.after ?? ""}`;
  if (doc.facts.pointed?.some((phrase) => phrase.start >= question.evidence.start && phrase.end <= question.evidence.end && shown.includes(phrase.text)))
    return undefined;
  return selfContainedGap(doc, question);
}

/** A sentence's first word, after an opening quotation mark: read where the sentence starts (sticky), not on a copy of it. */
const FIRST_WORD = /[„"»«]?(\p{L}+)/uy;

/**
 * The starts of the sentences that go on from the one before without a verb of their own: a coordinating conjunction
 * opens them and their words before an attribution have no finite verb ("Und vor allem auch als Medienkulturhaus unsere
 * Rolle in der Flüchtlingsdebatte finden, erläutert Mayer."). Alone, such a sentence is a fragment.
 */
const sentencesGoingOn = perDocument((doc: DocContext): ReadonlySet<number> => {
  const starts = new Set<number>();
  for (const sentence of doc.sentences) {
    FIRST_WORD.lastIndex = sentence.start;
    const first = FIRST_WORD.exec(doc.text)?.[1];
    if (first === undefined || !COORDINATING_CONJUNCTIONS.has(first.toLowerCase())) continue;
    // "..., erläutert Mayer": the attribution's verb is no verb of the words.
    const quote = doc.facts.quotes.find((quote) => quote.quote.start >= sentence.start && quote.quote.start <= sentence.start + 1);
    const words = quote && quote.quote.end <= sentence.end ? quote.quote.text : doc.text.slice(sentence.start, sentence.end);
    if (!hasFiniteVerb(words)) starts.add(sentence.start);
  }
  return starts;
});

/** Whether the gap text opens with a sentence that goes on from the one before without a verb of its own. */
function goesOnFromSentenceBefore(doc: DocContext, question: Question & { before?: string }): boolean {
  if (question.before === undefined || question.before.startsWith("…")) return false;
  const sentence = articleSentenceAt(doc, question.evidence.start);
  return sentence !== undefined && sentencesGoingOn(doc).has(sentence.start);
}

/**
 * A gap question as a learner can answer it, where the back-references at `resolved` (spans of its gap text, where
 * brackets show the referent of a pointer of the sentence) point at nothing unseen.
 */
function selfContainedGap(doc: DocContext, question: Question & { type: "cloze" | "numeric" }, resolved: readonly Span[] = []): Question | undefined {
  const references = (gapReferences(doc, question) ?? []).filter(
    (reference) => !resolved.some((span) => reference.index >= span.start && reference.index < span.end),
  );
  const halfSentence = goesOnFromSentenceBefore(doc, question);
  if (!halfSentence && references.length === 0) return question;
  const context = contextFor(doc, question, references);
  // "Und vor allem ... unsere Rolle finden, erläutert ___": half of the sentence before, a fragment without it.
  if (context === undefined && halfSentence) return undefined;
  // "Die kündigte Infrastrukturminister ___ an": an opening "Der"/"Die" standing for what was said before
  // reads as an article that lost its noun, a broken sentence, not only an unresolved one ("Das ist ..."
  // reads as the pronoun it is).
  if (context === undefined && references.some(opensWithDemonstrativePronoun)) return undefined;
  if (context === undefined) return { ...question, salience: Math.min(question.salience, UNRESOLVED_SALIENCE) };
  return { ...question, before: `${context} ${question.before}` };
}

/**
 * The gap question with the referent of each of its sentence's resolved pointers (pointedsubjects.ts: its pointed subject,
 * a phrase such as "des Konzerns") in brackets after the pointer, as a quotation shows it ("Sie [die F-22 Raptor] kann
 * ...", "Aktionäre des Konzerns [Siemens]"), and where the pointers and their brackets stand in the gap text; undefined
 * where the sentence has none, the gap text does not show one as the text writes it (a clause cut out of a longer
 * sentence, an earlier sentence shown before it), or the brackets would name the answer.
 */
function withSubjectReferent(
  doc: DocContext,
  question: Question & { type: "cloze" | "numeric" },
): { question: Question & { type: "cloze" | "numeric" }; pointers: Span[] } | undefined {
  const { before, after } = question;
  if (before === undefined || after === undefined || before.startsWith("…") || after.endsWith("…")) return undefined;
  const pointers = pointersOf(doc, question.evidence);
  if (pointers.length === 0) return undefined;
  const shownBefore: BracketedSide = { written: before, start: question.evidence.start, shown: before, spans: [] };
  const shownAfter: BracketedSide = { written: after, start: question.evidence.end - after.length, shown: after, spans: [] };
  for (const pointer of pointers) {
    const word = doc.text.slice(pointer.start, pointer.end);
    const brackets = ` [${pointer.referent}]`;
    const foldedBrackets = foldText(brackets);
    if (answerTexts(question).some((answer) => containsPhrase(foldedBrackets, foldText(answer)))) return undefined;
    if (!putBrackets(shownBefore, pointer, word, brackets) && !putBrackets(shownAfter, pointer, word, brackets)) return undefined;
  }
  // Offsets into the gap text, `before`, the gap "___" and `after` (gapReferences).
  const shift = shownBefore.shown.length + 3;
  return {
    question: { ...question, before: shownBefore.shown, after: shownAfter.shown },
    pointers: [...shownBefore.spans, ...shownAfter.spans.map(({ start, end }) => ({ start: shift + start, end: shift + end }))],
  };
}

/** One side of a gap text (`before` or `after`) as withSubjectReferent puts brackets into it. */
interface BracketedSide {
  /** The side as the text writes it, and where it starts in the text. */
  readonly written: string;
  readonly start: number;
  /** The side with the brackets put so far, and where each pointer with its brackets stands in it. */
  shown: string;
  spans: Span[];
}

/** Puts `brackets` into `side` after `pointer` (which writes `word`); false where the side does not show the word where the text has it. */
function putBrackets(side: BracketedSide, pointer: Span, word: string, brackets: string): boolean {
  const inWritten = pointer.start - side.start;
  if (inWritten < 0 || pointer.end - side.start > side.written.length || side.written.slice(inWritten, inWritten + word.length) !== word) return false;
  // The brackets put so far stand before this pointer (pointersOf gives them in text order): it moved on by what they added.
  const added = side.shown.length - side.written.length;
  const at = inWritten + added + word.length;
  side.shown = `${side.shown.slice(0, at)}${brackets}${side.shown.slice(at)}`;
  side.spans.push({ start: inWritten + added, end: at + brackets.length });
  return true;
}

/**
 * The question with the person a noun of their country in its sentence stands for (src/extract/pointers.ts: "des
 * Franzosen" for the one Frenchman named before) in brackets after the noun wherever a statement or option repeats it
 * ("Der Bruder des Franzosen [Pierre Lacombe] ist ... festgenommen worden"): alone, "des Franzosen" does not say which.
 * Undefined where a stem repeats it for a question whose answer is that person. Gap texts show it as pointersOf has it.
 */
function withCountryPersonsNamed(doc: DocContext, question: Question): Question | undefined {
  if (question.type === "cloze" || question.type === "numeric" || !doc.facts.pointed?.some((phrase) => phrase.kind === "nationality")) return question;
  const phrases = doc.facts.pointed.filter(
    (phrase) =>
      phrase.kind === "nationality" && phrase.referent !== undefined && phrase.start >= question.evidence.start && phrase.end <= question.evidence.end,
  );
  let shown = question;
  for (const phrase of phrases) {
    const named = (text: string) => withReferent(text, phrase.text, phrase.referent!);
    if (named(question.stem) !== question.stem && answerTexts(question).some((answer) => containsPhrase(foldText(phrase.referent!), foldText(answer))))
      return undefined;
    shown = { ...shown, stem: named(shown.stem) };
    if (shown.type === "truefalse") shown = { ...shown, statement: named(shown.statement), correction: shown.correction && named(shown.correction) };
    if (shown.type === "single" || shown.type === "multi")
      shown = { ...shown, options: shown.options.map((option) => ({ ...option, text: named(option.text) })) };
  }
  return shown;
}

/** `text` with `[referent]` after each whole-word `phrase` in it ("des Franzosen [Pierre Lacombe]"), as it is where there is none. */
function withReferent(text: string, phrase: string, referent: string): string {
  let at = text.indexOf(phrase);
  if (at === -1) return text;
  let shown = "";
  let from = 0;
  for (; at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
    const end = at + phrase.length;
    if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
    shown += `${text.slice(from, end)} [${referent}]`;
    from = end;
  }
  return shown + text.slice(from);
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

/**
 * The questions a learner can answer from what they see, with the article's typing errors mended (textflaws.ts), none
 * asking for a report's source or offering one as a rival (reportsources.ts).
 */
export function selfContainedQuestions(doc: DocContext, questions: readonly Question[]): Question[] {
  const shown: Question[] = [];
  for (const question of questions) {
    if (asksReportSource(doc, question)) continue;
    const alone = selfContained(doc, question);
    const mended = alone && withoutTextFlaws(doc, alone);
    if (mended) shown.push(mended);
  }
  return shown;
}
