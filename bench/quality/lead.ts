/**
 * Whether each article's default quiz asks about its lead (the teaser and the first body sentence; without a
 * dateline, the first two body sentences), and where not, why: the quiz asks only a filler of it (salience under
 * MAIN_SALIENCE: a term gap, an incidental figure), its questions stand in the pool but are not drawn, the families
 * made questions of it that self-containedness or the checks rejected, it has facts but no family asks them, or no fact
 * at all. For the articles without a main question of the lead: the lead's sentences, its actions, what each family
 * made of it and what became of that.
 *   npx tsx bench/quality/lead.ts [--devset DIR] [--verbose]
 */
import { drawQuiz } from "../../src/bank/quiz";
import type { Question } from "../../src/bank/schema";
import { extractFacts } from "../../src/extract/index";
import type { Facts, Sentence } from "../../src/extract/types";
import { accusationQuestions } from "../../src/generate/accusations";
import { attendanceQuestions } from "../../src/generate/attendance";
import { actionQuestions, claimContentQuestions, quoteQuestions } from "../../src/generate/claims";
import { compoundPastQuestions } from "../../src/generate/compoundpast";
import { type DocContext, makeContext, type Pool } from "../../src/generate/context";
import { attendeeCountQuestions } from "../../src/generate/counts";
import { countryActorQuestions, countryBodyQuestions } from "../../src/generate/countryactors";
import { countryQuestions } from "../../src/generate/countries";
import { countryPlaceQuestions } from "../../src/generate/countryplaces";
import { dateQuestions } from "../../src/generate/dates";
import { definitionQuestions } from "../../src/generate/definitions";
import { selfContainedQuestions } from "../../src/generate/gapcontext";
import { generateBank, usableQuestion } from "../../src/generate/index";
import { meetingQuestions } from "../../src/generate/meetings";
import { namedThingQuestions } from "../../src/generate/namedthings";
import { objectQuestions } from "../../src/generate/objects";
import { organisationQuestions } from "../../src/generate/organisations";
import { countryGapQuestions, placeQuestions } from "../../src/generate/places";
import { proportionQuestions } from "../../src/generate/proportions";
import { quantityQuestions } from "../../src/generate/quantities";
import { reasonQuestions } from "../../src/generate/reasons";
import { roleQuestions } from "../../src/generate/roles";
import { WHOLE_FAMILY } from "../../src/generate/share";
import { termQuestions } from "../../src/generate/terms";
import { whomQuestions } from "../../src/generate/whom";
import { readDevset } from "../devset";

/** A quiz question of the lead below this salience only fills up (src/generate/salience.ts: term gaps 0.02, incidental figures). */
const MAIN_SALIENCE = 0.3;

/** The families as src/generate/index.ts runs them, by name, before self-containedness and the checks. */
const FAMILIES: Record<string, (doc: DocContext, pool: Pool) => Question[]> = {
  attendance: (doc, pool) => attendanceQuestions(doc, pool),
  attendeeCount: (doc) => attendeeCountQuestions(doc),
  role: (doc, pool) => roleQuestions(doc, pool, WHOLE_FAMILY),
  meeting: (doc, pool) => meetingQuestions(doc, pool),
  date: (doc, pool) => dateQuestions(doc, pool),
  quantity: (doc) => quantityQuestions(doc, WHOLE_FAMILY),
  country: (doc, pool) => countryQuestions(doc, pool),
  place: (doc) => placeQuestions(doc),
  countryGap: (doc) => countryGapQuestions(doc),
  quote: (doc, pool) => quoteQuestions(doc, pool, WHOLE_FAMILY),
  action: (doc, pool) => actionQuestions(doc, pool, WHOLE_FAMILY),
  compoundPast: (doc, pool) => compoundPastQuestions(doc, pool),
  proportion: (doc) => proportionQuestions(doc),
  accusation: (doc, pool) => accusationQuestions(doc, pool),
  countryActor: (doc, pool) => countryActorQuestions(doc, pool),
  countryBody: (doc, pool) => countryBodyQuestions(doc, pool),
  countryPlace: (doc, pool) => countryPlaceQuestions(doc, pool),
  claimContent: (doc) => claimContentQuestions(doc),
  object: (doc) => objectQuestions(doc),
  whom: (doc, pool) => whomQuestions(doc, pool),
  organisation: (doc) => organisationQuestions(doc),
  namedThing: (doc) => namedThingQuestions(doc),
  term: (doc) => termQuestions(doc, WHOLE_FAMILY),
  definition: (doc) => definitionQuestions(doc),
  reason: (doc) => reasonQuestions(doc),
};

