/**
 * Reported words that speak of a person by the last part of their office ("Der Kanzler sei der Ansicht ..." of the
 * "Bundeskanzler") are about that person: they are no rival speaker of them.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Koalitionsgespräche in Wien beginnen.

Wien – Nach der Nationalratswahl loten die Parteien ihre Möglichkeiten aus. Bundeskanzler Thomas Berger traf am Montag in Wien den Abgeordneten Klaus Huber von der SPÖ. Huber sagte anschließend, Berger sei offen für jede Art von Koalitionslösung. Der Kanzler sei der Ansicht, eine neue Regierung müsse sobald wie möglich gebildet werden. Die ÖVP hatte bei der Wahl ihre Mehrheit verloren, blieb aber die stärkste Partei im Land. Vor allem die Wirtschaft drängt auf eine rasche Einigung der beiden Parteien.`;

describe("words about an office's holder", () => {
  it("are never given to the holder", () => {
    const told = generateBank([{ id: "office-in-words", text }])[0]!.questions.flatMap((question) =>
      question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
    );
    expect(told.filter((statement) => statement.startsWith("Thomas Berger sagte") && statement.includes("Der Kanzler"))).toEqual([]);
  });
});
