/** A date is found once: the longer reading of the same words ("3. März 2020") wins over the shorter ("März 2020"), in a sentence of a few dates or of many. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const DAYS = Array.from({ length: 20 }, (_, index) => index + 1);

describe("overlapping dates", () => {
  it("takes a day, month and year once in a sentence of two dates", () => {
    const facts = extractFacts("Die Gemeinde tagte am 3. März 2020 und am 5. Juni 2021 im Rathaus.");
    expect(facts.dates.map((date) => date.value)).toEqual(["2020-03-03", "2021-06-05"]);
  });

  it("takes each date once in a sentence of twenty", () => {
    const list = DAYS.map((day) => `am ${day}. März 2020`).join(", ");
    const facts = extractFacts(`Der Ausschuss tagte ${list} im Rathaus.`);
    expect(facts.dates.map((date) => date.value)).toEqual(DAYS.map((day) => `2020-03-${String(day).padStart(2, "0")}`));
  });
});
