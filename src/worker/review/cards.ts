/**
 * Spaced repetition with FSRS (ts-fsrs): every answered question is a card; how well it was answered
 * decides when it comes up again. Pure: no D1 here (./store.ts keeps the cards).
 *
 * The rating of an answer:
 * - fully right: Good (not Easy: choosing among options or typing a figure shown in the text is
 *   recognition more than free recall, so it should not push a card far out on its own);
 * - partly right (some of a multiple select) or a near miss (a figure within 10 % of the text's):
 *   Hard, a recall that was there but shaky;
 * - wrong: Again.
 *
 * One short learning step of 10 minutes: a wrong answer is due again 10 minutes later (soon, but not
 * while the same quiz is still running); a right answer on a new card graduates at once, to days.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import type { LearnerResponse } from "../../bank/grade";
import type { Question } from "../../bank/schema";
import type { StoredCard } from "../../db/schema/progress";

export type { StoredCard };
export { Rating };

/** The scheduler's parameters; exported so that tests run ts-fsrs itself with the same inputs. */
export const REVIEW_PARAMETERS = generatorParameters({
  learning_steps: ["10m"],
  relearning_steps: ["10m"],
  // Fuzz would make due dates random; with a handful of cards per learner there is no pile-up to spread.
  enable_fuzz: false,
});

const scheduler = fsrs(REVIEW_PARAMETERS);

/** How far off a figure may be, relative to the text's, to count as a near miss ("Knapp daneben"). */
export const NEAR_MISS_SHARE = 0.1;

/** A wrong figure close to the text's: within NEAR_MISS_SHARE of the accepted range. */
export function isNearMiss(question: Question, response: LearnerResponse): boolean {
  if (question.type !== "numeric" || response.type !== "numeric") return false;
  if (question.min <= response.value && response.value <= question.max) return false;
  const margin = Math.abs(question.answer) * NEAR_MISS_SHARE;
  return margin > 0 && question.min - margin <= response.value && response.value <= question.max + margin;
}

export function ratingFor(question: Question, response: LearnerResponse, score: number): Grade {
  if (score >= 1) return Rating.Good;
  if (score > 0 || isNearMiss(question, response)) return Rating.Hard;
  return Rating.Again;
}

function toFsrsCard(stored: StoredCard): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs 5: it counts the days from last_review itself
    scheduled_days: stored.days,
    learning_steps: stored.step,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    last_review: new Date(stored.last),
  };
}

function fromFsrsCard(card: Card, reviewedAt: Date): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    state: card.state,
    reps: card.reps,
    lapses: card.lapses,
    step: card.learning_steps,
    days: card.scheduled_days,
    last: card.last_review?.getTime() ?? reviewedAt.getTime(),
  };
}

/** The card after one more answer: a new card when there was none. */
export function reviewCard(previous: StoredCard | undefined, rating: Grade, now: Date): StoredCard {
  const card = previous ? toFsrsCard(previous) : createEmptyCard(now);
  return fromFsrsCard(scheduler.next(card, now, rating).card, now);
}

export const isDue = (card: StoredCard, now: number) => card.due <= now;
