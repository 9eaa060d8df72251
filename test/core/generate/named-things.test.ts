/**
 * Names a text introduces with a noun that says what they are ("die Provinz Limburg", "die Bürgerinitiative
 * „Grüne Au“"), asked as gaps, through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Cloze = Extract<Question, { type: "cloze" }>;

const STATE = `Mehr Einbrüche im Osten

Maastricht – Die Provinz Limburg verzeichnet die meisten Wohnungseinbrüche seit zehn Jahren. Die Polizei in Limburg stellte die Zahlen am Montag vor. Die Versicherer rechnen mit steigenden Prämien.`;

const INITIATIVE = `Streit um Auwald

Linz – Gegen die geplante Umfahrung wehrt sich die Bürgerinitiative „Grüne Au“ seit Monaten. Sie hat bereits 4.000 Unterschriften gesammelt. Der Bürgermeister will die Pläne im Gemeinderat vorstellen.`;

const PROJECT = `Neue Wege in der Pflege

Wien – Ein Verein will ältere Menschen besser betreuen. Im Herbst startet dafür das Projekt Silberstreif Plus in drei Bezirken. Dem Projekt Silberstreif Plus hat das Sozialministerium bereits eine Förderung zugesagt.`;

function nameGaps(id: string, text: string): Cloze[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Cloze => question.type === "cloze" && question.fact.startsWith("named:"));
}

describe("names introduced with what they are", () => {
  it("asks a region the lead introduces by its kind, as a place", () => {
    const [question, ...others] = nameGaps("state", STATE);
    expect(others).toEqual([]);
    expect(question?.answer).toBe("Limburg");
    expect(question?.before).toBe("Die Provinz ");
    expect(question?.after).toBe(" verzeichnet die meisten Wohnungseinbrüche seit zehn Jahren.");
    expect(question?.topic).toBe("place");
    expect(question!.salience).toBeGreaterThanOrEqual(0.35);
  });

  it("asks a quoted name without its quotation marks", () => {
    const [question] = nameGaps("initiative", INITIATIVE);
    expect(question?.answer).toBe("Grüne Au");
    expect(question?.before).toBe("Gegen die geplante Umfahrung wehrt sich die Bürgerinitiative „");
    expect(question?.after).toBe("“ seit Monaten.");
  });

  it("asks a name of several words once, where the text first gives it in a sentence that stands alone", () => {
    const questions = nameGaps("project", PROJECT);
    expect(questions.map((question) => question.answer)).toEqual(["Silberstreif Plus"]);
    expect(questions[0]?.evidence.quote).toBe("Dem Projekt Silberstreif Plus hat das Sozialministerium bereits eine Förderung zugesagt.");
  });

  it("does not take a common noun after the kind for a name, nor a name that is one with its adjective", () => {
    const objects = `Reform beschlossen

Berlin – Am Montag hat die Regierung Reformen beschlossen. Die Regierung will damit Geld sparen. Das Rote Kreuz warnte vor Kürzungen. Das Rote Kreuz hilft seit Jahren.`;
    expect(nameGaps("objects", objects)).toEqual([]);
  });

  it("leaves a name named once far down the text, and persons to the person questions", () => {
    const late = `${STATE.replace("Die Provinz Limburg verzeichnet", "Das Land verzeichnet").replace("Die Polizei in Limburg", "Die Polizei")} Auch die Firma Sicherheit Plus aus Gera bietet neue Schlösser an.`;
    expect(nameGaps("late", late)).toEqual([]);
    const person = `Wechsel im Vorstand

Graz – Der Vorstand der Firma hat den Manager Karl Huber zum neuen Chef bestellt. Karl Huber war zuvor in München tätig.`;
    expect(nameGaps("person", person)).toEqual([]);
  });

  it("asks a name where a sentence that stands alone gives it, not where it leans on one before it that does not resolve it", () => {
    const figures = `Mehr Einbrüche im Osten

Erfurt – Im Bundesland Thüringen wurden 2.400 Wohnungseinbrüche gezählt. Das geht aus Zahlen hervor, die das Institut Sicherheit Plus am Montag vorstellte. Das Institut Sicherheit Plus berät seit Jahren die Polizei.`;
    expect(nameGaps("figures", figures).map((question) => [question.answer, question.evidence.quote])).toEqual([
      ["Sicherheit Plus", "Das Institut Sicherheit Plus berät seit Jahren die Polizei."],
    ]);
  });
});

describe("a name that goes on after its first word", () => {
  const movement = (name: string) => `Ermittlungen gegen Aktivisten

Prag – Gegen den Chef der Bewegung ${name} sind Ermittlungen eingeleitet worden. Der Chef der ausländerfeindlichen Bewegung ${name} habe zu Gewalt aufgerufen, so der Vorwurf. Die Polizei prüft die Postings.`;

  it("cuts no name whose small words and noun follow it every time ('Bewegung ___ gegen den Islam': 'Block')", () => {
    expect(nameGaps("block", movement("Block gegen den Islam")).map((question) => question.answer)).toEqual([]);
  });

  it("still asks a name the text writes before other words ('Bewegung Pegida')", () => {
    expect(nameGaps("pegida", movement("Pegida")).map((question) => question.answer)).toContain("Pegida");
  });
});

describe("names of products, services and works after their kind", () => {
  it("asks a game's name after a kind no other sentence uses ('dem Survival-Game ___')", () => {
    const game = `Spieler ärgern sich über Neuerung

Seit einer Woche können Spieler in dem Survival-Game Tannwald ihre Figur nicht mehr selbst wählen. Die Entwickler von Tannwald verteidigen die Änderung. Die Verkäufe sind seither gestiegen.`;
    const questions = nameGaps("game", game);
    expect(questions.map((question) => [question.answer, question.before])).toEqual([["Tannwald", "Seit einer Woche können Spieler in dem Survival-Game "]]);
  });

  it("reads a kind that ends like an adjective as none ('im neuen Browser Lumen'), also after a possessive", () => {
    const browser = `Konzern wirbt für eigenen Browser

Hamburg – Mit seinem neuen Browser Lumen will der Softwarehersteller Kunden halten. Wer im neuen Browser Lumen eine Seite öffnet, sieht zuerst Werbung. Die Kritik an Lumen wächst.`;
    expect(nameGaps("browser", browser).map((question) => question.answer)).toEqual(["Lumen"]);
  });

  it("asks a name after 'namens' whatever the kind's article, where the kind is a product's or a firm's", () => {
    const namens = `Neues Rollenspiel angekündigt

Köln – Ein kleines Studio arbeitet an einem Rollenspiel namens Frostweg, das im Herbst für Konsolen erscheinen soll. Frostweg spielt in einer verschneiten Welt. Die Entwickler zeigen erste Bilder.`;
    const [question, ...others] = nameGaps("namens", namens);
    expect(others).toEqual([]);
    expect(question?.answer).toBe("Frostweg");
    expect(question?.after).toBe(", das im Herbst für Konsolen erscheinen soll.");
    expect(question?.stem).toBe("Welcher Name fehlt in diesem Satz?");
  });

  it("reads a town's adjective before the kind ('Das Kölner Studio ___')", () => {
    const studio = `Neues Spiel aus Köln

Köln – Das Kölner Studio Nordlicht arbeitet an einem neuen Rollenspiel. Bei Nordlicht arbeiten derzeit 40 Leute. Das Spiel soll im Herbst erscheinen.`;
    expect(nameGaps("studio", studio).map((question) => [question.before, question.answer])).toEqual([["Das Kölner Studio ", "Nordlicht"]]);
  });

  it("asks no name after a possessive and a kind of no product ('seiner Partei'), nor after 'namens' and a person's noun", () => {
    const party = `Streit in der Stadt

Linz – Der Bürgermeister hat seiner Partei Aufbruch Linz den Rücken gekehrt. Aufbruch Linz verliert damit die Mehrheit. Die Wahl findet im Mai statt.`;
    expect(nameGaps("party", party).map((question) => question.before)).not.toContain("Linz – Der Bürgermeister hat seiner Partei ");
    const neighbour = `Hilfe in der Not

Graz – Ein Nachbar namens Tannwald hat die Feuerwehr gerufen. Tannwald wurde für seinen Mut gelobt. Die Wohnung ist unbewohnbar.`;
    expect(nameGaps("neighbour", neighbour)).toEqual([]);
  });
});

describe("a service named by its web address", () => {
  it("asks the address as a name where the text names the service by it again ('mit ___ baut der Konzern ... aus')", () => {
    const service = `Neue Plattform für Dokumente

Hamburg – Der Softwarehersteller Quellwerk baut mit Blattwerk.com sein Angebot im Netz aus. Nutzer können auf Blattwerk.com Texte und Tabellen öffentlich teilen. Die Plattform ist kostenlos.`;
    const [bank] = generateBank([{ id: "service", text: service }]);
    const gaps = bank!.questions.filter((question): question is Cloze => question.type === "cloze" && question.answer === "Blattwerk.com");
    expect(gaps.map((question) => [question.stem, question.before])).toEqual([
      ["Welcher Name fehlt in diesem Satz?", "Der Softwarehersteller Quellwerk baut mit "],
    ]);
  });
});
