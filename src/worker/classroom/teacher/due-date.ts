/** Due dates in German time: a class in Germany means "today" as it is in Berlin, whatever the server's clock zone. */
import * as z from "zod";

const INVALID_DATE = "Bitte ein gültiges Datum angeben (TT.MM.JJJJ).";

const berlinDate = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Germany, "2026-12-01". */
export function germanToday(now: number): string {
  const parts = berlinDate.formatToParts(now);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "31.12.2026" and "1.2.27" as ISO dates; anything else as it is. */
function isoFromTyped(typed: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(typed);
  if (!german) return typed;
  const year = german[3]!.length === 2 ? `20${german[3]}` : german[3];
  return `${year}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}`;
}

/**
 * The due date as the date field sends it ("2026-12-31") or as typed where there is no date picker
 * ("31.12.2026", "1.2.27"): from today (in Germany) to a year ahead (classes are deleted after a year).
 */
export const dueDateField = z
  .string()
  .max(40, INVALID_DATE)
  .optional()
  .transform((input, context) => {
    const typed = (input ?? "").trim();
    if (typed === "") return null;
    const iso = isoFromTyped(typed);
    if (!z.iso.date().safeParse(iso).success) {
      context.addIssue({ code: "custom", message: INVALID_DATE });
      return z.NEVER;
    }
    const today = germanToday(Date.now());
    const latest = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    if (iso < today || iso > latest) {
      context.addIssue({ code: "custom", message: "Das Fälligkeitsdatum muss zwischen heute und einem Jahr von heute an liegen." });
      return z.NEVER;
    }
    return iso;
  });
