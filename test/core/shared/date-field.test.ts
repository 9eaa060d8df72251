import { describe, expect, it } from "vitest";
import { dateField } from "../../../src/worker/date-field";

const full = dateField({ message: "falsch", empty: null, partial: false });
const partial = dateField({ message: "auch falsch", empty: "", partial: true });

const parsed = (field: typeof full | typeof partial, input: string | undefined) => {
  const result = field.safeParse(input);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message);
};

describe("a date field of a teacher's form", () => {
  it("takes the date picker's ISO date and German dates as typed, with two- or four-digit years", () => {
    for (const field of [full, partial]) {
      expect(parsed(field, "2026-12-31")).toBe("2026-12-31");
      expect(parsed(field, " 31.12.2026 ")).toBe("2026-12-31");
      expect(parsed(field, "1.2.27")).toBe("2027-02-01");
    }
  });

  it("gives its own empty value for an empty or missing field", () => {
    expect(parsed(full, "  ")).toBeNull();
    expect(parsed(full, undefined)).toBeNull();
    expect(parsed(partial, "")).toBe("");
  });

  it("takes a month or a year only where partial dates are allowed", () => {
    expect(parsed(partial, "05.2026")).toBe("2026-05");
    expect(parsed(partial, "5.26")).toBe("2026-05");
    expect(parsed(partial, "2026")).toBe("2026");
    expect(parsed(full, "05.2026")).toEqual(["falsch"]);
    expect(parsed(full, "2026")).toEqual(["falsch"]);
  });

  it("says of a date written as asked that its day does not exist, not that its format is wrong", () => {
    for (const field of [full, partial]) {
      expect(parsed(field, "31.02.2026")).toEqual(["Den 31.02.2026 gibt es im Kalender nicht. Bitte prüfen Sie Tag und Monat."]);
      expect(parsed(field, "2026-13-01")).toEqual(["Den 2026-13-01 gibt es im Kalender nicht. Bitte prüfen Sie Tag und Monat."]);
    }
  });

  it("refuses anything else with its message", () => {
    expect(parsed(partial, "13.2026")).toEqual(["auch falsch"]);
    expect(parsed(partial, "morgen")).toEqual(["auch falsch"]);
    expect(parsed(full, "1".repeat(41))).toEqual(["falsch"]);
  });
});
