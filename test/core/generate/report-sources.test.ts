/** The source of a report ("laut dem Sender Radio Alpina", "berichtete die Tribune") is no gap's answer and no rival actor. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { makeContext } from "../../../src/generate/context";
import { generateBank } from "../../../src/generate/index";
import { asksReportSource } from "../../../src/generate/reportsources";

/** What a question shows the learner as wrong, or its gap and answer, in one string. */
function shown(question: Question): string {
  switch (question.type) {
    case "truefalse":
      return question.answer ? `true: ${question.statement}` : `false: ${question.statement}`;
    case "single":
      return `wrong: ${question.options
        .filter((option) => option.id !== question.answer)
        .map((option) => option.text)
        .join(" | ")}`;
    case "multi":
      return `wrong: ${question.options
        .filter((option) => !question.answers.includes(option.id))
        .map((option) => option.text)
        .join(" | ")}`;
    case "cloze":
      return `${question.before}___${question.after} => ${[question.answer, ...question.accept].join(", ")}`;
    default:
      return `${question.stem} ${question.before ?? ""}___${question.after ?? ""}`;
  }
}

const questionsOf = (text: string) => generateBank([{ id: "quellen", text }])[0]!.questions.map(shown);

describe("a name that stands in the text only as the source of a report", () => {
  const text = `Streamingdienst Wellenklang kommt nach Europa

Der Musikdienst Wellenklang will im Frühjahr in zwölf europäischen Ländern starten, berichtete die Zeitung Morgenkurier am Dienstag. Wellenklang verzichtet dabei auf eine kostenlose Version mit Werbung. Die Firma Wellenklang verlangt zehn Euro im Monat. Laut dem Sender Radio Alpina hat Wellenklang bereits Verträge mit drei großen Plattenfirmen unterzeichnet. Konkurrent Tonfabrik senkte am Mittwoch seine Preise. Die Tonfabrik hatte im Vorjahr 40 Millionen Kunden gewonnen, wie die Hochschule Lindenau berichtet. Tonfabrik-Chef Markus Feld sagte, man fürchte die Konkurrenz nicht.`;
  const questions = questionsOf(text);

  it("asks no gap whose answer is the source", () => {
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.filter((question) => /=> .*(?:Radio Alpina|Morgenkurier|Lindenau)/u.test(question))).toEqual([]);
  });

  it("offers no source as the rival actor or speaker of a wrong statement or option", () => {
    // ", wie die Hochschule Lindenau berichtet" keeps it the source of a true or false statement.
    const asActor = questions.filter(
      (question) => /^(?:false|wrong):/u.test(question) && /Radio Alpina|Morgenkurier|(?<!wie die )Hochschule Lindenau/u.test(question),
    );
    expect(asActor).toEqual([]);
  });

  it("keeps asking about the actors of the deeds", () => {
    expect(questions.some((question) => question.includes("Wellenklang") || question.includes("Tonfabrik"))).toBe(true);
  });
});

describe("a news outlet", () => {
  it("is no actor of a statement even where it asked something itself", () => {
    const text = `Banken verlangen neue Gebühren

Wien – Drei große Banken verlangen ab Juli eine Gebühr für Überweisungen am Schalter. Der STANDARD hat bei den drei Banken nachgefragt. Die Ostbank verlangt künftig zwei Euro pro Überweisung. Die Alpenbank verzichtet dagegen auf eine Gebühr für Pensionisten. Die Arbeiterkammer kritisierte die Gebühren scharf.`;
    expect(questionsOf(text).filter((question) => question.includes("STANDARD") && !question.includes("___"))).toEqual([]);
  });

  it("is no rival actor where the text writes its article in capitals as part of its name", () => {
    const text = `Ökonomen uneins über Kosten

Wien – DER STANDARD hat bei drei Instituten nachgefragt. Das Institut für Wirtschaftsforschung rechnet heuer mit einem Plus von 0,3 Prozent durch die Ausgaben. Die Nationalbank erwartet dagegen nur ein Plus von 0,1 Prozent. Das Institut für Höhere Studien veröffentlicht seine Prognose am Freitag. Die Regierung will die Ausgaben im Herbst prüfen.`;
    expect(questionsOf(text).filter((question) => question.includes("STANDARD") && !question.includes("___"))).toEqual([]);
  });
});

describe("a source before 'zufolge'", () => {
  // Several "zufolge" in one text, a name run over a line break, and one after a pronoun that names no source: each
  // source is found where it stands (the search starts at the words before each "zufolge", not at every capital).
  const text = `Ein neuer Musikdienst für Europa

Der Musikdienst Klangwerk will im Frühjahr in zwölf europäischen Ländern starten. Dem Sender Radio Nordwelle zufolge hat Klangwerk bereits Verträge mit drei großen Plattenfirmen unterzeichnet. Konkurrent Tonhaus senkte am Mittwoch seine Preise. Ihm zufolge fürchtet man die Konkurrenz nicht. Der Zeitung
Abendpost zufolge hatte Tonhaus im Vorjahr 40 Millionen Kunden gewonnen.`;
  const doc = makeContext("quellen", text, extractFacts(text));
  const asGap = (answer: string) => asksReportSource(doc, { type: "cloze", answer } as Question);

  it("is a source wherever the text names it only so, and the actors are none", () => {
    expect(asGap("Radio Nordwelle")).toBe(true);
    expect(asGap("Abendpost")).toBe(true);
    expect(asGap("Klangwerk")).toBe(false);
    expect(asGap("Tonhaus")).toBe(false);
  });
});
