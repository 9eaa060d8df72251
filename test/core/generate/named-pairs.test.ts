/**
 * Two named people who act and speak together after the noun of who they are ("verteilten die Helfer Lena Roth und
 * Rob Larsen ... und erklärten, sie seien ..."): both are persons, also where the second's given name is none the
 * lists know; their "sie" and "ihr" are both's, and a "hier" of their words is the place the deed names before it. On
 * texts written for the test, through the extractor and the whole generator.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const names = (text: string) => extractFacts(text).persons.map((person) => person.name);

const HELPERS = `Hilfe für Flutopfer

Graz – Ein Ärzteteam aus Schweden hat am Montag ein Feldspital in der Steiermark eröffnet. Landesrätin Maria Koller dankte den Helfern am Abend. Bei ihrer Ankunft in Graz verteilten die Helfer Lena Roth und Rob Larsen Hygienepakete und Decken und erklärten, sie seien nicht hier, um Schlagzeilen zu machen, sondern wollten nur den Familien der Region helfen. Der Bürgermeister Anton Leitner lobte den Einsatz.`;

const statementsOf = (text: string) =>
  generateBank([{ id: "helpers", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("two named people acting together after the noun of who they are", () => {
  it("reads the second name as a person's, whose given name no list has", () => {
    expect(names(HELPERS)).toEqual(expect.arrayContaining(["Lena Roth", "Rob Larsen"]));
    // Without the first one's name before "und", a name of unknown given name and no other mention stays none.
    expect(names("Bei ihrer Ankunft verteilten die Helfer Rob Larsen Hygienepakete.")).toEqual([]);
  });

  it("states their deed with their own 'sie' and the 'hier' of the place the deed names, and falsely with one of them swapped", () => {
    const deed =
      "verteilten bei ihrer Ankunft in Graz Hygienepakete und Decken und erklärten, sie seien nicht hier, um Schlagzeilen zu machen, sondern wollten nur den Familien der Region helfen.";
    const statements = statementsOf(HELPERS);
    expect(statements).toContainEqual({ statement: `Lena Roth und Rob Larsen ${deed}`, answer: true });
    const falsehoods = statements.filter((statement) => !statement.answer && statement.statement.endsWith(deed));
    expect(falsehoods).toHaveLength(1);
    expect(falsehoods[0]!.statement).toMatch(/^(?:Lena Roth und (?:Maria Koller|Anton Leitner)|(?:Maria Koller|Anton Leitner) und Rob Larsen) verteilten/u);
  });

  it("asks nothing of a pair's deed whose 'sie' may be someone else the deed names", () => {
    const text = HELPERS.replace("sie seien nicht hier", "sie hätten mit Maria Koller gesprochen und seien nicht hier");
    expect(statementsOf(text).some((statement) => statement.statement.includes("Larsen verteilten"))).toBe(false);
  });
});
