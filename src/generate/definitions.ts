/**
 * Terms the text explains: "die Epistase, also die Gen-Interaktion", "die natürliche Auslese (Selektion)", "die
 * Bruttoanlageinvestitionen (Ausrüstungs- und Bauinvestitionen)", "(diesen Effekt bezeichnen Genetiker als Drift)".
 * Science, web and economy texts introduce their terms so, and a teacher asks them: which term the text gives for what
 * it explains, as a gap of the term in the sentence that explains it. Only where the text itself puts term and
 * explanation side by side: an acronym after its long form ("Europäischer Gerichtshof (EuGH)") is general knowledge or a
 * name (besideforms.ts), a term after "sogenannt" mostly stands without an explanation.
 */
import type { Question } from "../bank/schema";
import { isWordChar } from "../bank/text";
import { isRoleWord } from "../extract/persons";
import type { Span } from "../extract/types";
import { cloze, fitsGapText } from "./build";
import { type DocContext, evidenceFor, isProse, perDocument } from "./context";
import { TIME_NOUNS } from "./data/anaphora";
import { EDITORS_NOTES, NAMING_VERBS, PICTURE_NOUNS } from "./data/definitions";
import { RESTATING_MARKERS } from "./data/restatements";
import { overlapsPersonOrPlace } from "./organisations";
import { nounStem } from "./nounstems";
import { GENERAL, nameWords, TERM_GAP_STEM, usedAsCommonNoun } from "./terms";

/** A term the text explains, where it stands, and the explanation beside it (for a naming verb, the words that point at what the sentence described). */
interface Definition {
  term: Span;
  explanation: Span;
}

const ARTICLE = "(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)";
/** An inflected adjective ("statistischen", "natürliche"). */
const ADJECTIVE = "\\p{Ll}{3,}(?:e|en|er|es|em)";
/** A common noun: capitalised, lower case after its first letter or a hyphen ("Gen-Interaktion"); no acronym. */
const NOUN = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*";
const RESTATING = RESTATING_MARKERS.map((marker) => marker.replaceAll(".", "\\.").replaceAll(" ", "\\s+")).join("|");

/**
 * "die Epistase, also die Gen-Interaktion", "mit Mikrozensus, also statistischen Erhebungen": a noun after a word in
 * lower case (an article, a preposition, an adjective: no part of a name), then the restating word and a noun phrase
 * that is no name (no capitalised word right after its noun: "also der ÖBB-Infrastruktur AG").
 */
const RESTATED = new RegExp(
  `(?<=(?:^|[\\s(])\\p{Ll}+[ \\u00a0]+)(${NOUN}),\\s+(?:${RESTATING})\\s+((?:${ARTICLE}\\s+)?(?:${ADJECTIVE}\\s+){0,2}(${NOUN}))(?=[,.;:!?)–]|\\s+\\p{Ll})`,
  "gu",
);
/**
 * "die natürliche Auslese (Selektion)", "Varianten eines Merkmals (Allele)": a noun after a word in lower case, then in
 * brackets one word that is no acronym, the term for it. Not after a compound with a hyphen, whose first part is mostly a
 * name ("die Flick-Privatstiftung (Beihilfe)").
 */
const TERM_IN_BRACKETS = /\((\p{Lu}\p{Ll}{3,})\)/uy;
/**
 * "die Bruttoanlageinvestitionen (Ausrüstungs- und Bauinvestitionen)", "Fahrwegkapazität (Trassen, auf denen ...)": a long
 * noun, then in brackets what it is in more than a word, opening with a noun (an aside opens in lower case: "(etwa für
 * ...)", "(bisher ...)"; one word is a short name, "Bundesinstitut für Bildungsforschung (Bifie)", or TERM_IN_BRACKETS' term).
 */
const EXPLANATION_IN_BRACKETS = /\((\p{Lu}\p{Ll}+-?[ ,][^()]*)\)/uy;
/** The noun right before a bracket, after a word in lower case (an article, a preposition, an adjective: no part of a name). */
const NOUN_BEFORE_BRACKET = /(?:^|\s)\p{Ll}+[ \u00a0]+(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)[ \u00a0]+$/u;
/** How far before a bracket its noun and the word before it are looked for. */
const NOUN_REACH = 60;
/** The shortest noun that brackets explain with more than a word: a compound ("Bruttoanlageinvestitionen"). */
const MIN_EXPLAINED_NOUN = 10;
/**
 * What such an explanation is: nouns in a row ("Senat und Abgeordnetenkammer", "Ausrüstungs- und Bauinvestitionen",
 * "Schalttag, Arbeitstage"), the last perhaps with a relative clause ("Trassen, auf denen Züge ... dürfen"). An aside
 * that goes on otherwise ("Details siehe unten", "Stand Montag") is none.
 */
