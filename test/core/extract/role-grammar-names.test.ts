/**
 * Persons on texts written for the test: a role noun's grammar decides the person's gender over the given-name lists
 * ("der Minister Dan Barina").
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const genderOf = (text: string, surname: string) => extractFacts(text).persons.find((person) => person.surname === surname)?.gender;
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
