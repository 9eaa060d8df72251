/** A date field of a teacher's form, as typed where there is no date picker; the classroom and own texts use it. */
import * as z from "zod";

/**
 * "2026-12-31" from a date picker, "31.12.2026" and "1.2.27" as typed, given back in ISO; with `partial`,
 * also a month or a year ("05.2026" as "2026-05", "2026"). Empty is `empty`; anything else is `message`.
 */
export function dateField<Empty extends null | "">(options: { message: string; empty: Empty; partial: boolean }) {
  return z
    .string()
    .max(40, options.message)
    .optional()
    .transform((input, context) => {
      const typed = (input ?? "").trim();
      if (typed === "") return options.empty;
      const german = /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{2}|\d{4})$/.exec(typed);
      const year = (digits: string) => (digits.length === 2 ? `20${digits}` : digits);
      const iso = german ? [year(german[3]!), german[2]!.padStart(2, "0"), german[1]?.padStart(2, "0")].filter(Boolean).join("-") : typed;
      const valid = z.iso.date().safeParse(iso).success || (options.partial && (/^\d{4}$/.test(iso) || /^\d{4}-(0[1-9]|1[0-2])$/.test(iso)));
      if (!valid) {
        // "31.02.2026" is written as asked: the teacher needs to hear that the day is wrong, not the format.
        const wellFormed = german?.[1] !== undefined || /^\d{4}-\d{2}-\d{2}$/.test(typed);
        context.addIssue({ code: "custom", message: wellFormed ? `Den ${typed} gibt es im Kalender nicht. Bitte prüfen Sie Tag und Monat.` : options.message });
        return z.NEVER;
      }
      return iso;
    });
}
