/** The short forms a country gap accepts (src/extract/data/countries.ts) are the package's, and each names one country. */
import englishNames from "i18n-iso-countries/langs/en.json";
import germanNames from "i18n-iso-countries/langs/de.json";
import { expect, it } from "vitest";
import { COUNTRY_SHORT_FORMS } from "../../../src/extract/data/countries";

type LocaleNames = Record<string, string | string[]>;
const namesOf = (locale: LocaleNames, code: string) => [locale[code] ?? []].flat();
const folded = (name: string) => name.replaceAll(".", "").toLowerCase();

it("takes every all-capital alias of the English locale that the German one lacks, and nothing else", () => {
  const english = englishNames.countries as LocaleNames;
  const german = germanNames.countries as LocaleNames;
  const expected: Record<string, string[]> = {};
  for (const code of Object.keys(english)) {
    const germanFolded = namesOf(german, code).map(folded);
    const forms = namesOf(english, code).filter((name) => /^[A-Z.]+$/u.test(name) && !germanFolded.includes(name.toLowerCase()));
    if (forms.length > 0) expected[code] = forms;
  }
  expect(COUNTRY_SHORT_FORMS).toEqual(expected);
});

it("names one country with each short form: no other country is called so in either locale, nor has it as its code", () => {
  const locales = [englishNames.countries, germanNames.countries] as LocaleNames[];
  for (const [code, forms] of Object.entries(COUNTRY_SHORT_FORMS)) {
    const otherCodes = Object.keys(englishNames.countries).filter((other) => other !== code);
    const otherNames = locales.flatMap((locale) => otherCodes.flatMap((other) => namesOf(locale, other)));
    for (const form of forms) {
      expect(otherNames.map(folded), form).not.toContain(folded(form));
      expect(otherCodes.map(folded), form).not.toContain(folded(form));
    }
  }
});
