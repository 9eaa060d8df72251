/**
 * An acronym key ("MIT", "UNO") is given away by another question, or by the title, only where it stands there as
 * the acronym ("des MIT", "Uno-Sprecher"), not where the same letters are a common word ("mit", or "Mit" opening a
 * sentence): compared folded, "Forscher des ___" (MIT) and "Der Roboter ist mit zwei ___ ausgestattet" could not
 * share a quiz. Other keys stay compared folded ("Die Hälfte" and "die Hälfte"). Gaps of a made-up report.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz, givenAwayByTitle } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";

let serial = 0;
/** A gap of its own sentence (and fact): the text before and after the gap, its answer and others accepted. */
const gap = (before: string, after: string, answer: string, salience: number, accept: string[] = [], topic: Question["topic"] = "term") => {
  const sentence = ++serial;
  return Question.parse({
    id: `q_${sentence.toString(16).padStart(16, "0")}`,
    documentId: "bericht",
    topic,
    fact: `${topic}:${sentence}`,
    salience,
    evidence: { documentId: "bericht", passageId: "p1", start: sentence * 100, end: sentence * 100 + 60, quote: `${before}${answer}${after}` },
    moreEvidence: [],
    type: "cloze",
    stem: "Welcher Begriff fehlt in diesem Satz?",
    before,
    after,
    answer,
    accept,
  });
};

const institute = gap(
  "Forscher des ",
  " haben einen Roboter gebaut, der Treppen steigt.",
  "MIT",
  0.6,
  ["Massachusetts Institute of Technology"],
  "organisation",
);
const cameras = gap("Der Roboter ist mit zwei ", " ausgestattet.", "Kameras", 0.9);
const opening = gap("Mit dem Roboter wollen die Entwickler bald ", " ausliefern.", "Pakete", 0.9);
const spokesman = gap("Ein Sprecher des MIT nannte den Roboter einen ", ".", "Durchbruch", 0.9);

const ids = (pool: Question[]) => drawQuiz(pool, { seed: "s" }).map((question) => question.id);

describe("acronym keys in the draw", () => {
  it("asks an acronym's gap beside a question where its letters are the common word, lower case or opening a sentence", () => {
    expect(ids([institute, cameras])).toEqual(expect.arrayContaining([institute.id, cameras.id]));
    expect(ids([institute, opening])).toEqual(expect.arrayContaining([institute.id, opening.id]));
  });

  it("still keeps an acronym's gap out beside a question that shows the acronym, as written or as a name", () => {
    expect(ids([institute, spokesman])).toEqual([spokesman.id]);
    const nations = gap("Die ", " verurteilte den Angriff auf das Lager.", "UNO", 0.6, [], "organisation");
    const nationsAsName = gap("Ein Uno-Sprecher nannte die Lage ", ".", "dramatisch", 0.9);
    expect(ids([nations, nationsAsName])).toEqual([nationsAsName.id]);
  });

  it("keeps comparing other keys folded: a key opening its sentence is shown in lower case", () => {
    const half = gap("", " der Befragten lehnt das neue Gesetz ab.", "Die Hälfte", 0.6, [], "quantity");
    const showsHalf = gap("Laut der Umfrage will die Hälfte der Befragten gegen das ", " klagen.", "Gesetz", 0.9);
    expect(ids([half, showsHalf])).toEqual([showsHalf.id]);
  });

  it("reads acronyms the same way in a pool large enough for the draw's clash tables", () => {
    // biome-ignore format: one list of parts
    const parts = [
      "Akku", "Motor", "Sensor", "Greifarm", "Gehäuse", "Rad", "Kabel", "Display", "Lautsprecher", "Mikrofon",
      "Getriebe", "Lüfter", "Schalter", "Stecker", "Rahmen", "Deckel", "Scharnier", "Ventil", "Filter", "Chip",
      "Speicher", "Prozessor", "Antrieb", "Bremse", "Federung", "Kühler", "Halter", "Zahnrad", "Riemen", "Schlauch",
    ];
    // All of one sentence: a quiz takes one of them, too short a quiz in salience order, so the draw tries other orders.
    const fillers = parts
      .map((part) => gap("Im Anhang des Berichts steht das Bauteil ", ".", part, 0.3))
      .map((filler) => ({ ...filler, evidence: { ...filler.evidence, start: 0 } }));
    // The most salient gap shows the acronym and the cameras: asked first, it leaves a quiz of two, and the order of
    // fewest clashes (from the tables) makes the longer quiz of the acronym's gap, the cameras' and a filler.
    const blocker = gap("Die Kameras des MIT-Roboters stammen aus einem Labor in ", ".", "Boston", 0.95, [], "place");
    expect(ids([blocker, ...fillers, institute, cameras])).toEqual(expect.arrayContaining([institute.id, cameras.id]));
  });

  it("counts an acronym answer as given away by the title only where the title writes the acronym", () => {
    expect(givenAwayByTitle("Ein Roboter mit zwei Kameras steigt Treppen")(institute)).toBe(false);
    expect(givenAwayByTitle("Neuer Roboter aus dem MIT steigt Treppen")(institute)).toBe(true);
  });
});
