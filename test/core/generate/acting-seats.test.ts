/**
 * A capital that is no place of a preposition ("Peking arbeitet an ...", "mit denen Peking sich ... streitet") stands for
 * its state, whose name fits its gap as well: no place gap there. Where the capital is where something happens ("In
 * Tokio kündigte die Regierung ... an"), the gap stays.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `China rüstet weiter auf.

Peking – China erhöht seine Ausgaben für das Militär im kommenden Jahr um sieben Prozent. Das Geld fließt vor allem in neue Waffen: Peking arbeitet derzeit an der Entwicklung neuer Kampfflugzeuge und Schiffe. Die Aufrüstung besorgt Nachbarländer wie Japan und Vietnam, mit denen Peking sich um Inseln streitet. In Tokio kündigte die Regierung am Montag ebenfalls höhere Ausgaben an.`;

describe("a capital as the actor of a deed", () => {
  const gaps = () =>
    generateBank([{ id: "acting-seats", text }])[0]!.questions.flatMap((question) =>
      question.type === "cloze" && question.topic === "place" ? [question.fact] : [],
    );

  it("is no place gap", () => {
    expect(gaps()).not.toContain("place:Peking");
  });

  it("leaves the gap of a capital where something happens", () => {
    expect(gaps()).toContain("place:Tokio");
  });
});
