/**
 * Sentences whose subject points back ("Er", "Sie", "Der Konzern", "Der 61-Jährige") at someone or something the
 * extractor resolved for its deed (src/extract/actions.ts: pronounAntecedent for a person, the institution that acted
 * in the sentence before for "es", "er", "sie" or a kind's noun). A gap text of such a sentence shows the referent in
 * square brackets after the pointer, as a quotation does ("Sie [die F-22 Raptor] kann ..."), and then stands alone.
 * Only that resolution counts: where the extractor found no single referent (two men before "er", a feminine noun
 * besides the institution before "sie", several culprits before "der Verdächtige"), nothing is resolved and the
 * sentence is read as before. The same holds for a phrase elsewhere in the sentence that the extractor resolved to the
 * one company, bank or person of a country named before (src/extract/pointers.ts: "die Beschäftigten des Konzerns").
 */
import type { ActionFact, Span } from "../extract/types";
import { type DocContext, perDocument } from "./context";

/** The pointer that is a sentence's subject (offsets into the text) and whom or what it stands for, as the brackets show it. */
export interface PointedSubject extends Span {
  referent: string;
}

/** An article of a naming in the nominative, which the subject's brackets repeat ("die F-22 Raptor"). */
const NOMINATIVE_ARTICLE = /^(?:Der|Die|Das)\s/u;
/** An article of another case: the naming is no subject, and no bracket after one may show it. */
const OTHER_CASE_ARTICLE = /^(?:[Dd]es|[Dd]em|[Dd]en|[Ee]ine[mnrs])\s/u;

/** The referent of a deed's actor as the brackets show it: the person's full name, or the institution's naming. */
function referentOf(doc: DocContext, action: ActionFact): string | undefined {
  if (action.person !== undefined) return doc.facts.persons.find((person) => person.surname === action.person)?.name;
  const naming = action.referent?.text;
  if (naming === undefined || OTHER_CASE_ARTICLE.test(naming) || naming === action.actor.text) return undefined;
  return NOMINATIVE_ARTICLE.test(naming) ? naming.charAt(0).toLowerCase() + naming.slice(1) : naming;
}

/** The pointed subjects of a document, by the start of their sentence. */
const pointedSubjects = perDocument((doc: DocContext) => {
  const bySentence = new Map<number, PointedSubject>();
  for (const action of doc.facts.actions) {
    // A speaker taken up by "er" in their own sentence ("Er rechne damit, sagt Pritz") is named there; a pair acted as two.
    if (!action.antecedent || action.antecedent.start === action.start || action.pair || action.memberOf) continue;
    const referent = referentOf(doc, action);
    if (referent !== undefined) bySentence.set(action.start, { start: action.actor.start, end: action.actor.end, referent });
  }
  return bySentence;
});

/** The pointer subject of the sentence at `sentence` and its referent, where the extractor resolved it. */
export function pointedSubjectOf(doc: DocContext, sentence: Span): PointedSubject | undefined {
  const found = pointedSubjects(doc).get(sentence.start);
  return found && found.end <= sentence.end ? found : undefined;
}

/**
 * The resolved pointers of the sentence at `sentence`, in text order: its pointed subject, and the noun phrases elsewhere
 * in it that the extractor resolved to the one company, bank or person of a nationality named before (src/extract/pointers.ts:
 * "des Konzerns" for Siemens), which the brackets show by name ("des Konzerns [Siemens]").
 */
export function pointersOf(doc: DocContext, sentence: Span): PointedSubject[] {
  const subject = pointedSubjectOf(doc, sentence);
  const phrases = (doc.facts.pointed ?? []).filter(
    (phrase) =>
      phrase.referent !== undefined &&
      phrase.start >= sentence.start &&
      phrase.end <= sentence.end &&
      !(subject && phrase.start < subject.end && subject.start < phrase.end),
  );
  if (phrases.length === 0) return subject ? [subject] : [];
  const pointers = phrases.map(({ start, end, referent }) => ({ start, end, referent: referent! }));
  return subject ? [...pointers, subject].sort((a, b) => a.start - b.start) : pointers;
}
