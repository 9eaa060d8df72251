/**
 * Rescue services and customs investigators that a local report names by the noun alone ("Die Bergrettung barg ...",
 * "Die Zollfahndung stellte ... sicher"): the one of the region the story is set in, which acts as the police does.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statements = (text: string) =>
  generateBank([{ id: "services", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a service named by its noun alone", () => {
  it("is the actor of a mountain rescue", () => {
    const made = statements(`Wanderer aus Felswand geborgen

Schladming – Die Bergrettung hat am Sonntag zwei deutsche Wanderer aus einer Felswand am Dachstein geborgen. Die beiden waren unverletzt. Sie hatten sich im Nebel verstiegen.`);
    expect(made).toContainEqual({ statement: "Am Sonntag hat die Bergrettung zwei deutsche Wanderer aus einer Felswand am Dachstein geborgen.", answer: true });
  });

  it("is the actor of a seizure by customs investigators", () => {
    const made = statements(`Schmuggel aufgedeckt

Linz – Die Zollfahndung hat am Dienstag in einer Garage in Wels 400 Stangen Zigaretten sichergestellt. Zwei Männer wurden angezeigt. Die Zigaretten stammen aus der Ukraine.`);
    expect(made).toContainEqual({ statement: "Am Dienstag hat die Zollfahndung in einer Garage in Wels 400 Stangen Zigaretten sichergestellt.", answer: true });
  });
});
