/**
 * A deed that nobody else of the text could have done, whose clause names the political leaning of whom it was done
 * to ("gegen eine regierungskritische Zeitung"): stated falsely with the other leaning ("regierungsnahe"), an
 * affirmative false twin in place of the deed denied. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { falseStatementsOf, statementsOf } from "./statements";
import { generateBank } from "../../../src/generate/index";

const RAID = `Razzia bei Wochenzeitung in Ankara

Die Polizei hat am Dienstag die Redaktion einer regierungskritischen Wochenzeitung in Ankara durchsucht. Die Beamten beschlagnahmten Computer und Unterlagen. Der Chefredakteur Mehmet Yilmaz sprach von einem Angriff auf die Pressefreiheit.`;

const ARRESTS = `Festnahmen in Dresden

Die Polizei hat in Dresden mehrere mutmaßliche Mitglieder einer rechtsextremen Gruppe festgenommen. Die Ermittler fanden bei den Durchsuchungen Waffen und Munition. Innenminister Armin Schuster lobte den Einsatz.`;

const BOTH_SIDES_NAMED = `Razzia bei Zeitung

Die Polizei hat die Redaktion einer regierungskritischen Zeitung durchsucht. Regierungsnahe Medien begrüßten den Einsatz am Abend.`;

const TWO_LEANINGS = `Festnahmen in Leipzig

Die Polizei hat in Leipzig Mitglieder einer rechtsextremen und einer prorussischen Gruppe festgenommen. Die Ermittler fanden bei den Durchsuchungen Waffen.`;

describe("a deed's false twin with the other political leaning", () => {
  it("gives the object the other leaning, with its ending, in place of a denial", () => {
    const found = falseStatementsOf("razzia", RAID);
    expect(found).toContain("Am Dienstag hat die Polizei die Redaktion einer regierungsnahen Wochenzeitung in Ankara durchsucht.");
    expect(found.some((statement) => statement.startsWith("Am Dienstag hat die Polizei") && / nicht /u.test(statement))).toBe(false);
    const trueOnes = statementsOf("razzia", RAID).filter((question) => question.answer);
    expect(trueOnes.map((question) => question.statement)).toContain(
      "Am Dienstag hat die Polizei die Redaktion einer regierungskritischen Wochenzeitung in Ankara durchsucht.",
    );
  });

  it("turns the far right into the far left", () => {
    expect(falseStatementsOf("festnahmen", ARRESTS)).toContain("Die Polizei nahm in Dresden mehrere mutmaßliche Mitglieder einer linksextremen Gruppe fest.");
  });

  it("asks the two statements side by side where no one else could have done it", () => {
    const [bank] = generateBank([{ id: "festnahmen", text: ARRESTS }]);
    const choice = bank!.questions.find((question) => question.type === "single" && question.options.some((option) => option.text.includes("linksextremen")));
    expect(choice?.type === "single" && choice.options.find((option) => option.id === choice.answer)?.text).toBe(
      "Die Polizei nahm in Dresden mehrere mutmaßliche Mitglieder einer rechtsextremen Gruppe fest.",
    );
  });

  it("keeps the leaning where the text names the other side too", () => {
    expect(falseStatementsOf("beide", BOTH_SIDES_NAMED).some((statement) => statement.includes("regierungsnahen Zeitung"))).toBe(false);
  });

  it("keeps the leanings where the clause names two", () => {
    const found = falseStatementsOf("zwei", TWO_LEANINGS);
    expect(found.some((statement) => /linksextremen|prowestlichen/u.test(statement))).toBe(false);
  });
});
