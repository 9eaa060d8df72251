/**
 * A deed told in the present, as news leads tell them ("Die Regierung erhöht ...", "Die Staatsanwaltschaft ermittelt
 * gegen ..."): stated in the perfect where the verb tells a done act, with its phrase first where it tells what goes on.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("an institution's deed in the present", () => {
  const text = `Steuerstreit in Wien

Wien – Die Bundesregierung erhöht die Mineralölsteuer um fünf Cent. Die Staatsanwaltschaft ermittelt gegen zwei Beamte des Finanzamts. Die Polizei prüft die Vorwürfe gegen einen Lieferanten. Die Arbeiterkammer Wien kritisierte die Pläne scharf.`;
  const made = statementsOf("steuer", text);

  it("states a done act in the perfect", () => {
    expect(made).toContainEqual({ statement: "Die Bundesregierung hat die Mineralölsteuer um fünf Cent erhöht.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("Mineralölsteuer") && !statement.answer)).toHaveLength(1);
  });

  it("is not stated as done where it names a time ahead", () => {
    const ahead = statementsOf("steuer", text.replace("erhöht die Mineralölsteuer um", "erhöht die Mineralölsteuer ab Jänner um"));
    expect(ahead.filter((statement) => statement.statement.includes("erhöht."))).toEqual([]);
  });

  it("states what goes on with its phrase first, in the present, and never as finished", () => {
    expect(made).toContainEqual({ statement: "Gegen zwei Beamte des Finanzamts ermittelt die Staatsanwaltschaft.", answer: true });
    // Its false twin changes the figure: no body of the text but the prosecution investigates (actor-kinds.test.ts).
    expect(made.filter((statement) => statement.statement.startsWith("Gegen ") && !statement.answer)).toHaveLength(1);
    // "prüft die Vorwürfe": the perfect would say the police have finished checking.
    expect(made.filter((statement) => statement.statement.includes("geprüft"))).toEqual([]);
  });
});

describe("a phrase whose noun goes on with a genitive of a possessive or demonstrative", () => {
  it("does not open the statement with the phrase and leave the genitive behind ('am Bau seines ...')", () => {
    const text = `Rüstung in Asien

Indien arbeitet am Bau seines dritten U-Boots. Die Marine des Landes soll damit bis 2030 deutlich wachsen.`;
    const made = statementsOf("uboot", text).map(({ statement }) => statement);
    expect(made.filter((statement) => statement.includes("U-Boots"))).not.toContainEqual(expect.stringMatching(/^Am Bau /u));
    expect(made.filter((statement) => /\b(?:Am|am) Bau \p{Lu}/u.test(statement))).toEqual([]);
  });

  it("keeps a genitive after 'ihres' with its noun too ('am Erhalt ihres ältesten Theaters')", () => {
    const text = `Kultur in Rom

Italien arbeitet am Erhalt ihres ältesten Theaters. Die Stadt soll den Rest zahlen.`;
    const made = statementsOf("theater", text).map(({ statement }) => statement);
    expect(made.filter((statement) => statement.startsWith("Am Erhalt "))).toEqual([]);
  });
});

describe("people of a kind named by a plural alone, in the present", () => {
  it("are not told to have done once what they do as a rule ('Fachleute geben Tipps ...')", () => {
    const text = `Tipps für den Winter

Fachleute geben Tipps zum Energiesparen in der Wohnung. Viele Mieter heizen zu stark, sagte Klaus Berger vom Mieterverein am Montag.`;
    expect(statementsOf("winter", text).filter(({ statement }) => statement.includes("gegeben"))).toEqual([]);
  });

  it("are stated in the past where the text tells a deed in the past ('Fachleute gaben am Montag ...'), a group with its article in the perfect", () => {
    const past = `Tipps für den Winter

Fachleute gaben am Montag Tipps zum Energiesparen in der Wohnung. Viele Mieter heizen zu stark, sagte Klaus Berger vom Mieterverein.`;
    expect(statementsOf("winter", past)).toContainEqual({ statement: "Am Montag gaben Fachleute Tipps zum Energiesparen in der Wohnung.", answer: true });
    const group = `Streik in Linz

Die Gewerkschafter fordern mehr Lohn für alle Beschäftigten. Das sagte Klaus Berger am Montag.`;
    expect(statementsOf("streik", group)).toContainEqual({ statement: "Die Gewerkschafter haben mehr Lohn für alle Beschäftigten gefordert.", answer: true });
  });
});
