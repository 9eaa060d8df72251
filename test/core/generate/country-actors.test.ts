/**
 * "Welches Land hat laut Text ...?": what a country (or a body of its state) did, with countries of the
 * story's region as wrong options, through the whole generator on texts of our own. A country acting alone
 * has no other actor of its kind in the text, so who-did-what had no wrong options for it.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { closeness } from "../../../src/generate/data/regions";

type Single = Extract<Question, { type: "single" }>;

const BORDER = `Grenzübergang geschlossen

Ankara – Die Türkei hat am Montag den Grenzübergang bei Kilis für Lastwagen aus Syrien geschlossen. Hunderte Fahrer warten nun auf der anderen Seite. Auch Bulgarien schloss am Dienstag mehrere Übergänge für den Güterverkehr. Viele Flüchtlinge aus dem Irak harren seit Wochen in Zelten aus. Hilfsorganisationen forderten eine rasche Lösung für die Menschen.`;

const FLEET = `Spannungen in der Ägäis

Athen – Die griechischen Streitkräfte haben am Dienstag zwei Fregatten in die östliche Ägäis entsandt. Ein Sprecher des Verteidigungsministeriums nannte die Verlegung eine Vorsichtsmaßnahme. Die Lage bleibe aber ruhig, hieß es. Der Hafen der Fregatten liegt weit südlich von Bulgarien.`;

const SANCTIONS = `Neue Sanktionen

Washington – Die USA haben am Freitag neue Sanktionen gegen Venezuela verhängt. Betroffen sind mehrere Minister der Regierung in Caracas. Die Opposition begrüßte den Schritt. Hunderttausende Menschen sind in den vergangenen Jahren nach Kolumbien geflohen.`;

const DEPOT = `Waffenlager entdeckt

Kairo – Am Sonntag haben ägyptische Soldaten auf der Sinai-Halbinsel ein großes Waffenlager entdeckt. Die Waffen sollen aus Libyen stammen.`;

const MISSILES = `Raketentests ausgeweitet

Teheran – Der Iran hat am Montag seine Raketentests ausgeweitet. Die Armee des international isolierten Landes feuerte am Dienstag zwei Raketen in den Golf ab. Beobachter zeigten sich besorgt. Der Golf trennt das Land von Saudi-Arabien.`;

function countryQuestions(id: string, text: string): Single[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Single => question.type === "single" && /welches Land/iu.test(question.stem));
}

const option = (question: Single, correct: boolean) => question.options.filter((choice) => (choice.id === question.answer) === correct);

describe("what a country did", () => {
  it("asks which country acted, for a name with its article ('Die Türkei hat ...'), among countries of the region", () => {
    const [question, ...others] = countryQuestions("border", BORDER);
    expect(others).toEqual([]);
    expect(question?.stem).toBe("Welches Land hat laut Text am Montag den Grenzübergang bei Kilis für Lastwagen aus Syrien geschlossen?");
    expect(option(question!, true).map((choice) => choice.text)).toEqual(["Türkei"]);
    expect(question!.evidence.quote).toContain("Die Türkei hat am Montag");
    const wrong = option(question!, false);
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const choice of wrong) {
      // Never the country the sentence names in another role, nor one the text shows doing the same.
      expect(["Syrien", "Bulgarien", "Türkei"]).not.toContain(choice.text);
      // Of the story's part of the world: the same continent at least.
      expect(closeness("TR", choice.value!)).toBeGreaterThanOrEqual(1);
    }
  });

  it("asks for the country of a body of its state ('Die griechischen Streitkräfte haben ...')", () => {
    const [question] = countryQuestions("fleet", FLEET);
    expect(question?.stem).toBe("Die Streitkräfte welches Landes haben laut Text am Dienstag zwei Fregatten in die östliche Ägäis entsandt?");
    expect(option(question!, true).map((choice) => choice.value)).toEqual(["GR"]);
    for (const choice of option(question!, false)) expect(closeness("GR", choice.value!)).toBeGreaterThanOrEqual(1);
  });

  it("asks for the country of soldiers named by its adjective alone ('ägyptische Soldaten haben ...')", () => {
    const [question] = countryQuestions("depot", DEPOT);
    expect(question?.stem).toBe("Soldaten welches Landes haben laut Text am Sonntag auf der Sinai-Halbinsel ein großes Waffenlager entdeckt?");
    expect(option(question!, true).map((choice) => choice.value)).toEqual(["EG"]);
  });

  it("states the deed falsely of a country of the region that the text names, built as the true statement is", () => {
    const inverted = BORDER.replace("Die Türkei hat am Montag den", "Am Montag hat die Türkei den").replace("aus dem Irak", "aus Armenien");
    const [bank] = generateBank([{ id: "border", text: inverted }]);
    const statements = bank!.questions.filter((question) => question.type === "truefalse" && question.statement.includes("Grenzübergang bei Kilis"));
    const truth = "Die Türkei hat am Montag den Grenzübergang bei Kilis für Lastwagen aus Syrien geschlossen.";
    expect(
      statements.filter((question) => question.type === "truefalse" && question.answer).map((question) => question.type === "truefalse" && question.statement),
    ).toEqual([truth]);
    const wrong = statements.filter((question) => question.type === "truefalse" && !question.answer);
    expect(wrong.length).toBeGreaterThanOrEqual(1);
    for (const question of wrong) {
      if (question.type !== "truefalse") continue;
      expect(question.correction).toBe(truth);
      const country = question.statement.split(" hat am Montag")[0]!;
      expect(["Türkei", "Die Türkei", "Syrien", "Bulgarien"]).not.toContain(country);
      expect(question.statement).toBe(truth.replace("Die Türkei", country));
      // A country the text never names, as the one who acted, readers reject by scanning for it.
      expect(inverted).toContain(country);
    }
  });

  it("states the deed of a country falsely of no country the text never names", () => {
    const inverted = BORDER.replace("Die Türkei hat am Montag den", "Am Montag hat die Türkei den");
    const [bank] = generateBank([{ id: "border", text: inverted }]);
    const wrong = bank!.questions.flatMap((question) =>
      question.type === "truefalse" && !question.answer && question.statement.includes("Grenzübergang bei Kilis") ? [question.statement] : [],
    );
    expect(wrong.filter((statement) => !["Syrien", "Bulgarien", "Irak"].some((country) => statement.startsWith(country)))).toEqual([]);
  });

  it("states the deed of soldiers falsely of another country's soldiers also where the choice is asked, so that the true statement has a partner", () => {
    const [bank] = generateBank([{ id: "depot", text: DEPOT }]);
    const statements = bank!.questions.flatMap((question) =>
      question.type === "truefalse" && question.statement.includes("Waffenlager") ? [{ statement: question.statement, answer: question.answer }] : [],
    );
    const truth = "Ägyptische Soldaten haben am Sonntag auf der Sinai-Halbinsel ein großes Waffenlager entdeckt.";
    expect(statements.filter((statement) => statement.answer).map((statement) => statement.statement)).toEqual([truth]);
    const wrong = statements.filter((statement) => !statement.answer);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.statement).toMatch(/^\p{Lu}\p{Ll}+sche Soldaten haben am Sonntag auf der Sinai-Halbinsel ein großes Waffenlager entdeckt\.$/u);
    expect(wrong[0]!.statement).not.toMatch(/^Ägyptische/u);
    expect(countryQuestions("depot", DEPOT)).toHaveLength(1);
  });

  it("states a deed too long to ask of a body of a state falsely of another country's body, as the true statement states it", () => {
    const text = `Anklage gegen den Premier

Bukarest – Am Freitag hat die rumänische Staatsanwaltschaft nach monatelangen Ermittlungen mehrfache Anklagen wegen Korruption, Geldwäsche und Steuerhinterziehung gegen den amtierenden sozialdemokratischen Premier Victor Popescu erhoben. Die Opposition forderte seinen Rücktritt. Popescu hatte zuletzt Ungarn besucht.`;
    const [bank] = generateBank([{ id: "anklage", text }]);
    const statements = bank!.questions.flatMap((question) =>
      question.type === "truefalse" && question.statement.includes("Anklagen") ? [{ statement: question.statement, answer: question.answer }] : [],
    );
    expect(statements.filter((statement) => statement.answer).map((statement) => statement.statement)).toEqual([
      expect.stringMatching(/^Die rumänische Staatsanwaltschaft hat am Freitag nach monatelangen Ermittlungen/u),
    ]);
    const wrong = statements.filter((statement) => !statement.answer);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.statement).toMatch(/^Die ungarische Staatsanwaltschaft hat am Freitag nach monatelangen Ermittlungen/u);
    expect(wrong[0]!.statement).not.toMatch(/^Die rumänische/u);
    // Too long a stem to ask "Die Staatsanwaltschaft welches Landes ...?".
    expect(countryQuestions("anklage", text)).toEqual([]);
  });

  it("reads 'des Landes' as the country that acted in the sentence before ('Die Armee des ... Landes feuerte ...')", () => {
    const questions = countryQuestions("missiles", MISSILES);
    expect(questions.map((question) => question.stem)).toEqual([
      "Welches Land hat laut Text am Montag seine Raketentests ausgeweitet?",
      "Die Armee welches Landes feuerte laut Text am Dienstag zwei Raketen in den Golf ab?",
    ]);
    for (const question of questions) expect(option(question, true).map((choice) => choice.value)).toEqual(["IR"]);
    // Both sentences are evidence: the second names the country only as "des Landes".
    expect(questions[1]!.moreEvidence?.[0]?.quote).toContain("Der Iran hat am Montag");
  });

  it("asks a plural name in the singular of 'Welches Land' ('Die USA haben' → 'Welches Land hat')", () => {
    const [question] = countryQuestions("sanctions", SANCTIONS);
    expect(question?.stem).toBe("Welches Land hat laut Text am Freitag neue Sanktionen gegen Venezuela verhängt?");
    expect(option(question!, true).map((choice) => choice.text)).toEqual(["USA"]);
    expect(option(question!, false).map((choice) => choice.text)).not.toContain("Venezuela");
  });

  it("offers no country named in a sentence with the deed's verb, also where the sentence opens with it capitalised ('Verhängte Strafen ...')", () => {
    // Kolumbien is offered where its sentence has no form of "verhängen" ...
    const offered = (text: string) =>
      generateBank([{ id: "sanctions", text }])[0]!.questions.flatMap((question) =>
        question.type === "truefalse" && !question.answer
          ? [question.statement]
          : question.type === "single"
            ? option(question, false).map((choice) => choice.text)
            : [],
      );
    expect(offered(SANCTIONS).join(" | ")).toContain("Kolumbien");
    // ... not where it may have done the same: the verb's stem is looked for in the sentence in lower case.
    const sameVerb = SANCTIONS.replace(
      "Hunderttausende Menschen sind in den vergangenen Jahren nach Kolumbien geflohen.",
      "Verhängte Strafen dieser Art treffen oft auch Firmen in Kolumbien.",
    );
    expect(offered(sameVerb).filter((text) => text.includes("Kolumbien"))).toEqual([]);
  });

  it("asks nothing where another country did the same ('Auch ...') or a feminine country's possessive would not fit 'Welches Land'", () => {
    const also = BORDER.replace("Die Türkei hat am Montag", "Auch die Türkei hat am Montag");
    expect(countryQuestions("border", also).map((question) => question.stem)).not.toContainEqual(expect.stringContaining("Grenzübergang bei Kilis"));
    const own = BORDER.replace("den Grenzübergang bei Kilis", "ihren Grenzübergang bei Kilis");
    expect(countryQuestions("border", own)).toEqual([]);
  });
});
