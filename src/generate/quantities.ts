/** Figures in the text: a gap to fill with tolerance that follows the hedge, and true or altered statements. */
import type { Question } from "../bank/schema";
import { escapeRegExp } from "../extract/text";
import type { QuantityFact, Span } from "../extract/types";
import { clearlyDifferent, numeric, trueFalse } from "./build";
import { type DocContext, evidenceFor, isProse, overlaps, sentenceSpan, writtenFigure } from "./context";
import { formatNumber } from "../shared/german";
import { clean, numberSpellings, scaleOf, toleranceRange } from "./german";
import { hash } from "../shared/hash";

/** Sentences longer than this are cut down to the clause around the figure. */
const MAX_SENTENCE_LENGTH = 280;

/** The numeral inside a written figure ("rund 1,8 Milliarden" -> "1,8"), or the number word ("sieben"). */
function numeralSpan(doc: DocContext, quantity: QuantityFact): Span {
  const written = doc.text.slice(quantity.start, quantity.end);
  const digits = /\d(?:[\d.,\u00a0\u202f ]*\d)?/u.exec(written);
  if (digits) return { start: quantity.start + digits.index, end: quantity.start + digits.index + digits[0].length };
  const word = /\p{L}+(?=[^\p{L}]*$)/u.exec(written.replace(/\s+(?:Milliarden?|Millionen?|Mio\.?|Mrd\.?|Billionen?|Tausend)$/u, ""));
  if (word) return { start: quantity.start + word.index, end: quantity.start + word.index + word[0].length };
  return quantity;
}

/** What the learner fills in: the value in the scale the text uses ("1,8" for "1,8 Milliarden Dollar"). */
function asked(doc: DocContext, quantity: QuantityFact) {
  const scale = scaleOf(doc.text.slice(quantity.start, quantity.end));
  const value = scale ? clean(quantity.value / scale.factor) : quantity.value;
  const unit = scale ? [scale.plural, quantity.unit].filter(Boolean).join(" ") : quantity.unit;
  return { value, unit, scale: scale?.plural ?? "" };
}

/** The sentence with the numeral cut out, shortened to the clause when the sentence is long. */
function gapText(doc: DocContext, quantity: QuantityFact, numeral: Span): { before: string; after: string } | undefined {
  const sentence = sentenceSpan(doc, quantity);
  if (!sentence) return undefined;
  let span = sentence;
  if (span.end - span.start > MAX_SENTENCE_LENGTH && quantity.context) span = quantity.context;
  const before = `${span.start > sentence.start ? "… " : ""}${doc.text.slice(span.start, numeral.start)}`;
  const after = `${doc.text.slice(numeral.end, span.end)}${span.end < sentence.end ? " …" : ""}`;
  return { before, after };
}

/** Whether a figure also appears elsewhere in the shown text, which would give the answer away. */
function mentionsFigure(shown: string, value: number): boolean {
  return numberSpellings(value).some((spelling) => new RegExp(`(?<![\\d.,])${escapeRegExp(spelling)}(?![\\d]|[.,]\\d)`, "u").test(shown));
}

export function quantityQuestions(doc: DocContext): Question[] {
  const questions: Question[] = [];
  const counted: Span[] = [...doc.facts.memberCounts, ...doc.facts.meetings.flatMap((meeting) => (meeting.participantCount ? [meeting.participantCount] : []))];
  const statedSentences = new Set<number>();
  const quantities = doc.facts.quantities.filter((quantity) => isProse(doc, quantity) && !counted.some((span) => overlaps(span, quantity)));
  for (const quantity of quantities) {
    const evidence = evidenceFor(doc, quantity);
    const numeral = numeralSpan(doc, quantity);
    const gap = gapText(doc, quantity, numeral);
    if (!evidence || !gap) continue;
    const { value, unit, scale } = asked(doc, quantity);
    if (mentionsFigure(gap.before + gap.after, value)) continue;
    const key = `${quantity.value}:${quantity.unit ?? ""}:${doc.text.slice(evidence.start, evidence.end)}`;
    const common = { documentId: doc.id, topic: "quantity" as const, key, evidence };
    questions.push(
      numeric(
        { ...common, stem: `Welche Zahl fehlt in diesem Satz aus ${doc.refDative}? „${gap.before}___${gap.after}“` },
        value,
        toleranceRange(value, quantity.approx, quantity.hedge, scale === ""),
        writtenFigure(doc.text, quantity, quantity.unit),
        unit,
      ),
    );

    // One statement per sentence. A false one swaps in another figure of the same text: same unit
    // and scale, clearly different, and not already in the sentence (no "20 bis 20 Prozent").
    const sentence = evidence.quote;
    if (statedSentences.has(evidence.start)) continue;
    statedSentences.add(evidence.start);
    const swap = quantities.find(
      (other) =>
        other !== quantity &&
        other.unit === quantity.unit &&
        asked(doc, other).scale === scale &&
        clearlyDifferent(asked(doc, other).value, value) &&
        !mentionsFigure(sentence, asked(doc, other).value),
    );
    const judge = `Trifft diese Aussage laut ${doc.refDative} zu?`;
    if (swap && hash(key, "truth") % 2 === 0) {
      const offset = numeral.start - evidence.start;
      const altered = sentence.slice(0, offset) + formatNumber(asked(doc, swap).value) + sentence.slice(offset + numeral.end - numeral.start);
      questions.push(trueFalse({ ...common, stem: judge }, altered, false, sentence));
    } else {
      questions.push(trueFalse({ ...common, stem: judge }, sentence, true));
    }
  }
  return questions;
}
