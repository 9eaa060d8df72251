/**
 * A finding told as a proportion ("Je größer die gezeigte Spinne war, desto weniger Männchen griffen an."): how one
 * thing goes with another, the result a report on a study states most often without anyone as its subject, so that
 * no finder of who said or did what reads it. Stated with both comparatives turned ("Je kleiner ..., desto mehr ..."),
 * which says the same, true; with the first one turned only ("Je kleiner ..., desto weniger ..."), false. Neither is
 * the text's sentence: only a learner who understood which way the two go together tells them apart. Also as a choice
 * of the two. Only where both comparatives have an opposite in every sense (OPPOSITE_COMPARATIVES) and the proportion
 * is a sentence of its own or follows a colon, each of its clauses without a comma, a quotation or a dash (a clause
 * more, someone's words), and the statement points back at nothing.
 */
import type { Question } from "../bank/schema";
import { foldSpaces } from "../bank/text";
import { backReferences } from "./backrefs";
import { single, STATEMENT_STEM, trueFalse } from "./build";
import { MAX_CHOICE_STATEMENT_LENGTH, WHICH_STEM } from "./claims";
import { type DocContext, evidenceFor } from "./context";
import { LEVEL_COMPARATIVES, PROPORTION_JOINERS, RISING_OR_FALLING } from "./data/comparatives";
import { oppositeComparative } from "./german";
import { salienceOf } from "./salience";

/** Whether a text or a sentence may hold a proportion: the cheap test before PROPORTION, a plain search. */
const mayHoldProportion = (text: string) => text.includes("desto") || text.includes("umso") || text.includes("um so");
/** What no clause of a proportion holds: a clause more, a quotation, brackets or a dash. */
const CLAUSE = '[^,;:–—()„“”"«»]+?';
/**
 * "Je größer die gezeigte Spinne war, desto weniger Männchen griffen an.", also after a colon ("... abhing: Je
 * größer ..."): the first comparative, the rest of its clause, the joiner, the second comparative and the rest.
 */
const PROPORTION = new RegExp(`(?:^|:\\s)[Jj]e\\s(\\p{L}+)\\s(${CLAUSE}),\\s(${PROPORTION_JOINERS.join("|")})\\s(\\p{L}+)\\s(${CLAUSE})[.!]$`, "u");

/** The true and the false statement of a proportion in `sentence` (spaces folded), or undefined where it holds none. */
export function proportionStatements(sentence: string): { truth: string; falsehood: string } | undefined {
  const found = PROPORTION.exec(sentence);
  if (!found) return undefined;
  const [, first, firstRest, joiner, second, secondRest] = found as unknown as [string, string, string, string, string, string];
  const firstTurned = oppositeComparative(first);
  const secondTurned = oppositeComparative(second);
  if (firstTurned === undefined || secondTurned === undefined) return undefined;
  // "desto höher steigen die Schulden": turned, the level would sink upwards.
  const level = (word: string) => [...LEVEL_COMPARATIVES].some((comparative) => word.toLowerCase().startsWith(comparative));
  if ((level(first) && RISING_OR_FALLING.test(firstRest)) || (level(second) && RISING_OR_FALLING.test(secondRest))) return undefined;
  const stated = (firstWord: string, secondWord: string) => `Je ${firstWord} ${firstRest}, ${joiner} ${secondWord} ${secondRest}.`;
  return { truth: stated(firstTurned, secondTurned), falsehood: stated(firstTurned, second) };
}

export function proportionQuestions(doc: DocContext): Question[] {
  const questions: Question[] = [];
  if (!mayHoldProportion(doc.text)) return questions;
  for (const sentence of doc.sentences) {
    const raw = doc.text.slice(sentence.start, sentence.end);
    if (!mayHoldProportion(raw)) continue;
    // Someone's words ("Die Sprecherin warnte: Je länger ..., desto ..."): their view, not the text's finding.
    if (doc.facts.quotes.some((quote) => quote.start < sentence.end && sentence.start < quote.end)) continue;
    const statements = proportionStatements(foldSpaces(raw.trim()));
    const evidence = statements && evidenceFor(doc, sentence);
    if (!statements || !evidence || backReferences(doc, statements.truth, { at: sentence.start }).length > 0) continue;
    const { truth, falsehood } = statements;
    const common = {
      documentId: doc.id,
      topic: "quote" as const,
      key: `${sentence.start}:proportion`,
      fact: `proportion:${sentence.start}`,
      salience: salienceOf(doc, "quote", sentence, { finding: true }),
      evidence,
      moreEvidence: [],
    };
    questions.push(trueFalse({ ...common, key: `${common.key}:true`, stem: STATEMENT_STEM }, truth, true));
    questions.push(trueFalse({ ...common, key: `${common.key}:false`, stem: STATEMENT_STEM }, falsehood, false, truth));
    if (truth.length <= MAX_CHOICE_STATEMENT_LENGTH && falsehood.length <= MAX_CHOICE_STATEMENT_LENGTH) {
      const choice = single({ ...common, key: `${common.key}:which`, stem: WHICH_STEM }, { text: truth }, [{ text: falsehood }]);
      if (choice) questions.push(choice);
    }
  }
  return questions;
}
