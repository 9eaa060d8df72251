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

describe("a year before a role noun that is a singular copula's predicate", () => {
  it.each([
    ["Er ist seit den Wahlen 2017 Vizebürgermeister von Wels.", "2017"],
    ["Der Jurist wurde 2012 Bürgermeister der Gemeinde.", "2012"],
    ["Sie ist seit dem Parteitag 2019 Vorsitzende der Partei.", "2019"],
    ["Er sei nach der Abstimmung 2018 Präsident geworden.", "2018"],
  ])("reads %j as a year, not a count", (text, year) => {
    expect(figures(text)).toEqual([]);
    expect(years(text)).toEqual([year]);
  });

  it("keeps counts of role nouns after a preposition, a plural verb, the future or another verb", () => {
    expect(figures("Die Prämie ist für 2000 Lehrer gedacht.")).toEqual([[2000, "Lehrer"]]);
    expect(figures("Im Werk waren nach dem Umbau 1900 Mitarbeiter beschäftigt.")).toEqual([[1900, "Mitarbeiter"]]);
    expect(figures("Die Firma wird 2000 Mitarbeiter einstellen.")).toEqual([[2000, "Mitarbeiter"]]);
    expect(figures("Die Firma hat nach der Übernahme 2000 Mitarbeiter entlassen.")).toEqual([[2000, "Mitarbeiter"]]);
  });
});

describe("a year before an attribute no count takes", () => {
  it.each([
    ["1998 wurde die Chemikerin Dozentin, 2004 ordentlicher Professor wurde ihr Kollege.", "2004"],
    ["Der Test ist eine Vorbereitung für 2020 folgende Flüge zum Mond.", "2020"],
    ["Die 2021 anstehenden Verhandlungen sollen in Linz stattfinden.", "2021"],
  ])("reads %j as a year, not a count", (text, year) => {
    expect(figures(text)).toEqual([]);
    expect(years(text)).toContain(year);
  });

  it("keeps counts with an adjective in the plural", () => {
    expect(figures("In der Stadt leben 2000 ältere Menschen allein.")).toEqual([[2000, "ältere Menschen"]]);
    expect(figures("Das Heer schickte 1900 junge Soldaten an die Grenze.")).toEqual([[1900, "junge Soldaten"]]);
  });

  it("asks the year as a time, never as a figure", () => {
    const text = `Forscher geehrt

Graz – Der Physiker Karl Berger ist tot. Er kam 1950 nach Graz. 1962 wurde Berger außerordentlicher, 1970 ordentlicher Professor an der Universität. Die Universität Graz beschäftigt heute 1450 Forscher.`;
    const questions = generateBank([{ id: "professor", text }])[0]!.questions;
    const figuresAsked = questions.flatMap((question) => (question.type === "numeric" ? [question.answer] : []));
    expect(figuresAsked).not.toContain(1970);
    expect(figuresAsked).toContain(1450);
  });
});
