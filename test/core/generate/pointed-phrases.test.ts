/**
 * Gap texts and statements of a sentence that names, anywhere in it, the one company or bank of the text by its kind's
 * noun ("die Einlagen der Bank", "Beschäftigte des Konzerns") or the one person of a country by their noun ("der Bruder
 * des Franzosen"): the referent shows in brackets after the phrase, by name, and the sentence is asked; where the text
 * named two of the kind, or none, nothing of the sentence is asked. The evidence stays the article's sentence, verbatim.
 * Sentences written here; facts from the real extractor.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

/** What a learner reads of each question of a text's pool, and the sentence it stands on. */
function shownOf(text: string): { shown: string; quote: string }[] {
  return generateBank([{ id: "t", text }])[0]!.questions.map((question: Question) => {
    const shown =
      question.type === "cloze" || question.type === "numeric"
        ? `${question.before ?? ""}___${question.after ?? ""}`
        : question.type === "truefalse"
          ? question.statement
          : `${question.stem} ${question.options.map((option) => option.text).join(" / ")}`;
    return { shown, quote: question.evidence.quote };
  });
}

/** The questions that stand on the article's sentence holding `words`. */
const on = (text: string, words: string) => shownOf(text).filter((question) => question.quote.includes(words));

const bankText = (before: string) => `Sparkurs in Tirol

Innsbruck – ${before} Vorstandschef Markus Huber begründete den Schritt am Dienstag mit dem Rückgang der Kundenbesuche. Die Einlagen der Bank sind im vergangenen Jahr um zwölf Prozent auf 4,5 Milliarden Euro gestiegen.`;

describe("a bank or company the text named once, pointed at by its kind's noun", () => {
  it("shows the one bank named before in brackets after the phrase", () => {
    const asked = on(bankText("Die Regionalbank Alpenkredit schließt bis Ende 2027 insgesamt 14 Filialen in Tirol."), "Einlagen der Bank");
    expect(asked.map((question) => question.shown)).toContain(
      "Die Einlagen der Bank [Alpenkredit] sind im vergangenen Jahr um zwölf Prozent auf ___ Milliarden Euro gestiegen.",
    );
    // The evidence is the article's sentence as it stands: the brackets are only in what the learner reads.
    expect(asked[0]!.quote).toBe("Die Einlagen der Bank sind im vergangenen Jahr um zwölf Prozent auf 4,5 Milliarden Euro gestiegen.");
  });

  it("asks nothing of the sentence where two banks, or none, could be meant", () => {
    const twoBanks = bankText(
      "Die Regionalbank Alpenkredit schließt bis Ende 2027 insgesamt 14 Filialen in Tirol. Auch die Großbank Nordhypo hat einen Sparkurs angekündigt.",
    );
    const noBank = bankText("In Tirol werden bis Ende 2027 insgesamt 14 Filialen geschlossen.");
    for (const text of [twoBanks, noBank]) expect(on(text, "Einlagen der Bank"), text).toEqual([]);
  });

  it("shows the one company named before in brackets after a genitive", () => {
    const text = `Stellenabbau in Steyr

Steyr – Der Lkw-Hersteller Steyrwerk baut bis 2026 insgesamt 600 Stellen ab. Das teilte Firmenchef Karl Berger am Montag mit. Von den 3.200 Beschäftigten des Konzerns arbeiten derzeit rund 1.900 in der Produktion in Steyr.`;
    expect(on(text, "Beschäftigten des Konzerns").map((question) => question.shown)).toContain(
      "Von den ___ Beschäftigten des Konzerns [Steyrwerk] arbeiten derzeit rund 1.900 in der Produktion in Steyr.",
    );
    // Another company of the trade named between: "des Konzerns" may be either's.
    const two = text.replace("Das teilte", "Der Zulieferer Kremtec streicht 80 Stellen. Das teilte");
    expect(on(two, "Beschäftigten des Konzerns")).toEqual([]);
  });
});

describe("a person pointed at by the noun of their country", () => {
  const arrest = (who: string) => `Festnahme in Wien

Wien – Die Polizei hat am Sonntag in Wien ${who} festgenommen, die einen Anschlag geplant haben sollen. Der Bruder des Franzosen wurde am Montag in Graz festgenommen.`;

  it("shows the one Frenchman named before in brackets, in gap texts and statements alike", () => {
    const asked = on(arrest("den Franzosen Pierre Lacombe und die Britin Jane Doyle"), "Bruder des Franzosen").map((question) => question.shown);
    expect(asked).toContain("Der Bruder des Franzosen [Pierre Lacombe] wurde am Montag in ___ festgenommen.");
    expect(asked).toContain("Der Bruder des Franzosen [Pierre Lacombe] ist am Montag in Graz festgenommen worden.");
    expect(asked.filter((shown) => !shown.includes("des Franzosen [Pierre Lacombe]"))).toEqual([]);
    // A man of another country named after him is no Frenchman: the one Frenchman is still meant.
    expect(on(arrest("den Franzosen Pierre Lacombe und den Briten John Miller"), "Bruder des Franzosen").map((question) => question.shown)).toContain(
      "Der Bruder des Franzosen [Pierre Lacombe] wurde am Montag in ___ festgenommen.",
    );
  });

  it("asks nothing of the sentence where two Frenchmen were named, or someone else was named after the one", () => {
    const texts = [
      arrest("den Franzosen Pierre Lacombe und den Franzosen Jean Morel"),
      // Who "the Frenchman" is, a reader would take from the man named last, whose country the text does not give.
      arrest("den Franzosen Pierre Lacombe und den Mechaniker Karl Bauer"),
    ];
    for (const text of texts) expect(on(text, "Bruder des Franzosen"), text).toEqual([]);
  });
});
