/**
 * Research reports: a team named by the person who leads it ("Das Team um Anna Berg nahm ... auf") acts, in the
 * singular, and who leads it is asked as a name gap ("Wer leitete das Team?"). Through the whole extractor and
 * generator, on a short text written for the test.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

type Gap = Extract<Question, { type: "cloze" }>;

const BIRDS = `Meisen singen im Takt

Graz – Junge Meisen lernen ihren Gesang von älteren Vögeln. Für die Studie nahm das Team um Anna Berger die Lieder von 40 Meisen in einem Stadtpark auf. Die Vögel wurden ein Jahr lang beobachtet. Danach entwickelte eine Arbeitsgruppe um den Informatiker Karl Weber ein Modell des Gesangs.`;

const gapsOf = (text: string) => generateBank([{ id: "birds", text }])[0]!.questions.filter((question): question is Gap => question.type === "cloze");

describe("a team named by the person who leads it", () => {
  it("acts in the singular, its leader kept", () => {
    const actions = extractFacts(BIRDS).actions;
    expect(actions.find((action) => action.verb.text === "nahm")).toMatchObject({ actor: { text: "das Team um Anna Berger" }, leader: "Berger" });
    expect(actions.find((action) => action.verb.text === "entwickelte")).toMatchObject({
      actor: { text: "eine Arbeitsgruppe um den Informatiker Karl Weber" },
      leader: "Weber",
    });
  });

  it("asks who leads it as a gap in the sentence", () => {
    const gap = gapsOf(BIRDS).find((question) => question.answer === "Anna Berger");
    expect(gap).toMatchObject({ before: "Für die Studie nahm das Team um ", after: " die Lieder von 40 Meisen in einem Stadtpark auf." });
    expect(gap?.accept).toContain("Berger");
  });

  it("is no team where the verb is plural or no person of the text follows 'um'", () => {
    const plural = BIRDS.replace("nahm das Team um Anna Berger", "nahmen das Team um Anna Berger");
    expect(extractFacts(plural).actions.some((action) => action.leader !== undefined && action.verb.text === "nahmen")).toBe(false);
    const noPerson = BIRDS.replace("nahm das Team um Anna Berger", "nahm das Team um acht Uhr");
    expect(extractFacts(noPerson).actions.some((action) => action.leader !== undefined && action.verb.text === "nahm")).toBe(false);
  });
});
