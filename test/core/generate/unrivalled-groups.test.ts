/**
 * Rivals that are no other actor: a group that holds all sides ("die Konfliktparteien") and one of them ("Die
 * Rebellen"); people named by a plural noun alone ("Unbekannte", "Sanitäter"), whom the text makes no party; and one
 * country under two names ("Die USA", "Die Vereinigten Staaten").
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Waffenruhe im Jemen verlängert.

Sanaa – Die Regierung und die Huthi-Rebellen haben sich auf eine längere Waffenruhe geeinigt. Nach monatelangen Gesprächen wollten die Konfliktparteien eigentlich schon im Mai einen Vertrag unterzeichnen. Die Rebellen forderten zuletzt aber neue Garantien für ihre Gebiete. Am Rande eines Besuchs von UN-Generalsekretär António Guterres in Riad haben die Vereinigten Staaten versucht, in den Gesprächen zu vermitteln. Die USA wollten den Prozess auch weiterhin unterstützen. In der Hafenstadt Hodeida verletzten Unbekannte am Sonntag drei Soldaten durch Schüsse. Sanitäter brachten die Verletzten in ein Krankenhaus in der Hauptstadt. Die Vereinten Nationen wollen im Juni eine neue Konferenz in Genf abhalten.`;

const told = () =>
  generateBank([{ id: "unrivalled-groups", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
  );

describe("rivals that are no other actor", () => {
  it("are not a group of all sides and one of them", () => {
    const all = told();
    expect(all.filter((statement) => statement.startsWith("Die Rebellen wollten"))).toEqual([]);
    expect(all.filter((statement) => statement.startsWith("Die Konfliktparteien forderten"))).toEqual([]);
  });

  it("are not people named by a plural noun alone", () => {
    const all = told();
    expect(all.filter((statement) => statement.startsWith("Sanitäter verletzten"))).toEqual([]);
    expect(all.filter((statement) => statement.startsWith("Unbekannte haben die Verletzten"))).toEqual([]);
  });

  it("are not one country under another name", () => {
    expect(told().filter((statement) => statement.startsWith("Die Vereinigten Staaten") && statement.includes("Prozess"))).toEqual([]);
  });
});
