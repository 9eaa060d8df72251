/** A pool shows each question once: a teacher reviewing a text's questions must not find one twice. */
import { expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import hochwasser from "../../fixtures/generate-texts/hochwasser-slowenien.txt?raw";
import nordsee from "../../fixtures/generate-texts/nordsee-konferenz.txt?raw";
import pandemiefonds from "../../fixtures/generate-texts/pandemiefonds-videokonferenz.txt?raw";

const BUSNETZ = `Stadtrat beschließt neues Busnetz

Der Stadtrat von Lindenau hat am Donnerstag ein neues Busnetz beschlossen. Ab Dezember fahren die Busse im Viertelstundentakt. Oberbürgermeisterin Katrin Albers sprach von einem großen Schritt. Die Opposition kritisierte die Kosten von 12 Millionen Euro.`;

/** Written apart from the generator's own key: everything of a question a learner reads or chooses from. */
const looks = (question: Question) =>
  [
    question.type,
    question.stem,
    question.type === "truefalse" ? question.statement : "",
    "before" in question ? `${question.before ?? ""}___${question.after ?? ""}` : "",
    "options" in question ? question.options.map((option) => option.text).join("|") : "",
  ].join("\n");

it.each([
  ["busnetz", BUSNETZ],
  ["hochwasser", hochwasser],
  ["nordsee", nordsee],
  ["pandemiefonds", pandemiefonds],
])("shows each question of %s once", (id, text) => {
  const questions = generateBank([{ id, text }])[0]!.questions;
  expect(questions.length).toBeGreaterThan(0);
  const shown = questions.map(looks);
  expect(shown.filter((look, index) => shown.indexOf(look) !== index)).toEqual([]);
});
