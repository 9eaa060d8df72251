/**
 * Commas that do not end a deed's clause: between two adjectives of one noun ("eine kleine, aber wirksame Änderung",
 * "ein teures, wenn auch sinnvolles Projekt", "eine lange, harte Debatte"), in a figure ("11,5 Millionen"), and around a
 * relative clause, a clause of time or an apposition inserted into the middle field, after which the main clause closes
 * with its particle or participle ("lud Vertreter der Parteien, die im Landtag sitzen, ein"). The deed is stated whole,
 * with its particle, or not at all; never cut at the comma ("Eva Brandl hat eine kleine.", "Peter Lang lud Vertreter
 * der Parteien."). Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

/** The statements of true/false questions and the options of single choices about deeds. */
function deedSentencesOf(id: string, text: string): string[] {
  return generateBank([{ id, text }])[0]!.questions.flatMap((question: Question) =>
    question.topic !== "action"
      ? []
      : question.type === "truefalse"
        ? [question.statement]
        : question.type === "single"
          ? question.options.map((option) => option.text)
          : [],
  );
}

/** The clause of each deed the extractor finds, with its particle where it has one. */
function clausesOf(text: string): { clause: string; particle?: string }[] {
  return extractFacts(text).actions.map((action) => ({ clause: text.slice(action.clause.start, action.clause.end), particle: action.particle?.text }));
}

const ADJECTIVES = `Streit um das Schulgesetz

Die Landesregierung will das Schulgesetz ändern. Die Opposition ist skeptisch.

Linz – Die Bildungslandesrätin Eva Brandl hat am Montag eine kleine, aber wirksame Änderung des Schulgesetzes vorgeschlagen. Der Abgeordnete Peter Lang präsentierte eine neue, und zwar strengere Regel für Privatschulen. Brandl hat ein teures, wenn auch sinnvolles Projekt der Gemeinde gestoppt. Lang kündigte eine lange, harte Debatte im Landtag an. Brandl hat 11,5 Millionen Euro für neue Turnsäle gefordert.`;

const INSERTIONS = `Einladung in den Landtag

Der Landtag berät über das Budget. Die Gemeinden fordern mehr Geld.

Linz – Der Abgeordnete Peter Lang lud am Dienstag Vertreter der Parteien, die im Landtag sitzen, ein. Die Landesrätin Eva Brandl hat den Vorschlag der Gemeinden, den die Bürgermeister im Mai vorgelegt hatten, abgelehnt. Lang stellte am Mittwoch den Plan, nachdem die Beamten ihn geprüft hatten, im Ausschuss vor. Brandl hat mit dem Bürgermeister, einem alten Freund der Familie, gesprochen.`;

const POINTING = `Gespräche über das Budget

Die Landesrätin Eva Brandl hat das Budget verteidigt.

Linz – Der Abgeordnete Peter Lang lud am Dienstag Vertreter der Parteien, mit denen sie zuvor verhandelt hatte, ein. Lang hat den Antrag, nachdem sie ihn geprüft hatte, abgelehnt. Lang schlug den Parteien, mit denen sie verhandelt, einen Kompromiss vor.`;

const OTHER_CLAUSES = `Debatte im Landtag

Der Landtag berät über das Budget.

Linz – Der Abgeordnete Peter Lang lobte den Plan, den Landesrätin Eva Brandl vorgelegt hatte, kritisierte aber die Kosten. Brandl verteidigte am Dienstag den Plan, nachdem Lang die Beamten ermutigt hatte, ihre Bedenken zu äußern. Lang hat eine kleine (aber wirksame) Änderung des Budgets vorgeschlagen. Brandl kritisierte am Mittwoch die teure, aber auf Dauer wirksame Sanierung der Schulen. Die Landesregierung hat am Montag beschlossen, die Mittel für Linz, Wels und Steyr deutlich aufzustocken.`;