const NOUNS_IN_A_ROW = new RegExp(
  `^\\p{Lu}\\p{Ll}+-?(?:(?:,\\s+|\\s+(?:und|oder|sowie)\\s+)(?:${ADJECTIVE}\\s+)?${NOUN})*(?:,\\s+(?:\\p{Ll}+\\s+)?(?:der|die|das|dem|den|denen|deren|dessen)\\s[^()]+)?$`,
  "u",
);
/**
 * "(diesen Effekt bezeichnen Genetiker als Drift)", "dieses Verhalten nennt man Mimikry": what the sentence described,
 * pointed at and named by those who use the term.
 */
const NAMED_BY = new RegExp(
  `(?<![\\p{L}])(?:[Dd]iesen|[Dd]ieses|[Dd]iese)\\s+(${NOUN})\\s+(?:${NAMING_VERBS.join("|")})\\s+(?:man|\\p{Lu}\\p{Ll}+)\\s+(?:auch\\s+)?(?:als\\s+)?(${NOUN})(?=[,.;:!?)–]|\\s+\\p{Ll})`,
  "gu",
);

/** What may introduce a definition in a sentence: looked for before any expression runs. */
const MARKS = ["(", ...RESTATING_MARKERS.map((marker) => `, ${marker} `), ...NAMING_VERBS.map((verb) => ` ${verb} `)];

/** An acronym-like word or a word with an inner capital ("ÖIAG", "TransCanada"): a name. */
const NAME_SHAPE = /\p{Lu}\p{Ll}*\p{Lu}/u;
/** A figure anywhere: "(elf beziehungsweise sieben Mandate)", "(Jahrgang 1950)" are no explanation. */
const FIGURE = /\d/u;

/** Whether a word may be a term or the head of its explanation: a common noun, not a name, an office, a time or a function word. */
function isCommonWord(word: string): boolean {
  return !GENERAL.has(word.toLowerCase()) && !TIME_NOUNS.has(word) && !isRoleWord(word) && !NAME_SHAPE.test(word);
}

/** "Bildungsforschung (Bifie)", "Wirtschaftsforschungsinstitut (Wifo)": a short name made of the noun's first letters. */
function shortensNoun(term: string, noun: string): boolean {
  return term.length <= 5 && noun.toLowerCase().startsWith(term.slice(0, 2).toLowerCase());
}

/** The explanation in brackets without an editor's note at its end: "Trassen, auf denen ... dürfen" of "..., Anm.". */
function withoutEditorsNote(explanation: string): string {
  const lower = explanation.toLowerCase();
  for (const note of EDITORS_NOTES) if (lower.endsWith(`, ${note}`)) return explanation.slice(0, explanation.length - note.length - 2);
  return explanation;
}

/** Whether a word is one of the names of the text's people, places and countries, also in the genitive ("Jerusalems"). */
function isNameWord(names: ReadonlySet<string>, word: string): boolean {
  const lower = word.toLowerCase();
  return names.has(lower) || (lower.endsWith("s") && names.has(lower.slice(0, -1)));
}

/** Whether the text writes `word` as a whole word somewhere. */
function wholeWordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}

