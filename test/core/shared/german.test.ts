/** German typography as a German reader expects it (Duden), for the generator and the Worker alike. */
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercent, formatPoints, monthName, quoted } from "../../../src/shared/german";

describe("German typography", () => {
  it("quotes a text, a quote inside it in single marks", () => {
    expect(quoted("Der Rat tagte.")).toBe("„Der Rat tagte.“");
    expect(quoted("Gruber sagte: „Wir lassen Passau nicht allein.“")).toBe("„Gruber sagte: ‚Wir lassen Passau nicht allein.‘“");
  });

  it("groups thousands with a dot from four digits on and writes a decimal comma", () => {
    expect(formatNumber(14000)).toBe("14.000");
    expect(formatNumber(4600)).toBe("4.600");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1.8)).toBe("1,8");
    expect(formatNumber(-3.25)).toBe("-3,25");
    expect(formatNumber(22200000000)).toBe("22.200.000.000");
    expect(formatNumber(1e21)).toBe("1.000.000.000.000.000.000.000");
  });

  it("writes points with at most two decimals and shares in whole percent", () => {
    expect(formatPoints(3.5)).toBe("3,5");
    expect(formatPoints(1 / 3)).toBe("0,33");
    expect(formatPoints(12)).toBe("12");
    expect(formatPercent(0.5)).toBe("50 %");
    expect(formatPercent(2 / 3)).toBe("67 %");
  });

  it("writes dates as precise as they are, in words", () => {
    expect(formatDate("2020-06-04")).toBe("4. Juni 2020");
    expect(formatDate("2019-02")).toBe("Februar 2019");
    expect(formatDate("2017-03")).toBe("März 2017");
    expect(formatDate("2014")).toBe("2014");
    expect(formatDate("2014-13")).toBe("2014");
    // A day and month the text gives without a year.
    expect(formatDate("--10-29")).toBe("29. Oktober");
    expect(formatDate("--03-04")).toBe("4. März");
    expect(monthName(12)).toBe("Dezember");
    expect(monthName(0)).toBeUndefined();
  });

  it("writes a moment in German time, summer and winter", () => {
    expect(formatDateTime(new Date("2026-07-01T12:05:00Z"))).toBe("01.07.2026, 14:05");
    expect(formatDateTime(new Date("2026-12-01T12:05:00Z"))).toBe("01.12.2026, 13:05");
  });
});
