/** What office a person holds according to the text: "Wer ist laut Text irakischer Premierminister?" */
import type { Question } from "../bank/schema";
import { countryCodeOfName, isCountryAdjective } from "../extract/countries";
import { IMPLIED_NATIONALITY_ROLE_PREFIXES } from "../extract/data/countries";
import { roleForms, roleInGender } from "../extract/gender";
import { roleHead } from "../extract/persons";
import { isAdjectiveLike } from "../extract/text";
import type { PersonFact, Span } from "../extract/types";
import { single, STATEMENT_STEM, trueFalse } from "./build";
import { type DocContext, evidenceFor, isProse, perDocument, perFact, type Pool } from "./context";
import { isRelationalRole, predicativeRole } from "./german";
import { hash } from "../shared/hash";
import { salienceOf } from "./salience";
import {
  BODILESS_OFFICE_PARTS,
  DEATH_WORDS,
  NOT_STATE_OFFICE,
  OFFICE_NAMES,
  OPENERS_OF_THE_SAME_PERSON,
  RELATIONAL_OFFICES,
  SHARED_OFFICE,
  STATE_OFFICE_ENDINGS,
  TELLING_WORDS,
} from "./data/offices";
import { display, fullName, nameGap, personDistractors, sentence, usesFullName } from "./persons";
import { type FamilyShare, shareOf, WHOLE_FAMILY } from "./share";

/** Fewer wrong options than this, and "Wer ist laut Text Präsident?" is a coin toss between two names. */
const MIN_ROLE_DISTRACTORS = 2;
/**
 * An office asked as such ("Wer ist laut Text Premierminister?", "X ist Premierminister.") weighs this much of the fact:
 * a role label to look up, which fills a quiz up and never stands above a claim. Even of a lead's main actor it stays below
 * MIN_SALIENCE (src/bank/quiz.ts): the blind readings up to round 39 judged such statements worth asking 0.46 of 4 from that
 * salience on, 0.39 of 14 below it, claims 0.8 from it on.
 */
const OFFICE_LOOKUP = 0.5;
/**
 * A true statement of the office ("Angela Merkel ist deutsche Kanzlerin.") repeats the label printed next to
 * the name, often one the learner knows anyway: the blind readings judged about 1 in 5 worth asking, against
 * about half of the false ones, which give a main actor another actor's office and so ask who is who. The true
 * one weighs this much of an office lookup: where the false one exists, the quiz asks it instead, and otherwise
 * the true one only fills a quiz up.
 */
const TRUE_OFFICE_STATEMENT = 0.7;
/** A spokesperson's office is no fact about the story (rubric: not worth asking). */
const SPOKESPERSON = /sprecher(?:in)?$/iu;

/** A colleague in office, not in a party or group ("Parteikollege"). */
const SAME_OFFICE_RELATION = /^(?:amts)?kolleg(?:e|en|in|innen)$/iu;

/**
 * The office as it can follow "ist": "britischer Verteidigungsminister". A colleague holds the office
 * of the person compared with, with the colleague's own qualifier: "sein US-Kollege" + "Außenminister"
 * is "US-Außenminister", "niederländischer Amtskollege" is "niederländischer Außenminister".
 */
const office = perFact((_doc: DocContext, person: PersonFact): string | undefined => {
  let role = person.role;
  if (role && isRelationalRole(role)) {
    const words = role.trim().split(/\s+/u);
    const relation = words.pop()!;
    const prefix = relation.includes("-") ? relation.slice(0, relation.lastIndexOf("-") + 1) : "";
    // "Amtskollege", "US-Kollege" hold the same office; a "Parteikollege" or "Fraktionskollege" only belongs to the same party.
    const sameOffice = SAME_OFFICE_RELATION.test(relation.slice(prefix.length));
    role = person.impliedRole && sameOffice ? [...words, prefix + person.impliedRole].join(" ") : undefined;
  }
  const predicative = role ? predicativeRole(role) : undefined;
  return predicative && isOffice(predicative) ? predicative : undefined;
});

/** A capitalised word with genitive s. */
const CAPITALISED_GENITIVE = /^\p{Lu}\p{L}*s$/u;

