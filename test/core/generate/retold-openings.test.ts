/**
 * Retold words that open with an adverb of contrast before their verb and a name ("Doch sei Zeno noch weit davon
 * entfernt") and go on after a colon in the speaker's own words, which the text gives without quotation marks
 * ("...: Da ist noch viel zu tun"): a statement or option retells them without the adverb, as "Zeno sei noch weit
 * davon entfernt, ...", and without the words after the colon, which are no retold speech.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const ROBOT = `Roboter gewinnt Schachturnier in Graz

Der Schachroboter Zeno hat das Grazer Schnellschachturnier gewonnen.

Graz – Der an der Technischen Universität Graz entwickelte Schachroboter Zeno hat am Sonntag das Grazer Schnellschachturnier gewonnen. Im Finale besiegte er den steirischen Meister Florian Wallner nach drei Stunden. Wallner gratulierte dem Team und sagte, er habe sein Bestes gegeben. Projektleiterin Katharina Moser sagte in Graz, der Sieg habe sie überrascht. Doch sei Zeno noch weit davon entfernt, fehlerfrei zu spielen: Da ist noch viel zu tun. Im kommenden Jahr soll der Roboter in Wien antreten. Der Turnierleiter Georg Pichler lobte die faire Atmosphäre.`;

function shownTexts(): string[] {
  const [bank] = generateBank([{ id: "robot", text: ROBOT }]);
  return bank!.questions.flatMap((question: Question) =>
    question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
  );
}

describe("retold words opening with 'Doch' before their verb and a name", () => {
  it("are retold with the name first and without what follows the colon", () => {
    const shown = shownTexts();
    const retold = shown.filter((text) => text.includes("weit davon entfernt"));
    expect(retold.length).toBeGreaterThan(0);
    for (const text of retold) {
      expect(text).toContain("Zeno sei noch weit davon entfernt, fehlerfrei zu spielen");
      expect(text).not.toContain("Doch sei");
      expect(text).not.toContain("noch viel zu tun");
    }
  });
});
