/**
 * Seats of government that stand for the government ("Der Kreml kritisierte ...") as its actor, and parties of the
 * German-speaking parliaments by their short name alone ("Die SPD lehnt ... ab") as parties, whose rivals are parties.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

type Single = Extract<Question, { type: "single" }>;

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const whoQuestion = (id: string, text: string, words: string) =>
  questionsOf(id, text).find((question): question is Single => question.type === "single" && question.stem.startsWith("Wer ") && question.stem.includes(words));
const key = (question: Single) => question.options.find((option) => option.id === question.answer)!.text;
const wrong = (question: Single) => question.options.filter((option) => option.id !== question.answer).map((option) => option.text);
const falseStatements = (id: string, text: string, words: string) =>
  questionsOf(id, text).flatMap((question) =>
    question.type === "truefalse" && !question.answer && question.statement.includes(words) ? [question.statement] : [],
  );
const actorsOf = (text: string) => extractFacts(text).actions.map((action) => `${action.actor.text} ${action.verb.text}`);

const SANCTIONS = `Streit um neue Strafzölle

Moskau – Der Kreml kritisierte am Montag die neuen Strafzölle auf Düngemittel scharf. Das Weiße Haus verteidigte die Zölle als notwendige Antwort. Der Élysée-Palast kündigte eigene Gespräche mit beiden Seiten an. Die EU-Kommission legte am Freitag einen Kompromiss vor. Die SPD lehnt weitere Zölle ab.`;

describe("a seat of government as its government's actor", () => {
  it("reads 'Der Kreml', 'Das Weiße Haus' and 'Der Élysée-Palast' as who acted", () => {
    expect(actorsOf(SANCTIONS)).toEqual(expect.arrayContaining(["Der Kreml kritisierte", "Das Weiße Haus verteidigte", "Der Élysée-Palast kündigte"]));
  });

  it("asks who did the seat's deed, with the other governments of the text as wrong options and no party", () => {
    const question = whoQuestion("zoelle", SANCTIONS, "Strafzölle");
    expect(question).toBeDefined();
    expect(key(question!)).toBe("Der Kreml");
    expect(wrong(question!)).toEqual(expect.arrayContaining(["Das Weiße Haus", "Der Élysée-Palast"]));
    expect(wrong(question!)).not.toContain("Die SPD");
  });

  it("gives no deed of one government to another seat of the same country ('Das Pentagon' and 'Das Weiße Haus')", () => {
    const text = `Streit um Militärhilfe

Washington – Das Pentagon stoppte am Montag die Lieferung weiterer Raketen. Das Weiße Haus bestätigte die Entscheidung am Abend. Der Kreml begrüßte den Schritt.`;
    // The Kremlin, another country's seat, is the rival.
    expect(falseStatements("pentagon", text, "Raketen")).toEqual(["Am Montag stoppte der Kreml die Lieferung weiterer Raketen."]);
    expect(falseStatements("pentagon", text, "Entscheidung").filter((statement) => statement.includes("Pentagon"))).toEqual([]);
  });

  it("reads no seat named as a place or a building as an actor", () => {
    const text = `Proteste in Moskau

Moskau – Vor dem Kreml demonstrierten am Montag einige Hundert Menschen. Der Kreml liegt im Zentrum der Hauptstadt. Das Weiße Haus ist seit 1800 der Amtssitz der Präsidenten. Die Polizei nahm zwölf Demonstranten fest.`;
    const actors = actorsOf(text);
    expect(actors).toContain("Die Polizei nahm");
    expect(actors.filter((actor) => /Kreml|Weiße Haus/u.test(actor))).toEqual([]);
  });
});

describe("a party of a parliament named by its short name alone", () => {
  const heating = `Streit um das Heizungsgesetz

Berlin – Die SPD lehnt das neue Heizungsgesetz in seiner jetzigen Form ab. Die FDP verlangt eine längere Übergangsfrist für Hausbesitzer. Die CDU fordert einen völlig neuen Entwurf. Die Bundesregierung verteidigte am Dienstag ihren Entwurf. Das Wirtschaftsministerium veröffentlichte neue Zahlen zu den Kosten. Der Bundestag soll im Juli abstimmen.`;

  it("offers parties only as wrong options of a party's deed", () => {
    const question = whoQuestion("heizung", heating, "Heizungsgesetz");
    expect(key(question!)).toBe("Die SPD");
    expect(wrong(question!).sort()).toEqual(["Die CDU", "Die FDP"]);
    expect(falseStatements("heizung", heating, "Heizungsgesetz").filter((statement) => /Bundes|Ministerium/u.test(statement))).toEqual([]);
  });

  it("offers no party as a wrong option of a state body's deed", () => {
    const question = whoQuestion("heizung", heating, "abstimmen");
    expect(key(question!)).toBe("Der Bundestag");
    expect(wrong(question!).filter((option) => /SPD|FDP|CDU/u.test(option))).toEqual([]);
  });

  it("knows the parties of Austria's and Switzerland's parliaments", () => {
    const text = `Streit um die Pensionsreform

Wien – Die ÖVP verteidigt die geplante Pensionsreform. Die SPÖ kündigte heftigen Widerstand im Parlament an. Die Landesregierung verschob am Montag die Entscheidung über die Spitalsfinanzierung. In Bern forderte die SVP eine Volksabstimmung über die Reform.`;
    const question = whoQuestion("pension", text, "Pensionsreform");
    expect(key(question!)).toBe("Die ÖVP");
    expect(wrong(question!)).not.toContain("Die Landesregierung");
    expect(wrong(question!)).toEqual(expect.arrayContaining(["Die SPÖ"]));
  });
});
