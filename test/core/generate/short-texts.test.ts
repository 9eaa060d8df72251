/**
 * Teachers' short local texts (one speaker, two or three actors): a lone deed's false twin where nobody else of the text
 * could have done it, a council named with its town ("Der Gemeinderat von Zell"), and a quiz as long as the rules allow
 * where no quiz of five is; through the whole generator and the default draw on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

function pool(id: string, text: string): Question[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions;
}

const statementsOf = (questions: readonly Question[], answer: boolean) =>
  questions.filter((question): question is Statement => question.type === "truefalse" && question.answer === answer).map((question) => question.statement);

const PROTEST = `Hallenbad bleibt geschlossen

Vöcklabruck – Das Hallenbad in Vöcklabruck bleibt mindestens bis zum Sommer geschlossen. Die Reparatur der Lüftung sei zu teuer, sagte Bürgermeister Georg Lehner. Der Schwimmverein kündigte Proteste vor dem Rathaus an.`;

const UNION = `Druckerei spart

Wels – In Wels streicht eine Druckerei 30 Stellen. Die Gewerkschaft GPA forderte strengere Regeln für Überstunden. Die Aufträge seien stark zurückgegangen, sagte Geschäftsführerin Maria Hofmann.`;

const PLAY = `Aufstieg für Hartberg

Hartberg – Der FC Hartberg ist in die Regionalliga aufgestiegen. Die Fans feierten den Sieg bis spät in die Nacht. Die Mannschaft habe hart gearbeitet, sagte Trainer Paul Reiter.`;

describe("a lone deed in the simple past, denied as its statement tells it, in the perfect", () => {
  it("puts 'nicht' before the participle where the clause ends in a particle ('kündigte ... an')", () => {
    const questions = pool("protest", PROTEST);
    expect(statementsOf(questions, true)).toContain("Der Schwimmverein hat Proteste vor dem Rathaus angekündigt.");
    expect(statementsOf(questions, false)).toContain("Der Schwimmverein hat keine Proteste vor dem Rathaus angekündigt.");
    // Not where "nicht" would stand after what the deed leads to ("zum Stromsparen"), nor after a count.
    const text = `Aufruf zum Sparen

Linz – Die Linz AG forderte die rund 200.000 Kunden mit Nachdruck zum Stromsparen auf. Die Stadtwerke Steyr warfen dem Land zahlreiche Fehler vor. Die Preise steigen.`;
    const wrong = statementsOf(pool("sparen", text), false);
    expect(wrong.some((statement) => statement.includes("zum Stromsparen nicht"))).toBe(false);
    expect(wrong.some((statement) => statement.includes("zahlreiche Fehler nicht"))).toBe(false);
  });

  it("and where it ends in a phrase ('forderte strengere Regeln für Überstunden', 'feierten den Sieg bis spät in die Nacht')", () => {
    expect(statementsOf(pool("union", UNION), false)).toContain("Die Gewerkschaft GPA hat keine strengeren Regeln für Überstunden gefordert.");
    expect(statementsOf(pool("play", PLAY), false)).toContain("Die Fans haben den Sieg bis spät in die Nacht nicht gefeiert.");
  });
});

describe("a council named with its town", () => {
  it("acts where its town follows 'von' or the genitive of the town's kind", () => {
    for (const council of ["Der Gemeinderat von Zell", "Der Gemeinderat der Stadt Zell"]) {
      const text = `Neuer Kindergarten

Zell – ${council} hat am Montag den Bau eines neuen Kindergartens beschlossen. Die Baukosten betragen rund vier Millionen Euro.`;
      const lower = council.replace(/^Der/u, "der");
      expect(statementsOf(pool("kiga", text), true)).toContain(`Am Montag hat ${lower} den Bau eines neuen Kindergartens beschlossen.`);
    }
  });
});

describe("a short text's quiz", () => {
  it("is as long as the rules allow where no quiz of five is: four statements, two of each key", () => {
    const text = `Betrug bei Baufirma

Linz – Die Staatsanwaltschaft Linz ermittelt gegen den früheren Chef einer Baufirma. Die Gewerkschaft Bau-Holz forderte strengere Kontrollen in der Branche. Der Verteidiger Martin Huber wies die Vorwürfe zurück. Auch die Arbeiterkammer kritisierte die Firma. Deren Präsident Andreas Stangl sagte, die Beschäftigten dürften nicht die Leidtragenden sein.`;
    const questions = pool("betrug", text);
    const quiz = drawQuiz(questions, { seed: "betrug" });
    expect(quiz.length).toBeGreaterThanOrEqual(4);
    const statements = quiz.filter((question) => question.type === "truefalse");
    expect(statements.filter((question) => question.answer).length * 2).toBe(statements.length);
  });
});

describe("the young people of a school under two words", () => {
  it("are no rivals: the pupils' deed is not stated falsely of the children", () => {
    const text = `Schule testet kurze Woche

Zwettl – Die Mittelschule Zwettl testet ab Herbst eine Vier-Tage-Woche. Am Freitag haben die Schüler künftig frei. Die Kinder seien am Freitag oft müde, sagte Direktor Paul Wimmer. Die Gemeinde Zwettl bietet am Freitag eine Betreuung im Hort an.`;
    const wrong = statementsOf(pool("woche", text), false);
    expect(wrong.some((statement) => statement.startsWith("Die Kinder haben am Freitag"))).toBe(false);
    expect(statementsOf(pool("woche", text), true)).toContain("Die Schüler haben am Freitag künftig frei.");
  });
});
