/**
 * Persons on texts written for the test: a role noun's grammar decides the person's gender over the given-name lists
 * ("der Minister Dan Barina"), and a full name in verb-first order does not take the bare object after it ("überreichte
 * Bürgermeister Karl Huber Blumen an ...").
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const genderOf = (text: string, surname: string) => extractFacts(text).persons.find((person) => person.surname === surname)?.gender;
const names = (text: string) => extractFacts(text).persons.map((person) => person.name);
const statements = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
  );

describe("a role noun's grammar decides the gender ('der Minister Dan Barina')", () => {
  it("takes a masculine singular role over a given name the lists give women", () => {
    // "Dan" is a woman's given name in the lists.
    expect(genderOf("Am Montag erklärte der Minister Dan Barina, die Lage sei ernst.", "Barina")).toBe("male");
    expect(genderOf("Am Montag erklärte Minister Dan Barina, die Lage sei ernst.", "Barina")).toBe("male");
    expect(genderOf("Die Rede des Ministers Dan Barina dauerte eine Stunde.", "Barina")).toBe("male");
    expect(genderOf("Am Montag erklärte die Ministerin Dan Barina, die Lage sei ernst.", "Barina")).toBe("female");
  });

  it("states the role in the role noun's gender", () => {
    const text = "Am Montag erklärte der Minister Dan Barina, die Lage sei ernst. Barina sagte, man müsse schnell handeln.";
    const said = statements("minister", text);
    expect(said).toContain("Dan Barina ist Minister.");
    expect(said.filter((statement) => statement.includes("Ministerin"))).toEqual([]);
  });

  it("keeps the given name's gender where the role is a plural or the roles disagree", () => {
    // "die Minister" may name women too: Anna stays a woman.
    expect(genderOf("Am Montag trafen sich die Minister Anna Berger und Karl Huber in Graz.", "Berger")).toBe("female");
    // An office with a complement before the name's comma may be named generically.
    expect(genderOf("Nach Worten des Sprechers im Ministerium, Lena Barina, fehlen 300 Betreuer.", "Barina")).toBe("female");
    // A military rank's masculine form names women too ("Major Anna Berger").
    expect(genderOf("Am Montag erklärte Major Anna Berger, die Lage sei ruhig.", "Berger")).toBe("female");
    const disagreeing = "Am Montag erklärte der Minister Dan Barina, die Lage sei ernst. Später sagte Ministerin Barina, sie sei zuversichtlich.";
    expect(genderOf(disagreeing, "Barina")).toBe("female");
  });
});

describe("a full name before a bare object in verb-first order ('überreichte Bürgermeister Karl Huber Blumen')", () => {
  it("ends the name before a noun that stands as an object without article", () => {
    expect(names("Am Abend überreichte Bürgermeister Karl Huber Blumen an die Feuerwehr.")).toEqual(["Karl Huber"]);
    expect(names("Am Montag übte die Ministerin Eva Gruber Kritik an der Regierung.")).toEqual(["Eva Gruber"]);
    expect(names("Am Abend äußerte Bürgermeister Karl Huber Verständnis für die Anrainer.")).toEqual(["Karl Huber"]);
    // A noun by its derivation ending, also after a surname the lists hold as a given name too ("Maier").
    expect(names("Gestern legte der Anwalt Peter Maier Berufung gegen das Urteil ein.")).toEqual(["Peter Maier"]);
  });

  it("ends the second name of a pair before a noun joined by 'und' to another, and the deed keeps its object", () => {
    const text = "Nach dem Sturm verteilten die Helfer Lena Roth und Rob Larsen Decken und Hygienepakete.";
    expect(names(text)).toEqual(["Lena Roth", "Rob Larsen"]);
    const said = statements("sturm", text);
    expect(said).toContain("Lena Roth und Rob Larsen verteilten nach dem Sturm Decken und Hygienepakete.");
    expect(said.filter((statement) => statement.includes("Larsen Decken"))).toEqual([]);
  });

  it("keeps a third name word after two given names or after a surname where it is no such noun", () => {
    expect(names("In Wien traf Kanzler Hans Peter Koch die Gewerkschaft.")).toEqual(["Hans Peter Koch"]);
    expect(names("In Wien hielt der Ex-Präsident Otto Pérez Molina eine Rede.")).toEqual(["Otto Pérez Molina"]);
    // Two given names before a noun-like surname: "Maria" is a given name, so "Fröhlich" is the surname.
    expect(names("Am Montag erklärte Ministerin Anna Maria Fröhlich, die Lage sei ernst.")).toEqual(["Anna Maria Fröhlich"]);
  });
});
