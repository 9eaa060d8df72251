/** "wurde Zweiter, der Norweger X Dritter": the clause of another person after a deed's comma is no part of an option about the doer. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const contentOptionsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "single" && question.stem.startsWith("Was trifft laut Text auf ")
      ? [
          {
            stem: question.stem,
            options: question.options.map((option) => option.text),
            key: question.options.find((option) => option.id === question.answer)!.text,
          },
        ]
      : [],
  );

const race = `Müller gewinnt Abfahrt in Kitzbühel

Die Schweizerin Lena Müller hat die Abfahrt auf der Streif gewonnen. Die Tirolerin Anna Gruber wurde Zweite, die Kärntnerin Martina Lang Dritte.

Kitzbühel – Lena Müller hat am Samstag die Abfahrt in Kitzbühel gewonnen. Die 24-Jährige siegte mit einem Vorsprung von 0,41 Sekunden. Anna Gruber feierte ihren dritten Podestplatz in diesem Winter. "Ich bin mit dem zweiten Platz sehr glücklich", sagte Gruber. Die Steirerin Eva Berger wurde als beste Österreicherin Vierte, Julia Huber kam auf Rang elf. Trainer Peter Hofer hatte die Mannschaft neu aufgestellt, die Leitung übernahm Thomas Weiß. "Wir sind auf einem guten Weg", sagte Hofer.`;

describe("options of what a person did, where the deed's sentence goes on with another person's clause", () => {
  it("end with the deed's own clause, not inside a name in apposition", () => {
    const questions = contentOptionsOf("abfahrt", race);
    const options = questions.flatMap((question) => question.options);
    expect(options).toContain("wurde Zweite");
    expect(options).toContain("wurde als beste Österreicherin Vierte");
    expect(options.filter((option) => /Lang|Huber|Weiß/u.test(option))).toEqual([]);
    // A name in apposition is inside the deed's clause: the option is never cut before it.
    const text = race.replace(
      "Trainer Peter Hofer hatte die Mannschaft neu aufgestellt, die Leitung übernahm Thomas Weiß.",
      "Trainer Peter Hofer ließ sich bei der Besichtigung von seinem Assistenten, Thomas Weiß, vertreten.",
    );
    const withApposition = contentOptionsOf("abfahrt", text).flatMap((question) => question.options);
    expect(withApposition.filter((option) => option.endsWith("seinem Assistenten"))).toEqual([]);
  });
});
