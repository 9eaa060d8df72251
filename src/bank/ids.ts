/**
 * Ids of texts, quizzes and questions, and which source holds them, told from the id alone:
 *
 * - Bank (committed in questions/): question ids `q_` + hex (a content hash, src/generate/ids.ts);
 *   document ids are the corpus file names ("000_da9cece58f689f55"); a document's quiz has its id;
 *   the quizzes "gemischt" and "wiederholen" are made from bank questions.
 * - Own texts of a class (in D1): text ids `t_` + 16 hex, random; the text's quiz has the same id.
 *   Question ids `o_` + 16 hex, random per version (a new meaning gets a new id).
 *
 * The bank schema refuses bank ids of the own shapes (./schema.ts), so the two cannot collide, and
 * code can keep bank look-ups synchronous and free of D1 by testing the prefix.
 */
export const OWN_TEXT_ID = /^t_[0-9a-f]{16}$/;
export const OWN_QUESTION_ID = /^o_[0-9a-f]{16}$/;
export const BANK_QUESTION_ID = /^q_[0-9a-f]{8,}$/;

/** A text (and quiz) id of a class's own text. */
export const isOwnTextId = (id: string) => OWN_TEXT_ID.test(id);
/** A question id of a class's own text (any version). */
export const isOwnQuestionId = (id: string) => OWN_QUESTION_ID.test(id);

/** 16 random hex digits (64 bits): a fresh id per text and per question version. */
function randomHex16(): string {
  return crypto.getRandomValues(new BigUint64Array(1))[0]!.toString(16).padStart(16, "0");
}

export const newOwnTextId = () => `t_${randomHex16()}`;
export const newOwnQuestionId = () => `o_${randomHex16()}`;

/** Many question ids at once (a new text's pool): one call for the random bits of all of them. */
export function newOwnQuestionIds(count: number): string[] {
  return [...crypto.getRandomValues(new BigUint64Array(count))].map((bits) => `o_${bits.toString(16).padStart(16, "0")}`);
}
