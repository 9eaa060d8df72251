/**
 * An office as the object of a deed ("forderte ... den Premier zum Rücktritt auf") that stands for the one person the
 * sentence before names with that office: the deed's statements name that person instead, through the whole generator
 * on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const CHARGES = `Landesrätin unter Druck

Graz – Die Staatsanwaltschaft hat am Montag Anklage gegen die Landesrätin Maria Berger erhoben. Am Dienstag forderte Landeshauptmann Josef Gruber die Landesrätin öffentlich zum Rücktritt auf. Berger lehnte ab. Die Opposition verlangt Neuwahlen.`;

const AID = `Streit um Hilfe

Wien – Der Bürgermeister Karl Hofer hat am Montag den Bau eines Heims angekündigt. Am Dienstag warf Landesrat Peter Lang dem Bürgermeister öffentlich Versäumnisse vor. Hofer wies die Kritik zurück. Die Bauarbeiten sollen im Mai beginnen.`;

function statements(id: string, text: string): string[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [`${question.statement} ${question.answer}`] : [],
  );
}

describe("an office as a deed's object", () => {
  it("is named by the person the sentence before names with it, a woman's office after 'die', a man's after 'dem'", () => {
    expect(statements("charges", CHARGES)).toContain("Josef Gruber forderte am Dienstag Maria Berger öffentlich zum Rücktritt auf. true");
    expect(statements("aid", AID)).toContain("Peter Lang warf am Dienstag Karl Hofer öffentlich Versäumnisse vor. true");
  });

  it("is not named where two persons of the text hold that office, or the sentence before names nobody with it", () => {
    const two = CHARGES.replace("Die Opposition verlangt Neuwahlen.", "Auch die Landesrätin Eva Koller äußerte sich.");
    expect(statements("charges", two).filter((statement) => statement.includes("Rücktritt auf"))).toEqual([]);
    const earlier = AID.replace("Am Dienstag warf", "Die Pläne kosten viel Geld. Am Dienstag warf");
    expect(statements("aid", earlier).filter((statement) => statement.includes("Versäumnisse"))).toEqual([]);
  });
});