/** A capitalised word right before a bracket. */
const NOTE_AFTER_NAME = /\p{Lu}\p{Ll}+[ \u00a0]+\(/u;

/** Whether a bracket in the sentence (which opens at `start` of the text) follows a person's name. */
function personBeforeBracket(doc: DocContext, start: number, text: string): boolean {
  for (let at = text.indexOf("("); at !== -1; at = text.indexOf("(", at + 1)) {
    const before = text.slice(0, at).trimEnd();
    const end = start + before.length;
    if (doc.facts.persons.some((person) => person.mentions.some((mention) => mention.end === end))) return true;
  }
  return false;
}

/** The capitalised words of an explanation: two in a row ("Hunter College") are a name. */
const NAME_OF_TWO = /\p{Lu}[\p{L}-]*[ \u00a0]+\p{Lu}/u;

/** The shortest stem looked for inside other words ("allel" in "Allelen"). */
const MIN_STEM = 5;

const lowerText = perDocument((doc) => ({ text: doc.text.toLowerCase() }));

/** Whether the term stands in the title or teaser, or the text names it again outside its sentence. */
function usedAgain(doc: DocContext, term: Span, sentence: Span): boolean {
  const word = doc.text.slice(term.start, term.end);
  const stem = nounStem(word);
  // A short stem ("gen" of "Gene") stands inside many other words: the word itself must come back.
  if (stem.length < MIN_STEM) return wholeWordIn(doc.text.slice(0, sentence.start), word) || wholeWordIn(doc.text.slice(sentence.end), word);
  const lower = lowerText(doc).text;
  for (let at = lower.indexOf(stem); at !== -1; at = lower.indexOf(stem, at + stem.length)) {
    if (at < sentence.start || at >= sentence.end) return true;
  }
  return false;
}

/** The definitions of the text's prose sentences, found once per text. */
export const definitionsOf = perDocument((doc): Definition[] => {
  // Worked out at the first candidate: most texts have none.
  let names: { isNamed: (span: Span) => boolean; words: ReadonlySet<string> } | undefined;
  const definitions: Definition[] = [];
  for (const passage of doc.facts.passages) {
    if (passage.kind !== "text" && passage.kind !== "quote") continue;
    for (const sentence of passage.sentences) {
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!MARKS.some((mark) => text.includes(mark))) continue;
      const add = (term: Span, explanation: Span) => {
        const word = doc.text.slice(term.start, term.end);
        if (!isCommonWord(word)) return;
        names ??= { isNamed: overlapsPersonOrPlace(doc), words: nameWords(doc) };
        if (names.isNamed(term) || names.isNamed(explanation) || isNameWord(names.words, word)) return;
        if (definitions.some((known) => known.term.start === term.start)) return;
        definitions.push({ term, explanation });
      };
      const at = (offset: number, length: number): Span => ({ start: sentence.start + offset, end: sentence.start + offset + length });
      for (const match of text.matchAll(RESTATED)) {
        const [whole, term, phrase, head] = match as unknown as [string, string, string, string];
        if (!isCommonWord(head)) continue;
        add(at(match.index, term.length), at(match.index + whole.length - phrase.length, phrase.length));
      }
      // "Siegfried Grigg (Untreue) und ... die Flick-Privatstiftung (Beihilfe)": brackets after people note what each did.
      const notesOnPeople = NOTE_AFTER_NAME.test(text) && personBeforeBracket(doc, sentence.start, text);
      for (let open = text.indexOf("("); open !== -1; open = text.indexOf("(", open + 1)) {
        const reach = Math.max(0, open - NOUN_REACH);
        const before = NOUN_BEFORE_BRACKET.exec(text.slice(reach, open));
        const noun = before?.[1];
        if (!before || !noun || !isCommonWord(noun)) continue;
        const nounStart = reach + before.index + before[0].lastIndexOf(noun);
        TERM_IN_BRACKETS.lastIndex = open;
        const term = notesOnPeople || noun.includes("-") ? undefined : TERM_IN_BRACKETS.exec(text)?.[1];
        if (term) {
          // The noun before is one the text uses as a common noun ("die natürliche Auslese"), not a name ("in Chemnitz").
          if (shortensNoun(term, noun) || !usedAsCommonNoun(doc.text, noun)) continue;
          // "die Befreiung (Jerusalems)" beside "Jerusalem": a genitive that says whose, no term.
          if (term.endsWith("s") && wholeWordIn(doc.text, term.slice(0, -1))) continue;
          // One word in brackets is as often a caption, a source or a note ("(Archivbild)", "(Frauen)") as a term: a
          // term the text introduces so it works with further on ("Allele", then "von Allelen").
          const termSpan = at(open + 1, term.length);
          if (PICTURE_NOUNS.has(term.toLowerCase()) || !usedAgain(doc, termSpan, sentence)) continue;
          add(termSpan, at(nounStart, noun.length));
          continue;
        }
        EXPLANATION_IN_BRACKETS.lastIndex = open;
        const inBrackets = noun.length >= MIN_EXPLAINED_NOUN ? EXPLANATION_IN_BRACKETS.exec(text)?.[1] : undefined;
        if (!inBrackets) continue;
        const explanation = withoutEditorsNote(inBrackets);
        if (FIGURE.test(explanation) || !NOUNS_IN_A_ROW.test(explanation) || NAME_OF_TWO.test(explanation) || NAME_SHAPE.test(explanation)) continue;
        if (!isCommonWord(explanation.split(/[\s,-]/u)[0]!)) continue;
        add(at(nounStart, noun.length), at(open + 1, explanation.length));
      }
      for (const match of text.matchAll(NAMED_BY)) {
        const [whole, , term] = match as unknown as [string, string, string];
        add(at(match.index + whole.length - term.length, term.length), at(match.index, whole.length - term.length));
      }
    }
  }
  return definitions;
});

