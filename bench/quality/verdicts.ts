/** A reader's verdict on one question by the rubric of docs/quality.md, as the judgement files hold it. */
export interface Verdict {
  grammatical: boolean;
  answerable: boolean;
  keyCorrect: boolean;
  distractors: boolean;
  evidence: boolean;
  worthAsking: boolean;
}

/** Acceptable: criteria 1 to 5 of the rubric all yes. */
export const acceptable = (verdict: Verdict) => verdict.grammatical && verdict.answerable && verdict.keyCorrect && verdict.distractors && verdict.evidence;

/** Worth asking: acceptable and criterion 6 yes. */
export const worthAsking = (verdict: Verdict) => acceptable(verdict) && verdict.worthAsking;
