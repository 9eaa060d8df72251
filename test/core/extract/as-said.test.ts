/**
 * Attributions by a clause of "wie" ("Wie die Polizei mitteilte, ...", "..., wie das Ministerium bekanntgab."), on
 * short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const quotesOf = (text: string) => extractFacts(text).quotes;

describe("a clause of 'wie' with a verb of saying", () => {
  it("gives the passive main clause after 'Wie X mitteilte, ...' to X, its subject first", () => {
    const [found] = quotesOf("Wie das Innenministerium in Wien am Freitag mitteilte, wurde der Tunnel im Herbst wieder geöffnet.");
    expect(found).toMatchObject({ verb: "mitteilte", speaker: { text: "das Innenministerium" }, direct: false });
    expect(found!.quote.text).toBe("Der Tunnel wurde im Herbst wieder geöffnet");
    const [person] = quotesOf("Die Bahn streicht Züge. Wie Verkehrsministerin Eva Hofer sagte, wird die Strecke bis Mai gesperrt.");
    expect(person).toMatchObject({ person: "Hofer", quote: { text: "Die Strecke wird bis Mai gesperrt" } });
  });

  it("leaves a main clause in which someone acts to the finder of deeds", () => {
    const text = "Wie die Agentur Anadolu meldete, soll Ministerpräsident Ali Demir ein Kabinett bilden.";
    expect(quotesOf(text)).toEqual([]);
    expect(extractFacts(text).actions.map((action) => action.person)).toEqual(["Demir"]);
    expect(quotesOf("Bürgermeister Karl Huber eröffnete die Brücke, wie die Gemeinde mitteilte.")).toEqual([]);
  });

  it("opens the words with 'es' or 'man' after the verb, and stops before a second clause of 'wie' at the end", () => {
    const [found] = quotesOf("Wie die Polizei meldete, handelt es sich um einen Mann aus Graz, wie die Staatsanwaltschaft bestätigte.");
    expect(found).toMatchObject({ speaker: { text: "die Polizei" }, quote: { text: "Es handelt sich um einen Mann aus Graz" } });
  });

  it("gives the one main clause before '..., wie X mitteilte.' to X", () => {
    const [found] = quotesOf("Der Verdächtige wurde am Montag in Linz festgenommen, wie die Polizei mitteilte.");
    expect(found).toMatchObject({
      verb: "mitteilte",
      speaker: { text: "die Polizei" },
      quote: { text: "Der Verdächtige wurde am Montag in Linz festgenommen" },
    });
  });

  it("takes no clause of 'wie' that compares, whose subject the finder cannot tell, or that follows more than one clause", () => {
    expect(quotesOf("Wie erwartet, stieg die Zahl der Gäste im Sommer deutlich.")).toEqual([]);
    expect(quotesOf("Wie die Polizei mitteilte, wurden gestern drei Autos beschädigt.")).toEqual([]);
    expect(quotesOf("Die Schule bleibt zu, weil das Dach undicht ist, wie die Polizei mitteilte.")).toEqual([]);
    // An agency or a paper relays what others did: no one's words a reader is asked about.
    expect(quotesOf("Wie die Nachrichtenagentur AFP berichtet, wurde der Mann in Athen festgenommen.")).toEqual([]);
  });
});
