/**
 * A company named by its bare name that opens most of its sentences ("Kaltwerk wolle ...") and is named once as who
 * said something ("..., erklärte Kaltwerk"): a speaker is someone, so one mention inside a sentence is enough for
 * its name to act as a company's, and "Das Unternehmen" stands for it. A noun opening its sentences that the text never
 * names as a speaker ("Wasser bietet ...") stays none. Through the extractor and the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statementsOf = (questions: readonly Question[]) => questions.filter((question): question is Statement => question.type === "truefalse");

const JOB_CUTS = `Kaltwerk streicht Stellen

Helsinki – Kaltwerk fällt es schwer, an alte Erfolge anzuknüpfen. Beim Hersteller des Spiels Eisberg fallen 200 Arbeitsplätze weg. Kaltwerk wolle sich künftig auf wenige Spiele konzentrieren, hieß es am Mittwoch. Das finnische Unternehmen hatte zuletzt rund 600 Beschäftigte. Das neue Spiel sei bereits zwei Millionen Mal heruntergeladen worden, erklärte Kaltwerk.`;

const HEAT = `Hitze im Sommer

Wien – Wasser bietet an heißen Tagen die beste Abkühlung. Ärzte raten, viel Wasser zu trinken. Wasser sollte man über den Tag verteilt trinken. Der Konzern Quellwerk verkauft im Sommer doppelt so viele Flaschen. Die Stadt stellt zudem Trinkbrunnen auf.`;

describe("a bare company name that opens its sentences and is named as a speaker", () => {
  it("is an organisation, which 'Das Unternehmen' stands for", () => {
    const organisations = extractFacts(JOB_CUTS).actions.filter((action) => action.organisation);
    expect(organisations.map((action) => action.referent?.text ?? action.actor.text)).toContain("Kaltwerk");
    expect(statementsOf(questionsOf("job-cuts", JOB_CUTS))).toContainEqual(
      expect.objectContaining({ statement: "Kaltwerk hatte zuletzt rund 600 Beschäftigte.", answer: true }),
    );
  });

  it("leaves a noun that opens its sentences but never speaks no company, and no rival of one", () => {
    expect(extractFacts(HEAT).actions.filter((action) => action.organisation)).toEqual([]);
    const told = statementsOf(questionsOf("heat", HEAT)).map((statement) => statement.statement);
    expect(told.filter((statement) => statement.startsWith("Wasser"))).toEqual([]);
  });
});
