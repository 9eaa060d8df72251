/** Plural things as actors, and words a clause of "wie" reports as quotation marks would give them. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

const texts = (question: ReturnType<typeof questionsOf>[number]): string[] => {
  if (question.type === "truefalse") return [question.statement];
  if (question.type === "single") return [question.stem, ...question.options.map((option) => option.text)];
  return [question.stem];
};

describe("a plural of things before a plural verb", () => {
  const text = `Sturm verwüstet Küstenorte

Rostock – Ein schwerer Sturm hat in der Nacht auf Sonntag mehrere Küstenorte an der Ostsee verwüstet. In vielen Orten stürzten die alten Holzhäuser am Hafen ein, als die Flut kam. Die Landesregierung sagte den Gemeinden eine Soforthilfe von drei Millionen Euro zu. Der Deutsche Wetterdienst warnte vor weiteren Stürmen in der kommenden Woche.`;

  it("is no actor: never a deed's subject nor another actor's wrong option", () => {
    const all = questionsOf("sturm", text).flatMap(texts);
    expect(all.filter((line) => line.includes("Holzhäuser"))).toEqual([]);
    // A plural of people stays an actor.
    const people = text.replace("stürzten die alten Holzhäuser am Hafen ein, als die Flut kam", "retteten die freiwilligen Helfer am Hafen zahlreiche Boote");
    const withPeople = questionsOf("sturm", people).flatMap(texts);
    expect(withPeople.some((line) => line.startsWith("Die freiwilligen Helfer"))).toBe(true);
  });
});

describe("words a clause of 'wie' attributes", () => {
  const text = `Zugunglück in Bayern

Garmisch-Partenkirchen – Bei einem Zugunglück in Oberbayern sind am Freitag vier Menschen ums Leben gekommen. Mehr als 40 Fahrgäste wurden verletzt, wie das Bayerische Innenministerium am Abend mitteilte. Die Deutsche Bahn richtete eine Hotline für Angehörige ein. Die Ursache des Unglücks ist noch unklar.`;

  it("are stated as made known, never in quotation marks as the speaker's own", () => {
    const all = questionsOf("zug", text).flatMap(texts);
    const reported = all.filter((line) => line.includes("Mehr als 40 Fahrgäste wurden verletzt"));
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.filter((line) => line.includes("„"))).toEqual([]);
    expect(all).toContain("Das Bayerische Innenministerium teilte mit: Mehr als 40 Fahrgäste wurden verletzt.");
  });
});
