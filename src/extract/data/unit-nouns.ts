/**
 * What a counted noun reads as after the figure one ("1 Jahr", "1 Staat"): the feedback says a learner's "1" with the
 * question's unit, which the text wrote for a figure other than one ("vier Jahren", "83 Staaten").
 */
import { CURRENCIES, UNIT_SYMBOLS } from "./numbers";

/**
 * Units of time and measure and the nouns German counts people by, which any text may count: the form after one and
 * the forms after other figures.
 */
const MEASURES: readonly (readonly [string, ...string[]])[] = [
  ["Mensch", "Menschen"],
  ["Person", "Personen"],
  ["Sekunde", "Sekunden"],
  ["Minute", "Minuten"],
  ["Stunde", "Stunden"],
  ["Tag", "Tage", "Tagen"],
  ["Woche", "Wochen"],
  ["Monat", "Monate", "Monaten"],
  ["Quartal", "Quartale", "Quartalen"],
  ["Jahr", "Jahre", "Jahren"],
  ["Jahrzehnt", "Jahrzehnte", "Jahrzehnten"],
  ["Jahrhundert", "Jahrhunderte", "Jahrhunderten"],
  ["Prozent", "Prozente", "Prozenten"],
  ["Prozentpunkt", "Prozentpunkte", "Prozentpunkten"],
  ["Punkt", "Punkte", "Punkten"],
  ["Grad"],
  ["Mal", "Male"],
  ["Tonne", "Tonnen"],
  ["Kilogramm"],
  ["Gramm"],
  ["Kilo"],
  ["Liter", "Litern"],
  ["Meter", "Metern"],
  ["Kilometer", "Kilometern"],
  ["Zentimeter", "Zentimetern"],
  ["Millimeter", "Millimetern"],
  ["Quadratmeter", "Quadratmetern"],
  ["Quadratkilometer", "Quadratkilometern"],
  ["Kubikmeter", "Kubikmetern"],
  ["Hektar", "Hektaren"],
  ["Krone", "Kronen"],
  ["Rupie", "Rupien"],
];

/** The plural forms (and invariant units) of MEASURES, currencies and unit symbols -> the form after one. */
export const UNIT_AFTER_ONE: ReadonlyMap<string, string> = new Map([
  ...[...CURRENCIES, ...UNIT_SYMBOLS.values()].map((unit) => [unit, unit] as const),
  ...MEASURES.flatMap(([one, ...others]) => [one, ...others].map((form) => [form, one] as const)),
]);

/**
 * Plural endings of noun classes whose singular every noun of the class forms alike ("Wohnungen" -> "Wohnung",
 * "Parteien" -> "Partei", "Bundesstaaten" -> "Bundesstaat"), with the letters a stem needs before the ending: "Jungen",
 * "Spinnen" or "Kisten" end alike but are other words.
 */
export const PLURAL_ENDINGS: readonly { plural: string; singular: string; stemAtLeast: number }[] = [
  { plural: "ungen", singular: "ung", stemAtLeast: 2 },
  { plural: "heiten", singular: "heit", stemAtLeast: 1 },
  { plural: "keiten", singular: "keit", stemAtLeast: 1 },
  { plural: "schaften", singular: "schaft", stemAtLeast: 1 },
  { plural: "ionen", singular: "ion", stemAtLeast: 2 },
  { plural: "täten", singular: "tät", stemAtLeast: 2 },
  { plural: "innen", singular: "in", stemAtLeast: 3 },
  { plural: "isten", singular: "ist", stemAtLeast: 3 },
  { plural: "nissen", singular: "nis", stemAtLeast: 2 },
  { plural: "nisse", singular: "nis", stemAtLeast: 2 },
  { plural: "eien", singular: "ei", stemAtLeast: 3 },
  { plural: "aaten", singular: "aat", stemAtLeast: 2 },
  { plural: "logen", singular: "loge", stemAtLeast: 3 },
];
