/** Which countries the text names: multiple select with partial credit, and single statements. */
import type { Evidence, Question } from "../bank/schema";
import { escapeRegExp } from "../extract/text";
import type { CountryFact } from "../extract/types";
import { type Choice, multi, trueFalse } from "./build";
import { type DocContext, evidenceFor, type Pool, refFor, textMentions } from "./context";
import { countryPhrase, isPluralCountry } from "./german";
import { hash } from "../shared/hash";

/** Countries often in German news, for texts that have too few others to draw from. */
// biome-ignore format: a word list, packed for reading
const FALLBACK_COUNTRIES: readonly Choice[] = [
  { value: "FR", text: "Frankreich" }, { value: "IT", text: "Italien" }, { value: "ES", text: "Spanien" },
  { value: "PL", text: "Polen" }, { value: "AT", text: "Österreich" }, { value: "CH", text: "Schweiz" },
  { value: "TR", text: "Türkei" }, { value: "RU", text: "Russland" }, { value: "UA", text: "Ukraine" },
  { value: "CN", text: "China" }, { value: "JP", text: "Japan" }, { value: "IN", text: "Indien" },
  { value: "BR", text: "Brasilien" }, { value: "CA", text: "Kanada" }, { value: "EG", text: "Ägypten" },
  { value: "IR", text: "Iran" }, { value: "SA", text: "Saudi-Arabien" }, { value: "JO", text: "Jordanien" },
  { value: "LB", text: "Libanon" }, { value: "KE", text: "Kenia" }, { value: "SE", text: "Schweden" },
  { value: "NO", text: "Norwegen" }, { value: "GR", text: "Griechenland" }, { value: "BE", text: "Belgien" },
];

/** Correct options per question: more would make the question a reading list. */
const MAX_CORRECT = 4;

/** Countries named by their name (or as "US-"), not only through an adjective ("irakische"). */
function namedCountries(doc: DocContext): CountryFact[] {
  return doc.facts.countries.filter((country) => country.mentions.some((mention) => mention.form !== "adjective" && evidenceFor(doc, mention) !== undefined));
}

function firstEvidence(doc: DocContext, country: CountryFact, adjective = false): Evidence | undefined {
  for (const mention of country.mentions) {
    if ((mention.form === "adjective") !== adjective) continue;
    const evidence = evidenceFor(doc, mention);
    if (evidence) return evidence;
  }
  return undefined;
}

/** How the title could give a country away: its name, or the form the text uses for it ("US-"). */
function titleForms(doc: DocContext, country: CountryFact): string[] {
  const title = doc.facts.document.title ?? "";
  const forms = [...new Set(country.mentions.filter((mention) => mention.form !== "adjective").map((mention) => mention.text))];
  const inTitle = forms.filter((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, "u").test(title));
  return [country.name, ...inTitle];
}

/** "der Text „…“" in the accusative, after "über". */
const accusative = (nominative: string) => nominative.replace(/^der /u, "den ");

/** Countries that the text names in no form at all (nor its title), corpus first. */
function absentCountries(doc: DocContext, pool: Pool): Choice[] {
  const here = new Set(doc.facts.countries.map((country) => country.iso2));
  const corpus = pool.documents.flatMap((other) => other.facts.countries).map((country) => ({ value: country.iso2, text: country.name }));
  const title = (doc.facts.document.title ?? "").toLowerCase();
  const seen = new Set<string>();
  return [...corpus, ...FALLBACK_COUNTRIES].filter((choice) => {
    if (here.has(choice.value!) || seen.has(choice.value!) || textMentions(doc, choice.text) || title.includes(choice.text.toLowerCase())) return false;
    seen.add(choice.value!);
    return true;
  });
}

export function countryQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: (Question | undefined)[] = [];
  const named = namedCountries(doc);
  const absent = absentCountries(doc, pool);
  // Several questions of even size when the text names many countries, each with its own distractors.
  const rounds = Math.ceil(named.length / MAX_CORRECT);
  for (let round = 0; round < rounds; round++) {
    const group = named.slice(Math.floor((round * named.length) / rounds), Math.floor(((round + 1) * named.length) / rounds));
    // Where each country is named, and also where the text refers to it by adjective ("im irakischen Mossul").
    const evidence = group.flatMap((country) => [firstEvidence(doc, country), firstEvidence(doc, country, true)].filter((item) => item !== undefined));
    const distinctEvidence = evidence.filter((item, position) => evidence.findIndex((other) => other.start === item.start) === position);
    const wrong = absent.slice(round * 3, round * 3 + 3);
    questions.push(
      multi(
        {
          documentId: doc.id,
          topic: "countries_named",
          key: group.map((country) => country.iso2).join("+"),
          // Named by its title, unless the title names one of the countries asked about.
          stem: `Welche dieser Länder werden ${refFor(
            doc,
            "dat",
            group.flatMap((country) => titleForms(doc, country)),
          ).replace(/^dem /u, "im ")} genannt? Wähle alle zutreffenden aus.`,
          evidence: distinctEvidence[0]!,
          moreEvidence: distinctEvidence.slice(1),
        },
        group.map((country) => ({ text: country.name, value: country.iso2 })),
        wrong.length > 0 ? wrong : absent.slice(0, 3),
      ),
    );
  }

  // One statement per text: a named country (true) or one the text does not name (false).
  const pick = named[hash(doc.id, "country") % Math.max(1, named.length)];
  const evidence = pick ? firstEvidence(doc, pick) : undefined;
  const missing = absent[hash(doc.id, "absent-country") % Math.max(1, Math.min(absent.length, 6))];
  if (pick && evidence) {
    const falseStatement = missing !== undefined && hash(doc.id, "country-truth") % 2 === 0;
    // The title may name the country of a true statement: then the stem names the text without it.
    const stem = `Trifft diese Aussage über ${accusative(refFor(doc, "nom", falseStatement ? [missing.text] : titleForms(doc, pick)))} zu?`;
    const common = { documentId: doc.id, topic: "countries_named" as const, stem, evidence };
    if (missing && falseStatement) {
      const verb = isPluralCountry(missing.text) ? "kommen" : "kommt";
      const correction = `${capitalise(countryPhrase(missing.text, "nom"))} ${verb} im Text nicht vor; genannt wird zum Beispiel ${countryPhrase(pick.name, "nom")}.`;
      questions.push(trueFalse({ ...common, key: `not:${missing.value}` }, `Der Text nennt ${countryPhrase(missing.text, "acc")}.`, false, correction));
    } else {
      questions.push(trueFalse({ ...common, key: pick.iso2 }, `Der Text nennt ${countryPhrase(pick.name, "acc")}.`, true));
    }
  }
  return questions.filter((question): question is Question => question !== undefined);
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
