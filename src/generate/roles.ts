/** What office a person holds according to the text: "Wer ist laut Text irakischer Premierminister?" */
import type { Question } from "../bank/schema";
import type { PersonFact, Span } from "../extract/types";
import { single, STATEMENT_STEM, trueFalse } from "./build";
import { type DocContext, evidenceFor, isProse, type Pool } from "./context";
import { isRelationalRole, predicativeRole } from "./german";
import { hash } from "./ids";
import { salienceOf } from "./salience";
import { display, fullName, personDistractors, sentence, usesFullName } from "./persons";

const offices = new WeakMap<PersonFact, string | undefined>();

/**
 * The office as it can follow "ist": "britischer Verteidigungsminister". A colleague holds the office
 * of the person compared with, with the colleague's own qualifier: "sein US-Kollege" + "Außenminister"
 * is "US-Außenminister", "niederländischer Amtskollege" is "niederländischer Außenminister".
 */
function office(person: PersonFact): string | undefined {
  if (!offices.has(person)) {
    let role = person.role;
    if (role && isRelationalRole(role)) {
      const words = role.trim().split(/\s+/u);
      const relation = words.pop()!;
      const prefix = relation.includes("-") ? relation.slice(0, relation.lastIndexOf("-") + 1) : "";
      role = person.impliedRole ? [...words, prefix + person.impliedRole].join(" ") : undefined;
    }
    offices.set(person, role ? predicativeRole(role) : undefined);
  }
  return offices.get(person);
}

/**
 * Whether `holder` could be meant by a question about `asked`: a "Bundesaußenminister" or a
 * "US-Außenminister" is also an "Außenminister".
 */
function holds(holder: PersonFact, asked: string): boolean {
  return office(holder)?.toLowerCase().endsWith(asked.toLowerCase()) ?? false;
}

/** Where the text states the role, next to a mention of the person. */
function roleSpan(doc: DocContext, person: PersonFact): Span | undefined {
  const role = person.role!;
  for (const mention of person.mentions) {
    const from = Math.max(0, mention.start - role.length - 60);
    const at = doc.text.slice(from, mention.end + role.length + 60).indexOf(role);
    if (at === -1) continue;
    const span = { start: Math.min(from + at, mention.start), end: Math.max(from + at + role.length, mention.end) };
    if (isProse(doc, span)) return span;
  }
  return undefined;
}

/** A role whose head noun is feminine ("Außenministerin", "britische Premierministerin"). */
function isFeminineRole(role: string): boolean {
  return /in$/u.test(role.split(/\s+/u).find((word) => /^\p{Lu}/u.test(word) && !/s$/u.test(word)) ?? role);
}

export function roleQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: (Question | undefined)[] = [];
  const persons = doc.facts.persons.filter((person) => office(person) !== undefined);
  for (const person of persons) {
    const role = office(person)!;
    const span = roleSpan(doc, person);
    const evidence = span ? evidenceFor(doc, span) : undefined;
    if (!evidence) continue;
    // The office must name this person alone: nobody else in the text may hold it.
    if (doc.facts.persons.some((other) => other.surname !== person.surname && holds(other, role))) continue;
    const common = {
      documentId: doc.id,
      topic: "person_role" as const,
      key: person.surname,
      fact: `role:${person.surname}`,
      salience: salienceOf(doc, "person_role", evidence, { persons: [person] }),
      evidence,
    };
    const full = usesFullName(person);
    const holderNames = new Set(pool.persons.filter((entry) => holds(entry.person, role)).map((entry) => display(entry.person, full)));
    const distractors = personDistractors(doc, pool, person, (other) => !holds(other, role)).filter((choice) => !holderNames.has(choice.text));
    questions.push(single({ ...common, stem: `Wer ist laut Text ${role}?` }, { text: display(person, full) }, distractors));

    // A statement that is true, or one that gives the person the office of someone else in the same text.
    // Another person's office, in the same grammatical gender: "Anna Berg ist Ministerpräsident." would
    // give itself away as false by its grammar.
    const others = persons.filter(
      (other) => other.surname !== person.surname && !holds(person, office(other)!) && isFeminineRole(office(other)!) === isFeminineRole(role),
    );
    const swapped = others[hash(doc.id, person.surname, "role") % Math.max(1, others.length)];
    const name = fullName(person);
    questions.push(trueFalse({ ...common, stem: STATEMENT_STEM }, sentence(`${name} ist ${role}.`), true));
    if (swapped) {
      questions.push(
        trueFalse(
          { ...common, key: `${person.surname}:false`, alsoAbout: [`role:${swapped.surname}`], stem: STATEMENT_STEM },
          sentence(`${name} ist ${office(swapped)}.`),
          false,
          sentence(`${name} ist ${role}.`),
        ),
      );
    }
  }
  return questions.filter((question): question is Question => question !== undefined);
}
