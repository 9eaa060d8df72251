/**
 * A deed whose object has a relative clause before the verbs that close it ("will die Nachteile, die sich ergeben,
 * offen kommunizieren"): the clause up to its first comma ends in the object, and the denial goes before those verbs.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

const CHAMBER = `Bauern wollen informieren

Linz – Die Landwirtschaftskammer will in den nächsten Wochen die Vor- und Nachteile, die sich aus dem neuen Abkommen ergeben, offen kommunizieren. Das sagte Kammerpräsident Franz Berger am Montag in Linz. Die Bauern seien verunsichert.`;

const FEES = `Streit um das Budget der Stadt

Graz – Die Stadtregierung will in diesem Jahr die Gebühren, die seit 2020 gleich geblieben sind, anheben. Stadträtin Maria Koller kritisiert den Plan seit Wochen. Die Opposition fordert eine Abstimmung im Gemeinderat.`;

describe("a deed with a relative clause before its closing verbs, denied", () => {
  it("puts 'nicht' after the relative clause, before the closing verbs", () => {
    const made = statementsOf("kammer", CHAMBER).filter((statement) => statement.statement.includes("kommunizieren"));
    expect(made).toContainEqual({
      statement:
        "In den nächsten Wochen will die Landwirtschaftskammer die Vor- und Nachteile, die sich aus dem neuen Abkommen ergeben, nicht offen kommunizieren.",
      answer: false,
    });
    // Never inside the relative clause, which would deny something else.
    expect(made.filter((statement) => statement.statement.includes("nicht ergeben"))).toEqual([]);
  });

  it("denies the main deed, not the relative clause's, and not a degree after the relative clause", () => {
    const made = statementsOf("gebuehren", FEES).filter((statement) => statement.statement.includes("anheben"));
    expect(made).toContainEqual({
      statement: "In diesem Jahr will die Stadtregierung die Gebühren, die seit 2020 gleich geblieben sind, nicht anheben.",
      answer: false,
    });
    // "nicht deutlich anheben" would say they raise them a little: no denial.
    const degree = statementsOf("gebuehren", FEES.replace(", anheben.", ", deutlich anheben."));
    expect(degree.filter((statement) => statement.statement.includes("nicht"))).toEqual([]);
  });
});
