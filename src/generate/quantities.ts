/** Figures in the text: the sentence with the figure missing. */
import type { Evidence, Question } from "../bank/schema";
import { containsPhrase, foldText } from "../bank/text";
import type { QuantityFact, Span } from "../extract/types";
import { cloze, MAX_GAP_SENTENCE, numeric } from "./build";
import { type DocContext, evidenceFor, isProse, overlaps, sentenceSpan, writtenFigure } from "./context";
import { clean, hedgeBefore, isSharePart, numberSpellings, scaleOf, toleranceRange } from "./german";
import { FRACTION_COUNTS, FRACTION_DENOMINATORS, NUMBER_WORDS } from "../extract/data/numbers";
import { escapeRegExp, matchesOf } from "../extract/text";
import { backReferences } from "./backrefs";
import { salienceOf } from "./salience";
import { gapStandsAlone } from "./standalone";
import { type FamilyShare, shareOf, WHOLE_FAMILY } from "./share";
import { headlinesOf } from "./telegram";

/** Sentences longer than this are cut down to the clause around the figure. */
const MAX_SENTENCE_LENGTH = 280;

/** The last word. */
const LAST_WORD = /\p{L}+(?=[^\p{L}]*$)/u;

/** Digits of a figure, with the separators between them ("1,8", "14.000"). */
const NUMERAL = /\d(?:[\d.,\u00a0\u202f ]*\d)?/u;
/** A scale word that ends a written figure ("sieben Millionen"). */
const SCALE_AFTER = /\s+(?:Milliarden?|Millionen?|Mio\.?|Mrd\.?|Billionen?|Tausend)$/u;

/** The numeral inside a written figure ("rund 1,8 Milliarden" -> "1,8"), or the number word ("sieben"). */
function numeralSpan(doc: DocContext, quantity: QuantityFact): Span {
  const written = doc.text.slice(quantity.start, quantity.end);
  const digits = NUMERAL.exec(written);
  if (digits) return { start: quantity.start + digits.index, end: quantity.start + digits.index + digits[0].length };
  const word = LAST_WORD.exec(written.replace(SCALE_AFTER, ""));
  if (word) return { start: quantity.start + word.index, end: quantity.start + word.index + word[0].length };
  return quantity;
}

/** What the learner fills in: the value in the scale the text uses ("1,8" for "1,8 Milliarden Dollar"). */
function askedValue(doc: DocContext, quantity: QuantityFact) {
  const scale = scaleOf(doc.text.slice(quantity.start, quantity.end));
  const value = scale ? clean(quantity.value / scale.factor) : quantity.value;
  const unit = scale ? [scale.plural, quantity.unit].filter(Boolean).join(" ") : quantity.unit;
  return { value, unit, scale: scale?.plural ?? "" };
}

/** A colon or semicolon that ends what comes before: the part of a sentence after it reads on its own. */
const PART_END = /[:;]\s+/gu;

/**
 * The clause, or more of its sentence where the clause alone points back at what it leaves out: "haben
 * sie ... eine Urschlange mit ___ Beinen entdeckt" is cut from "Wie Forscher um David Martill berichten,
 * haben sie ...", which the learner then sees from the colon before it (a glued subheading and what
 * precedes the colon stay out).
 */
function widened(doc: DocContext, sentence: Span, clause: Span): Span {
  const read = (span: Span) => backReferences(doc, doc.text.slice(span.start, span.end), { at: span.start }).length;
  const references = read(clause);
  if (references === 0) return clause;
  let start = sentence.start;
  for (const end of matchesOf(PART_END, doc.text.slice(sentence.start, clause.start))) start = sentence.start + end.index + end[0].length;
  const wider = { start, end: clause.end };
  return wider.start < clause.start && wider.end - wider.start <= MAX_SENTENCE_LENGTH && read(wider) < references ? wider : clause;
}