/**
 * Whether a role reads as an office: a role noun ("Präsident", "US-Außenministerin") with only
 * adjectives or a genitive name before it ("britischer", "Frankreichs"), not a stray verb or
 * preposition the extractor took along ("kündigte Infrastrukturminister", "allem Ministerpräsident").
 */
function isOffice(role: string): boolean {
  const words = role.split(/\s+/u);
  const head = words.findIndex((word) => roleForms(word) !== undefined);
  if (head === -1) return false;
  return words.slice(0, head).every((word) => isAdjectiveLike(word) || CAPITALISED_GENITIVE.test(word));
}

/**
 * Whether an office that belongs to a body ("Mitgründer", "CEO", "Landesgeschäftsführer") is given without it: no
 * complement after the noun ("Mitgründer der Google-Tochter DeepMind"), no owner in the genitive before it ("Apples
 * Chef"), and in the compound only a rank or the kind of body ("Vize-Chefin", "Parteichef"; "Siemens-Chef" names
 * it). Such an office names nobody's post: "Tim Cook ist CEO." is no statement about the text.
 */
function lacksItsBody(role: string): boolean {
  if (stateOffice(role)) return false;
  const words = role.split(/\s+/u);
  const head = words.findIndex((word) => roleForms(word) !== undefined);
  if (head === -1 || head < words.length - 1 || words.slice(0, head).some((word) => CAPITALISED_GENITIVE.test(word))) return false;
  const noun = words[head]!.toLowerCase();
  const relation = RELATIONAL_OFFICES.find((ending) => noun.endsWith(ending));
  if (relation === undefined) return false;
  let modifier = noun.slice(0, noun.length - relation.length);
  while (modifier !== "") {
    const part = BODILESS_OFFICE_PARTS.find((candidate) => modifier.startsWith(candidate));
    if (part === undefined) return false;
    modifier = modifier.slice(part.length).replace(/^s?-?/u, "");
  }
  return true;
}

/** The office in the person's gender where the text tells it: "Anna Berg ist Ministerpräsidentin", never "Ministerpräsident". */
/** An office of state or government ("Außenministerin", "US-Präsident"), not one of a party or company ("Parteichef"). */
function stateOffice(role: string): boolean {
  const lower = role.toLowerCase();
  return !NOT_STATE_OFFICE.test(lower) && STATE_OFFICE_ENDINGS.some((ending) => lower.endsWith(ending));
}

/**
 * Whether the text, by giving a person `held`, shows that they do not hold `other`: only between two
 * offices of state, which one person does not hold at once ("Erdogan ist Parteichef" is no lie where the
 * text only calls him Präsident).
 */
export function excludes(held: string, other: string): boolean {
  return stateOffice(held) && stateOffice(other) && !mayBeOneOffice(held, other);
}

/** The head noun of an office in the masculine, lower case: "amtierender Premier" "premier", "US-Präsidentin" "präsident". */
function headNoun(role: string): string {
  let head = headNouns.get(role);
  if (head === undefined) {
    const last = role.trim().split(/\s+/u).pop() ?? role;
    const noun = last.slice(last.lastIndexOf("-") + 1);
    head = (roleForms(noun)?.masculine ?? noun).toLowerCase();
    // Offices of pasted texts are many over an isolate's life: the cache only needs those of one bank.
    if (headNouns.size >= MAX_CACHED_OFFICES) headNouns.clear();
    headNouns.set(role, head);
  }
  return head;
}

/** headNoun() once per office: mayBeOneOffice compares every pair of persons. */
const headNouns = new Map<string, string>();
const MAX_CACHED_OFFICES = 2000;

/**
 * Whether two offices of different head nouns may be one: one is a generic word for the other
 * ("Staatschef" for "Präsident") or both name one office ("Premier", "Ministerpräsident"). Offices of
 * one head noun are told apart by their qualifiers ("deutscher Kanzler", "Kanzler") as before.
 */
