/**
 * When an assignment is open, when it is due, and where each student stands. Dates are whole days in
 * Germany: "fällig am 04.06.2026" means until the end of that day in Berlin, "ab 01.06.2026" from its
 * start, whatever the server's clock zone (../../shared/berlin-days.ts). Pure: `now` comes from the caller.
 */
import { berlinDate, daysBetween, dueDeadline, germanNumericDate, startOfBerlinDay } from "../../shared/berlin-days";

/** What the teacher set: ISO dates ("2026-06-04") or null, and whether answering stops at the due date. */
export interface AssignmentWindow {
  openFrom: string | null;
  dueDate: string | null;
  closesAtDue: boolean;
}

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
 * - "nicht dabei": in a live session's results, did not take part;
 * - "unvollständig": in a live session's results, took part and answered some of the questions asked, not all;
 * - "keine Antwort": in a live session's results, took part and answered none (the lesson ended before they did);
 * - "zurückgezogen": never begun, and the teacher withdrew the text: nobody can begin it any more, so it is not "offen".
 * A live lesson is over when its results are written: "fertig" there means every question asked was answered.
 */
export type StudentStatus = "offen" | "fertig" | "verspätet" | "überfällig" | "zurückgezogen" | "nicht dabei" | "unvollständig" | "keine Antwort";

export const STUDENT_STATUSES: readonly StudentStatus[] = [
  "offen",
  "fertig",
  "verspätet",
  "überfällig",
  "zurückgezogen",
  "unvollständig",
  "keine Antwort",
  "nicht dabei",
];

/** The status as the teacher's pages and the CSV write it. */
export const STATUS_TEXT: Record<StudentStatus, string> = {
  offen: "offen",
  fertig: "fertig",
  verspätet: "verspätet",
  überfällig: "überfällig",
  zurückgezogen: "nicht begonnen, zurückgezogen",
  "nicht dabei": "nicht dabei",
  unvollständig: "unvollständig",
  "keine Antwort": "keine Antwort",
};

/** The status as a class name: "keine Antwort" -> "keine-antwort" (stil.css colours them). */
export const statusClass = (status: StudentStatus) => status.toLowerCase().replaceAll(" ", "-");

/** A live lesson's status of a student: like an assignment closed at its end, a question not answered stays missing. */
export function liveStatus(work: StudentWork & { started: boolean }): StudentStatus {
  if (!work.started) return "nicht dabei";
  if (work.answered === 0) return "keine Antwort";
  return work.answered >= work.asked ? "fertig" : "unvollständig";
}

export interface StudentWork {
  /** Questions the student is to answer. */
  asked: number;
  answered: number;
  /** When the last answer was given (ms), null without answers. */
  lastAnswerAt: number | null;
}

/** `withdrawn`: the teacher withdrew the assignment's text; who has not begun it (`started` not true) cannot any more. */
export function studentStatus(work: StudentWork & { started?: boolean }, dueDate: string | null, now: number, withdrawn = false): StudentStatus {
  if (withdrawn && work.started !== true) return "zurückgezogen";
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

/** The due date as a student reads it: "fällig heute", "fällig morgen", "fällig in 3 Tagen", "war fällig am 04.06.2026". */
export function dueText(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (days < 0) return `war fällig am ${germanNumericDate(dueDate)}`;
  if (days === 0) return "fällig heute";
  if (days === 1) return "fällig morgen";
  return `fällig in ${days} Tagen`;
}
