/** Which questions are due again, from a learner's cards. Pure. */
import type { StoredCard } from "./cards";

/** How many questions one review session asks at most (a quiz round is 10 to 12). */
export const REVIEW_SESSION_SIZE = 12;

export type ReviewQueue = {
  /** Question ids due now, the longest overdue first. */
  due: string[];
  /** Cards of questions that still exist. */
  total: number;
  /** When the next card not yet due comes up (ms), if there is one. */
  nextDue: number | undefined;
};

/**
 * The queue of the cards whose questions still exist (`exists`: a regenerated bank may have dropped a
 * question; its card then stays unused).
 */
export function reviewQueue(cards: Record<string, StoredCard>, now: number, exists: (questionId: string) => boolean): ReviewQueue {
  const known = Object.entries(cards).filter(([questionId]) => exists(questionId));
  const due = known
    .filter(([, card]) => card.due <= now)
    .sort(([idA, a], [idB, b]) => a.due - b.due || (idA < idB ? -1 : 1))
    .map(([questionId]) => questionId);
  const later = known.map(([, card]) => card.due).filter((time) => time > now);
  return { due, total: known.length, nextDue: later.length > 0 ? Math.min(...later) : undefined };
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const berlinDay = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });
const berlinDate = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "numeric", month: "long" });

/** Calendar days from `now` to `time` in Germany (0 today, 1 tomorrow). */
function daysAhead(time: number, now: number): number {
  const dayNumber = (ms: number) => {
    const [day, month, year] = berlinDay.format(ms).split(".").map(Number);
    return Date.UTC(year!, month! - 1, day!) / (24 * HOUR);
  };
  return dayNumber(time) - dayNumber(now);
}

/** When something comes up, in words: "in 10 Minuten", "in 3 Stunden", "morgen", "in 4 Tagen", "am 2. Juli". */
export function whenDue(time: number, now: number): string {
  const wait = time - now;
  if (wait <= 0) return "jetzt";
  if (wait < HOUR) {
    const minutes = Math.max(1, Math.ceil(wait / MINUTE));
    return minutes === 1 ? "in 1 Minute" : `in ${minutes} Minuten`;
  }
  const days = daysAhead(time, now);
  if (days === 0) {
    const hours = Math.round(wait / HOUR);
    return hours === 1 ? "in 1 Stunde" : `in ${hours} Stunden`;
  }
  if (days === 1) return "morgen";
  if (days < 7) return `in ${days} Tagen`;
  return `am ${berlinDate.format(time)}`;
}
