/**
 * Deeds told with the object first ("Die Vorwürfe weist der Minister zurück"): found only where case or number mark
 * the fronted phrase as the object, and stated subject first, on short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const actorsOf = (text: string) => extractFacts(text).actions.map((action) => [action.actor.text, action.verb.text, action.objectFirst === true]);

const trueStatementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question: Question) =>
    question.type === "truefalse" && question.topic === "action" && question.answer ? [question.statement] : [],
  );

describe("an object before the verb, marked by number or case", () => {
  it("takes the subject after a verb in the singular where a plural opens the sentence", () => {
    const text = "Streit im Landtag\n\nDie Vorwürfe der Grünen wies Finanzminister Karl Huber am Montag zurück.";
    expect(actorsOf(text)).toEqual([["Karl Huber", "wies", true]]);
    expect(trueStatementsOf("vorwuerfe", text)).toContain("Karl Huber wies die Vorwürfe der Grünen am Montag zurück.");
  });

  it("reads an adjective in '-en' after 'Die' and a country's name after the verb ('Die neuen Klimaziele kann Ungarn ...')", () => {
    const text = "Klimagipfel in Brüssel\n\nDie neuen Klimaziele kann Ungarn bis 2030 nur mit Hilfe der EU erreichen.";
    expect(actorsOf(text)).toEqual([["Ungarn", "kann", true]]);
    expect(trueStatementsOf("klima", text)).toContain("Ungarn kann die neuen Klimaziele bis 2030 nur mit Hilfe der EU erreichen.");
  });

  it("takes the plural subject after a plural verb where 'Das' opens the sentence", () => {
    const text = "Proteste in Graz\n\nDas neue Versammlungsgesetz kritisieren die Demonstranten seit Wochen.";
    expect(actorsOf(text)).toEqual([["die Demonstranten", "kritisieren", true]]);
    expect(trueStatementsOf("graz", text)).toContain("Die Demonstranten kritisieren das neue Versammlungsgesetz seit Wochen.");
  });

  it("takes a man named with 'der' after the verb as its subject, a feminine noun before it", () => {
    const text = "Debatte im Parlament\n\nDie Steuerreform verteidigte der Kanzler Peter Lang am Mittwoch im Parlament.";
    expect(actorsOf(text)).toEqual([["Peter Lang", "verteidigte", true]]);
    expect(trueStatementsOf("reform", text)).toContain("Peter Lang verteidigte die Steuerreform am Mittwoch im Parlament.");
  });
});

describe("a phrase before the verb that may be its subject", () => {
  it("keeps a feminine singular before a name as the subject ('Die Zeitung zeigt Bürgermeister ...')", () => {
    const text = "Wahlkampf in Linz\n\nDie Zeitung zeigt Bürgermeister Karl Huber auf der Titelseite.";
    expect(actorsOf(text).filter(([, , objectFirst]) => objectFirst)).toEqual([]);
  });

  it("finds no object first where both phrases may be the subject ('Die Reform kritisierte die Gewerkschaft')", () => {
    const text = "Pensionen\n\nDie Pensionsreform kritisierte die Gewerkschaft am Montag scharf.";
    expect(actorsOf(text)).toEqual([]);
  });

  it("takes no woman named with 'der' after the verb, a dative ('Die Entscheidung gefiel der Ministerin ...')", () => {
    const text = "Schulreform\n\nDie Entscheidung des Landtags gefiel der Ministerin Eva Maier am Montag nicht.";
    expect(actorsOf(text).filter(([, , objectFirst]) => objectFirst)).toEqual([]);
  });

  it("keeps a plural before a plural verb as the subject ('Die neuen Pläne überzeugen die Anrainer nicht')", () => {
    const text = "Bauprojekt in Wels\n\nDie neuen Pläne überzeugen die Anrainer nicht.";
    expect(actorsOf(text).filter(([, , objectFirst]) => objectFirst)).toEqual([]);
  });

  it("keeps the subject first where 'Die' opens a named actor with a singular verb ('Die Regierung kritisierte Huber')", () => {
    const text = "Streit in Wien\n\nDie Regierung kritisierte Bürgermeister Karl Huber am Montag scharf.";
    expect(actorsOf(text)).toEqual([["Die Regierung", "kritisierte", false]]);
  });
});
