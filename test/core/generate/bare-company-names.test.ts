/**
 * Companies a technology or business report names by their bare name ("Spotify testet ...", "Seit Jahren kritisiert
 * Microsoft ..."), with no kind's noun before them: they act as named bodies, with the text's other companies as their
 * rivals, while a substance or a measure the text writes without an article ("Kupfer verteuerte sich") stays none.
 * Through the extractor and the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;
type Cloze = Extract<Question, { type: "cloze" }>;

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statements = (questions: readonly Question[]) => questions.filter((question): question is Statement => question.type === "truefalse");

const STREAMING = `Streamingdienst testet Werbepause

Berlin – Seit Montag testet Klangfeld eine Werbepause in seinen Podcasts. Der Konzern Tonwerk bietet schon seit einem Jahr Werbung an. Klangfeld will damit mehr Geld verdienen. Viele Hörer sind verärgert, doch Klangfeld bleibt bei seinem Kurs.`;

const METALS = `Metallpreise steigen

London – Kupfer verteuerte sich am Montag um drei Prozent. Händler erwarten, dass Kupfer weiter steigt. Auch Zink legte zu, doch Kupfer bleibt am stärksten gefragt. Kupfer kostet nun 9.000 Dollar je Tonne.`;

describe("a company named by its bare name", () => {
  it("acts where the text names it three times without an article and once beside a company's deed", () => {
    const actors = extractFacts(STREAMING).actions.filter((action) => action.organisation);
    expect(actors.map((action) => action.actor.text)).toContain("Klangfeld");
    const gap = questionsOf("streaming", STREAMING).find(
      (question): question is Cloze => question.type === "cloze" && question.topic === "action" && question.answer === "Klangfeld",
    );
    expect(gap?.stem).toBe("Welcher Name fehlt in diesem Satz?");
    expect(gap?.before).toBe("Seit Montag testet ");
  });

  it("is the rival of another company the text names, in a false statement of that company's deed", () => {
    const falseOnes = statements(questionsOf("streaming", STREAMING)).filter((question) => !question.answer);
    expect(falseOnes.map((question) => question.statement)).toContain("Klangfeld bietet schon seit einem Jahr Werbung an.");
  });

  it("leaves a substance the text writes without an article, which does no company's deed", () => {
    expect(extractFacts(METALS).actions.filter((action) => action.organisation)).toEqual([]);
  });
});

describe("people of a programme or a firm in the plural", () => {
  const update = `Klangfeld hat eine neue Testversion veröffentlicht. Klangfeld hat eine neue Testversion seiner App für Smartphones veröffentlicht. Die Version bringt ein paar neue Funktionen mit. Nutzer des Beta Tester-Programms müssen ihr Handy erst auf die alte Fassung zurücksetzen, wenn sie die neue Version installieren wollen. Seit Montag testet Klangfeld darin eine Werbepause. Kritik daran weist Klangfeld zurück.`;

  it("are no rival of the company's deed ('Nutzer des ...-Programms veröffentlichten ...')", () => {
    const questions = questionsOf("update", update);
    expect(statements(questions).some((question) => question.statement.includes("Klangfeld veröffentlichte"))).toBe(true);
    expect(statements(questions).map((question) => question.statement)).not.toContain(
      "Nutzer des Beta Tester-Programms veröffentlichten eine neue Testversion.",
    );
  });
});
