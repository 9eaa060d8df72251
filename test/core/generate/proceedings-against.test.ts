/**
 * A proceeding against a person, told with the person after "Gegen" and the proceeding as the subject ("Gegen
 * Bürgermeister Karl Huber laufen Ermittlungen wegen Untreue"): the main fact of many police and court reports, asked as
 * what runs against whom, also where an office without an article or a relative clause stands beside the name.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const report = (sentence: string) => `Ermittlungen gegen Bürgermeister

Krems – Die Opposition im Gemeinderat verlangt volle Aufklärung über die Vergabe der Aufträge. ${sentence} Die Staatsanwaltschaft prüft mehrere Zahlungen an eine Baufirma. Huber weist die Vorwürfe zurück. Anna Berger von der ÖVP fordert seinen Rücktritt.`;

const statements = (text: string) =>
  generateBank([{ id: "proceedings", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a proceeding that runs against a person", () => {
  it("is asked of the person after an office without an article", () => {
    const made = statements(report("Gegen Bürgermeister Karl Huber laufen Ermittlungen wegen Untreue."));
    expect(made).toContainEqual({ statement: "Gegen Karl Huber laufen Ermittlungen wegen Untreue.", answer: true });
    expect(made).toContainEqual({ statement: "Gegen Karl Huber laufen keine Ermittlungen wegen Untreue.", answer: false });
  });

  it("is asked of the person after a relative clause about them, which the statement leaves out", () => {
    const made = statements(report("Gegen Karl Huber, der seit 2010 Bürgermeister ist und der im Herbst wieder antritt, laufen Ermittlungen wegen Untreue."));
    expect(made).toContainEqual({ statement: "Gegen Karl Huber laufen Ermittlungen wegen Untreue.", answer: true });
  });

  it("is still asked where an office after an article stands before the name, in the passive", () => {
    const made = statements(report("Gegen den Bürgermeister Karl Huber sind Ermittlungen wegen Untreue eingeleitet worden."));
    expect(made).toContainEqual({ statement: "Gegen Karl Huber sind Ermittlungen wegen Untreue eingeleitet worden.", answer: true });
  });
});
