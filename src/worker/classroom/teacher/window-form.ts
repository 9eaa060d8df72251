/** The dates of an assignment as the teacher's forms send them, checked against today in Germany. */
import * as z from "zod";
import type { AssignmentWindow } from "../schedule";
import { addDays } from "../../../shared/berlin-days";
import { dateField } from "../../date-field";

/** The date field's "2026-12-31", or "31.12.2026" and "1.2.27" as typed where there is no date picker; empty is null. */
const windowDate = dateField({ message: "Bitte ein gültiges Datum angeben (TT.MM.JJJJ).", empty: null, partial: false });

export const windowFields = {
  openFrom: windowDate,
  dueDate: windowDate,
  closesAtDue: z
    .literal("ja")
    .optional()
    .transform((value) => value === "ja"),
};

/**
 * What is wrong with the dates, in German: a new due date from today to a year ahead (classes are
 * deleted after a year), the start not after the due date, closing only with a due date. A due date
 * that was set before and has passed may stay as it is.
 */
export function windowErrors(window: AssignmentWindow, today: string, previousDueDate?: string | null): string[] {
  const errors: string[] = [];
  const latest = addDays(today, 365);
  if (window.dueDate && window.dueDate !== previousDueDate && (window.dueDate < today || window.dueDate > latest)) {
    errors.push("Das Fälligkeitsdatum muss zwischen heute und einem Jahr von heute an liegen.");
  }
  if (window.openFrom && window.openFrom > latest) errors.push("Das Datum „Freigeben ab“ darf höchstens ein Jahr in der Zukunft liegen.");
  if (window.openFrom && window.dueDate && window.openFrom > window.dueDate) errors.push("Das Datum „Freigeben ab“ muss vor dem Fälligkeitsdatum liegen.");
  if (window.closesAtDue && !window.dueDate) errors.push("Zum Schließen braucht die Aufgabe ein Fälligkeitsdatum.");
  return errors;
}
