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

  it("takes no place from onward travel: the meeting someone travels on to is the next stop", () => {
    const text = [
      "Besuch in Kanada: Premier will Abkommen unterzeichnen.",
      "Ottawa – Der indische Premier Narendra Modi ist zu seinem ersten Staatsbesuch in Kanada eingetroffen.",
      "Er will dort ein Abkommen über Uranlieferungen unterzeichnen.",
      "Im Vorjahr hatten beide Regierungen ihr Treffen in Delhi für erste Gespräche genutzt.",
      "Nach seinem Besuch in Ottawa will Modi zur Eröffnung der Weltgesundheitsversammlung nach Genf weiterreisen.",
    ].join(" ");
    const meeting = extractFacts(text).meetings[0];
    expect(meeting?.place).not.toBe("Genf");
  });

  it("keeps the meeting's own place where the sentence also tells where the traveller goes next", () => {
    const text = "Die Außenministerin trifft sich am Montag in Rom mit ihrem Amtskollegen. Anschließend reist sie nach Paris weiter.";
    const sentence = "Nach dem Treffen der Außenminister in Madrid fliegt die Ministerin anschließend nach Lissabon.";
    expect(extractFacts(text).meetings[0]).toMatchObject({ place: "Rom" });
    expect(extractFacts(sentence).meetings[0]).toMatchObject({ place: "Madrid" });
  });
});
