/**
 * German typography for figures, points and dates, one for the question generator and the Worker: a
 * feedback page shows the bank's options next to the Worker's own text, and both must write 4.600 alike.
 * Built on Intl, with the formatters made once here: toLocaleString builds a new one on every call,
 * which cost milliseconds per page.
 */

const numberFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 4 });
const pointsFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const monthNameFormat = new Intl.DateTimeFormat("de-DE", { month: "long", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

/**
 * A figure in German digits: 14000 -> "14.000", 4600 -> "4.600", 1.8 -> "1,8", at most four decimals.
 * For counts and amounts; a year is not a figure ("2014", never "2.014") and is shown as the text writes it.
 */
export function formatNumber(value: number): string {
  // Whole non-negative figures, the most of them, grouped by hand: what Intl writes, at a fraction of its cost.
  if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) return numberFormat.format(value);
  const digits = String(value);
  if (digits.length <= 3) return digits;
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let index = grouped.length; index < digits.length; index += 3) grouped += `.${digits.slice(index, index + 3)}`;
  return grouped;
}

/**
 * A text in German quotation marks; quotation marks inside it become single ones, as German writes a
 * quote within a quote: „Gruber sagte: ‚Wir helfen.‘“ (never „Gruber sagte: „Wir helfen.““).
 */
export const quoted = (text: string): string => `„${text.replaceAll("„", "‚").replaceAll("“", "‘")}“`;

/** Items as a German list: "Tusk", "Tusk und Kopacz", "3, 7 und 12". */
export function germanList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} und ${items.at(-1)}`;
}

/** Points, partial credit included: 3.5 -> "3,5", 1/3 -> "0,33". */
export const formatPoints = (points: number): string => pointsFormat.format(points);

/** A share from 0 to 1 in whole percent: 0.5 -> "50 %". */
export const formatPercent = (share: number): string => `${Math.round(share * 100)} %`;

/** 3 -> "März"; undefined outside 1 to 12. */
export function monthName(month: number): string | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  monthNames[month] ??= monthNameFormat.format(Date.UTC(2000, month - 1, 1));
  return monthNames[month];
}

/** The months' names by number, each formatted once: a format call costs a microsecond, and every date gap names its month. */
const monthNames: string[] = [];

/** A date of no year ("--10-29", ISO 8601): its month and day as written; undefined for a date with a year. */
export function yearlessDate(iso: string): { month?: string; day?: string } | undefined {
  if (!iso.startsWith("--")) return undefined;
  const [month, day] = iso.slice(2).split("-");
  return { month, day };
}

/** An ISO date as precise as it is: "2020-06-04" -> "4. Juni 2020", "2017-03" -> "März 2017", "2021" -> "2021", "--10-29" (no year) -> "29. Oktober". */
export function formatDate(iso: string): string {
  const yearless = yearlessDate(iso);
  if (yearless) {
    const name = monthName(Number(yearless.month));
    return name && yearless.day ? `${Number(yearless.day)}. ${name}` : iso;
  }
  const [year, month, day] = iso.split("-");
  const name = month ? monthName(Number(month)) : undefined;
  if (!name) return year ?? iso;
  return day ? `${Number(day)}. ${name} ${year}` : `${name} ${year}`;
}

/** A moment as read in Germany: "01.12.2026, 14:05". */
export const formatDateTime = (date: Date): string => dateTimeFormat.format(date);
