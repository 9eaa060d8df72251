/** Grammar of what a learner reads: genders only where the text tells them, no article that lost its noun, no verb taken for an adjective of an office. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (text: string) =>
  generateBank([{ id: "geschlecht", text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));

describe("gender of a given name the name lists disagree on", () => {
  it("builds no feminine office for a man whose given name is also a woman's in another list ('Ashton')", () => {
    const text = [
      "Nato berät über Russland",
      "",
      "Brüssel – US-Verteidigungsminister Ashton Carter hat am Mittwoch in Brüssel mehr Truppen für Osteuropa angekündigt. US-Außenminister John Kerry lobte den Plan. Carter sagte, die Allianz müsse stark bleiben. Kerry reiste am Abend nach Washington zurück.",
    ].join("\n");
    const aboutCarter = statementsOf(text).filter((statement) => statement.startsWith("Ashton Carter ist"));
    expect(aboutCarter.length).toBeGreaterThan(0);
    for (const statement of aboutCarter) expect(statement).not.toMatch(/ministerin\.$/u);
  });
});

describe("an opening 'Die' that stands for what was said before", () => {
  const text = [
    "Neue Radwege für Graz",
    "",
    "Graz bekommt ab 2027 vier neue Radwege entlang der Mur. Die kündigte Verkehrsminister Peter Hanke am Montag bei einer Tagung in Alpbach an. Hanke will dafür 30 Millionen Euro ausgeben. Die Stadt Graz begrüßte den Plan des Ministers.",
  ].join("\n");
  const questions = generateBank([{ id: "radwege", text }])[0]!.questions;

  it("asks no gap text that opens with it (it reads as an article that lost its noun)", () => {
    const gapTexts = questions.flatMap((question) => (question.type === "cloze" || question.type === "numeric" ? [question.before ?? ""] : []));
    expect(gapTexts.filter((before) => before.startsWith("Die kündigte"))).toEqual([]);
  });

  it("takes no verb before the office for an adjective of it ('kündigter Verkehrsminister')", () => {
    const statements = questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
    expect(statements.filter((statement) => /kündigte/u.test(statement) && /ist/u.test(statement))).toEqual([]);
    expect(statements).toContain("Peter Hanke ist Verkehrsminister.");
  });
});

describe("quoted words without a finite verb", () => {
  const text = [
    "Bücherei plant Lesecafé",
    "",
    "Die Stadtbücherei Villach will im Herbst ein Lesecafé für Jugendliche eröffnen. Wir wollen einfach einmal sehen, wer kommt. Und vor allem auch als Bücherei unseren Platz in der Jugendarbeit finden, erklärte Leiterin Sabine Moser. Bürgermeister Günther Albel sagte, die Stadt unterstütze das Projekt mit 20.000 Euro. Die Bücherei hinke bei den Angeboten für Jugendliche hinterher, sagte Albel.",
  ].join("\n");
  const questions = generateBank([{ id: "lesecafe", text }])[0]!.questions;
  const quoted = questions.flatMap((question) => {
    const shown = question.type === "truefalse" ? question.statement : question.type === "single" ? question.stem : "";
    return shown.includes("„") ? [shown] : [];
  });

  it("asks no statement or choice on a quote that continues the sentence before it ('Und vor allem ... finden')", () => {
    expect(quoted.filter((shown) => shown.includes("Platz in der Jugendarbeit"))).toEqual([]);
  });

  it("still asks reported speech whose verb is a subjunctive in '-e' ('hinke'), as retold words without quotation marks", () => {
    const shownAll = questions.flatMap((question) =>
      question.type === "truefalse" ? [question.statement] : question.type === "single" ? [question.stem] : [],
    );
    expect(shownAll.some((shown) => shown.includes("sinngemäß: Die Bücherei hinke"))).toBe(true);
    expect(quoted.filter((shown) => shown.includes("hinke"))).toEqual([]);
  });
});

describe("a seat many hold at once", () => {
  it("is not asked as 'Wer ist laut Text Abgeordneter?' among a prime minister and a finance minister, who may hold one too", () => {
    const text = [
      "Möwenplage in Bath",
      "",
      "London – Premierminister David Cameron hat am Montag mehr Geld gegen die Möwenplage versprochen. Finanzminister George Osborne will dafür eine Million Pfund bereitstellen. Der langjährige Parlamentsabgeordnete Don Foster fordert seit Jahren Hilfe für die Stadt Bath. Cameron sagte, das Problem sei ernst.",
    ].join("\n");
    const stems = generateBank([{ id: "moewen", text }])[0]!.questions.flatMap((question) => (question.type === "single" ? [question.stem] : []));
    expect(stems.filter((stem) => /abgeordnete/iu.test(stem))).toEqual([]);
  });
});

describe("an office that belongs to a body ('Mitgründer', 'CEO', 'Landesgeschäftsführer')", () => {
  const text = [
    "Neues Telefon kommt im Herbst",
    "",
    "Cupertino – Apple hat am Dienstag sinkende Verkaufszahlen gemeldet. CEO Tim Cook versprach daher ein neues Telefon für den Herbst. Siemens-Chef Joe Kaeser lobte den Plan am Mittwoch in München. Die Mitgründerin der Firma Nordlicht, Anna Berger, sagte, der Markt wachse wieder. Mitgründer Paul Wagner sprach von einem guten Jahr. Cook will das Telefon im September zeigen.",
  ].join("\n");
  const questions = generateBank([{ id: "telefon", text }])[0]!.questions.filter((question) => question.topic === "person_role");
  const statements = questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
  const stems = questions.map((question) => question.stem);

  it("states it only with its body: after the noun, or as a name joined to it", () => {
    expect(statements).toEqual(expect.arrayContaining(["Joe Kaeser ist Siemens-Chef.", "Anna Berger ist Mitgründerin der Firma Nordlicht."]));
  });

  it("states and asks no office without its body ('Tim Cook ist CEO.', 'Wer ist laut Text Mitgründer?')", () => {
    expect(statements.filter((statement) => /ist (?:CEO|Mitgründer)\.$/u.test(statement))).toEqual([]);
    expect(stems.filter((stem) => /Wer ist laut Text (?:CEO|Mitgründer)\?/u.test(stem))).toEqual([]);
  });
});

describe("the office a 'who holds it' choice asks", () => {
  // The own-text fixture: a Danish minister represented, a Finnish "Kollege" of the German minister, several offices.
  const text = readFileSync(new URL("../../fixtures/own-texts/ostseerat-danzig.txt", import.meta.url), "utf8");
  const stems = (written: string) =>
    generateBank([{ id: "danzig", text: written }])[0]!.questions.flatMap((question) =>
      question.type === "single" && question.topic === "person_role" ? [question.stem] : [],
    );

  it("names it in the holder's gender, also where the holder is a colleague of someone of the other gender", () => {
    expect(stems(text)).toContain("Wer ist laut Text finnischer Außenminister?");
    expect(stems(text).filter((stem) => stem.includes("finnische Außenministerin"))).toEqual([]);
  });

  it("names it in the nominative, not in the case the text gave it ('des Journalisten Jonas Berg')", () => {
    const written = `${text.trimEnd()} Für Aufsehen sorgte zuvor ein Interview des Journalisten Jonas Berg. Berg hatte vor Sabotage gewarnt.\n`;
    expect(stems(written)).toContain("Wer ist laut Text Journalist?");
    expect(stems(written).filter((stem) => stem.includes("Journalisten"))).toEqual([]);
  });
});

describe("unstressed pronouns in a 'Wer …?' question", () => {
  it("stand before 'laut Text', as German puts them right after the verb ('Wer sah es laut Text als erwiesen an?')", () => {
    const text = [
      "Urteil gegen Ex-Bürgermeister",
      "",
      "Augsburg – Das Landgericht Augsburg sah es als erwiesen an, dass der Politiker Fördergelder veruntreut hat. Die Staatsanwaltschaft hatte vier Jahre Haft gefordert. Das Landgericht München hatte den Fall im Vorjahr abgegeben. Der Bundesgerichtshof muss nun über die Revision entscheiden. Der Stadtrat hat bereits eine Zivilklage beschlossen. Die Verteidigung kündigte Revision an.",
    ].join("\n");
    const stems = generateBank([{ id: "urteil", text }])[0]!.questions.flatMap((question) => (question.type === "single" ? [question.stem] : []));
    expect(stems).toContain("Wer sah es laut Text als erwiesen an, dass der Politiker Fördergelder veruntreut hat?");
    expect(stems.filter((stem) => /laut Text (?:es|sich|ihm|ihn) /u.test(stem))).toEqual([]);
  });
});

describe("a match report", () => {
  const text = [
    "Leverkusen gewinnt Spitzenspiel",
    "",
    "München – Leverkusen hat das Spitzenspiel mit 2:1 gewonnen. Harry Kane hatte die Münchner kurz nach der Pause in Führung gebracht, Jeremie Frimpong glich zehn Minuten später aus. „Wir haben heute als Mannschaft gezeigt, was in uns steckt“, sagte Leverkusens Trainer Xabi Alonso. Bayern-Trainer Vincent Kompany zeigte sich enttäuscht. Florian Wirtz wurde zum Spieler des Spiels gewählt.",
  ].join("\n");
  const questions = generateBank([{ id: "spiel", text }])[0]!.questions;

  it("asks no 'Wer …?' of a deed that goes on with another person's main clause ('…, Jeremie Frimpong glich … aus')", () => {
    const stems = questions.flatMap((question) => (question.type === "single" ? [question.stem] : []));
    expect(stems.filter((stem) => stem.startsWith("Wer") && stem.includes("Frimpong glich"))).toEqual([]);
  });

  it("reads the speaker after a name in the genitive before the office ('Leverkusens Trainer Xabi Alonso')", () => {
    const quoted = questions
      .filter((question) => question.topic === "quote" && question.type === "truefalse")
      .map((question) => question.type === "truefalse" && question.statement);
    expect(quoted).toContain("Xabi Alonso sagte: „Wir haben heute als Mannschaft gezeigt, was in uns steckt“");
  });
});

describe("a sports club that acts", () => {
  const text = [
    "Leverkusen gewinnt in München",
    "",
    "München – Bayer Leverkusen hat das Spitzenspiel beim FC Bayern München mit 2:1 gewonnen. Am Mittwoch trifft der FC Bayern in der Champions League auf Paris Saint-Germain. Trainer Vincent Kompany zeigte sich enttäuscht.",
  ].join("\n");
  const questions = generateBank([{ id: "klubs", text }])[0]!.questions;

  it("is stated by its whole name, and no gap asks half of it ('Bayer ___', 'der ___ Bayern')", () => {
    const statements = questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
    expect(statements).toContain("Der FC Bayern trifft am Mittwoch in der Champions League auf Paris Saint-Germain.");
    const gaps = questions.flatMap((question) => (question.type === "cloze" ? [question.answer] : []));
    expect(gaps.filter((answer) => answer === "Leverkusen" || answer === "FC")).toEqual([]);
  });
});
