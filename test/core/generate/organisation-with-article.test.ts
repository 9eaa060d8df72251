/**
 * A name the text introduces after the noun of its kind and then writes with an article, as German writes many an
 * organisation's ("der Studentenbewegung Avanza", later "Die Avanza rief ... auf"): asked as a name the kind noun
 * introduces ("Welcher Name fehlt in diesem Satz?"), as one written without an article is. A common noun after a
 * noun ("will die Regierung Reformen ... finanzieren", later "Die Reformen") stays none. On texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Gap = Extract<Question, { type: "cloze" }>;

const gapsOf = (id: string, text: string): Gap[] =>
  generateBank([{ id, text }])[0]!.questions.filter((question): question is Gap => question.type === "cloze" && question.fact.startsWith("named:"));

const PROTEST = `Proteste in Caracas

Caracas – Tausende Studenten haben am Sonntag in Caracas gegen die Regierung protestiert. Die Avanza rief zu weiteren Kundgebungen am Montag auf. Die Brigade Rojas ist der bewaffnete Arm der linken Studentenbewegung Avanza, die seit 2019 in mehreren Städten aktiv ist. Die Polizei nahm am Abend zwölf Demonstranten fest. Die Avanza kündigte eine Klage gegen die Festnahmen an.`;

const REFORM = `Reformpläne in Wien

Wien – Die Bundesregierung hat am Montag ein neues Sparpaket vorgestellt. Damit will die Regierung Reformen im Gesundheitswesen finanzieren. Die Reformen sollen im Herbst beginnen. Die Opposition kritisierte die Reformen scharf.`;

describe("an organisation's name the text writes with an article", () => {
  it("is asked as the name its kind noun introduces", () => {
    const gaps = gapsOf("caracas", PROTEST);
    expect(gaps.map((gap) => [gap.topic, gap.before, gap.answer])).toContainEqual([
      "organisation",
      "Die Brigade Rojas ist der bewaffnete Arm der linken Studentenbewegung ",
      "Avanza",
    ]);
  });

  it("is told apart from a common noun after a noun, which no one acts under", () => {
    expect(gapsOf("reform", REFORM)).toEqual([]);
  });
});
