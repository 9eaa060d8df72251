/**
 * Names the text introduces with a noun that says what they are: "das deutsche Bundesland Sachsen",
 * "die Islamistengruppe Ansar Dine", "dem Projekt No Business As Usual", "der Jihadistenmiliz „Islamischer
 * Staat“". The noun before the gap tells the learner what kind of name is missing, and the name is what
 * the story is about or who took part in it: a region, a group, a project, a firm, a paper. No other
 * family asks such names (persons, countries and cities have their own; organisations only where an
 * acronym or an inner capital shows the name).
 */
import type { Question } from "../bank/schema";
import { givenNameGender } from "../extract/data/given-names";
import { roleForms } from "../extract/gender";
import { isRoleWord } from "../extract/persons";
import { NAME_INTRODUCING_KINDS } from "../extract/data/organizations";
import { ADJECTIVE_INFLECTION, matchesOf, suffixMatcher } from "../extract/text";
import { cloze, fitsGapText } from "./build";
import { type DocContext, evidenceFor, isProse, spanText } from "./context";
import { overlapsPersonOrPlace } from "./organisations";
import { TIME_NOUNS } from "./data/anaphora";
import { VENUE_NOUNS } from "./data/kinds";
import { PRODUCT_KIND_ENDINGS, PRODUCT_KIND_WORDS } from "./data/products";
import { selfContained } from "./gapcontext";
import { NAME_GAP_STEM } from "./persons";
import { salienceOf } from "./salience";
import { gapStandsAlone } from "./standalone";
import { sameWordsAfterEach } from "./wholewords";
import { GENERAL, usedAsCommonNoun } from "./terms";

/**
 * A definite article (or one merged with a preposition, or a possessive), up to two inflected adjectives and a town's or
 * country's adjective ("das Kölner Studio", "die Schweizer Website"), a noun (the kind) and right after it a name: a quoted one, or one to four capitalised words. The article first and
 * the look-behind after it, on the article matched (`\1`): a look-behind first is tried at every position.
 */
const CLASSIFIED_NAME =
  /([Dd](?:er|ie|as|en|em|es)|beim|im|vom|zum|zur|[Ss]ein(?:e|en|em|er|es)?|[Ii]hr(?:e|en|em|er|es)?)(?<![\p{L}\p{N}-]\1)\s+(?:\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+){0,2}(?:\p{Lu}\p{Ll}+er\s+)?(\p{Lu}\p{Ll}[\p{L}-]*\p{Ll})[ \u00a0]+(?:[„"]([^„“”"]{2,40})[“”"]|(\p{Lu}[\p{L}\p{N}-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}-]*){0,3}))/gu;
/**
 * A noun, "namens" or "mit dem Namen", and a name as CLASSIFIED_NAME reads it: "ein Rollenspiel namens Frostweg", "einer
 * Firma mit dem Namen „Nordlicht“". The word says a name follows, whatever article the noun has.
 */
const NAME_AFTER_NAMENS =
  /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}[\p{L}-]*\p{Ll})[ \u00a0]+(?:namens|mit dem Namen)[ \u00a0]+(?:[„"]([^„“”"]{2,40})[“”"]|(\p{Lu}[\p{L}\p{N}-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}-]*){0,3}))/gu;
/** Kinds of organisation that introduce a name (src/extract/organisations.ts): a firm, a group, a medium. */
const organisationKind = suffixMatcher(NAME_INTRODUCING_KINDS, ["s", "es"]);

/** A name the sentence introduces after its kind: where it stands in the sentence, the kind's noun, and how. */
interface ClassifiedName {
  /** Where the name starts in the sentence, and where the match (with a closing quotation mark) ends. */
  nameAt: number;
  end: number;
  kind: string;
  name: string;
  quoted: boolean;
  /** After a possessive ("seinem neuen Browser Edge") or "namens": only a product's or an organisation's kind will do. */
  cued: "article" | "possessive" | "namens";
}

/** A name a match found, quoted ("…") or bare, after its kind noun: where it stands, as ClassifiedName holds it. */
function classifiedName(
  match: RegExpExecArray,
  kind: string,
  quoted: string | undefined,
  bare: string | undefined,
  cued: ClassifiedName["cued"],
): ClassifiedName {
  const name = (quoted ?? bare!).trim();
  return { nameAt: match.index + match[0].lastIndexOf(name), end: match.index + match[0].length, kind, name, quoted: quoted !== undefined, cued };
}

/** The names CLASSIFIED_NAME and NAME_AFTER_NAMENS find in a sentence's text. */
function classifiedNames(text: string): ClassifiedName[] {
  const found = matchesOf(CLASSIFIED_NAME, text).map((match) =>
    classifiedName(match, match[2]!, match[3], match[4], POSSESSIVE.test(match[1]!) ? "possessive" : "article"),
  );
  if (!text.includes("amen")) return found;
  for (const match of matchesOf(NAME_AFTER_NAMENS, text)) found.push(classifiedName(match, match[1]!, match[2], match[3], "namens"));
  return found;
}

/** Whether a kind's noun fits how the name was cued: after a possessive a product's kind, after "namens" a product's or an organisation's. */
function fitsCue(kind: string, cued: ClassifiedName["cued"]): boolean {
  if (cued === "article") return true;
  if (isProductKind(kind)) return true;
  return cued === "namens" && organisationKind(kind.toLowerCase()) !== undefined;
}

/** A possessive where CLASSIFIED_NAME has its article ("seinem neuen Browser Edge"). */
const POSSESSIVE = /^(?:[Ss]ein|[Ii]hr)/u;
/**
 * Kind nouns of places ("Bundesland", "Hauptstadt", "Grenzregion", "Provinz"), by their last part: the name
 * is then asked and weighed as a place (a place outside the lead is background more often than not).
 */
const PLACE_KIND = /(?:stadt|region|provinz|bezirk|land|gemeinde|dorf|viertel|teil|insel|kanton)$/u;
/** What must follow a name: a mark or a word in lower case ("Sachsen ist"), else it may go on ("Regierung Reformen Maßnahmen"). */
const NAME_END = /^(?:\s*[,.;:!?)–]|\s+\p{Ll}|\s*$)/u;
/** Small words and a noun after a name ("Block gegen den Islam"), which may be the rest of it. */
const NAME_GOES_ON_IN_SMALL_WORDS = /^[ \u00a0]+((?:\p{Ll}+[ \u00a0]+){1,3}\p{Lu}[\p{L}-]*)/u;
/** An acronym or a word with an inner capital: the organisations family asks those where the text repeats them. */
const ORGANISATION_SHAPE = /^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+)$/u;
/**
 * A name of one common-looking word ("Sachsen") must come up this often: a noun the text uses once may be an
 * object ("die Regierung Reformen"). Other names too, unless the lead names them: a name given once further
 * down is mostly an example or a side detail ("Flughafen Mariscal Sucre", "die Terrororganisation Boko Haram").
 */
