/** An inquiry in the present ("ermittelt wegen ..."): stated with its reason first, by the body the text names, a town's "St." in its name. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

const text = (body: string) => `Scheune in Flammen

Graz – In der Nacht auf Sonntag ist in einem Dorf eine Scheune abgebrannt. Verletzt wurde niemand. ${body} Der Schaden wird auf 200.000 Euro geschätzt.`;

describe("a body that investigates for a reason, in the present", () => {
  it("is stated with the reason first ('Wegen schwerer Brandstiftung ermittelt die Landespolizei.')", () => {
    const made = statementsOf("scheune", text("Die Landespolizei ermittelt wegen schwerer Brandstiftung."));
    expect(made).toContainEqual({ statement: "Wegen schwerer Brandstiftung ermittelt die Landespolizei.", answer: true });
  });

  it("keeps 'St.' of a town in the body's name ('Die Staatsanwaltschaft St. Veit')", () => {
    const made = statementsOf("scheune", text("Die Staatsanwaltschaft St. Veit ermittelt gegen den Besitzer der Scheune."));
    expect(made).toContainEqual({ statement: "Gegen den Besitzer der Scheune ermittelt die Staatsanwaltschaft St. Veit.", answer: true });
  });
});
