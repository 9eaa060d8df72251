/**
 * Whole days in Germany, for dates a teacher sets: "fällig am 04.06.2026" means until the end of that day
 * in Berlin, "ab 01.06.2026" from its start, whatever the server's clock zone. Shared by the classes
 * (src/worker/classroom/schedule.ts) and the quiz, which refuses answers after a closing due date.
 */

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

/** "04.06.2026", as German schools write dates. */
export function germanNumericDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
}
