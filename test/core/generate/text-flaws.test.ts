/** Typing errors of the article (a stray capital, a glued article, a torn word): questions show the right form. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

/** Everything a question shows the learner, in one string. */
function shown(question: Question): string {
  switch (question.type) {
    case "truefalse":
      return `${question.stem} ${question.statement}`;
    case "single":
    case "multi":
      return `${question.stem} ${question.options.map((option) => option.text).join(" | ")}`;
    default:
      return `${question.stem} ${question.before ?? ""}___${question.after ?? ""}`;
  }
}

const questionsOn = (text: string, words: string) =>
  generateBank([{ id: "flaws", text }])[0]!.questions.filter((question) => question.evidence.quote.includes(words));

describe("a typing error the text shows itself", () => {
  const text = `Neue Schule für Roboter

Graz – Die Forscherin Anna Berger hat am Montag in Graz ein neues Lernprogramm für Roboter vorgestellt. Berger will Maschinendas Lesen beibringen, sagte sie bei der Präsentation. Die Maschine soll Texte in wenigen Sekunden verstehen. Der Rektor Paul Huber lobte die Trans parenz des Projekts. Die Transparenz sei ihm wichtig. Huber kündigte an, dass die Universität ge gen alle Widerstände ein neues Labor für Roboter bauen wird. Das Labor soll in Bruck an der Mur entstehen. Eine Maschine kostet derzeit gegen 20.000 Euro. Die Gemeinde BBruck an der Mur stellt dafür ein Grundstück zur Verfügung, sagte Huber.`;

  it("shows a noun and its glued article apart ('Maschinendas' → 'Maschinen das')", () => {
    const onLesson = questionsOn(text, "Maschinendas Lesen");
    expect(onLesson.length).toBeGreaterThan(0);
    expect(onLesson.filter((question) => shown(question).includes("Maschinendas"))).toEqual([]);
    expect(onLesson.some((question) => shown(question).includes("Maschinen das Lesen"))).toBe(true);
  });

  it("joins a word a space tore apart ('ge gen' → 'gegen') where the text writes it whole", () => {
    const onLab = questionsOn(text, "ge gen alle Widerstände");
    expect(onLab.length).toBeGreaterThan(0);
    expect(onLab.filter((question) => shown(question).includes("ge gen"))).toEqual([]);
    expect(onLab.some((question) => shown(question).includes("gegen alle Widerstände"))).toBe(true);
  });

  it("joins a capitalised word a space tore apart ('Trans parenz' → 'Transparenz')", () => {
    const onPraise = questionsOn(text, "Trans parenz");
    expect(onPraise.length).toBeGreaterThan(0);
    expect(onPraise.filter((question) => shown(question).includes("Trans parenz"))).toEqual([]);
    expect(onPraise.some((question) => shown(question).includes("lobte die Transparenz des Projekts"))).toBe(true);
  });

  it("leaves out a stray capital ('BBruck' → 'Bruck') where the text writes the word without it", () => {
    const onPlot = questionsOn(text, "BBruck");
    expect(onPlot.length).toBeGreaterThan(0);
    expect(onPlot.filter((question) => shown(question).includes("BBruck"))).toEqual([]);
  });
});

describe("a singular article before a plural the text writes (an error it does not tell how to mend)", () => {
  const text = (decision: string) => `Neues Telefon im Herbst

Berlin – Der Hersteller Fonix will im Herbst ein neues Telefon vorstellen. Firmenchef Jan Weber hat versprochen, das neue Telefon werde viele Kunden zu ${decision} bewegen. Die Konkurrenz plant ebenfalls neue Geräte. Weber kündigte außerdem neue Filialen in Wien und Graz an.`;

  it("asks nothing that shows it ('zu einer Kaufentscheidungen')", () => {
    const questions = generateBank([{ id: "fonix", text: text("einer Kaufentscheidungen") }])[0]!.questions;
    expect(questions.filter((question) => shown(question).includes("Kaufentscheidungen"))).toEqual([]);
    // The same sentence, written right, is asked about.
    const right = generateBank([{ id: "fonix", text: text("einer Kaufentscheidung") }])[0]!.questions;
    expect(right.some((question) => shown(question).includes("einer Kaufentscheidung"))).toBe(true);
  });
});

describe("a full stop after a sentence's own mark ('dauern?.', 'Mittagspause!.')", () => {
  const text = `Wie lange soll eine gute Mittagspause dauern?. Wien – Die Arbeiterkammer hat am Dienstag eine Umfrage unter 2.000 Beschäftigten vorgestellt. Demnach verzichten viele Angestellte in Wien regelmäßig auf ihre Mittagspause!. Arbeitsminister Karl Moser kündigte an, das Gesetz im Herbst zu prüfen.`;
  const questions = generateBank([{ id: "pause", text }])[0]!.questions;

  it("shows the sentence ending with its one mark", () => {
    const onHeadline = questions.filter((question) => question.evidence.quote.includes("dauern?."));
    const onLunch = questions.filter((question) => question.evidence.quote.includes("Mittagspause!."));
    expect(onHeadline.length).toBeGreaterThan(0);
    expect(onLunch.length).toBeGreaterThan(0);
    expect(questions.filter((question) => /[?!,;:]\.(?!\.)/u.test(shown(question)))).toEqual([]);
    expect(onHeadline.every((question) => shown(question).endsWith("dauern?"))).toBe(true);
    expect(onLunch.every((question) => shown(question).endsWith("Mittagspause!") || shown(question).endsWith("___!"))).toBe(true);
  });
});
