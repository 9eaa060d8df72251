/**
 * Accusations, charges and investigations against a named person: what a teacher asks about a crime, court or scandal
 * report. "Darüber hinaus wird dem Unternehmer Karl Huber vorgeworfen, ... zu haben.", "Die Staatsanwaltschaft ermittelt
 * gegen Karl Huber wegen Untreue.", "Gegen Karl Huber laufen Ermittlungen.", "Huber muss sich wegen Betrugs vor Gericht
 * verantworten.", "Huber habe ... aufgerufen, so der Vorwurf." Asked as a choice of persons ("Wem wird laut Text
 * vorgeworfen, ...?", "Gegen wen ermittelt laut Text ...?") and as a true statement restated with "Laut Text" beside its
 * false twin with another person of the text. The charge stays as the text gives it and stays reported: "soll",
 * "habe ..., so der Vorwurf" become "Laut Text wird X vorgeworfen, ...", never a deed told as a fact.
 */
import type { Question } from "../bank/schema";
import type { PersonFact, Span } from "../extract/types";
import { foldSpaces } from "../bank/text";
import { backReferences } from "./backrefs";
import { type Choice, deniedTwins, single, STATEMENT_STEM, trueFalse } from "./build";
import { FIRST_PERSON, NEGATED } from "./compoundpast";
import { type DocContext, evidenceFor, namings, type Pool, perDocument } from "./context";
import { ACCUSATION_STEMS, CHARGE_NOUNS, PROCEEDING_STEMS, PROCEEDING_VERBS, VERBS_AFTER_AGAINST } from "./data/accusations";
import { display, personDistractors, sameGender, usesFullName } from "./persons";
import { salienceOf } from "./salience";