const MIN_MENTIONS = 2;

/** A letter, digit or hyphen before a word, and a letter or digit after it: the word goes on (module constants, as below). */
const WORD_GOES_ON_BEFORE = /[\p{L}\p{N}-]/u;
const WORD_GOES_ON_AFTER = /[\p{L}\p{N}]/u;

/** How often `word` stands in the text as a whole word. */
function wholeWordCount(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!WORD_GOES_ON_BEFORE.test(text.charAt(at - 1)) && !WORD_GOES_ON_AFTER.test(text.charAt(at + word.length))) count++;
  }
  return count;
}

/** A kind noun this long that ends like no adjective ("Bundesland", "Projekt") needs no other use to be one. */
const PLAIN_KIND_LENGTH = 7;
/** Nouns of people ("Islamisten", "Europameister"): a person follows, whom the person finder may have missed. */
const PEOPLE = /(?:isten|anten|enten|aner|logen|meister|tler|iker)$/u;

/** A capitalised word after spaces (these two as module constants: compiled for Node 20, a literal with \p{…} is built on every call). */
const CAPITALISED_NEXT = /^[ \u00a0]+\p{Lu}/u;
/** A capitalised adjective before spaces ("Südchinesischen "). */
const CAPITALISED_ADJECTIVE_BEFORE = /(\p{Lu}[\p{Ll}-]*(?:e|en|er|es|em))[ \u00a0]+$/u;

/** Whether a noun is of a product's, service's or work's kind ("Survival-Game", "Browser", "App"): a name follows it. */
function isProductKind(word: string): boolean {
  const lower = word.toLowerCase();
  return PRODUCT_KIND_WORDS.has(lower) || PRODUCT_KIND_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** Whether the text uses `word` on its own somewhere, with no capitalised word right after it: a head noun, not part of a name. */
function standsOnItsOwn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (WORD_GOES_ON_BEFORE.test(text.charAt(at - 1)) || WORD_GOES_ON_AFTER.test(text.charAt(at + word.length))) continue;
    if (!CAPITALISED_NEXT.test(text.slice(at + word.length, at + word.length + 3))) return true;
  }
  return false;
}

/**
 * Whether a noun says what kind of thing follows: a common noun, not an office ("Präsident Xi"), a given
 * name ("Amadeu Antonio"), a time ("Jahr") or people; and not the first word of a longer name ("Das Rote
 * Kreuz", "Die Grand Old Party"), which stands only before the rest of that name.
 */
function isKindNoun(text: string, word: string): boolean {
  if (roleForms(word) !== undefined || isRoleWord(word) || givenNameGender(word.toLowerCase()) !== undefined || TIME_NOUNS.has(word) || PEOPLE.test(word))
    return false;
  return (
    isProductKind(word) ||
    organisationKind(word.toLowerCase()) !== undefined ||
    (word.length >= PLAIN_KIND_LENGTH && !ADJECTIVE_INFLECTION.test(word)) ||
    standsOnItsOwn(text, word)
  );
}

/** Whether a word of a name is a noun the text uses as such, also after a capitalised adjective ("Südchinesischen Meer"). */
function commonNoun(text: string, word: string): boolean {
  if (usedAsCommonNoun(text, word)) return true;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    // "im neuen Browser Edge": a product's kind ends like an adjective and is none.
    const before = CAPITALISED_ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    if (before !== undefined && !isProductKind(before)) return true;
  }
  return false;
}

