/**
 * A year right before a noun it does not count: "seit den Wahlen 2014 Vizebürgermeisterin" dates the office, it is
 * no count of 2014 deputies. A count of a noun above one takes the plural; real counts ("2014 Menschen") stay figures.
 * Through the extraction and the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";
import { extractFacts } from "../../../src/extract/index";

const figures = (text: string) => extractFacts(text).quantities.map((quantity) => [quantity.value, quantity.unit]);
const years = (text: string) => extractFacts(text).dates.map((date) => date.value);

describe("a year before a feminine noun in the singular", () => {
  it.each([
    ["Sie ist seit den Wahlen 2016 Stadträtin in Graz.", "2016"],
    ["Nach der Fusion 2015 Geschäftsführerin, leitet sie nun den ganzen Konzern.", "2015"],
    ["Die Juristin wurde nach der Krise 2009 Leiterin der Behörde.", "2009"],
  ])("reads %j as a year, not a count", (text, year) => {
    expect(figures(text)).toEqual([]);
    expect(years(text)).toEqual([year]);
  });

  it("keeps counts of a plural noun, feminine ones too", () => {
    expect(figures("Bei dem Beben in der Provinz starben 2014 Menschen.")).toEqual([[2014, "Menschen"]]);
    expect(figures("Das Land schickte nach dem Anschlag 1900 Soldaten in die Region.")).toEqual([[1900, "Soldaten"]]);
    expect(figures("An der Demonstration nahmen 1900 Studentinnen teil.")).toEqual([[1900, "Studentinnen"]]);
  });

  it("asks no figure question of the year", () => {
    const text = `Neue Stadträtin in Villach

Villach – Die Stadt Villach bekommt eine neue Kulturchefin. Maria Koller ist seit den Wahlen 2015 Stadträtin. Bei der Wahl hatte ihre Liste 1870 Stimmen bekommen. Koller will das Theater ausbauen.`;
    const questions = generateBank([{ id: "villach", text }])[0]!.questions;
    const asked = questions.flatMap((question) => (question.type === "numeric" ? [question.answer] : []));
    expect(asked).not.toContain(2015);
    expect(asked).toContain(1870);
  });
});
