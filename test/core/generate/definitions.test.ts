/**
 * Terms a text explains ("die Photosynthese, also die Umwandlung von Licht in Zucker", "die Wanderung der Tiere
 * (Migration)"), asked as a gap of the term in the sentence that explains it, through the whole generator on texts of
 * our own; and what looks like a definition but is none (a party after a name, a place, a note, a genitive).
 */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Cloze = Extract<Question, { type: "cloze" }>;

function definitionGaps(id: string, text: string): Cloze[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Cloze => question.type === "cloze" && question.topic === "definition");
}

const PLANTS = `Pflanzen speichern mehr Kohlenstoff als gedacht

Potsdam – Wälder nehmen mehr Kohlendioxid auf, als Klimamodelle bisher annahmen, berichten Forscher aus Potsdam. Entscheidend sei die Photosynthese, also die Umwandlung von Licht in Zucker, die in warmen Jahren stärker ausfalle. Auch die Wanderung der Arten in kühlere Gebiete (Migration) verändere die Wälder. Die Migration verlaufe schneller als erwartet, schreiben die Forscher. Die Studie erschien am Montag.`;

describe("terms the text explains", () => {
  it("asks the term before 'also' and its explanation, and a term in brackets after what it names", () => {
    const questions = definitionGaps("plants", PLANTS);
    expect(questions.map((question) => question.answer)).toEqual(["Photosynthese", "Migration"]);
    const [restated, bracketed] = questions;
    expect(restated!.before).toBe("Entscheidend sei die ");
    expect(restated!.after).toBe(", also die Umwandlung von Licht in Zucker, die in warmen Jahren stärker ausfalle.");
    expect(bracketed!.before).toBe("Auch die Wanderung der Arten in kühlere Gebiete (");
    expect(bracketed!.after).toBe(") verändere die Wälder.");
  });

  it("weighs a term the text uses again as salient, one explained in passing as a filler", () => {
    const [restated, bracketed] = definitionGaps("plants", PLANTS);
    // "Migration" comes back in the next sentence; "Photosynthese" stands only where it is explained.
    expect(bracketed!.salience).toBeGreaterThanOrEqual(0.35);
    expect(restated!.salience).toBeLessThan(0.35);
    expect(restated!.salience).toBeGreaterThanOrEqual(0.145);
  });

  it("asks a long noun that brackets explain with nouns in a row, or a noun and its relative clause", () => {
    const text = `Bauwirtschaft wächst wieder

Wien – Die Wirtschaft ist im Frühjahr leicht gewachsen, meldete das Statistikamt am Dienstag. Vor allem die Bauleistungen (Hochbau und Tiefbau) legten kräftig zu. Die Firmen meldeten zudem mehr Kurzarbeitsanträge (Anträge, mit denen sie Lohnkosten senken) als im Vorjahr.`;
    const questions = definitionGaps("building", text);
    expect(questions.map((question) => question.answer)).toEqual(["Bauleistungen", "Kurzarbeitsanträge"]);
    expect(questions[1]!.after).toBe(" (Anträge, mit denen sie Lohnkosten senken) als im Vorjahr.");
  });

  it("asks the term those who use it give to what the sentence describes", () => {
    const text = `Vögel lernen von Nachbarn

Zürich – Junge Meisen übernehmen Lieder älterer Vögel aus der Nachbarschaft, berichten Biologen aus Zürich. Wenn Jungvögel fremde Melodien nachahmen (dieses Verhalten bezeichnen Forscher als Mimikry), lernen sie schneller. Die Studie erschien im Fachblatt Behaviour.`;
    const [question, ...others] = definitionGaps("birds", text);
    expect(others).toEqual([]);
    expect(question?.answer).toBe("Mimikry");
    expect(question?.before).toBe("Wenn Jungvögel fremde Melodien nachahmen (dieses Verhalten bezeichnen Forscher als ");
  });

  it("cuts a sentence too long for a gap text after the clause that holds the definition", () => {
    const text = `Neue Daten zu Meeresströmungen

Kiel – Meeresforscher aus Kiel haben Strömungen im Atlantik vermessen. Wenn das Oberflächenwasser im Norden abkühlt und absinkt (diesen Vorgang bezeichnen Ozeanografen als Konvektion), entsteht eine Strömung, die warmes Wasser aus den Tropen nach Norden trägt, sagte der Leiter der Expedition, der seit vielen Jahren die Strömungen des Nordatlantiks mit Bojen und Schiffen misst und auswertet, am Freitag in Kiel.`;
    const [question] = definitionGaps("ocean", text);
    expect(question?.answer).toBe("Konvektion");
    expect(question?.after).toBe(") …");
    expect(question?.evidence.quote.length).toBeGreaterThan(260);
  });

  it("takes no party after a name, no short name, no place, no genitive and no single word the text never uses again", () => {
    const text = `Streit um neue Schule

Graz – Bürgermeister Peter Huber (SPÖ) will die neue Schule im Bezirk Gries bauen lassen. Das Bundesinstitut für Bildungsforschung (Bifie) hatte die Pläne geprüft. Die Eltern in der Stadt (Graz) sammelten Unterschriften für den Kampf um die Befreiung (Griess) des Platzes. Die Schule Griess bleibt umstritten. Vor dem Rathaus sicherte die Polizei (Foto) die Sitzung. Auf dem Foto sind auch Eltern zu sehen. Die Mehrheit der Lehrkräfte (Frauen) unterstützt die Pläne. Auch die Verhandlungen (Details siehe unten) gehen weiter. Die Fraktionen, also SPÖ und ÖVP, wollen am Freitag entscheiden. Die Kosten (rund 12 Millionen Euro) trägt das Land.`;
    expect(definitionGaps("school", text)).toEqual([]);
  });

  it("takes no note on what each of several people did for a term", () => {
    const text = `Urteile im Bankenprozess

Klagenfurt – Das Gericht verurteilte die früheren Vorstände Karl Maier (Untreue) und Franz Huber sowie die Stiftung (Beihilfe). Die Beihilfe wiege schwer, sagte die Richterin. Die Urteile sind nicht rechtskräftig.`;
    expect(definitionGaps("bank", text)).toEqual([]);
  });

  it("lets a salient definition into the default quiz", () => {
    const [bank] = generateBank([{ id: "plants", text: PLANTS }]);
    const quiz = drawQuiz(bank!.questions, { seed: "definitions" });
    expect(quiz.some((question) => question.topic === "definition")).toBe(true);
  });
});