/**
 * A defined term the title or teaser names, or the text uses again outside its definition ("Allele", then "von Allelen"):
 * what the text is about, asked in its own right ...
 */
const SALIENT = 0.5;
/** ... one defined in passing ("mit Mikrozensus, also statistischen Erhebungen") only fills a quiz up, before other fillers. */
const IN_PASSING = 0.2;

/** Where a clause ends: a comma, semicolon or dash after which the sentence goes on. */
const CLAUSE_END = /[,;]\s|\s[–-]\s/gu;

/**
 * The gap text of a definition: its sentence, or where that is too long for a gap text, the sentence up to the end of
 * the clause that holds term and explanation, closed by "…" ("Wenn die Verbreitung ... eines Merkmals (___) vor allem
 * durch den Zufall beeinflusst wird (...) …"): what the learner needs is the explanation, not the rest.
 */
function gapSentence(evidence: Span & { quote: string }, definition: Definition): { text: string; shift: number } | undefined {
  if (fitsGapText(evidence)) return { text: evidence.quote, shift: 0 };
  let from = Math.max(definition.term.end, definition.explanation.end) - evidence.start;
  // A bracket the definition opened closes first: "(Trassen, auf denen ... dürfen, Anm.)".
  const head = evidence.quote.slice(0, from);
  if (head.lastIndexOf("(") > head.lastIndexOf(")")) {
    const closing = evidence.quote.indexOf(")", from);
    if (closing === -1) return undefined;
    from = closing + 1;
  }
  const rest = evidence.quote.slice(from);
  CLAUSE_END.lastIndex = 0;
  const end = CLAUSE_END.exec(rest);
  if (!end) return undefined;
  const kept = evidence.quote.slice(0, from + end.index);
  if (fitsGapText({ start: 0, end: kept.length + 2 })) return { text: `${kept} …`, shift: 0 };
  // Still too long: the clause from its start too ("… dass bei der Zuweisung von ___ (Trassen, ...) jenes ... soll …").
  const opening = Math.min(definition.term.start, definition.explanation.start) - evidence.start;
  let start = -1;
  for (const boundary of evidence.quote.slice(0, opening).matchAll(CLAUSE_END)) start = boundary.index + boundary[0].length;
  const clause = start > 0 ? `… ${kept.slice(start)} …` : undefined;
  return clause && fitsGapText({ start: 0, end: clause.length }) ? { text: clause, shift: start - "… ".length } : undefined;
}

export function definitionQuestions(doc: DocContext): Question[] {
  const questions: Question[] = [];
  for (const definition of definitionsOf(doc)) {
    const term = definition.term;
    const evidence = isProse(doc, term) ? evidenceFor(doc, term) : undefined;
    // A sentence that points back ("Ihr Ziel ist ...") gets the sentence before it, or is hardly asked (gapcontext.ts).
    const gapText = evidence && gapSentence(evidence, definition);
    if (!evidence || !gapText) continue;
    const word = doc.text.slice(term.start, term.end);
    const offset = term.start - evidence.start - gapText.shift;
    const question = cloze(
      {
        documentId: doc.id,
        topic: "definition",
        key: `${word}:${term.start}`,
        fact: `definition:${nounStem(word)}`,
        alsoAbout: [`term:${nounStem(word)}`],
        salience: usedAgain(doc, term, evidence) ? SALIENT : IN_PASSING,
        // Which of the two is the term and which its explanation, the text does not always show ("Hyperarousal
        // (Übererregtheit)", "die natürliche Auslese (Selektion)"): the stem asks for a word, as a term gap does.
        stem: TERM_GAP_STEM,
        evidence,
      },
      gapText.text,
      offset,
      offset + word.length,
    );
    if (question) questions.push(question);
  }
  return questions;
}
