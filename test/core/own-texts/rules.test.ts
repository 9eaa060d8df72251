/** The pure rules of own texts: when an edit keeps a question's id, which texts count as German, and a title from a text's start. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { judgeLanguage, MIN_GERMAN_SHARE } from "../../../src/worker/own-texts/language";
import { sameButForTypos, sameMeaning } from "../../../src/worker/own-texts/versions";
import { answersInTitle, firstSentenceName, isUntitledName, leadTitle, prepareOwnText, untitledName } from "../../../src/worker/own-texts/prepare";
import corpus000 from "../../../corpus/000_da9cece58f689f55.txt?raw";
import FRESH_TEXT from "../../fixtures/own-texts/ostseerat-danzig.txt?raw";

const evidence = { documentId: "t_0000000000000000", passageId: "p1", start: 0, end: 5, quote: "Danzig" };
const base = {
  id: "o_0000000000000001",
  documentId: evidence.documentId,
  topic: "own" as const,
  fact: "own:1",
  salience: 1,
  stem: "Wo?",
  evidence,
  moreEvidence: [],
};
const single: Question = {
  ...base,
  type: "single",
  options: [
    { id: "a", text: "Danzig" },
    { id: "b", text: "Rostock" },
    { id: "c", text: "Tallinn" },
  ],
  answer: "a",
};
const numeric: Question = { ...base, type: "numeric", answer: 60, min: 54, max: 66, unit: "Fachleute", answerText: "etwa 60" };
const statement: Question = { ...base, type: "truefalse", statement: "Das Lagezentrum liegt in Rostock.", answer: true };
const cloze: Question = { ...base, type: "cloze", before: "Gegründet ", after: " in Kopenhagen.", answer: "1992", accept: ["im Jahr 1992"] };

describe("sameMeaning", () => {
  it.each<[string, Question, Question]>([
    ["new stem wording", single, { ...single, stem: "An welchem Ort trafen sich die Minister?" }],
    ["moved evidence", single, { ...single, evidence: { ...evidence, start: 10, end: 16 } }],
    [
      "a typo fixed in a long option",
      { ...single, options: [{ id: "a", text: "Außenministerium" }, ...single.options.slice(1)] },
      { ...single, options: [{ id: "a", text: "Aussenministerium" }, ...single.options.slice(1)] },
    ],
    ["case and punctuation of an option", single, { ...single, options: [{ id: "a", text: "danzig." }, ...single.options.slice(1)] }],
    ["the answer text of a figure", numeric, { ...numeric, answerText: "rund 60" }],
    ["the correction of a true statement", statement, { ...statement, correction: "egal" }],
    ["the sentence around a gap", cloze, { ...cloze, before: "Gegründet wurde er " }],
  ])("keeps the id for %s", (_name, before, after) => expect(sameMeaning(before, after)).toBe(true));

  it.each<[string, Question, Question]>([
    ["another key", single, { ...single, answer: "b" }],
    ["an option added", single, { ...single, options: [...single.options, { id: "d", text: "Riga" }] }],
    ["an option replaced", single, { ...single, options: [{ id: "a", text: "Gdingen" }, ...single.options.slice(1)] }],
    [
      "a short name changed by one letter",
      { ...single, options: [{ id: "a", text: "Maas" }, ...single.options.slice(1)] },
      { ...single, options: [{ id: "a", text: "Mass" }, ...single.options.slice(1)] },
    ],
    [
      "a figure in an option",
      { ...single, options: [{ id: "a", text: "45 Millionen Euro" }, ...single.options.slice(1)] },
      { ...single, options: [{ id: "a", text: "46 Millionen Euro" }, ...single.options.slice(1)] },
    ],
    ["the accepted range", numeric, { ...numeric, max: 70 }],
    ["the unit", numeric, { ...numeric, unit: "Soldaten" }],
    ["the truth of the statement", statement, { ...statement, answer: false }],
    ["the statement itself", statement, { ...statement, statement: "Das Lagezentrum liegt in Tallinn." }],
    ["the gap's answer", cloze, { ...cloze, answer: "1993" }],
    ["the accepted spellings", cloze, { ...cloze, accept: [] }],
    ["the type", single, { ...base, type: "multi", options: single.options, answers: ["a", "b"] }],
  ])("gives a new id for %s", (_name, before, after) => expect(sameMeaning(before, after)).toBe(false));

  it("counts only letters, never digits, as typos", () => {
    expect(sameButForTypos("Bundesaußenminister", "Bundesaussenminister")).toBe(true);
    expect(sameButForTypos("im Jahr 2021", "im Jahr 2012")).toBe(false);
  });
});

describe("judgeLanguage", () => {
  // Written for this test: a paragraph each in languages a teacher might paste by mistake.
  const others: Record<string, string> = {
    English:
      "The ministers met in Gdansk on Tuesday and agreed on a joint centre that is meant to protect the cables on the sea floor. It will open next spring and employ about sixty experts from all member states.",
    French:
      "Les ministres se sont réunis mardi à Gdansk et se sont mis d'accord sur un centre commun qui doit protéger les câbles au fond de la mer. Il ouvrira au printemps prochain avec une soixantaine d'experts.",
    Dutch:
      "De ministers kwamen dinsdag in Gdansk bijeen en werden het eens over een gezamenlijk centrum dat de kabels op de zeebodem moet beschermen. Het gaat volgend voorjaar open en krijgt ongeveer zestig deskundigen.",
    Spanish:
      "Los ministros se reunieron el martes en Gdansk y acordaron un centro común que debe proteger los cables del fondo del mar. Abrirá la próxima primavera y contará con unos sesenta expertos de todos los países.",
    Turkish:
      "Bakanlar salı günü Gdansk'ta bir araya geldi ve deniz tabanındaki kabloları korumak için ortak bir merkez kurmaya karar verdi. Merkez önümüzdeki bahar açılacak ve yaklaşık altmış uzman çalışacak.",
  };
  it.each(Object.entries(others))("refuses %s", (_language, text) => {
    const verdict = judgeLanguage(text);
    expect(verdict.german).toBe(false);
    expect(verdict.germanShare).toBeLessThan(MIN_GERMAN_SHARE);
  });
  it("accepts German news texts", () => {
    for (const text of [FRESH_TEXT, corpus000]) expect(judgeLanguage(text)).toMatchObject({ german: true });
  });
});

/** A pasted text of one passage, as the bank keeps it, for the name of its first sentence. */
const pasted = (text: string) => ({ text, passages: [{ id: "p1", kind: "text" as const, start: 0, end: text.length }] });

