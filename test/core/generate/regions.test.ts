/** States, Länder and cantons asked as places, through the whole generator on texts of our own. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Cloze = Extract<Question, { type: "cloze" }>;

function placeGaps(id: string, text: string): Cloze[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Cloze => question.type === "cloze" && question.fact.startsWith("place:"));
}

const RANKING = `Mehr Angriffe auf Unterkünfte

Dresden – Das deutsche Bundesland Sachsen ist deutschlandweit Spitzenreiter bei Angriffen auf Unterkünfte. Die Zahlen stellte ein Mediendienst am Donnerstag vor. Sachsen ist auch hier mit 126 Vorfällen einsame Spitze, gefolgt von Nordrhein-Westfalen (59) und Bayern (36). Nach Einschätzung von Grit Hanneforth, Chefin des Kulturbüros Sachsen, wächst die Gefahr.`;

describe("regions as places", () => {
  it("asks a state with a stem that says what kind of place is missing, after the noun that introduces it", () => {
    const gaps = placeGaps("ranking", RANKING);
    const saxony = gaps.find((question) => question.answer === "Sachsen");
    expect(saxony?.stem).toBe("Welches Bundesland fehlt in diesem Satz?");
    expect(saxony?.before).toBe("Das deutsche Bundesland ");
  });

  it("asks a state followed by its figure in brackets: no dateline ('Berlin (dpa)')", () => {
    expect(placeGaps("ranking", RANKING).map((question) => question.answer)).toContain("Nordrhein-Westfalen");
  });

  it("names cantons and US states by their kind", () => {
    const text = `Abstimmung in der Schweiz

Bern – Im Kanton Tessin stimmte eine Mehrheit für das neue Gesetz. Die Regierung will es rasch umsetzen. Auch der Gouverneur von Kalifornien lobte das Ergebnis am Montag.`;
    const stems = Object.fromEntries(placeGaps("vote", text).map((question) => [question.answer, question.stem]));
    expect(stems.Tessin).toBe("Welcher Kanton fehlt in diesem Satz?");
    expect(stems.Kalifornien).toBe("Welcher Bundesstaat fehlt in diesem Satz?");
  });

  it("offers no state as the place of a meeting", () => {
    const meeting = `Gespräche in Genf

Genf – Die Außenminister Russlands und der USA trafen sich am Montag in Genf. Zuvor hatte Lawrow Wien besucht. Danach reiste er nach Kärnten weiter, wo er Urlaub macht.`;
    const [bank] = generateBank([{ id: "meeting", text: meeting }]);
    const options = bank!.questions.flatMap((question) =>
      question.topic === "meeting_place" && question.type === "single" ? question.options.map((option) => option.text) : [],
    );
    expect(options).toContain("Genf");
    expect(options).not.toContain("Kärnten");
  });
});
