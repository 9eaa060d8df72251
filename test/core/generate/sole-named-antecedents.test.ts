/**
 * "er" or "sie" opening a sentence after one in which nobody acts or speaks as the extractor reads it: the pronoun stands
 * for the one person of its gender that sentence names, and the statement names that person. Not where the sentence
 * before names two of that gender, one after a preposition, one in a row of several, someone unnamed ("der Anwalt"), or
 * a pronoun of that gender before the name.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (text: string) =>
  generateBank([{ id: "sole", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

const text = (before: string, sentence: string) => `Streit um neue Musikschule

Linz – Rund um den Verkauf eines Schulgebäudes der Stadt werden Vorwürfe laut. Der Verkauf an eine Investorengruppe fand ohne Ausschreibung statt. ${before} ${sentence} Die Stadt weist die Vorwürfe zurück.`;

const about = (made: { statement: string }[], words: string) => made.filter((statement) => statement.statement.includes(words));

describe("a pronoun after a sentence that names one person of its gender where nobody acts", () => {
  it("stands for that man, named after the verb ('Betroffen ist etwa der Gründer Karl Huber. Er ...')", () => {
    const made = statementsOf(text("Betroffen ist etwa der Gründer der Schule Karl Huber.", "Er wurde nach der Vertragsunterzeichnung entlassen."));
    expect(about(made, "nach der Vertragsunterzeichnung entlassen")).toContainEqual({
      statement: "Karl Huber wurde nach der Vertragsunterzeichnung entlassen.",
      answer: true,
    });
  });

  it("stands for that woman, named in a clause of its own ('..., wo Anna Berger ... Sie ...')", () => {
    const made = statementsOf(
      text(
        "Kritik an dem Verkauf gibt es auch im Gemeinderat, wo Anna Berger seit Jahren die Opposition anführt.",
        "Sie fordert eine Prüfung des Verkaufs durch den Rechnungshof.",
      ),
    );
    expect(about(made, "Prüfung des Verkaufs")).toContainEqual({
      statement: "Anna Berger fordert eine Prüfung des Verkaufs durch den Rechnungshof.",
      answer: true,
    });
  });

  it("is not resolved where the sentence before names two of that gender", () => {
    const made = statementsOf(
      text("Betroffen sind etwa der Gründer Karl Huber und der Lehrer Peter Lang.", "Er wurde nach der Vertragsunterzeichnung entlassen."),
    );
    expect(about(made, "Vertragsunterzeichnung")).toEqual([]);
  });

  it("is not resolved where the one man is named after a preposition ('mit Bürgermeister Karl Huber')", () => {
    const made = statementsOf(
      text("Kritik gibt es auch am Vorgehen der Stadt mit Bürgermeister Karl Huber.", "Er wurde nach der Vertragsunterzeichnung entlassen."),
    );
    expect(about(made, "Vertragsunterzeichnung")).toEqual([]);
  });

  it("is not resolved where someone unnamed of that kind stands beside him ('betonte der Anwalt')", () => {
    const made = statementsOf(
      text("Die Unterlagen von Karl Huber seien vollständig, heißt es vom Anwalt.", "Er wurde nach der Vertragsunterzeichnung entlassen."),
    );
    expect(about(made, "Vertragsunterzeichnung")).toEqual([]);
  });

  it("is not resolved where a pronoun of that gender before the name carries someone else on", () => {
    const made = statementsOf(
      text("Nach dem Studium ging er nach Wien, wo Forscher wie Karl Huber lehrten.", "Er wurde nach der Vertragsunterzeichnung entlassen."),
    );
    expect(about(made, "Vertragsunterzeichnung")).toEqual([]);
  });

  it("is not resolved where the name stands in a row ('sowohl Richterin Anna Berger als auch ...')", () => {
    const made = statementsOf(
      text(
        "Dabei merken sowohl Richterin Anna Berger als auch Verteidiger Karl Huber an, dass die Akten unvollständig sind.",
        "Sie fordert eine Prüfung des Verkaufs durch den Rechnungshof.",
      ),
    );
    expect(about(made, "Prüfung des Verkaufs")).toEqual([]);
  });

  it("is not resolved where a conjunction joins the name to another ('Richterin Anna Berger sowie Verteidiger Karl Huber')", () => {
    const made = statementsOf(
      text(
        "Dabei merken Richterin Anna Berger sowie Verteidiger Karl Huber an, dass die Akten unvollständig sind.",
        "Sie fordert eine Prüfung des Verkaufs durch den Rechnungshof.",
      ),
    );
    expect(about(made, "Prüfung des Verkaufs")).toEqual([]);
  });
});

describe("a pronoun subject in a sentence that names two others of its gender after one preposition", () => {
  const award = (others: string) => `Beratungszentrum geschlossen

Peking – Die Behörden haben ein bekanntes Beratungszentrum für Frauen geschlossen. Anna Wang hatte in dem Zentrum tausende Frauen beraten. Sie erhielt internationale Preise und wurde 2011 auch ${others} ausgezeichnet. Das Zentrum bestand seit 1995.`;
  const prizes = (text: string) => about(statementsOf(text), "internationale Preise");

  it("stands for the woman of the sentence before: the second name after 'und' is the preposition's too", () => {
    expect(prizes(award("von Maria Huber und Laura Brandt"))).toContainEqual({
      statement: "Anna Wang erhielt internationale Preise und wurde 2011 auch von Maria Huber und Laura Brandt ausgezeichnet.",
      answer: true,
    });
  });

  it("is not resolved where the second woman stands outside the preposition ('..., als Laura Brandt ...')", () => {
    expect(prizes(award("von Maria Huber, als Laura Brandt die Laudatio hielt,"))).toEqual([]);
  });
});
