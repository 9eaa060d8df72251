/**
 * The meeting a text reports is the one of its lead; its place and date come from the clause of
 * the meeting word, not from other events the text names.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

describe("the reported meeting", () => {
  it("is the one of the lead, not an earlier summit someone remembers", () => {
    const text = [
      "Die Außenminister der Nato treffen sich in Brüssel.",
      "Sie beraten über die Lage im Osten.",
      "Beim letzten Gipfel in Madrid im Juni 2022 hatten sie neue Mitglieder aufgenommen.",
      "Das Treffen dauert zwei Tage.",
    ].join(" ");
    const [meeting] = extractFacts(text).meetings;
    expect(meeting).toMatchObject({ place: "Brüssel" });
    expect(meeting!.date).toBeUndefined();
  });

  it("takes no place from a protest camp and no date from another clause", () => {
    const text = [
      "Am Gipfeltreffen der G7 nehmen sieben Staats- und Regierungschefs teil.",
      "Gegner des Gipfels haben ein Protestcamp in Garmisch errichtet, das seit 2015 besteht.",
      "Beim Gipfel am 12.06.2022 auf Schloss Elmau geht es um das Klima.",
    ].join(" ");
    const [meeting] = extractFacts(text).meetings;
    expect(meeting!.place).toBeUndefined();
    expect(meeting!.date).toBe("2022-06-12");
  });

  it("leaves the date empty when the meeting's clause has none", () => {
    const text = "Die Minister treffen sich heute in Rom, nachdem sie 2019 zuletzt in Paris waren.";
    const [meeting] = extractFacts(text).meetings;
    expect(meeting).toMatchObject({ place: "Rom" });
    expect(meeting!.date).toBeUndefined();
  });
});
