/**
 * Reported speech without quotation marks that opens with "er" or "sie" and a verb of what one says of oneself
 * ("Er rechne damit, ..., sagte Huber"): the speaker's stance, told in the indicative as theirs, with a same-gender
 * person of the text as the false twin; never where "er" may be someone else.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOn = (id: string, text: string, words: string) =>
  generateBank([{ id, text }])[0]!.questions.filter((question) => JSON.stringify(question).includes(words));

const statementsOf = (questions: ReturnType<typeof questionsOn>) =>
  questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));

const hospital = (stance: string) => `Neues Spital in Krems

Krems – Das Land Niederösterreich baut in Krems ein neues Spital für 300 Patienten. Spitalsdirektor Markus Weber leitet das Projekt seit dem Frühjahr. Gesundheitslandesrat Thomas Berger hat die Pläne am Montag vorgestellt. Geplant hat den Bau der Wiener Architekt Stefan Koller. Die Baukosten liegen bei rund 180 Millionen Euro. ${stance} Die Gemeinde stellt das Grundstück zur Verfügung.`;

describe("a stance in reported speech whose pronoun is the speaker", () => {
  it("states it in the indicative as the speaker's, with another man of the text as the false twin, and asks who", () => {
    const text = hospital("Er rechne aber damit, das Spital im Herbst 2027 eröffnen zu können, sagte Weber.");
    const questions = questionsOn("spital", text, "eröffnen zu können");
    const statements = statementsOf(questions);
    expect(statements).toContainEqual({ statement: "Markus Weber rechnet damit, das Spital im Herbst 2027 eröffnen zu können.", answer: true });
    expect(statements).toContainEqual({ statement: "Thomas Berger rechnet damit, das Spital im Herbst 2027 eröffnen zu können.", answer: false });
    const who = questions.find((question) => question.type === "single" && question.stem.startsWith("Wer rechnet laut Text damit"));
    expect(who?.stem).toBe("Wer rechnet laut Text damit, das Spital im Herbst 2027 eröffnen zu können?");
    // Nothing shows the retold words as if the text quoted them.
    expect(questions.filter((question) => JSON.stringify(question).includes("„Er rechne"))).toEqual([]);
  });

  it("gives none where 'er' may be someone else: taken up in the sentence before, or a verb that tells of another", () => {
    const stance = "Er rechne damit, erst im Herbst operiert zu werden, sagte Weber.";
    const made = statementsOf(questionsOn("spital", hospital(stance), "operiert zu werden"));
    expect(made).toContainEqual({ statement: "Markus Weber rechnet damit, erst im Herbst operiert zu werden.", answer: true });
    const patient = `Ein Patient aus Melk klagt über die lange Wartezeit, er wartet auf eine Operation. ${stance}`;
    expect(statementsOf(questionsOn("spital", hospital(patient), "operiert zu werden")).filter((one) => one.statement.includes("rechnet"))).toEqual([]);
    const other = "Er sei seit zwei Jahren mit den Plänen befasst, sagte Weber.";
    expect(
      statementsOf(questionsOn("spital", hospital(other), "mit den Plänen befasst")).filter((one) => one.statement.includes("ist seit zwei Jahren")),
    ).toEqual([]);
  });

  it("reads a woman's 'sie' as the speaker too, with a verb of hope, and gives the false twin to a woman", () => {
    const text = hospital("Sie hoffe auf eine rasche Genehmigung durch den Bund, sagte Landesrätin Anna Gruber.").replace(
      "Gesundheitslandesrat Thomas Berger hat",
      "Die Bürgermeisterin Eva Huber und Landesrätin Anna Gruber haben",
    );
    const statements = statementsOf(questionsOn("spital", text, "rasche Genehmigung"));
    expect(statements).toContainEqual({ statement: "Anna Gruber hofft auf eine rasche Genehmigung durch den Bund.", answer: true });
    // The evidence shows "Sie": a man's name in the false twin would give it away.
    expect(statements).toContainEqual({ statement: "Eva Huber hofft auf eine rasche Genehmigung durch den Bund.", answer: false });
    expect(statements.filter((made) => /^(?:Markus Weber|Stefan Koller)/u.test(made.statement))).toEqual([]);
  });
});

describe("what someone announced as an infinitive clause, and a stance told with 'sei'", () => {
  it("asks who announced it and states it with the verb and its particle, another man as the false twin", () => {
    const text = hospital("Landesrat Thomas Berger kündigte am Dienstag an, die Wartezeiten für Operationen zu halbieren.");
    const questions = questionsOn("spital", text, "Wartezeiten");
    expect(statementsOf(questions)).toContainEqual({
      statement: "Thomas Berger kündigte am Dienstag an, die Wartezeiten für Operationen zu halbieren.",
      answer: true,
    });
    expect(
      statementsOf(questions)
        .filter((made) => !made.answer)
        .map((made) => made.statement),
    ).toContainEqual(expect.stringMatching(/^(?:Markus Weber|Stefan Koller) kündigte am Dienstag an, die Wartezeiten für Operationen zu halbieren\.$/u));
    expect(questions.map((question) => question.stem)).toContain("Wer kündigte laut Text am Dienstag an, die Wartezeiten für Operationen zu halbieren?");
    // "ihr" in the clause may be whom the text spoke of before, not the speaker: not asked.
    const theirs = hospital("Die Ärztekammer kündigte an, eine Ausstellung über ihr Lebenswerk zu zeigen.");
    expect(questionsOn("spital", theirs, "Lebenswerk").filter((question) => question.topic === "quote" && question.type !== "cloze")).toEqual([]);
  });

  it("reads 'Er sei überzeugt, ..., sagte X' as X's conviction", () => {
    const text = hospital("Er sei überzeugt, dass das Spital viele Ärzte in die Region bringe, sagte Weber.");
    expect(statementsOf(questionsOn("spital", text, "viele Ärzte"))).toContainEqual({
      statement: "Markus Weber ist überzeugt, dass das Spital viele Ärzte in die Region bringe.",
      answer: true,
    });
  });
});
