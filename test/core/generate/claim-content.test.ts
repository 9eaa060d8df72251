/**
 * "Was trifft laut Text auf X zu?": what a person said or did, among what the text's other people said or
 * did, through the whole generator on a text of our own.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Stadt plant neues Radwegenetz

Graz – Bürgermeisterin Elke Kahr kündigte am Montag ein neues Radwegenetz für die Innenstadt an. Vizebürgermeisterin Judith Schwentner forderte mehr Geld für den Bau der Radwege. Oppositionschef Kurt Hohensinner kritisierte die hohen Kosten des Projekts. Finanzminister Günter Riegler verteidigte am Dienstag seine Pläne für neue Parkhäuser. Die Wirtschaftskammer Steiermark lehnte das Projekt ab. „Sichere Radwege sind für Graz ein großer Gewinn“, sagte Schwentner. „Graz braucht das Geld dringend für neue Schulen“, sagte Hohensinner.`;

type Single = Extract<Question, { type: "single" }>;

function whatQuestions(text: string): Single[] {
  const [bank] = generateBank([{ id: "radwege", text }]);
  return bank!.questions.filter((question): question is Single => question.type === "single" && question.stem.startsWith("Was trifft laut Text auf"));
}

const key = (question: Single) => question.options.find((option) => option.id === question.answer)!.text;
const wrong = (question: Single) => question.options.filter((option) => option.id !== question.answer).map((option) => option.text);
const about = (questions: Single[], name: string) => questions.filter((question) => question.stem === `Was trifft laut Text auf ${name} zu?`);

describe("what a person said or did", () => {
  it("asks what someone did among the deeds of the text's other people, as the same fact as 'Wer ...?'", () => {
    const questions = whatQuestions(TEXT);
    const kahr = about(questions, "Elke Kahr").find((question) => key(question).startsWith("kündigte"))!;
    expect(key(kahr)).toBe("kündigte am Montag ein neues Radwegenetz für die Innenstadt an");
    expect(wrong(kahr)).toContain("kritisierte die hohen Kosten des Projekts");
    expect(kahr.evidence.quote).toContain("Elke Kahr kündigte");
    const [bank] = generateBank([{ id: "radwege", text: TEXT }]);
    const who = bank!.questions.find((question) => question.stem.startsWith("Wer kündigte laut Text"))!;
    expect(kahr.fact).toBe(who.fact);
  });

  it("offers quotes as 'sagte: „…“' next to deeds, and never what the person said or did herself", () => {
    const questions = whatQuestions(TEXT);
    const schwentner = about(questions, "Judith Schwentner");
    expect(schwentner.map(key)).toContain("sagte: „Sichere Radwege sind für Graz ein großer Gewinn“");
    for (const question of schwentner) {
      for (const option of wrong(question))
        expect(["forderte mehr Geld für den Bau der Radwege", "sagte: „Sichere Radwege sind für Graz ein großer Gewinn“"]).not.toContain(option);
    }
    const others = questions.filter((question) => !question.stem.includes("Schwentner")).flatMap(wrong);
    expect(others).toContain("sagte: „Sichere Radwege sind für Graz ein großer Gewinn“");
  });

  it("never makes the key the only quote among deeds or the only deed among quotes: its form would give it away", () => {
    const questions = whatQuestions(TEXT);
    const isQuote = (text: string) => text.startsWith("sagte");
    expect(questions.some((question) => isQuote(key(question)))).toBe(true);
    for (const question of questions) expect(wrong(question).some((text) => isQuote(text) === isQuote(key(question)))).toBe(true);
    // With one quote in the text, it is no key: every other option would be a deed.
    const oneQuote = TEXT.replace(" „Graz braucht das Geld dringend für neue Schulen“, sagte Hohensinner.", "");
    expect(whatQuestions(oneQuote).filter((question) => isQuote(key(question)))).toEqual([]);
  });

  it("offers a woman no deed whose wording is a man's ('seine Pläne'), and a man may get it", () => {
    const questions = whatQuestions(TEXT);
    for (const question of [...about(questions, "Elke Kahr"), ...about(questions, "Judith Schwentner")]) {
      expect(wrong(question).join(" ")).not.toContain("seine Pläne");
    }
    expect(about(questions, "Kurt Hohensinner").flatMap(wrong)).toContain("verteidigte am Dienstag seine Pläne für neue Parkhäuser");
  });

  it("asks it about persons only, with what persons did: an institution acts through its people", () => {
    const questions = whatQuestions(TEXT);
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question.stem).not.toContain("Wirtschaftskammer");
      expect(question.options.map((option) => option.text)).not.toContain("lehnte das Projekt ab");
    }
  });

  it("offers nothing someone else did in a sentence that names the person asked about", () => {
    const text = TEXT.replace(
      "Oppositionschef Kurt Hohensinner kritisierte die hohen Kosten des Projekts.",
      "Oppositionschef Kurt Hohensinner kritisierte die Pläne von Elke Kahr scharf.",
    );
    for (const question of about(whatQuestions(text), "Elke Kahr")) expect(wrong(question).join(" ")).not.toContain("kritisierte");
  });

  it("asks it once per person and quiz: a second would repeat the stem and the wrong options", () => {
    const [bank] = generateBank([{ id: "radwege", text: TEXT }]);
    const twice = about(whatQuestions(TEXT), "Judith Schwentner");
    expect(twice.length).toBeGreaterThanOrEqual(2);
    expect(new Set(twice.map((question) => question.fact)).size).toBe(twice.length);
    for (let attempt = 0; attempt < 40; attempt++) {
      const stems = drawQuiz(bank!.questions, { seed: `s${attempt}` }).flatMap((question) => (question.stem.startsWith("Was trifft") ? [question.stem] : []));
      expect(new Set(stems).size).toBe(stems.length);
    }
  });

  it("never makes the key the only deed in the present among deeds in the past: its tense would give it away", () => {
    const present = TEXT.replace(
      "Oppositionschef Kurt Hohensinner kritisierte die hohen Kosten des Projekts.",
      "Oppositionschef Kurt Hohensinner spricht von einem teuren Projekt.",
    );
    const keys = about(whatQuestions(present), "Kurt Hohensinner").map(key);
    expect(keys).not.toContain("spricht von einem teuren Projekt");
    // With a second deed in the present, it may be asked: the wrong options hold one of the same tense.
    const two = present.replace(
      "Die Wirtschaftskammer Steiermark lehnte das Projekt ab.",
      "Die Wirtschaftskammer Steiermark lehnte das Projekt ab. Verkehrsminister Peter Weber plant eine Befragung der Bürger.",
    );
    const asked = about(whatQuestions(two), "Kurt Hohensinner").find((question) => key(question) === "spricht von einem teuren Projekt");
    expect(asked && wrong(asked)).toContain("plant eine Befragung der Bürger");
  });

  it("asks nothing where fewer than two other people said or did something", () => {
    const text = `Stadt plant neues Radwegenetz

Graz – Bürgermeisterin Elke Kahr kündigte am Montag ein neues Radwegenetz für die Innenstadt an. Oppositionschef Kurt Hohensinner kritisierte die hohen Kosten des Projekts. Die Wirtschaftskammer Steiermark lehnte das Projekt ab.`;
    expect(whatQuestions(text)).toEqual([]);
  });

  it("offers nobody a deed against their own country: no German minister 'accused Germany'", () => {
    const text = `Streit um Polens Justiz

Warschau – Polens Parteichef Tomasz Nowak hat Deutschland Demokratie-Defizite vorgeworfen. Deutschlands Außenminister Peter Becker unterzeichnete am Dienstag ein neues Abkommen über den Grenzverkehr. Frankreichs Ministerin Claire Martin eröffnete am Montag eine Konferenz der Außenminister. Italiens Minister Marco Rossi kritisierte die hohen Kosten der Grenzkontrollen.`;
    const questions = whatQuestions(text);
    expect(about(questions, "Peter Becker").flatMap(wrong)).not.toContain("hat Deutschland Demokratie-Defizite vorgeworfen");
    // About someone of another country, the same deed is a wrong option.
    expect(about(questions, "Marco Rossi").flatMap(wrong)).toContain("hat Deutschland Demokratie-Defizite vorgeworfen");
  });

  it("offers no deed that names the person asked about ('übernimmt für Johanna Lang das Innenressort' of the text's 'Für sie')", () => {
    const text = `Rochade in der Regierung

Wien – Innenministerin Johanna Lang wechselt zurück nach Linz und wird dort Landesrätin. Für sie übernimmt Finanzminister Karl Huber das Innenressort. Kanzler Thomas Wagner bestätigte am Montag die Rochade. Ministerin Petra Berger lobte am Dienstag die Rochade. Lang war immer wieder als Landesrätin im Gespräch.`;
    const aboutLang = generateBank([{ id: "rochade", text }])[0]!.questions.filter(
      (question): question is Single => question.type === "single" && question.stem === "Was trifft laut Text auf Johanna Lang zu?",
    );
    expect(aboutLang.length).toBeGreaterThan(0);
    for (const question of aboutLang) expect(question.options.filter((option) => option.text.includes("Lang"))).toEqual([]);
  });
});

describe("a state others may share", () => {
  it("is no wrong option for someone else: 'gehörte der Landesregierung an', 'lebt in Graz' may be true of them too", () => {
    const text = `Neue Ministerin vereidigt

Wien – Landesrätin Anna Berger wird neue Innenministerin. Finanzminister Karl Huber kündigte am Montag ein neues Sparpaket an. Gesundheitsminister Josef Maier forderte mehr Geld für die Spitäler. Berger gehörte bereits von 2003 bis 2011 der Landesregierung an. Huber lebt seit Jahren in Graz.`;
    const options = whatQuestions(text).flatMap(wrong);
    expect(options).toContain("forderte mehr Geld für die Spitäler");
    expect(options.filter((option) => option.startsWith("gehörte") || option.startsWith("lebt"))).toEqual([]);
  });
});