/** A sentence worth the shapes below holds one of these words (most sentences hold none: the cheap test first). */
const ACCUSATION_WORD = new RegExp(`(?:${ACCUSATION_STEMS.join("|")})`, "iu");
const PROCEEDING_WORD = new RegExp(`(?:${PROCEEDING_STEMS.join("|")})`, "iu");
/** Marks that break the plain clauses read here: quotes, brackets beyond a short one after a name, colons, dashes. */
const CLAUSE_BREAKING_MARK = /[;:–—„“"«»]/u;
/** A pronoun that stands for someone a statement read alone does not name. */
const THIRD_PERSON = /(?<!\p{L})(?:er|ihm|ihn|ihnen)(?!\p{L})/u;

/** What the shapes need: no comma inside a phrase, no quote or bracket. */
const PLAIN = '[^,;:„“"«»()]';
/** An infinitive clause closing a charge ("... falsch wiedergegeben zu haben", "... zu veruntreuen", "... abzuzweigen"). */
const CHARGE = `(${PLAIN}+?(?:\\szu\\s\\p{Ll}+|\\s\\p{Ll}+zu\\p{Ll}+en)(?:\\s(?:und|oder)\\s${PLAIN}+?\\szu\\s\\p{Ll}+)?)`;
/** Adverbs between the auxiliary or name and "vorgeworfen" that a restatement may drop. */
const ADVERBS = "(?:(?:zudem|auch|außerdem|ferner|nun|jetzt|unter\\sanderem|konkret)\\s)?";

/**
 * A role before the name ("dem ehemaligen Unternehmer", "den früheren Premier", "den Chef der rechten Bewegung"): the
 * name alone is shown.
 */
const ROLE_BEFORE =
  /(?:^|\s)((?:(?:[Dd]em|[Dd]er|[Dd]en|[Dd]ie)\s(?:[\p{Ll}\d-]+\s){0,3})?(?:(?!(?:Gegen|Laut|Auch|Nach|Bei|Mit|Für|Von|Vor|Seit|Wegen|Dem|Der|Den|Die|Das)\s)\p{Lu}[\p{L}-]*\s(?:(?:der|des)\s(?:\p{Ll}+\s){0,3}\p{Lu}[\p{L}-]*\s)?)?)$/u;
/** Another accused beside the name ("gegen Huber und zwei Mitarbeiter", "Huber sowie seiner Frau"): not one person's charge. */
const JOINED_AFTER = /^(?:\s(?:und|oder|sowie)\s|,)/u;
const JOINED_BEFORE = /(?:\s(?:und|oder|sowie)|,)\s$/u;
/** "zudem", "auch" before the charge: another charge told before, which a restatement leaves out. */
const ADDITIVE = /(?<!\p{L})(?:zudem|außerdem|ebenfalls|auch)\s/gu;
/** A definite description of a person ("die Ministerin", "dem früheren Bürgermeister") and its head noun. */
const DESCRIPTION = /(?<!\p{L})(?:[Dd]em|[Dd]er|[Dd]ie|[Dd]en)\s(?:\p{Ll}+\s){0,3}(\p{Lu}\p{Ll}{4,})(?=[\s,.])/gu;
/** A role set before the name by a comma ("den Bürgermeister von Weiz, Hans Lechner, ..."). */
const APPOSED_ROLE_BEFORE = /(?:^|\s)((?:[Dd]en|[Dd]em|[Dd]er|[Dd]ie)\s[^,;:„“"«»()]{3,60},\s)$/u;
/** A short bracket after the name ("Karl Huber (ÖVP)"): left out with the name. */
const BRACKET_AFTER = /^\s\([^()]{1,20}\)/u;

/** "Darüber hinaus wird ___ vorgeworfen, ... zu haben." */
const REPROACH_PASSIVE_BEFORE = new RegExp(`^(?:${PLAIN}+\\s)?(wird|wurde)\\s${ADVERBS}$`, "u");
const REPROACH_PASSIVE_AFTER = new RegExp(`^\\s${ADVERBS}vorgeworfen,\\s${CHARGE}\\.$`, "u");
/** "___ wird vorgeworfen, ... zu haben." */
const REPROACH_NAME_FIRST_AFTER = new RegExp(`^\\s(wird|wurde)\\s${ADVERBS}vorgeworfen,\\s${CHARGE}\\.$`, "u");
/** "Die Staatsanwaltschaft wirft ___ vor, ... zu haben." / "Die Anklage wirft ___ Betrug vor." */
const ACCUSER = "((?:Die|Der|Das)\\s(?:\\p{Ll}+\\s){0,2}\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?(?:\\s\\([^()]{1,12}\\))?)";
const REPROACH_ACTIVE_BEFORE = new RegExp(`^${ACCUSER}\\s(wirft|warf|werfen|warfen)\\s$`, "u");
const REPROACH_ACTIVE_INFINITIVE = new RegExp(`^\\s${ADVERBS}vor,\\s${CHARGE}\\.$`, "u");
const REPROACH_ACTIVE_NOUN = new RegExp(`^\\s(${PLAIN}+?)\\svor\\.$`, "u");
/** "Die Staatsanwaltschaft ermittelt (wegen Untreue) gegen ___ (wegen Untreue)." / "... erhob Anklage gegen ___." */
const PROCEEDING_BEFORE = new RegExp(`^${ACCUSER}\\s(\\p{Ll}+)\\s((?:${PLAIN}+\\s)?)gegen\\s$`, "u");
const REST_OF_CLAUSE = new RegExp(`^((?:\\s${PLAIN}+)?)\\.$`, "u");
/** "Gegen ___ laufen Ermittlungen wegen Korruption." */
const AGAINST_FIRST_AFTER = new RegExp(`^\\s(\\p{Ll}+)\\s(${PLAIN}+)\\.$`, "u");
/** "___ muss sich wegen Betrugs vor Gericht verantworten." */
const ANSWER_IN_COURT_AFTER = new RegExp(`^\\s(muss|müssen|musste|mussten)\\ssich\\s(${PLAIN}+?)\\sverantworten\\.$`, "u");
/** "Seit Montag muss sich ___ wegen Betrugs verantworten.": a time, place or reason before the verb, the name after "sich". */
const ANSWER_IN_COURT_BEFORE = new RegExp(`^(${PLAIN}+?)\\s(muss|müssen|musste|mussten)\\ssich\\s$`, "u");
const ANSWER_IN_COURT_REST = new RegExp(`^\\s(${PLAIN}+?)\\sverantworten\\.$`, "u");
/** Openers of a fore-field that read in small letters inside a question ("seit Montag", "vor dem Landesgericht"). */
const SMALL_OPENERS: ReadonlySet<string> = new Set([
  "Seit",
  "Ab",
  "Am",
  "Im",
  "Vor",
  "Wegen",
  "In",
  "Nach",
  "Bei",
  "Heute",
  "Gestern",
  "Nun",
  "Jetzt",
  "Erneut",
  "Bereits",
]);
/** "___ ist wegen Untreue angeklagt." / "___ wurde wegen Betrugs angeklagt." */
const CHARGED_AFTER = new RegExp(`^\\s(ist|war|wird|wurde)\\s(${PLAIN}+?\\s)?angeklagt\\.$`, "u");
/** "___ wird beschuldigt, ... zu haben." */
const SUSPECTED_AFTER = new RegExp(`^\\s(wird|wurde)\\s${ADVERBS}(beschuldigt|verdächtigt),\\s${CHARGE}\\.$`, "u");
/** "___ habe in Postings zu Gewalt aufgerufen, so der Vorwurf." */
const SO_THE_CHARGE_AFTER = new RegExp(
  `^\\s(habe|hätte|sei|wäre)\\s(${PLAIN}+?)\\s(\\p{Ll}+(?:t|en)),\\sso\\s(?:der|die)\\s(?:\\p{Ll}+\\s)?(?:${CHARGE_NOUNS.join("|")})\\.$`,
  "u",
);

/** What a shape makes of a sentence: the question's stem and the statement with a name in the accused's place. */
interface Accusation {
  /** Whether the accused stands in the dative or after "gegen" ("wird dem X vorgeworfen", "Gegen X laufen ..."), not as the subject. */
  object?: boolean;
  stem: string;
  stated: (name: string) => string;
}

/** An article opening a subject, in small letters inside a question ("Gegen wen ermittelt laut Text die Staatsanwaltschaft?"). */
const inside = (subject: string) => subject.replace(/^(?:Die|Der|Das)(?=\s)/u, (article) => article.toLowerCase());
const spaced = (words: string) => (words === "" ? "" : ` ${words.trim()}`);

/** The sentence around the accused's name (its words before and after) in one of the shapes, or undefined. */
function accusationShape(before: string, after: string): Accusation | undefined {
  if (before === "") {
    const reproached = REPROACH_NAME_FIRST_AFTER.exec(after);
    if (reproached) return reproach(reproached[1]!, reproached[2]!);
    const court = ANSWER_IN_COURT_AFTER.exec(after);
    if (court) {
      const [, verb, middle] = court as unknown as [string, string, string];
      return { stem: `Wer ${verb} sich laut Text ${middle} verantworten?`, stated: (name) => `Laut Text ${verb} sich ${name} ${middle} verantworten.` };
    }
    const charged = CHARGED_AFTER.exec(after);
    if (charged) {
      const [, verb, middle = ""] = charged as unknown as [string, string, string?];
      return { stem: `Wer ${verb} laut Text ${middle}angeklagt?`, stated: (name) => `Laut Text ${verb} ${name} ${middle}angeklagt.` };
    }
    const suspected = SUSPECTED_AFTER.exec(after);
    if (suspected) {
      const [, verb, participle, charge] = suspected as unknown as [string, string, string, string];
      return { stem: `Wer ${verb} laut Text ${participle}, ${charge}?`, stated: (name) => `Laut Text ${verb} ${name} ${participle}, ${charge}.` };
    }
    const soTheCharge = SO_THE_CHARGE_AFTER.exec(after);
    if (soTheCharge) {
      const [, auxiliary, middle, participle] = soTheCharge as unknown as [string, string, string, string];
      const infinitive = auxiliary === "habe" || auxiliary === "hätte" ? "haben" : "sein";
      return reproach("wird", `${middle} ${participle} zu ${infinitive}`);
    }
    return undefined;
  }
  if (before === "Gegen ") {
    const against = AGAINST_FIRST_AFTER.exec(after);
    if (!against || !VERBS_AFTER_AGAINST.has(against[1]!) || !PROCEEDING_WORD.test(`${against[1]} ${against[2]}`)) return undefined;
    const [, verb, rest] = against as unknown as [string, string, string];
    return { object: true, stem: `Gegen wen ${verb} laut Text ${rest}?`, stated: (name) => `Laut Text ${verb} gegen ${name} ${rest}.` };
  }
  const fronted = ANSWER_IN_COURT_BEFORE.exec(before);
  const court = fronted && ANSWER_IN_COURT_REST.exec(after);
  if (fronted && court) {
    const [, forefield, verb] = fronted as unknown as [string, string, string];
    const opener = forefield.slice(0, forefield.indexOf(" ") < 0 ? undefined : forefield.indexOf(" "));
    if (!SMALL_OPENERS.has(opener)) return undefined;
    const inQuestion = `${opener.toLowerCase()}${forefield.slice(opener.length)}`;
    const middle = court[1]!;
    return {
      stem: `Wer ${verb} sich laut Text ${inQuestion} ${middle} verantworten?`,
      stated: (name) => `Laut Text ${verb} sich ${name} ${inQuestion} ${middle} verantworten.`,
    };
  }
  const passive = REPROACH_PASSIVE_BEFORE.exec(before);
  const reproached = passive && REPROACH_PASSIVE_AFTER.exec(after);
  if (passive && reproached) return reproach(passive[1]!, reproached[1]!);
  const active = REPROACH_ACTIVE_BEFORE.exec(before);
  if (active) {
    const [, accuser, verb] = active as unknown as [string, string, string];
    const infinitive = REPROACH_ACTIVE_INFINITIVE.exec(after);
    if (infinitive) {
      const charge = infinitive[1]!;
      return {
        object: true,
        stem: `Wem ${verb} laut Text ${inside(accuser)} vor, ${charge}?`,
        stated: (name) => `Laut Text ${verb} ${inside(accuser)} ${name} vor, ${charge}.`,
      };
    }
    const noun = REPROACH_ACTIVE_NOUN.exec(after);
    if (noun && !/^\s*(?:gegen|mit|in|im|bei)\s/u.test(noun[1]!)) {
      const charge = noun[1]!;
      return {
        object: true,
        stem: `Wem ${verb} laut Text ${inside(accuser)} ${charge} vor?`,
        stated: (name) => `Laut Text ${verb} ${inside(accuser)} ${name} ${charge} vor.`,
      };
    }
    return undefined;
  }
  const proceeding = PROCEEDING_BEFORE.exec(before);
  const rest = proceeding && REST_OF_CLAUSE.exec(after);
  if (!proceeding || !rest) return undefined;
  const [, subject, verb, middle] = proceeding as unknown as [string, string, string, string];
  const tail = rest[1]!;
  if (!PROCEEDING_VERBS.has(verb) || !PROCEEDING_WORD.test(`${verb} ${middle} ${tail}`)) return undefined;
  return {
    object: true,
    stem: `Gegen wen ${verb} laut Text ${inside(subject)}${spaced(middle)}${tail}?`,
    stated: (name) => `Laut Text ${verb} ${inside(subject)}${spaced(middle)} gegen ${name}${tail}.`,
  };
}

/** A charge told by "vorgeworfen": reported, as the text reports it. */
const reproach = (auxiliary: string, charge: string): Accusation => ({
  object: true,
  stem: `Wem ${auxiliary} laut Text vorgeworfen, ${charge}?`,
  stated: (name) => `Laut Text ${auxiliary} ${name} vorgeworfen, ${charge}.`,
});

/** The sentences that accuse someone, by their words: a person named in one is never the wrong answer for another. */
const accusingSentences = perDocument((doc: DocContext) => {
  const found: { span: Span; written: string }[] = [];
  for (const sentence of doc.sentences) {
    const raw = doc.text.slice(sentence.start, sentence.end);
    if (ACCUSATION_WORD.test(raw)) found.push({ span: sentence, written: foldSpaces(raw.trim()) });
  }
  return found;
});

const namedIn = (person: PersonFact, span: Span) => namings(person).some((naming) => naming.start >= span.start && naming.end <= span.end);

/** Whether the text accuses the person anywhere (or names them where it accuses someone). */
function namedInAccusation(doc: DocContext, person: PersonFact): boolean {
  return accusingSentences(doc).some((sentence) => namedIn(person, sentence.span));
}

const MIN_DISTRACTORS = 2;
const MAX_STEM_LENGTH = 200;

/** The accused's name in the sentence's words: where it starts with a role before it, and where it ends with a bracket after it. */
function nameIn(doc: DocContext, person: PersonFact, sentence: Span, written: string): { start: number; end: number } | undefined {
  for (const mention of person.mentions) {
    if (mention.start < sentence.start || mention.end > sentence.end) continue;
    const name = foldSpaces(doc.text.slice(mention.start, mention.end));
    const at = written.indexOf(name);
    if (at < 0 || written.indexOf(name, at + 1) >= 0) continue;
    const end = at + name.length;
    // "gegen den Bürgermeister von Weiz, Hans Lechner, wird ...": the role and both commas go with the name.
    const apposed = written.charAt(end) === "," ? APPOSED_ROLE_BEFORE.exec(written.slice(0, at)) : null;
    if (apposed) return { start: at - apposed[1]!.length, end: end + 1 };
    const role = ROLE_BEFORE.exec(written.slice(0, at));
    const bracket = BRACKET_AFTER.exec(written.slice(end));
    return { start: role ? at - role[1]!.length : at, end: end + (bracket ? bracket[0].length : 0) };
  }
  return undefined;
}

/** What follows a role's head noun ("Vorstandschef der Solar AG", "Bürgermeister von Weiz"). */
const ROLE_COMPLEMENT = /\s(?:der|des|von|vom|für|im|bei|beim)\s.*$/u;

/** A person's role, by its head noun in small letters ("gesundheitsministerin" of "frühere Gesundheitsministerin"). */
function roleHead(person: PersonFact): string {
  const role = (person.role ?? "").replace(ROLE_COMPLEMENT, "");
  return role.slice(role.lastIndexOf(" ") + 1).toLowerCase();
}

/**
 * The person a definite description in the sentence stands for ("Die Ministerin habe ...", "wird dem früheren
 * Bürgermeister vorgeworfen"): the one person of the text named before it whose role ends in its noun, as
 * "Gesundheitsministerin Giulia Bianchi" is "die Ministerin". None where two roles fit.
 */
function described(doc: DocContext, sentence: Span, written: string): { person: PersonFact; name: { start: number; end: number } }[] {
  for (const found of written.matchAll(DESCRIPTION)) {
    const noun = found[1]!.toLowerCase();
    const fitting = doc.facts.persons.filter((person) => roleHead(person).endsWith(noun));
    const person = fitting.length === 1 ? fitting[0]! : undefined;
    if (!person || !namings(person).some((naming) => naming.end <= sentence.start)) continue;
    const start = found.index + (found[0].startsWith(" ") ? 1 : 0);
    return [{ person, name: { start, end: found.index + found[0].length } }];
  }
  return [];
}

/**
 * Another person of the text whom it accuses of nothing, of the gender the accused has ("seinem Konzern" would tell,
 * and a "person" of unknown gender may be a misread phrase such as "Lechners Rücktritt").
 */
function wrongFor(doc: DocContext, person: PersonFact): (other: PersonFact) => boolean {
  return (other) => other.surname !== person.surname && other.gender !== undefined && sameGender(other, person) && !namedInAccusation(doc, other);
}

/** The names, full and short, of the persons of the pool whose gender is known: the only ones offered as wrong answers. */
const gendered = new WeakMap<Pool, ReadonlySet<string>>();
function genderedNames(pool: Pool): ReadonlySet<string> {
  let names = gendered.get(pool);
  if (!names) {
    const known = pool.persons.filter((entry) => entry.person.gender !== undefined).map((entry) => entry.person);
    names = new Set(known.flatMap((person) => [display(person, true), display(person, false)]));
    gendered.set(pool, names);
  }
  return names;
}

export function accusationQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: Question[] = [];
  for (const { span: sentence, written: asWritten } of accusingSentences(doc)) {
    // A denial ("Gegen X wird nicht ermittelt") has no charge to ask; the first person is a speaker's own words.
    if (CLAUSE_BREAKING_MARK.test(asWritten) || NEGATED.test(asWritten) || FIRST_PERSON.test(asWritten)) continue;
    const written = asWritten.replace(ADDITIVE, "");
    const named = doc.facts.persons.filter((person) => namedIn(person, sentence));
    const accused = named.length > 0 ? named.map((person) => ({ person, name: nameIn(doc, person, sentence, written) })) : described(doc, sentence, written);
    for (const { person, name } of accused) {
      if (!name) continue;
      const before = written.slice(0, name.start);
      const after = written.slice(name.end);
      if (JOINED_AFTER.test(after) || JOINED_BEFORE.test(before)) continue;
      const shape = accusationShape(before, after);
      if (!shape || shape.stem.length > MAX_STEM_LENGTH || THIRD_PERSON.test(shape.stem)) continue;
      const evidence = evidenceFor(doc, sentence);
      if (!evidence) continue;
      const full = usesFullName(person);
      const truth = shape.stated(display(person, full));
      if (backReferences(doc, truth, { at: evidence.start }).length > 0) continue;
      // Where the accused is the subject that claims.ts takes as the clause's actor ("Brandl wird vorgeworfen ...",
      // "Seit Montag muss sich Pichler ..."), it asks who already; not where the accused is an object after the
      // actor ("Darüber hinaus wird dem X vorgeworfen", "Gegen X sind ..."). Either way the clause is one fact.
      const action = doc.facts.actions.find((one) => one.clause.start >= sentence.start && one.clause.start < sentence.end);
      if (action?.person === person.surname && (!shape.object || name.start === 0)) continue;
      const common = {
        documentId: doc.id,
        topic: "action" as const,
        key: `${sentence.start}:accused:${person.surname}`,
        fact: action ? `action:${action.clause.start}` : `accusation:${sentence.start}`,
        salience: salienceOf(doc, "action", sentence, { persons: [person] }),
        evidence,
        moreEvidence: [],
      };
      const wrongHere = wrongFor(doc, person);
      const rival = doc.facts.persons.find(wrongHere);
      if (rival) {
        const falsehood = shape.stated(display(rival, full));
        if (!deniedTwins(truth, falsehood)) {
          questions.push(trueFalse({ ...common, key: `${common.key}:true`, stem: STATEMENT_STEM }, truth, true));
          questions.push(trueFalse({ ...common, key: `${common.key}:false`, stem: STATEMENT_STEM }, falsehood, false, truth));
        }
      }
      const distractors: Choice[] = personDistractors(doc, pool, person, wrongHere, full, undefined, true).filter((choice) =>
        genderedNames(pool).has(choice.text),
      );
      if (new Set(distractors.map((choice) => choice.text)).size < MIN_DISTRACTORS) continue;
      const choice = single({ ...common, key: `${common.key}:who`, stem: shape.stem }, { text: display(person, full) }, distractors);
      if (choice) questions.push(choice);
    }
  }
  return questions;
}