export function mayBeOneOffice(a: string, b: string): boolean {
  const headA = headNoun(a);
  const headB = headNoun(b);
  const namesA = OFFICE_NAMES[headA];
  const namesB = OFFICE_NAMES[headB];
  if (headA === headB || namesA === undefined || namesB === undefined) return false;
  return namesB.includes(namesA[0]!) || namesA.includes(namesB[0]!);
}

function officeOf(person: PersonFact, role: string): string {
  return person.gender ? roleInGender(role, person.gender) : role;
}

/**
 * Whether `holder` could be meant by a question about `asked`: a "Bundesaußenminister" or a
 * "US-Außenminister" is also an "Außenminister".
 */
function holds(doc: DocContext, holder: PersonFact, asked: string): boolean {
  return lowerOffice(doc, holder)?.endsWith(asked.toLowerCase()) ?? false;
}

/** holds(), also where the office is the bare noun in the other gender: a "deutsche Kanzlerin" is no false "Kanzlerin" for the text's "Kanzler". */
function holdsInEitherGender(doc: DocContext, holder: PersonFact, office: string): boolean {
  if (holds(doc, holder, office)) return true;
  const held = lowerOffice(doc, holder);
  return held !== undefined && !/[\s-]/u.test(office) && headNoun(held) === headNoun(office);
}

/** The office's noun without its country ("außenminister" of "Bundesaußenminister" and of "US-Außenministerin"). */
const officeNoun = (role: string) => roleHead(headNoun(role));

/**
 * "Angela Merkel ist serbische Premierministerin.": another office of another country, where both name their
 * countries, is false twice over and answered from general knowledge. The same office of another country
 * ("Blinken ist Bundesaußenminister" for "sein US-Kollege Blinken") asks which country's it is: a reading of the text.
 */
function anotherCountrysOtherOffice(person: PersonFact, role: string, other: PersonFact, otherOffice: string): boolean {
  return person.country !== other.country && officeNoun(role) !== officeNoun(otherOffice) && namesCountry(role) && namesCountry(otherOffice);
}

/** The role prefixes that imply a nationality ("bundes"), listed once: namesCountry looks at every word of two offices per pair of persons. */
const NATIONALITY_PREFIXES = Object.keys(IMPLIED_NATIONALITY_ROLE_PREFIXES);

/** Whether an office names its country ("serbischer Premier", "Israels Ministerpräsident", "US-Außenminister", "Bundesaußenminister"). */
function namesCountry(role: string): boolean {
  return role.split(/\s+/u).some((word) => {
    const lower = word.toLowerCase();
    return (
      isCountryAdjective(lower) ||
      (CAPITALISED_GENITIVE.test(word) && countryCodeOfName(word) !== undefined) ||
      /^\p{Lu}{2}-/u.test(word) ||
      NATIONALITY_PREFIXES.some((prefix) => lower.startsWith(prefix))
    );
  });
}

/** office() in lower case, once per person: holds() compares every pair of persons. */
const lowerOffice = perFact((doc: DocContext, person: PersonFact) => office(doc, person)?.toLowerCase());

/**
 * Where the text states the role, next to a mention of the person: as the role reads, or with the endings of the
 * genitive or dative the text gives it in ("des neuen Bürgermeisters Andreas Rabl" for "neue Bürgermeister", "des
 * Staatssekretärs im Berliner Arbeitsministerium, Thorben Albrecht").
 */
function roleSpan(doc: DocContext, person: PersonFact): Span | undefined {
  const role = person.role!;
  let inflected: RegExp | undefined;
  for (const mention of person.mentions) {
    const from = Math.max(0, mention.start - role.length - 60);
    const near = doc.text.slice(from, mention.end + role.length + 60);
    let at = near.indexOf(role);
    let length = role.length;
    if (at === -1) {
      inflected ??= inflectedRole(role);
      const found = inflected.exec(near);
      if (found === null) continue;
      at = found.index;
      length = found[0].length;
    }
    const span = { start: Math.min(from + at, mention.start), end: Math.max(from + at + length, mention.end) };
    if (isProse(doc, span)) return span;
  }
  return undefined;
}