/** The sentence with the numeral cut out, shortened to the clause when the sentence is long. */
function gapText(doc: DocContext, quantity: QuantityFact, numeral: Span, maxLength: number): { before: string; after: string } | undefined {
  const sentence = sentenceSpan(doc, quantity);
  if (!sentence) return undefined;
  let span = sentence;
  if (span.end - span.start > maxLength && quantity.context) span = widened(doc, sentence, quantity.context);
  const before = `${span.start > sentence.start ? "… " : ""}${doc.text.slice(span.start, numeral.start)}`;
  const after = `${doc.text.slice(numeral.end, span.end)}${span.end < sentence.end ? " …" : ""}`;
  return { before, after };
}

/** Whether the gap sentence shows a hedge right before the gap ("mindestens ___"). */
function hedgeShown(before: string): boolean {
  return hedgeBefore(before, before.length) !== undefined;
}

/** Words a clause cut out of a long sentence must show around the gap. */
const MIN_SHOWN_WORDS = 6;

/** A capitalised word right before a figure: a model's name ("Snapdragon 801") ... */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}-]*\s$/u;
/** ... unless it is a rank ("auf Platz 149 von 180 Staaten"), a figure that is a finding ... */
const RANK_BEFORE = /(?<!\p{L})(?:Platz|Rang)\s$/u;
/** ... or a noun after an article. */
const ARTICLE_AND_NOUN_BEFORE = /(?:^|\s)(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em)\s\p{Lu}[\p{L}-]*\s$/u;

