/**
 * Deeds whose clause links to the sentence before by an adverb in its middle field ("Berger will zudem ...", "Wimmer
 * kritisierte die Ministerin indes scharf", "wehrte sich zugleich gegen ..."): stated and asked without it, as they are
 * true without it and stand alone. Where the word links two clauses of the statement itself (after a comma), makes a
 * contrast of the clause's own ("zwar ... aber"), is a pronominal adverb ("dagegen, dass ...") or a focus particle
 * ("auch"), or stands in a quote, it stays. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

function questionsOf(id: string, text: string): Question[] {
  return generateBank([{ id, text }])[0]!.questions;
}

/** The statements of true/false questions and choices, and the stems of single choices. */
const sentencesOf = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "truefalse" ? [question.statement] : question.type === "single" ? [question.stem, ...question.options.map((option) => option.text)] : [],
  );

const BUDGET = `Streit um das Budget

Wien – Finanzministerin Maria Berger hat am Montag ein Sparpaket vorgestellt. Die Opposition lehnt die Pläne ab. Berger will zudem die Gespräche über eine neue Steuerreform mit den Ländern fortsetzen. Der Grazer Bürgermeister Karl Wimmer kritisierte die Finanzministerin indes scharf. Wimmer wehrte sich zugleich gegen jede Kürzung der Mittel für die Gemeinden.`;

const LETTER = `Streit um Gemeindegeld

Graz – Der Grazer Bürgermeister Karl Wimmer hat die Kürzung der Mittel für die Gemeinden kritisiert. Nach der Sitzung soll Wimmer außerdem einen Brief an Bundeskanzler Anton Leitner geschickt haben. Die Landesregierung hat einen Vorschlag der Gemeinden aber abgelehnt. Die Opposition hat am Dienstag allerdings einen Antrag auf eine Sondersitzung eingebracht.`;

describe("a linking adverb in a deed's middle field", () => {
  const budget = sentencesOf(questionsOf("budget", BUDGET));
  const letter = sentencesOf(questionsOf("letter", LETTER));

  it("is left out of the true statement and of its false twin, right after the verb or further in", () => {
    expect(budget).toContain("Maria Berger will die Gespräche über eine neue Steuerreform mit den Ländern fortsetzen.");
    expect(budget).toContain("Karl Wimmer will die Gespräche über eine neue Steuerreform mit den Ländern fortsetzen.");
    expect(budget).toContain("Karl Wimmer wehrte sich gegen jede Kürzung der Mittel für die Gemeinden.");
    expect(budget).toContain("Maria Berger wehrte sich gegen jede Kürzung der Mittel für die Gemeinden.");
    expect(budget).toContain("Karl Wimmer kritisierte Maria Berger scharf.");
    expect(letter).toContain("Karl Wimmer soll nach der Sitzung einen Brief an Bundeskanzler Anton Leitner geschickt haben.");
    expect(letter).toContain("Die Landesregierung hat einen Vorschlag der Gemeinden abgelehnt.");
    expect(letter).toContain("Die Opposition hat am Dienstag einen Antrag auf eine Sondersitzung eingebracht.");
  });

  it("is in no statement, option or stem of those deeds", () => {
    for (const sentence of [...budget, ...letter]) expect(sentence).not.toMatch(/(?<!\p{L})(?:zudem|indes|zugleich|außerdem|aber|allerdings)(?!\p{L})/u);
  });
});

const GULLS = `Möwen in der Stadt

Linz – Bürgermeister Peter Lang hat am Montag ein Programm gegen die Möwenplage vorgestellt. Die Stadt Linz hat im Frühjahr 400 Nester von den Dächern entfernt, zudem fliegen Falken über dem Hafen. Lang besuchte auch die Volksschule am Hafen. „Wir werden aber weiter gegen die Möwen vorgehen“, sagte Lang. Landesrätin Eva Brandl begrüßte zwar das Programm der Stadt Linz aber nicht den Abschuss der Möwen. Die Landesrätin Anna Huber kämpft seit Jahren dagegen, dass die Gemeinden sparen müssen.`;

describe("a word that only looks like a linking adverb of the deed", () => {
  const gulls = sentencesOf(questionsOf("gulls", GULLS));

  it("stays after a comma, where it links the statement's own two clauses", () => {
    expect(gulls).toContain("Die Stadt Linz entfernte im Frühjahr 400 Nester von den Dächern, zudem fliegen Falken über dem Hafen.");
  });

  it("stays where 'zwar' makes the contrast the clause's own: without 'aber' the statement would say the opposite", () => {
    expect(gulls).toContain("Eva Brandl begrüßte zwar das Programm der Stadt Linz aber nicht den Abschuss der Möwen.");
    for (const sentence of gulls) expect(sentence).not.toContain("Programm der Stadt Linz nicht den Abschuss");
  });

  it("stays as a pronominal adverb pointing forward ('dagegen, dass') and as a focus particle ('auch')", () => {
    expect(gulls).toContain("Anna Huber kämpft seit Jahren dagegen, dass die Gemeinden sparen müssen.");
    expect(gulls).toContain("Peter Lang besuchte auch die Volksschule am Hafen.");
  });

  it("stays in a quote, which is given word for word", () => {
    expect(gulls).toContain("Peter Lang sagte: „Wir werden aber weiter gegen die Möwen vorgehen“");
  });
});
