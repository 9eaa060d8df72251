/**
 * Words attributed to a group or party with a verb of saying in the plural ("..., erklärten die Grünen", "sagten die
 * Vertreter der Anrainer"): the statement gives them the plural too ("Die Grünen sagten sinngemäß: ..."), not "Die
 * Grünen sagte". A speaker in the singular keeps its verb. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const trueStatementsOf = (text: string) =>
  generateBank([{ id: "radwege", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.answer && question.topic === "quote" ? [question.statement] : [],
  );

const text = (attribution: string) => `Streit um Radwege

Wien – Eine Bürgerinitiative kämpft gegen den Bau einer Straße. Wien brauche mehr Radwege, ${attribution}. Bürgermeister Karl Huber verteidigte das Projekt am Montag.`;

describe("a quote whose verb of saying is plural", () => {
  it("is stated with the plural verb, for a party and for a group named with a genitive", () => {
    expect(trueStatementsOf(text("erklärten die Grünen"))).toEqual(["Die Grünen sagten sinngemäß: Wien brauche mehr Radwege."]);
    expect(trueStatementsOf(text("erklärten die Vertreter der Anrainer"))).toEqual(["Die Vertreter der Anrainer sagten sinngemäß: Wien brauche mehr Radwege."]);
  });

  it("keeps the singular for a speaker in the singular", () => {
    expect(trueStatementsOf(text("erklärte die Bürgerinitiative"))).toEqual(["Die Bürgerinitiative sagte sinngemäß: Wien brauche mehr Radwege."]);
  });
});
