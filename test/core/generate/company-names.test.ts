/**
 * How a company or party is named in statements and offered as someone else: a description of its kind ("Der Linzer
 * Stahlkonzern") is no name of another company, a town's adjective ("Die Wiener Linien") is part of a name, a kind
 * ("Die Reederei Hapag") goes before a name, and initials of a foreign name ("SDS") may be the party the text also
 * names in German. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;
type Single = Extract<Question, { type: "single" }>;

function questionsOf(id: string, text: string): Question[] {
  return generateBank([{ id, text }])[0]!.questions;
}

const statements = (questions: readonly Question[]) => questions.filter((question): question is Statement => question.type === "truefalse");
const singles = (questions: readonly Question[]) => questions.filter((question): question is Single => question.type === "single");
const optionsOf = (question: Single) => question.options.map((option) => option.text);

const STEELMAKER = `Stahlkocher mit Gewinneinbruch

Der Grazer Stahlkonzern leidet unter der schwachen Bauwirtschaft. Der Gewinn halbierte sich.

Graz – Der Stahlkonzern Murtalstahl hat im Frühjahr deutlich weniger verdient. Für das ganze Jahr senkte die Murtalstahl ihre Prognose. Die Gewerkschaft Pro-Ge kritisierte den geplanten Stellenabbau scharf.`;

const CARMAKER = `Autobauer streicht Stellen

Der deutsche Autobauer leidet unter hohen Energiekosten. Tausende Stellen fallen weg.

Stuttgart – Der Autobauer Neckarwerke hat einen Abbau von 4.000 Stellen angekündigt. Die Gewerkschaft IG Metall kündigte Widerstand gegen die Pläne an.`;

describe("a company described by adjectives and its kind", () => {
  it("is no rival of the company the text names, nor stated as if it were another", () => {
    for (const [id, text, description] of [
      ["steel", STEELMAKER, "Der Grazer Stahlkonzern"],
      ["cars", CARMAKER, "Der deutsche Autobauer"],
    ] as const) {
      const questions = questionsOf(id, text);
      for (const question of singles(questions)) expect(optionsOf(question)).not.toContain(description);
      for (const statement of statements(questions)) {
        expect(statement.statement).not.toMatch(/^Stahlkonzern|^Autobauer/u);
        expect(statement.statement).not.toContain(description);
      }
    }
  });

  it("leaves the company's own deeds true of it and false of the union", () => {
    const stated = statements(questionsOf("steel", STEELMAKER));
    expect(stated).toContainEqual(expect.objectContaining({ statement: "Der Stahlkonzern Murtalstahl verdiente im Frühjahr deutlich weniger.", answer: true }));
    // A union earns no profit: the company's deed is given to no other kind of actor (actor-kinds.test.ts).
    expect(stated.filter((statement) => statement.statement.startsWith("Die Gewerkschaft Pro-Ge verdiente"))).toEqual([]);
  });
});

const TRAMS = `Umbau am Hauptplatz

Graz – Der Hauptplatz wird ab Mai umgebaut. Die Grazer Linien wollen ihr Angebot während des Umbaus ausbauen. Die Wirtschaftskammer kritisierte den Zeitplan scharf.`;

describe("a town's adjective before a company's noun", () => {
  it("stays with the name in a statement: it is no agent noun before a name ('Linien wollen ...')", () => {
    for (const statement of statements(questionsOf("trams", TRAMS))) expect(statement.statement).not.toMatch(/^Linien/u);
  });
});

const SHIPPING = `Reederei baut Flotte um

Hamburg – Die Reederei Hapag beginnt im Mai mit dem Umbau ihres Terminals (T2). Die Gesellschaft Nordfracht kündigte Klagen gegen die Hafengebühren an. Der Hafen Hamburg begrüßt die Pläne.`;

const AIRLINE = `Neue Flugverbindungen

Wien – Die Fluggesellschaft Austrojet nimmt am 1. Oktober Flüge nach Kanada auf. Die Bahngesellschaft Westrail kündigte neue Nachtzüge an.`;

describe("a company named by its kind and its name", () => {
  it("is stated by its name alone, where the text's sentence would be the statement itself", () => {
    const stated = statements(questionsOf("airline", AIRLINE)).map((statement) => statement.statement);
    expect(stated).toContain("Austrojet nimmt am 1. Oktober Flüge nach Kanada auf.");
    expect(stated).toContain("Westrail nimmt am 1. Oktober Flüge nach Kanada auf.");
  });

  it("keeps a deed whose thing has a short code with a digit in brackets ('(T2)', '(A23)')", () => {
    const stated = statements(questionsOf("shipping", SHIPPING)).map((statement) => statement.statement);
    expect(stated).toContain("Im Mai beginnt die Reederei Hapag mit dem Umbau ihres Terminals.");
  });
});

const ELECTION = `Machtwechsel in Slowenien

Ljubljana – Bei der Wahl in Slowenien hat die konservative Oppositionspartei SDS klar gewonnen. Die Slowenische Demokratische Partei kam auf 31,4 Prozent. Die Freiheitsbewegung (GS) von Premier Robert Golob stürzte ab. Die SDS braucht für eine Mehrheit einen Partner.`;

describe("initials a text calls by the kind a German name ends in", () => {
  it("are not offered as the German name's rival, nor it as theirs", () => {
    const questions = questionsOf("election", ELECTION);
    for (const statement of statements(questions)) {
      if (statement.statement.includes("31,4 Prozent")) expect(statement.statement.startsWith("Die SDS")).toBe(false);
      if (statement.statement.includes("einen Partner")) expect(statement.statement.startsWith("Die Slowenische Demokratische Partei")).toBe(false);
    }
    for (const question of singles(questions)) {
      const options = optionsOf(question);
      expect(options.some((option) => option.includes("SDS")) && options.some((option) => option.includes("Slowenische Demokratische Partei"))).toBe(false);
    }
  });
});
