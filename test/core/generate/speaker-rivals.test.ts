/**
 * Whom someone's words are falsely given to, and who else "Wer sagte ...?" offers: who speaks in the text, then who holds
 * an office; never an attacker, a victim or a name in passing, whom a learner rules out without reading.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const ATTACK = `Anschlag in Lyon: Täter identifiziert

Lyon – Nach dem Anschlag auf den Bahnhof von Lyon haben die Ermittler den Täter identifiziert. Der Attentäter Karim L. soll sich am Freitagabend in der Bahnhofshalle in die Luft gesprengt haben. Sein Opfer, der Schaffner Jean Moreau, wurde schwer verletzt. Es habe vier Verletzte gegeben, sagte Staatsanwältin Claire Dubois am Samstag. Die Lage ist unter Kontrolle, sagte Innenminister Pierre Martin. Der Täter sei den Behörden seit Jahren bekannt gewesen, sagte Dubois.`;

const questionsOf = (id: string, text: string): Question[] => generateBank([{ id, text }])[0]!.questions;

/** The false statements of words said, and the wrong options of "Wer sagte ...?". */
function falseSpeakers(questions: readonly Question[]): { statements: string[]; options: string[] } {
  const quotes = questions.filter((question) => question.topic === "quote");
  return {
    statements: quotes.flatMap((question) => (question.type === "truefalse" && !question.answer ? [question.statement] : [])),
    options: quotes.flatMap((question) =>
      question.type === "single" && question.stem.startsWith("Wer ")
        ? question.options.filter((option) => option.id !== question.answer).map((option) => option.text)
        : [],
    ),
  };
}

describe("the false speaker of someone's words", () => {
  it("is the other speaker, not the attacker the report names ('Karim L. sagte: „Die Lage ist unter Kontrolle“')", () => {
    const { statements } = falseSpeakers(questionsOf("lyon", ATTACK));
    expect(statements).toContain("Claire Dubois sagte: „Die Lage ist unter Kontrolle“");
    expect(statements.filter((statement) => /Karim L\.|Jean Moreau/u.test(statement))).toEqual([]);
  });

  it("is offered in 'Wer sagte ...?' only among who speaks or holds an office, not the attacker nor his victim", () => {
    const { options } = falseSpeakers(questionsOf("lyon", ATTACK));
    expect(options.filter((option) => option === "Karim L." || option === "Jean Moreau")).toEqual([]);
  });

  it("is not the attacker where the report tells his deed as done ('Der Attentäter ... hatte sich ... gesprengt')", () => {
    const told = `Anschlag in Lyon: Drei Tote

Lyon – Der Attentäter Karim Lahouel hatte sich am Freitag vor dem Bahnhof in die Luft gesprengt. Die Lage ist unter Kontrolle, sagte Innenminister Pierre Martin am Sonntag. Staatsanwältin Claire Dubois erklärte, die Ermittlungen dauerten an.`;
    const questions = questionsOf("lyon-told", told);
    const { statements, options } = falseSpeakers(questions);
    expect(statements).toContain("Claire Dubois sagte: „Die Lage ist unter Kontrolle“");
    expect([...statements, ...options].filter((text) => text.includes("Lahouel"))).toEqual([]);
    // His deed is still asked: only as a speaker he is no rival.
    expect(questions.some((question) => question.topic === "action" && JSON.stringify(question).includes("Lahouel"))).toBe(true);
  });

  it("is someone the text names with an office where nobody else speaks", () => {
    const text = `Anschlag in Lyon

Lyon – Der Attentäter Karim L. soll sich am Freitagabend in der Bahnhofshalle in die Luft gesprengt haben. Innenminister Pierre Martin reiste am Samstag nach Lyon. Es habe vier Verletzte gegeben, sagte Staatsanwältin Claire Dubois am Samstag.`;
    const { statements } = falseSpeakers(questionsOf("lyon-minister", text));
    expect(statements).toContain("Pierre Martin sagte sinngemäß: Es habe vier Verletzte gegeben.");
    expect(statements.filter((statement) => statement.includes("Karim L."))).toEqual([]);
  });

  it("is nobody where the only other person is the attacker: the words themselves are changed, if at all", () => {
    const text = `Anschlag in Lyon

Lyon – Der Attentäter Karim L. soll sich am Freitagabend in der Bahnhofshalle in die Luft gesprengt haben. Es habe vier Verletzte gegeben, sagte Staatsanwältin Claire Dubois am Samstag.`;
    const { statements, options } = falseSpeakers(questionsOf("lyon-alone", text));
    expect(statements.filter((statement) => statement.includes("Karim L."))).toEqual([]);
    expect(statements.every((statement) => statement.startsWith("Claire Dubois sagte"))).toBe(true);
    expect(options).toEqual([]);
  });
});

describe("the false speaker offered beside two who speak", () => {
  it("is not a suspect whose alleged deed follows another verb ('wurde ... geboren und soll ... gelagert haben')", () => {
    const text = `Anschlag in Lyon: Ermittler nennen Verdächtigen

Lyon – Nach dem Anschlag auf den Bahnhof von Lyon suchen die Ermittler nach Helfern. Yassin Bouzid wurde 1990 in Marseille geboren und soll den Sprengstoff in einer Garage gelagert haben. Es habe vier Verletzte gegeben, sagte Staatsanwältin Claire Dubois am Samstag. Die Lage ist unter Kontrolle, sagte Innenminister Pierre Martin am Sonntag.`;
    const { statements, options } = falseSpeakers(questionsOf("lyon-born-suspect", text));
    expect([...statements, ...options].filter((text) => text.includes("Bouzid"))).toEqual([]);
  });
});

describe("who else is said to have done what the text says someone is said to have done", () => {
  const SUSPECTS = `Anschlag in Lyon: Täter identifiziert

Lyon – Nach dem Anschlag auf den Bahnhof von Lyon haben die Ermittler zwei Täter identifiziert. Der Attentäter Karim L. soll sich am Freitagabend in der Bahnhofshalle in die Luft gesprengt haben. Sein Komplize Yassin B. soll den Sprengstoff in einer Garage in Marseille gelagert haben. Es habe vier Verletzte gegeben, sagte Staatsanwältin Claire Dubois am Samstag. Die Lage ist unter Kontrolle, sagte Innenminister Pierre Martin.`;

  it("is another suspect, never the prosecutor or the minister who speak of it", () => {
    const aboutDeed = questionsOf("lyon-suspects", SUSPECTS).flatMap((question) =>
      question.type === "truefalse" && !question.answer && question.statement.includes("in die Luft gesprengt")
        ? [question.statement]
        : question.type === "single" &&
            question.topic === "action" &&
            (question.stem.includes("in die Luft gesprengt") || question.options.some((option) => option.text.includes("in die Luft gesprengt")))
          ? question.options.map((option) => option.text)
          : [],
    );
    expect(aboutDeed).toContain("Yassin B. soll sich am Freitagabend in der Bahnhofshalle in die Luft gesprengt haben.");
    expect(aboutDeed.filter((text) => /Dubois|Martin/u.test(text))).toEqual([]);
  });
});
