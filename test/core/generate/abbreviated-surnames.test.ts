/**
 * People named by a given name and the initial of their surname, as German reports name suspects, the accused and
 * victims ("Karim B.", "der Angeklagte Markus P."): the period of the initial belongs to the name, so what they did is
 * read as of anyone else.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/extract/doc";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const actorsOf = (text: string) => extractFacts(text).actions.map((action) => `${action.actor.text} | ${action.verb.text}`);

describe("a surname abbreviated to its initial", () => {
  it("takes the person named so as the actor of the verb after the initial", () => {
    expect(actorsOf("Karim B. soll die Bombe in einem Koffer abgestellt haben.")).toEqual(["Karim B. | soll"]);
    expect(actorsOf("Die Ermittler suchen weiter. Die Studentin Lea M. hatte am Montag die Polizei alarmiert.")).toContainEqual("Lea M. | hatte");
  });

  it("joins the word after a name's initial to it, not the word after an abbreviation such as 'z. B.'", () => {
    const [tokens] = analyse("Manche Städte, z. B. Linz, sperren ihre Zentren, sagte Karim B. am Montag.").tokens;
    const joined = (word: string) => tokens!.find((token) => token.text === word)?.joined;
    expect(joined("am")).toBe(true);
    expect(joined("Linz")).toBe(false);
  });

  it("asks what the accused of a trial did, where the text names him by his initial", () => {
    const text = `Prozess um Brandanschlag in Linz

Linz – Vor dem Landesgericht Linz hat am Montag der Prozess um einen Brandanschlag auf ein Asylheim begonnen. Der Angeklagte Markus P. soll im März einen Molotowcocktail auf das Gebäude geworfen haben. Sein Verteidiger Johann Leitner kündigte an, auf Freispruch zu plädieren. Staatsanwältin Eva Gruber fordert eine lange Haftstrafe. Der Mitangeklagte Stefan W. hat die Tat bereits gestanden. Das Urteil wird am Freitag erwartet.`;
    const questions = generateBank([{ id: "brandanschlag", text }])[0]!.questions;
    const aboutAccused = questions.find((question) => question.type === "single" && question.stem === "Was trifft laut Text auf Markus P. zu?");
    expect(aboutAccused?.type).toBe("single");
    if (aboutAccused?.type !== "single") return;
    const key = aboutAccused.options.find((option) => option.id === aboutAccused.answer);
    expect(key?.text).toBe("soll im März einen Molotowcocktail auf das Gebäude geworfen haben");
  });
});