/** The role's words, each with an ending of the genitive or dative the text may add ("neuen", "Bürgermeisters"), as whole words. */
const inflectedRole = (role: string) =>
  new RegExp(
    `(?<!\\p{L})${role
      .split(/\s+/u)
      .map((word) => `${word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?:n|s|es|en)?`)
      .join("\\s+")}(?!\\p{L})`,
    "u",
  );

const UPPER_FIRST = /^\p{Lu}/u;

/** A role whose head noun is feminine ("Außenministerin", "britische Premierministerin"). */
function isFeminineRole(role: string): boolean {
  return /in$/u.test(role.split(/\s+/u).find((word) => UPPER_FIRST.test(word) && !/s$/u.test(word)) ?? role);
}

const DEATH = new RegExp(`(?<!\\p{L})(?:${DEATH_WORDS.map((words) => words.replace(" ", "\\s+")).join("|")})(?!\\p{L})`, "u");

const TELLING = new RegExp(`(?<!\\p{L})(?:${TELLING_WORDS.join("|")})(?!\\p{L})`, "u");

/** The article's sentences that tell of a death ("Die Künstlerin starb am Sonntag."), by their text, not as someone's words. */
const deathSentences = perDocument((doc: DocContext) =>
  doc.sentences
    .map((each, index) => ({ index, text: doc.text.slice(each.start, each.end) }))
    .filter((each) => DEATH.test(each.text) && !TELLING.test(each.text)),
);

/**
 * Whether the text tells the person has died: a sentence of a death names them, or opens with a pronoun or an article
 * right after a sentence that names them and names no other person ("Helga Brandstätter ... Die Künstlerin starb ...").
 */
const diedInText = perFact((doc: DocContext, person: PersonFact): boolean =>
  deathSentences(doc).some(({ index, text }) => {
    // Nobody else named in the sentence: "Lehner fand Huber tot auf" says it of one of two.
    const others = doc.facts.persons.filter((other) => other.surname !== person.surname);
    if (others.some((other) => text.includes(other.surname))) return false;
    if (text.includes(person.surname)) return true;
    const before = doc.sentences[index - 1];
    if (!before || !OPENERS_OF_THE_SAME_PERSON.has(text.split(" ", 1)[0]!)) return false;
    return doc.text.slice(before.start, before.end).includes(person.surname);
  }),
);