describe("the name a text without a title takes from its first sentence", () => {
  it("is a short first sentence whole, without its full stop", () => {
    expect(firstSentenceName(pasted("Die Stadt plant neue Radwege. Der Rat stimmt im Mai ab."))).toBe("Die Stadt plant neue Radwege");
    expect(firstSentenceName(pasted("Wer zahlt für die neue Brücke? Der Bund gibt 40 Millionen Euro."))).toBe("Wer zahlt für die neue Brücke?");
  });

  it("is a long one cut at a word boundary, without the function words before the cut, an opened quotation closed", () => {
    const long = pasted("Die Gemeinde am See will ihren alten Hafen in den kommenden Jahren zu einem Park mit Badestelle umbauen. Der Rat entscheidet.");
    expect(firstSentenceName(long)).toBe("Die Gemeinde am See will ihren alten Hafen in den kommenden …");
    const quoted = pasted("Die Bürgermeisterin sagte: „Wir werden die alte Brücke über den Fluss noch vor dem Winter sperren müssen.“ Sie bedauerte das.");
    expect(firstSentenceName(quoted)).toBe("Die Bürgermeisterin sagte: „Wir werden die alte Brücke …“");
    for (const name of [firstSentenceName(long)!, firstSentenceName(quoted)!]) expect(name.length).toBeLessThanOrEqual(60 + 3);
  });

  it("is none where the text has no passage of text", () => {
    expect(firstSentenceName({ text: "Nur eine Zeile", passages: [{ id: "p1", kind: "title", start: 0, end: 14 }] })).toBeUndefined();
  });

  it("names a text only where it gives no question's answer away; else the paste time stays", () => {
    const text = pasted("Die Stadt plant neue Radwege. In Kassel sollen bis 2028 zwölf Kilometer entstehen.");
    const inKassel: Question = {
      ...base,
      id: "o_0000000000000004",
      type: "cloze",
      before: "In ",
      after: " sollen Radwege entstehen.",
      answer: "Kassel",
      accept: [],
    };
    expect(leadTitle(text, [inKassel])).toBe("Die Stadt plant neue Radwege");
    const namesKassel = pasted("In Kassel sollen neue Radwege entstehen. Der Rat stimmt im Mai ab.");
    expect(leadTitle(namesKassel, [inKassel])).toBeUndefined();
  });

  it("on whole pasted texts: a lead that asks nothing names its text, one that names an answer does not", () => {
    const untitled = FRESH_TEXT.slice(FRESH_TEXT.indexOf("\n\n") + 2);
    const prepared = prepareOwnText("t_0000000000000001", { text: untitled });
    expect(prepared.ok && leadTitle(prepared.document, prepared.questions)).toBe("Die Außenministerinnen und Außenminister der Ostseeanrainer …");
    // Starting at the paragraph after the byline: "Gastgeber war der polnische Außenminister Tomasz Wierzbicki.", whom a question asks for.
    const fromHost = untitled.slice(untitled.indexOf("Gastgeber war"));
    const named = prepareOwnText("t_0000000000000002", { text: fromHost });
    expect(named.ok && firstSentenceName(named.document)).toBe("Gastgeber war der polnische Außenminister Tomasz Wierzbicki");
    expect(named.ok && answersInTitle(firstSentenceName(named.document)!, named.questions).length).toBeGreaterThan(0);
    expect(named.ok && leadTitle(named.document, named.questions)).toBeUndefined();
  });
});

describe("the name of a text without a title", () => {
  it("is the paste time in Berlin while its questions are made", () => {
    expect(untitledName(new Date("2026-12-05T06:20:00Z"))).toBe("Text ohne Titel vom 05.12.2026, 07:20");
    expect(untitledName(new Date("2026-07-01T22:05:00Z"))).toBe("Text ohne Titel vom 02.07.2026, 00:05");
    expect(isUntitledName(untitledName(new Date()))).toBe(true);
    expect(isUntitledName("Kabel in der Ostsee")).toBe(false);
  });

  it("and the questions whose answer a title names, by number", () => {
    const cloze: Question = { ...base, id: "o_0000000000000003", type: "cloze", before: "In ", after: " tagte der Rat.", answer: "Danzig", accept: [] };
    expect(answersInTitle("Die Ministerinnen tagten in Danzig …", [single, { ...single, answer: "b" }, cloze])).toEqual([1, 3]);
    expect(answersInTitle("Kabel in der Ostsee", [single, cloze])).toEqual([]);
  });

  it("counts an acronym answer only where the title writes it as one, not as a common word", () => {
    const acronym: Question = { ...base, id: "o_0000000000000004", type: "cloze", before: "Das ", after: " warnt.", answer: "IST", accept: [] };
    expect(answersInTitle("Was ist los in der Ostsee?", [acronym])).toEqual([]);
    expect(answersInTitle("Das IST warnt vor Stürmen", [acronym])).toEqual([1]);
  });
});