describe("a comma between two adjectives of one noun", () => {
  const sentences = deedSentencesOf("adjectives", ADJECTIVES);

  it("leaves the deed whole", () => {
    expect(sentences).toContain("Eva Brandl hat am Montag eine kleine, aber wirksame Änderung des Schulgesetzes vorgeschlagen.");
    expect(sentences).toContain("Peter Lang präsentierte eine neue, und zwar strengere Regel für Privatschulen.");
    expect(sentences).toContain("Eva Brandl hat ein teures, wenn auch sinnvolles Projekt der Gemeinde gestoppt.");
    expect(sentences).toContain("Peter Lang kündigte eine lange, harte Debatte im Landtag an.");
  });

  it("is inside the clause the extractor finds, with the particle at its end", () => {
    const clauses = clausesOf(ADJECTIVES);
    expect(clauses.map(({ clause }) => clause)).toContain(
      "Die Bildungslandesrätin Eva Brandl hat am Montag eine kleine, aber wirksame Änderung des Schulgesetzes vorgeschlagen",
    );
    expect(clauses).toContainEqual({ clause: "Lang kündigte eine lange, harte Debatte im Landtag an", particle: "an" });
  });

  it("as the comma in a figure, ends no deed", () => {
    expect(sentences).toContain("Eva Brandl hat 11,5 Millionen Euro für neue Turnsäle gefordert.");
  });

  it("never leaves a deed that breaks off after an article or an adjective", () => {
    for (const sentence of sentences) expect(sentence).not.toMatch(/(?:eine|ein|der|die|das) \p{Ll}+e[nrs]?\.?$/u);
  });
});

describe("a clause or apposition inserted into the middle field", () => {
  it("is part of the deed's clause, which keeps its particle", () => {
    const clauses = clausesOf(INSERTIONS);
    expect(clauses).toContainEqual({
      clause: "Der Abgeordnete Peter Lang lud am Dienstag Vertreter der Parteien, die im Landtag sitzen, ein",
      particle: "ein",
    });
    expect(clauses).toContainEqual({ clause: "Lang stellte am Mittwoch den Plan, nachdem die Beamten ihn geprüft hatten, im Ausschuss vor", particle: "vor" });
    expect(clauses.map(({ clause }) => clause)).toContain("Brandl hat mit dem Bürgermeister, einem alten Freund der Familie, gesprochen");
  });

  it("stays in the statement", () => {
    const sentences = deedSentencesOf("insertions", INSERTIONS);
    expect(sentences).toContain("Peter Lang lud am Dienstag Vertreter der Parteien, die im Landtag sitzen, ein.");
    expect(sentences).toContain("Eva Brandl hat den Vorschlag der Gemeinden, den die Bürgermeister im Mai vorgelegt hatten, abgelehnt.");
  });

  it("that points back makes no deed, rather than one cut before it", () => {
    const sentences = deedSentencesOf("pointing", POINTING);
    expect(sentences.filter((sentence) => /Vertreter der Parteien|den Antrag|Kompromiss/u.test(sentence))).toEqual([]);
    expect(sentences.filter((sentence) => /(?:Parteien|Antrag)\.$/u.test(sentence))).toEqual([]);
  });
});

describe("what only looks like an insertion", () => {
  it("does not take in a second main clause or a clause of its own after it", () => {
    const clauses = clausesOf(OTHER_CLAUSES).map(({ clause }) => clause);
    expect(clauses).toContain("Der Abgeordnete Peter Lang lobte den Plan");
    expect(clauses).toContain("Brandl verteidigte am Dienstag den Plan");
    expect(clauses).toContain("Die Landesregierung hat am Montag beschlossen");
  });

  it("cut at a bracket or a comma inside a noun phrase the extractor does not see through, makes no statement", () => {
    const sentences = deedSentencesOf("other", OTHER_CLAUSES);
    expect(sentences.filter((sentence) => sentence.includes("eine kleine"))).toEqual([]);
    expect(sentences.filter((sentence) => sentence.includes("die teure"))).toEqual([]);
  });
});