export function roleQuestions(doc: DocContext, pool: Pool, share: FamilyShare = WHOLE_FAMILY): Question[] {
  const questions: (Question | undefined)[] = [];
  const persons = doc.facts.persons.filter((person) => office(doc, person) !== undefined && !SPOKESPERSON.test(office(doc, person)!));
  // Each person's office, looked up once: the statements compare every pair of persons.
  const offices = persons.map((person) => office(doc, person)!);
  // Whether an office is feminine, asked for every pair of persons.
  const feminineByRole = new Map<string, boolean>();
  const feminine = (role: string) => {
    let isFeminine = feminineByRole.get(role);
    if (isFeminine === undefined) {
      isFeminine = isFeminineRole(role);
      feminineByRole.set(role, isFeminine);
    }
    return isFeminine;
  };
  // Who holds an office, as the options show them (by full name or surname): the same for every person asked about.
  const shownHolders = new Map<boolean, Set<string>>();
  const officeHoldersShown = (full: boolean) => {
    let shown = shownHolders.get(full);
    if (!shown) {
      shown = new Set(pool.persons.filter((entry) => office(doc, entry.person) !== undefined).map((entry) => display(entry.person, full)));
      shownHolders.set(full, shown);
    }
    return shown;
  };
  // The share's persons, each with the index of their office (offices), against everyone's.
  const asked = shareOf(
    persons.map((person, index) => ({ person, index })),
    share,
  );
  for (const { person, index } of asked) {
    const role = offices[index]!;
    const span = roleSpan(doc, person);
    const evidence = span ? evidenceFor(doc, span) : undefined;
    if (!evidence) continue;
    // The office must name this person alone: nobody else in the text may hold it.
    if (doc.facts.persons.some((other) => other.surname !== person.surname && holds(doc, other, role))) continue;
    const common = {
      documentId: doc.id,
      topic: "person_role" as const,
      key: person.surname,
      fact: `role:${person.surname}`,
      salience: salienceOf(doc, "person_role", evidence, { persons: [person] }),
      evidence,
    };
    const full = usesFullName(person);
    // "Helga Brandstätter starb am Sonntag": her office is what she was, not what she is.
    const is = diedInText(doc, person) ? "war" : "ist";
    // A "Staatschefin" may be the "Präsidentin" asked about: no wrong option either.
    const mayHold = (other: PersonFact) => holds(doc, other, role) || mayBeOneOffice(lowerOffice(doc, other) ?? role, role);
    const holderNames = new Set(pool.persons.filter((entry) => mayHold(entry.person)).map((entry) => display(entry.person, full)));
    // Wrong options hold another office (attackers are no candidates for "Innenminister"), so the
    // question asks who holds which office, not who holds any; "Wer ist Präsidentin?" among men would
    // answer itself: the options share the answer's gender.
    const officeHolders = officeHoldersShown(full);
    const distractors = personDistractors(doc, pool, person, (other) => !mayHold(other), full, undefined, true).filter(
      (choice) => !holderNames.has(choice.text) && officeHolders.has(choice.text),
    );
    // Who holds which office is a look-up, not what happened: asked where the person is a main actor.
    const lookupSalience = Math.round(common.salience * OFFICE_LOOKUP * 1000) / 1000;
    // The questions' common parts as literals, not spreads of `common`: a spread of a spread took V8's slow path (src/generate/build.ts).
    const { documentId, topic, key, fact } = common;
    // "Wer ist laut Text CEO?", "Tim Cook ist CEO.": an office without its body is asked only as the gap of its sentence, a name to find.
    const withoutBody = lacksItsBody(role);
    // A seat many hold at once ("Abgeordneter"): the other persons may hold one too, the text cannot rule them out.
    if (!withoutBody && distractors.length >= MIN_ROLE_DISTRACTORS && !SHARED_OFFICE.test(role.split(/\s+/u).pop() ?? role))
      questions.push(
        single(
          { documentId, topic, key, fact, salience: lookupSalience, evidence, stem: `Wer ${is} laut Text ${officeOf(person, role)}?` },
          { text: display(person, full) },
          distractors,
        ),
      );
    // The office as a gap in its sentence ("Präsidentin ___ begrüßte ..."): possible also where the text names nobody else.
    questions.push(nameGap(doc, person, span!, common));
    if (withoutBody) continue;

    // A statement that is true, or one that gives the person the office of someone else in the same text.
    // Another person's office, in the same grammatical gender: "Anna Berg ist Ministerpräsident." would
    // give itself away as false by its grammar.
    // Where the person's gender is not known, only an office of the same grammatical gender can be
    // borrowed; where it is, the borrowed office takes the person's gender.
    const others = persons.filter(
      (other, otherIndex) =>
        other.surname !== person.surname &&
        !holdsInEitherGender(doc, person, offices[otherIndex]!) &&
        excludes(role, offices[otherIndex]!) &&
        (person.gender !== undefined || feminine(offices[otherIndex]!) === feminine(role)) &&
        !anotherCountrysOtherOffice(person, role, other, offices[otherIndex]!),
    );
    const swapped = others[hash(doc.id, person.surname, "role") % Math.max(1, others.length)];
    const name = fullName(person);
    const truth = sentence(`${name} ${is} ${officeOf(person, role)}.`);
    const trueSalience = Math.round(common.salience * OFFICE_LOOKUP * TRUE_OFFICE_STATEMENT * 1000) / 1000;
    questions.push(trueFalse({ documentId, topic, key, fact, salience: trueSalience, evidence, stem: STATEMENT_STEM }, truth, true));
    if (swapped) {
      questions.push(
        trueFalse(
          {
            documentId,
            topic,
            key: `${person.surname}:false`,
            fact,
            alsoAbout: [`role:${swapped.surname}`],
            salience: lookupSalience,
            evidence,
            stem: STATEMENT_STEM,
          },
          sentence(`${name} ${is} ${officeOf(person, office(doc, swapped)!)}.`),
          false,
          truth,
        ),
      );
    }
  }
  return questions.filter((question): question is Question => question !== undefined);
}
