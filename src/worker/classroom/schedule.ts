/**
 * When an assignment is open, when it is due, and where each student stands. Dates are whole days in
 * Germany: "fällig am 04.06.2026" means until the end of that day in Berlin, "ab 01.06.2026" from its
 * start, whatever the server's clock zone. Pure: `now` comes from the caller.
 */

/** What the teacher set: ISO dates ("2026-06-04") or null, and whether answering stops at the due date. */
export interface AssignmentWindow {
  openFrom: string | null;
  dueDate: string | null;
  closesAtDue: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const berlinParts = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** The date in Germany at the moment `time`, "2026-06-04". */
export function berlinDate(time: number): string {
  const parts = berlinParts.formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "2026-06-04" plus `days`, as an ISO date (calendar arithmetic, no clock zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Day starts already worked out, per isolate: each takes two to four Intl calls, some 10 µs of CPU, and
 * a class's overview asks one per student and assignment with a due date (500 for 100 students x 5).
 * Dates are few: assignments' dates, which the form keeps within a year of the day they are set.
 */
const dayStarts = new Map<string, number>();

/** The moment a day begins in Germany (midnight in Berlin, CET or CEST). */
export function startOfBerlinDay(isoDate: string): number {
  const known = dayStarts.get(isoDate);
  if (known !== undefined) return known;
  const midnightUtc = Date.parse(`${isoDate}T00:00:00Z`);
  // Berlin is one hour ahead of UTC in winter and two in summer; midnight is never inside a switch.
  for (const offsetHours of [1, 2]) {
    const candidate = midnightUtc - offsetHours * HOUR_MS;
    if (berlinDate(candidate) === isoDate && berlinDate(candidate - 1) !== isoDate) {
      dayStarts.set(isoDate, candidate);
      return candidate;
    }
  }
  throw new Error(`no Berlin midnight found for ${isoDate}`);
}

/** The first moment after the due date: answers from then on are late. */
export const dueDeadline = (dueDate: string): number => startOfBerlinDay(addDays(dueDate, 1));

/**
 * Whether a student may start or answer now: before `openFrom` not yet, after a closing due date no
 * longer; a live session's results (`liveAt` set) never: the session is over when they are written.
 */
export function answeringState(window: AssignmentWindow & { liveAt?: number | null }, now: number): "not-yet" | "open" | "closed" {
  if (window.liveAt != null) return "closed";
  if (window.openFrom && now < startOfBerlinDay(window.openFrom)) return "not-yet";
  if (window.closesAtDue && window.dueDate && now >= dueDeadline(window.dueDate)) return "closed";
  return "open";
}

/**
 * A student's standing in an assignment:
 * - "offen": not all questions answered, and not yet due (or no due date);
 * - "fertig": all answered, by the due date (or no due date);
 * - "verspätet": all answered, the last one after the due date;
 * - "überfällig": the due date has passed and not all are answered;
 * - "nicht dabei": in a live session's results, did not take part.
 */
export type StudentStatus = "offen" | "fertig" | "verspätet" | "überfällig" | "nicht dabei";

export const STUDENT_STATUSES: readonly StudentStatus[] = ["offen", "fertig", "verspätet", "überfällig", "nicht dabei"];

export interface StudentWork {
  /** Questions the student is to answer. */
  asked: number;
  answered: number;
  /** When the last answer was given (ms), null without answers. */
  lastAnswerAt: number | null;
}

export function studentStatus(work: StudentWork, dueDate: string | null, now: number): StudentStatus {
  const deadline = dueDate ? dueDeadline(dueDate) : Number.POSITIVE_INFINITY;
  const done = work.asked > 0 && work.answered >= work.asked;
  if (done) return work.lastAnswerAt !== null && work.lastAnswerAt >= deadline ? "verspätet" : "fertig";
  return now >= deadline ? "überfällig" : "offen";
}

const berlinTime = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" });

/** "Live-Stunde am 04.06.2026, 10:15": a live session's results, by when it started (in Germany). */
export function liveSessionLabel(liveAt: number): string {
  return `Live-Stunde am ${germanNumericDate(berlinDate(liveAt))}, ${berlinTime.format(liveAt)}`;
}

/** A quiz's title as an assignment shows it: a live session's results say so. */
export function assignmentTitle(assignment: { liveAt?: number | null }, quizTitle: string): string {
  return assignment.liveAt != null ? `${quizTitle} (${liveSessionLabel(assignment.liveAt)})` : quizTitle;
}

/** "04.06.2026", as German schools write dates. */
export function germanNumericDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
}

/** The due date as a student reads it: "fällig heute", "fällig morgen", "fällig in 3 Tagen", "war fällig am 04.06.2026". */
export function dueText(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (days < 0) return `war fällig am ${germanNumericDate(dueDate)}`;
  if (days === 0) return "fällig heute";
  if (days === 1) return "fällig morgen";
  return `fällig in ${days} Tagen`;
}
