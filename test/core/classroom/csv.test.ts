import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { studentResultsCsv, toCsv } from "../../../src/worker/classroom/csv";
import type { StudentSummary } from "../../../src/worker/classroom/results";

/** German Excel CSV as a real parser reads it. */
const read = (csv: string): string[][] => parse(csv, { delimiter: ";", bom: true, record_delimiter: "\r\n" });

it("writes German Excel CSV: BOM, semicolons, CRLF, decimal commas, quoted fields, no formulas", () => {
  const csv = toCsv(
    ["Name", "Punkte"],
    [
      ['Jörg; "der Große"', 2.5],
      ['=HYPERLINK("x")', 1],
      ["Zeile\nzwei", 0],
    ],
  );
  expect(csv).toBe('\uFEFFName;Punkte\r\n"Jörg; ""der Große""";2,5\r\n"\'=HYPERLINK(""x"")";1\r\n"Zeile\nzwei";0\r\n');
  expect(read(csv)).toEqual([
    ["Name", "Punkte"],
    ['Jörg; "der Große"', "2,5"],
    ['\'=HYPERLINK("x")', "1"],
    ["Zeile\nzwei", "0"],
  ]);
});

it("neutralises every formula start: = + - @ tab and carriage return", () => {
  const cells = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"];
  const [, row] = read(toCsv(["a", "b", "c", "d", "e", "f"], [cells]));
  expect(row).toEqual(cells.map((cell) => `'${cell}`));
});

describe("students", () => {
  const summary = (answered: number, asked: number, points: number, status: StudentSummary["status"]): StudentSummary => ({
    asked,
    answered,
    right: Math.floor(points),
    points,
    started: answered > 0,
    lastAnswerAt: null,
    status,
  });

  it("one row per student, four columns per assignment, German due dates in the header; each percentage says what it counts against", () => {
    const csv = studentResultsCsv(
      [
        { id: "A1", quizId: "q", dueDate: "2020-06-04", title: "Gipfel in Rom" },
        { id: "A2", quizId: "r", dueDate: null, title: "=Formel" },
      ],
      [
        {
          member: { id: 1, learnerId: "l1", nickname: "Anna" },
          results: new Map([
            ["A1", summary(10, 10, 7.5, "fertig")],
            ["A2", summary(2, 4, 1, "offen")],
          ]),
        },
        { member: { id: 2, learnerId: "l2", nickname: "-Ben" }, results: new Map([["A1", summary(0, 10, 0, "überfällig")]]) },
      ],
    );
    expect(read(csv)).toEqual([
      [
        "Spitzname",
        "Gipfel in Rom (fällig 04.06.2020): Punkte in Prozent des Quiz",
        "Gipfel in Rom (fällig 04.06.2020): bearbeitet (von 10)",
        "Gipfel in Rom (fällig 04.06.2020): richtig in Prozent der beantworteten",
        "Gipfel in Rom (fällig 04.06.2020): Status",
        "'=Formel: Punkte in Prozent des Quiz",
        "'=Formel: bearbeitet",
        "'=Formel: richtig in Prozent der beantworteten",
        "'=Formel: Status",
      ],
      // Anna's second: 1 point of the quiz's 4 is 25 %; 1 of her 2 answers right is the dashboard's "1 von 2 richtig (50 %)".
      ["Anna", "75", "10", "70", "fertig", "25", "2", "50", "offen"],
      ["'-Ben", "0", "0", "", "überfällig", "", "", "", ""],
    ]);
  });
});
