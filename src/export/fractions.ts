/**
 * Grades of answers as Moodle accepts them. Its importer (question/format.php, importprocess) checks
 * every answer's fraction against question_bank::fraction_options_full() (question/engine/bank.php)
 * and refuses a question whose fraction is more than 0.00001 away from every listed value
 * (match_grade_options in lib/questionlib.php). The list, as Moodle keeps it to 7 decimal places:
 */
const MOODLE_FRACTIONS = [
  "1.0",
  "0.9",
  "0.8333333",
  "0.8",
  "0.75",
  "0.7",
  "0.6666667",
  "0.6",
  "0.5",
  "0.4",
  "0.3333333",
  "0.3",
  "0.25",
  "0.2",
  "0.1666667",
  "0.1428571",
  "0.125",
  "0.1111111",
  "0.1",
  "0.05",
].map(Number);

/** Moodle writes a fraction as a percentage with at most 5 decimals: 0.3333333 -> "33.33333". */
export const percentOf = (fraction: number) => String(Number((fraction * 100).toFixed(5)));

/** The listed fraction nearest to `share` (1/3 -> 0.3333333). */
const nearestListed = (share: number) => MOODLE_FRACTIONS.reduce((best, fraction) => (Math.abs(fraction - share) < Math.abs(best - share) ? fraction : best));

export type MultipleChoiceGrades = { right: number[]; wrong: number };

/**
 * Fractions of a multiple-answer question with `rightCount` right options, so that Moodle grades it as
 * our bank does (src/bank/grade.ts): max(0, (right picks - wrong picks) / right options). Moodle adds
 * the fractions of the ticked options and clamps the sum to 0..1 (qtype_multichoice_multi_question::
 * grade_response), so each right option is worth +1/n and each wrong one -1/n.
 *
 * 1/n is on Moodle's list for n up to 10. From 11 to 20 right options the weights are 10 % and 5 %
 * (still summing to 100 %), and a wrong tick costs 5 %. Beyond 20 (possible only with edited questions)
 * the list cannot sum to 100 % with every right option counted: the first 20 get 5 %, the rest 0 %.
 */
export function multipleChoiceGrades(rightCount: number): MultipleChoiceGrades {
  if (rightCount <= 10) {
    const share = nearestListed(1 / Math.max(1, rightCount));
    return { right: Array.from({ length: rightCount }, () => share), wrong: -share };
  }
  const tenPercent = Math.max(0, 20 - rightCount);
  return {
    right: Array.from({ length: rightCount }, (_, index) => (index < tenPercent ? 0.1 : index < 20 ? 0.05 : 0)),
    wrong: -0.05,
  };
}
