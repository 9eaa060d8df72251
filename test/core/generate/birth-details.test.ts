/** Where or when someone was born ("der in Lyon geborene Politiker", "wurde 1961 in Wolfsberg geboren"): life story, not the news. */
import { describe, expect, it } from "vitest";
import { MIN_SALIENCE } from "../../../src/bank/quiz";
import { generateBank } from "../../../src/generate/index";

const gapsOf = (text: string) =>
  generateBank([{ id: "bio", text }])[0]!.questions.filter(
    (question) => question.type === "cloze" && (question.topic === "place" || question.topic === "date"),
  );
const gapOf = (gaps: ReturnType<typeof gapsOf>, answer: string) => gaps.find((question) => question.type === "cloze" && question.answer === answer);

/** A report whose second sentence names where its actor lives or was born. */
const report = (participle: string) => `Proteste in Ankara

Ankara – Die Polizei hat in der Türkei am Montag mehrere Journalisten festgenommen. Der in Lyon ${participle} Politiker Omar Kaya kündigte neue Proteste an. Die Regierung wies die Kritik zurück.`;

describe("a place or date of someone's birth", () => {
  it("asks where the lead's actor was born only to fill a quiz up, below where they live", () => {
    const born = gapOf(gapsOf(report("geborene")), "Lyon");
    const living = gapOf(gapsOf(report("lebende")), "Lyon");
    expect(born?.salience).toBeLessThan(MIN_SALIENCE);
    expect(living?.salience).toBeGreaterThan(2 * born!.salience);
  });

  it("weighs a birth year told after the lead as life story, below a year of what the person did", () => {
    const profile = (participle: string) => `Neuer Intendant

Wien – Das Burgtheater hat am Montag einen neuen Intendanten vorgestellt. Martin Kusej soll das Haus ab Herbst leiten. Der Vertrag gilt für fünf Jahre. Kusej wurde 1961 in Wolfsberg ${participle}. Zuletzt leitete er das Residenztheater in München.`;
    const born = gapOf(gapsOf(profile("geboren")), "1961");
    const honoured = gapOf(gapsOf(profile("geehrt")), "1961");
    expect(born?.salience).toBeLessThan(honoured!.salience / 2);
  });

  it("leaves a place of another clause before a birth as it was ('lebt in München und wurde 1961 geboren')", () => {
    const profile = (clause: string) => `Neuer Intendant

Wien – Das Burgtheater hat am Montag einen neuen Intendanten vorgestellt. Martin Kusej soll das Haus ab Herbst leiten. Kusej ${clause}. Zuletzt leitete er ein Theater.`;
    const born = gapOf(gapsOf(profile("lebt in München und wurde 1961 geboren")), "München");
    const honoured = gapOf(gapsOf(profile("lebt in München und wurde 1961 geehrt")), "München");
    expect(born).toBeDefined();
    expect(born?.salience).toBe(honoured?.salience);
  });
});