/** Whether the text names `name` once only: its first word (the name's own, "TransCanada" of "TransCanada Corp") stands nowhere else, alone or in a compound ("Attac-Österreich"). */
function namedOnce(text: string, name: string): boolean {
  const first = name.split(/[ \u00a0]+/u)[0]!;
  const at = text.indexOf(first);
  return at === -1 || text.indexOf(first, at + first.length) === -1;
}

/**
 * Whether the text has `word` act as an organisation's name (src/extract/organisations.ts: "die Hamas" after
 * "Palästinenserorganisation Hamas"). German writes many such names with an article ("die Hamas", "die Hisbollah"),
 * which alone would make the word a common noun (commonNoun); acting under it, the text shows it is a name.
 */
const actsAsOrganisation = (doc: DocContext, word: string) =>
  doc.facts.actions.some((action) => action.organisation && action.actor.text.slice(action.actor.text.lastIndexOf(" ") + 1) === word);

/** Whether the words after the kind noun are a name, not common nouns of the sentence. */
function isName(doc: DocContext, name: string, quoted: boolean): boolean {
  if (quoted) return true;
  const words = name.split(/[ \u00a0]+/u);
  if (words.some((word) => GENERAL.has(word.toLowerCase()) || isRoleWord(word) || TIME_NOUNS.has(word))) return false;
  // "Immunität Sovas": a person's genitive.
  const surnames = new Set(doc.facts.persons.map((person) => person.surname));
  if (words.some((word) => surnames.has(word) || surnames.has(word.replace(/s$/u, "")))) return false;
  if (words.length === 1) {
    const word = words[0]!;
    // "im Allianz Stadion": a venue's noun is the head of a name whose first word was taken for its kind.
    if (ORGANISATION_SHAPE.test(word) || /\d/u.test(word) || VENUE_NOUNS.has(word.toLowerCase())) return false;
    return (!commonNoun(doc.text, word) || actsAsOrganisation(doc, word)) && wholeWordCount(doc.text, word) >= MIN_MENTIONS;
  }
  // "Mediendienst Integration", "No Business As Usual": not every word is one the text uses as a common noun;
  // "das Zeltlager Krumpendorf Verteilerzentrum ist": a noun at the end is the sentence's, not the name's.
  return !words.every((word) => commonNoun(doc.text, word)) && !commonNoun(doc.text, words[words.length - 1]!);
}

/**
 * "im Fachjournal „The Lancet“", "in der Fachzeitschrift „Nature“": where a study appeared, which tells the reader where
 * to look it up, not what it found; its gap tests finding a title.
 */
const PUBLICATION_VENUE = /(?:journal|^fach(?:zeitschrift|magazin|blatt))$/u;

export function namedThingQuestions(doc: DocContext): Question[] {
  const isTaken = overlapsPersonOrPlace(doc);
  const asked = new Set<string>();
  const questions: Question[] = [];
  for (const sentence of doc.sentences) {
    const text = spanText(doc, sentence);
    for (const { nameAt, end, kind, name, quoted, cued } of classifiedNames(text)) {
      const start = sentence.start + nameAt;
      const mention = { start, end: start + name.length };
      if (asked.has(name) || !NAME_END.test(text.slice(end)) || isTaken(mention)) continue;
      if (!isKindNoun(doc.text, kind) || !isName(doc, name, quoted) || (!sentence.lead && namedOnce(doc.text, name))) continue;
      if (PUBLICATION_VENUE.test(kind.toLowerCase()) || !fitsCue(kind, cued)) continue;
      // "die Bewegung Block gegen den Islam": where the same small words and a noun follow the name every time, they are
      // the rest of it, and a gap on its first word would cut it ("Bewegung ___ gegen den Islam": "Block").
      if (!quoted && sameWordsAfterEach(doc.text, name, NAME_GOES_ON_IN_SMALL_WORDS) !== undefined) continue;
      const evidence = isProse(doc, mention) ? evidenceFor(doc, mention) : undefined;
      if (!evidence || !fitsGapText(evidence) || !gapStandsAlone(doc, evidence, { ...mention, name: true })) continue;
      const offset = mention.start - evidence.start;
      const place = PLACE_KIND.test(kind.toLowerCase());
      const question = cloze(
        {
          documentId: doc.id,
          topic: place ? "place" : "organisation",
          key: `named:${name}`,
          fact: `named:${name}`,
          salience: salienceOf(doc, place ? "place" : "named", mention),
          stem: NAME_GAP_STEM,
          evidence,
        },
        evidence.quote,
        offset,
        offset + name.length,
      );
      // A gap whose sentence leans on one before that does not resolve it ("Das geht aus Zahlen hervor, die die
      // Informationsplattform ___ ...") would be asked only as a last filler: such names were seldom worth asking.
      const shown = question && selfContained(doc, question);
      if (question && shown && shown.salience === question.salience) {
        asked.add(name);
        questions.push(question);
      }
    }
  }
  return questions;
}