/** A currency word and an opening bracket right before a figure (with "rund", "etwa", "ca."). */
const CONVERSION_BEFORE =
  /(?:Dollar|Euro|Franken|Pfund|Yuan|Rubel|Lira|Kronen|Zloty|Forint|Mrd\.|Mio\.)\s*\(\s*(?:rund|etwa|ca\.|umgerechnet|knapp|mehr als)?\s*$/u;

/** labelOrAge's tests, made once: a literal in the function makes a new expression object on every call. */
const SCALE_WORD_ALONE = /^(?:Hundert|Tausend|Dutzend)e?$/iu;
const OPENING_PARENTHESIS_BEFORE = /\(\s*$/u;
const SCORE_BEFORE = /\d\s*:\s*$/u;
const SCORE_AFTER = /^\s*:\s*\d/u;
const BORN_AFTER = /^\s+geboren/u;
/** A year as four digits, from 1000 to 2099. */
const YEAR = /^(?:1\d|20)\d\d$/u;
/** A participle as an attribute right after a figure ("eröffnete", "gegründeten", "beschlossene"). */
const PARTICIPLE_AFTER = /^\s+\p{Ll}+(?:te|ene)[nmrs]?\s+\p{Lu}/u;

/**
 * A number that names rather than counts: a model or version ("iPhone 7", "Snapdragon 801-Prozessor",
 * "13-Megapixel-Kamera") or an age ("John Kibanga (29)", "der 1972 geborene"): never worth asking.
 */
function labelOrAge(doc: DocContext, quantity: QuantityFact): boolean {
  const before = doc.text.slice(Math.max(0, quantity.start - 40), quantity.start);
  const after = doc.text.charAt(quantity.end);
  // "ein paar Hundert Euro": a scale word alone is no figure one could type.
  if (SCALE_WORD_ALONE.test(doc.text.slice(quantity.start, quantity.end).trim())) return true;
  if (after === "-") return true;
  if (OPENING_PARENTHESIS_BEFORE.test(before) && after === ")") return true;
  // "eine Million Dollar (901.710 Euro)": a currency's conversion, the text's service to the reader.
  if (CONVERSION_BEFORE.test(before)) return true;
  // "mit 5:0", "die 3:0-Führung": one side of a score or ratio.
  if (SCORE_BEFORE.test(before) || SCORE_AFTER.test(doc.text.slice(quantity.end, quantity.end + 3))) return true;
  // "der 1972 geborene Bürgermeister": a birth year is an age.
  if (BORN_AFTER.test(doc.text.slice(quantity.end, quantity.end + 12))) return true;
  // "die 1970 eröffnete Brücke", "die 1998 gegründete Partei": a year that dates what the noun is, as a birth year does.
  if (YEAR.test(doc.text.slice(quantity.start, quantity.end)) && PARTICIPLE_AFTER.test(doc.text.slice(quantity.end, quantity.end + 24))) return true;
  return (
    quantity.unit === undefined &&
    CAPITALISED_BEFORE.test(before) &&
    !ARTICLE_AND_NOUN_BEFORE.test(before) &&
    !RANK_BEFORE.test(before) &&
    // "Nur sechs von zehn Schülern": the part of a share counts, however capitalised the word before it.
    !isSharePart(doc.text, quantity.end)
  );
}

const DIGITS = /(?<![\p{L}\p{N}])\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/gu;
const LETTERS = /\p{L}+/gu;
/** "eine Million": the article is a figure only before a scale. */
const ONE_BEFORE_SCALE = /(?<!\p{L})eine?\s+(?:Million|Milliarde|Billion)(?!\p{L})/giu;

/**
 * The figures a gap text shows, digits and number words ("70", "1,5", "zwei"): digits first, then words,
 * then each "eine Million" as a one. Module-level expressions run by exec (matchAll copies the
 * expression on every call, and this runs for every figure of the text).
 */
function figuresIn(shown: string): number[] {
  const figures: number[] = [];
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(shown); match !== null; match = DIGITS.exec(shown)) figures.push(Number(match[0].replaceAll(".", "").replace(",", ".")));
  const lower = shown.toLowerCase();
  LETTERS.lastIndex = 0;
  for (let match = LETTERS.exec(lower); match !== null; match = LETTERS.exec(lower)) {
    const value = NUMBER_WORDS.get(match[0]);
    if (value !== undefined) figures.push(value);
  }
  ONE_BEFORE_SCALE.lastIndex = 0;
  while (ONE_BEFORE_SCALE.exec(shown) !== null) figures.push(1);
  return figures;
}

/** Whether two figures are the same but for rounding (a function of the module: a named closure costs a defineProperty of its name under keepNames). */
const near = (a: number, value: number) => Math.abs(a - value) < 1e-9;

/**
 * Whether the answer follows from the other figures of the gap text by adding or subtracting two or
 * three of them ("___ von 70 stimmten dafür, zwei enthielten sich"): then the gap asks for arithmetic,
 * not for what the text says.
 */
function computable(shown: string, value: number): boolean {
  const figures = figuresIn(shown).filter((figure) => figure !== value);
  for (let i = 0; i < figures.length; i++) {
    for (let j = 0; j < figures.length; j++) {
      if (i === j) continue;
      const [a, b] = [figures[i]!, figures[j]!];
      if (near(a - b, value) || near(a + b, value)) return true;
      for (let k = 0; k < figures.length; k++) if (k !== i && k !== j && (near(a - b - figures[k]!, value) || near(a + b + figures[k]!, value))) return true;
    }
  }
  return false;
}

/** Whether a figure also appears elsewhere in the shown text, which would give the answer away. */
function mentionsFigure(shown: string, value: number): boolean {
  const folded = foldText(shown);
  return numberSpellings(value).some((spelling) => containsPhrase(folded, spelling));
}

const LETTER = /\p{L}/u;

/** The fraction without its hedge: "ein Viertel" of "fast ein Viertel". */
const FRACTION_WORDS = /\p{L}+[ \t\u00a0]+\p{L}+$/u;

/** What else a learner may write for a fraction: "Viertel" for "ein Viertel", "3/4", "25 Prozent" where that is exact. */
function fractionSpellings(written: string, value: number): string[] {
  const [counting = "", noun = ""] = written.split(/[ \t\u00a0]+/u);
  const parts = FRACTION_COUNTS.get(counting.toLowerCase());
  const denominator = FRACTION_DENOMINATORS.get(noun);
  if (parts === undefined || denominator === undefined) return [];
  const spellings = [`${parts}/${denominator}`];
  if (parts === 1) spellings.push(noun);
  const percent = clean(value * 100);
  if (Number.isInteger(percent)) spellings.push(`${percent} Prozent`, `${percent} %`, `${percent}%`);
  return spellings;
}

/** The fraction without its hedge: "ein Viertel" of "fast ein Viertel". */
function fractionSpan(doc: DocContext, quantity: QuantityFact): Span | undefined {
  const words = FRACTION_WORDS.exec(doc.text.slice(quantity.start, quantity.end));
  return words ? { start: quantity.start + words.index, end: quantity.end } : undefined;
}

/** A share written as a fraction, asked as written: the gap "fast ___ aller Brandanschläge" takes "ein Viertel". */
function fractionQuestion(
  doc: DocContext,
  quantity: QuantityFact,
  phrase: Span,
  gap: { before: string; after: string },
  evidence: Evidence,
): Question | undefined {
  const answer = doc.text.slice(phrase.start, phrase.end);
  return cloze(
    {
      documentId: doc.id,
      topic: "quantity",
      key: `${quantity.value}:fraction:${doc.text.slice(evidence.start, evidence.end)}`,
      fact: `quantity:${evidence.start}:${quantity.value}`,
      salience: salienceOf(doc, "quantity", quantity, { figure: quantity }),
      stem: "Welcher Anteil fehlt in diesem Satz?",
      evidence,
    },
    `${gap.before}${answer}${gap.after}`,
    gap.before.length,
    gap.before.length + answer.length,
    fractionSpellings(answer, quantity.value),
  );
}

/** How far a hedged figure may lie from another of its unit for both to be one ("mehr als 250.000 Karten", "254.000 Karten"). */
const SAME_FIGURE_TOLERANCE = 0.1;

/**
 * Whether two figures of a text count the same thing: the same unit and value, or one hedged and near the other, as a
 * teaser rounds what the text then gives exactly ("Mehr als 250.000 Karten wurden verkauft" … "Insgesamt wurden 254.000
 * Karten verkauft"). Asked twice in a quiz, the one gap answers the other.
 */
function sameFigure(one: QuantityFact, other: QuantityFact): boolean {
  if (one.unit === undefined || one.unit !== other.unit || one.fraction || other.fraction) return false;
  if (one.value === other.value) return true;
  return (one.approx || other.approx) && Math.abs(one.value - other.value) <= SAME_FIGURE_TOLERANCE * Math.max(one.value, other.value);
}

/** The last word of a unit without the ending of its plural or adjective ("Verletzte" → "verletzt", "Toten" → "tot"). */
const countedStem = (unit: string) =>
  unit
    .split(" ")
    .pop()!
    .toLowerCase()
    .replace(/(?:en|e|n)$/u, "");

/**
 * Whether `span` stands in the title or teaser, or in the text's first sentence, which is its headline where the text
 * comes without one marked ("24 Verletzte bei Angriff auf Armeeposten – ... Istanbul – Der Konflikt ...").
 */
const inHeadline = (doc: DocContext, span: Span) =>
  [...headlinesOf(doc), doc.facts.passages[0]?.sentences[0]].some(
    (headline) => headline !== undefined && headline.start <= span.start && span.start < headline.end,
  );

/**
 * Whether a figure of the title or teaser counts what the body counts with another figure, and the body gives its own
 * nowhere ("24 Verletzte bei Angriff" … "31 weitere wurden demnach verletzt"): which of them holds is not the learner's
 * to know. The body counts it where a figure has the same unit or its words have the unit's stem as a word ("23 Bewohner verletzt").
 */
function countedOtherwiseInBody(doc: DocContext, quantity: QuantityFact, quantities: readonly QuantityFact[]): boolean {
  if (quantity.unit === undefined || !inHeadline(doc, quantity)) return false;
  const stem = countedStem(quantity.unit);
  const stemAsWord = new RegExp(`(?<!\\p{L})${escapeRegExp(stem)}(?!\\p{L})`, "iu");
  const body = quantities.filter((other) => !inHeadline(doc, other));
  if (body.some((other) => other.value === quantity.value || sameFigure(quantity, other))) return false;
  return body.some(
    (other) =>
      (other.unit !== undefined && countedStem(other.unit) === stem) ||
      (other.context !== undefined && stemAsWord.test(doc.text.slice(other.context.start, other.context.end))),
  );
}

/** The other bound of a range right after or before a gap: "___ bis 149", "100 bis ___", "10–___". */
const RANGE_AFTER = /^\s*(?:bis|-|–)\s*\d/u;
const RANGE_BEFORE = /\d\s*(?:bis|-|–)\s*$/u;

export function quantityQuestions(doc: DocContext, share: FamilyShare = WHOLE_FAMILY): Question[] {
  const questions: Question[] = [];
  const counted: Span[] = [...doc.facts.memberCounts, ...doc.facts.meetings.flatMap((meeting) => (meeting.participantCount ? [meeting.participantCount] : []))];
  const quantities = doc.facts.quantities.filter((quantity) => isProse(doc, quantity) && !counted.some((span) => overlaps(span, quantity)));
  // One fact per figure the text gives twice: the first time it does.
  const factOf = (quantity: QuantityFact, evidence: Evidence) => {
    const first = quantities.find((other) => other === quantity || sameFigure(other, quantity))!;
    return `quantity:${first === quantity ? evidence.start : (evidenceFor(doc, first) ?? first).start}:${first.value}`;
  };
  for (const quantity of shareOf(quantities, share)) {
    const evidence = evidenceFor(doc, quantity);
    if (!evidence || labelOrAge(doc, quantity) || !gapStandsAlone(doc, evidence, quantity) || countedOtherwiseInBody(doc, quantity, doc.facts.quantities))
      continue;
    const asked = quantity.fraction ? fractionSpan(doc, quantity) : numeralSpan(doc, quantity);
    // A fraction is asked as a gap of words, which a shorter sentence carries (MAX_GAP_SENTENCE).
    const gap = asked && gapText(doc, quantity, asked, quantity.fraction ? MAX_GAP_SENTENCE : MAX_SENTENCE_LENGTH);
    // A clause cut out of a long sentence must still say something ("Dass jene rund ___ Flüchtlinge …" does not).
    if (
      !gap ||
      ((gap.before.startsWith("…") || gap.after.endsWith("…")) &&
        `${gap.before} ${gap.after}`.split(/\s+/u).filter((word) => LETTER.test(word)).length < MIN_SHOWN_WORDS)
    )
      continue;
    if (quantity.fraction) {
      const question = fractionQuestion(doc, quantity, asked, gap, evidence);
      if (question) questions.push(question);
      continue;
    }
    // "Das ___ bis 149 Millionen Jahre alte Fossil": a bound of a range shares the other's scale and unit, which the
    // gap leaves behind (the key read "100 bis 149 Millionen", only 100 accepted: both blind readers of round 41).
    if (RANGE_AFTER.test(gap.after) || RANGE_BEFORE.test(gap.before)) continue;
    const { value, unit, scale } = askedValue(doc, quantity);
    if (mentionsFigure(gap.before + gap.after, value) || computable(`${gap.before} ${gap.after}`, value)) continue;
    // The hedge stays in the sentence ("mindestens ___ Euro"): what is asked is the figure printed there.
    const exact = { min: value, max: value };
    questions.push(
      numeric(
        {
          documentId: doc.id,
          topic: "quantity",
          key: `${quantity.value}:${quantity.unit ?? ""}:${doc.text.slice(evidence.start, evidence.end)}`,
          fact: factOf(quantity, evidence),
          salience: salienceOf(doc, "quantity", quantity, { figure: quantity }),
          stem: "Welche Zahl fehlt in diesem Satz?",
          evidence,
        },
        value,
        hedgeShown(gap.before) || !quantity.approx ? exact : toleranceRange(value, quantity.approx, quantity.hedge, scale === ""),
        writtenFigure(doc.text, quantity, quantity.unit),
        unit,
        gap,
      ),
    );
  }
  return questions;
}