function leadSentences(facts: Facts): Sentence[] {
  const body = facts.passages.filter((passage) => passage.kind === "text" || passage.kind === "quote").flatMap((passage) => passage.sentences);
  const teaser = body.filter((sentence) => sentence.lead === "teaser");
  const opening = body.filter((sentence) => sentence.lead === "opening");
  return teaser.length > 0 ? [...teaser, ...opening.slice(0, 1)] : opening.slice(0, 2);
}

const inLead = (lead: readonly Sentence[], at: number) => lead.some((sentence) => sentence.start <= at && at < sentence.end);
const describe = (question: Question) => `${question.topic}/${question.type} s=${question.salience.toFixed(2)}`;

/** The lead's facts that a main question asks: who did or said what, a figure, a meeting. */
function mainFacts(facts: Facts, lead: readonly Sentence[]): string[] {
  return [
    ...facts.actions.filter((action) => inLead(lead, action.start)).map((action) => `action:${action.actor.text}|${action.verb.text}`),
    ...facts.quotes.filter((quote) => inLead(lead, quote.start)).map((quote) => `quote:${quote.speaker.text}`),
    ...facts.quantities.filter((quantity) => inLead(lead, quantity.start)).map((quantity) => `quantity:${quantity.text}`),
    ...facts.meetings.filter((meeting) => inLead(lead, meeting.start)).map(() => "meeting"),
  ];
}

const verbose = process.argv.includes("--verbose");
const causes = new Map<string, number>();
for (const { file, text } of readDevset("bench/quality/lead") ?? []) {
  const id = file.replace(/\.txt$/u, "");
  const facts = extractFacts(text, { id });
  const lead = leadSentences(facts);
  const pool = generateBank([{ id, text }])[0]?.questions ?? [];
  const fromLead = pool.filter((question) => inLead(lead, question.evidence.start));
  const asked = drawQuiz(pool, { seed: id }).filter((question) => inLead(lead, question.evidence.start));
  const main = mainFacts(facts, lead);
  let cause: string;
  let made: string[] = [];
  if (asked.some((question) => question.salience >= MAIN_SALIENCE)) cause = "asked";
  else if (asked.length > 0) cause = "asked, only a filler";
  else if (fromLead.length > 0) cause = "pool, not drawn";
  else {
    const doc = makeContext(id, text, facts);
    const familyPool: Pool = { documents: [doc], persons: facts.persons.map((person) => ({ documentId: id, person })) };
    made = Object.entries(FAMILIES).flatMap(([name, family]) => {
      const raw = family(doc, familyPool).filter((question) => inLead(lead, question.evidence.start));
      if (raw.length === 0) return [];
      const alone = selfContainedQuestions(doc, raw);
      return [`${name}: made ${raw.length}, self-contained ${alone.length}, usable ${alone.filter(usableQuestion).length}`];
    });
    cause = made.length > 0 ? "facts, questions rejected" : main.length > 0 ? "facts, no question made" : "no fact";
  }
  causes.set(cause, (causes.get(cause) ?? 0) + 1);
  if (cause === "asked" && !verbose) continue;
  console.log(`\n== ${file} [${cause}] pool ${pool.length} (${fromLead.length} from the lead)`);
  for (const sentence of lead) console.log(`  ${sentence.lead}: ${text.slice(sentence.start, sentence.end).slice(0, 300)}`);
  if (asked.length > 0) console.log(`  asked: ${asked.map(describe).join("; ")}`);
  if (fromLead.length > 0) console.log(`  pool: ${fromLead.map(describe).join("; ")}`);
  if (main.length > 0) console.log(`  facts: ${main.join(", ")}`);
  for (const line of made) console.log(`  ${line}`);
}
console.log("\n# articles by cause");
for (const [cause, count] of causes) console.log(`${cause}: ${count}`);
