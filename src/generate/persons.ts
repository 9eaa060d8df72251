/** Shared by the families about people: how a person is shown and which people are safe distractors. */
import type { PersonFact } from "../extract/types";
import type { Choice } from "./build";
import { type DocContext, type Pool, textMentions } from "./context";

/** People the text reports at the meeting: attendees and those who came in someone's place. */
export function isPresent(person: PersonFact): boolean {
  return person.attendance === "attended" || person.attendance === "representative";
}

/**
 * A name as shown in options and statements. The text may break a name after a hyphen ("al- Kadhimi",
 * a line-wrap artefact); shown, the parts are joined again ("al-Kadhimi"). Evidence stays verbatim.
 */
export function shownName(name: string): string {
  return name
    .replace(/(?<=\p{L})-\s+(?=\p{Lu})/gu, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The person's full name as shown ("Frank-Walter Steinmeier", "al-Kadhimi"). */
export function fullName(person: PersonFact): string {
  return shownName(person.name);
}

/** Full names when the answer has a given name, surnames otherwise, so no option stands out by form. */
export function display(person: PersonFact, full: boolean): string {
  if (full) return fullName(person);
  // Without the given name, but with the particles that belong to the surname ("al-Kadhimi").
  if (person.givenName && person.name.startsWith(person.givenName)) return shownName(person.name.slice(person.givenName.length));
  return fullName(person);
}

/** A statement as a German sentence: it starts with a capital even when a name does not ("Al-Kadhimi ist ..."). */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function usesFullName(person: PersonFact): boolean {
  return person.givenName !== undefined && person.name.includes(" ");
}

/**
 * People to offer as wrong answers: those of this text that `wrongHere` accepts, then people of
 * other texts that this text does not name at all (so the text cannot make them right).
 */
export function personDistractors(
  doc: DocContext,
  pool: Pool,
  answer: PersonFact,
  wrongHere: (person: PersonFact) => boolean,
  full = usesFullName(answer),
  factOf?: (person: PersonFact) => string,
): Choice[] {
  const same = (person: PersonFact) => person.surname === answer.surname;
  const here = doc.facts.persons.filter((person) => !same(person) && wrongHere(person));
  const elsewhere = pool.persons
    .filter((entry) => entry.documentId !== doc.id)
    .map((entry) => entry.person)
    .filter((person) => !same(person) && !textMentions(doc, person.surname));
  // People written like the answer (with or without given name) first, so no option stands out by form.
  const alike = (person: PersonFact) => usesFullName(person) === full;
  const ordered = [...elsewhere.filter(alike), ...elsewhere.filter((person) => !alike(person))];
  return [
    ...here.map((person) => ({ text: display(person, full), ...(factOf ? { fact: factOf(person) } : {}) })),
    ...ordered.map((person) => ({ text: display(person, full) })),
  ];
}
