import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, berlinDate, daysBetween, dueDeadline, germanNumericDate, startOfBerlinDay } from "../../../src/shared/berlin-days";
import { answeringState, dueText, studentStatus } from "../../../src/worker/classroom/schedule";

const at = (iso: string) => Date.parse(iso);

describe("days in Germany", () => {
  it("begin at midnight in Berlin, winter and summer time and on the switching days", () => {
    expect(startOfBerlinDay("2026-01-15")).toBe(at("2026-01-14T23:00:00Z"));
    expect(startOfBerlinDay("2026-07-01")).toBe(at("2026-06-30T22:00:00Z"));
    // Clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
    expect(startOfBerlinDay("2026-03-29")).toBe(at("2026-03-28T23:00:00Z"));
    expect(startOfBerlinDay("2026-03-30")).toBe(at("2026-03-29T22:00:00Z"));
    expect(startOfBerlinDay("2026-10-25")).toBe(at("2026-10-24T22:00:00Z"));
    expect(startOfBerlinDay("2026-10-26")).toBe(at("2026-10-25T23:00:00Z"));
  });

  it("for any day from 2000 to 2099, the day starts at a moment whose Berlin date is that day and not one before", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T12:00:00Z"), max: new Date("2099-12-31T12:00:00Z"), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const start = startOfBerlinDay(day);
        expect(berlinDate(start)).toBe(day);
        expect(berlinDate(start - 1)).toBe(addDays(day, -1));
      }),
    );
  });

  it("counts calendar days and writes German dates", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-06-01", "2026-06-04")).toBe(3);
    expect(daysBetween("2026-06-04", "2026-06-01")).toBe(-3);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(germanNumericDate("2020-06-04")).toBe("04.06.2020");
  });
});

describe("due dates", () => {
  it("a due date lasts until the end of that day in Berlin", () => {
    expect(dueDeadline("2026-06-04")).toBe(at("2026-06-04T22:00:00Z"));
    expect(dueDeadline("2026-12-04")).toBe(at("2026-12-04T23:00:00Z"));
  });

  it("says to a student how long is left", () => {
    expect(dueText("2026-06-04", "2026-06-04")).toBe("fällig heute");
    expect(dueText("2026-06-05", "2026-06-04")).toBe("fällig morgen");
    expect(dueText("2026-06-07", "2026-06-04")).toBe("fällig in 3 Tagen");
    expect(dueText("2026-06-03", "2026-06-04")).toBe("war fällig am 03.06.2026");
  });

  it("opens an assignment at the start of its first day and closes it after the due date only when asked to", () => {
    const window = { openFrom: "2026-06-01", dueDate: "2026-06-04", closesAtDue: false };
    expect(answeringState(window, at("2026-05-31T21:59:59Z"))).toBe("not-yet");
    expect(answeringState(window, at("2026-05-31T22:00:00Z"))).toBe("open");
    expect(answeringState(window, at("2026-06-10T12:00:00Z"))).toBe("open");
    const closing = { ...window, closesAtDue: true };
    expect(answeringState(closing, at("2026-06-04T21:59:59Z"))).toBe("open");
    expect(answeringState(closing, at("2026-06-04T22:00:00Z"))).toBe("closed");
    expect(answeringState({ openFrom: null, dueDate: null, closesAtDue: true }, at("2030-01-01T00:00:00Z"))).toBe("open");
  });
});

describe("a student's status", () => {
  const due = "2026-06-04";
  const beforeDeadline = at("2026-06-04T21:00:00Z");
  const afterDeadline = at("2026-06-05T08:00:00Z");

  it("is 'offen' while questions are left and the due date has not passed", () => {
    expect(studentStatus({ asked: 10, answered: 3, lastAnswerAt: beforeDeadline }, due, beforeDeadline)).toBe("offen");
    expect(studentStatus({ asked: 10, answered: 0, lastAnswerAt: null }, null, afterDeadline)).toBe("offen");
  });

  it("is 'fertig' when everything was answered by the due date, 'verspätet' when the last answer came after it", () => {
    expect(studentStatus({ asked: 10, answered: 10, lastAnswerAt: beforeDeadline }, due, afterDeadline)).toBe("fertig");
    expect(studentStatus({ asked: 10, answered: 10, lastAnswerAt: afterDeadline }, due, afterDeadline)).toBe("verspätet");
    expect(studentStatus({ asked: 10, answered: 10, lastAnswerAt: afterDeadline }, null, afterDeadline)).toBe("fertig");
  });

  it("is 'überfällig' when the due date has passed with questions left", () => {
    expect(studentStatus({ asked: 10, answered: 9, lastAnswerAt: beforeDeadline }, due, afterDeadline)).toBe("überfällig");
    expect(studentStatus({ asked: 10, answered: 0, lastAnswerAt: null }, due, afterDeadline)).toBe("überfällig");
  });

  it("is never 'fertig' for a quiz without questions", () => {
    expect(studentStatus({ asked: 0, answered: 0, lastAnswerAt: null }, null, beforeDeadline)).toBe("offen");
  });
});
