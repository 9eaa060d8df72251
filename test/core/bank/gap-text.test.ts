/**
 * gapText (src/bank/public.ts) splits a gap text's `before` into the sentence before, which the generator
 * puts in front where the gap sentence points back at it (src/generate/gapcontext.ts), and the gap
 * sentence's own start. On the generator's real output: the corpus, and the own-text fixtures.
 */
import { describe, expect, it } from "vitest";
import { gapText } from "../../../src/bank/public";
import { questionText } from "../../../src/worker/classroom/quizzes";
import { toGift } from "../../../src/export/gift";
import { GAP } from "../../../src/export/quiz";
import { toMoodleXml } from "../../../src/export/moodle-xml";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { bankFiles } from "../../../questions/index";
import BUSNETZ from "../../fixtures/own-texts/busnetz-lindenau.txt?raw";
import OSTSEERAT from "../../fixtures/own-texts/ostseerat-danzig.txt?raw";

type GapQuestion = Question & { type: "cloze" | "numeric"; before: string };
const gapQuestions = (questions: readonly Question[]) =>
  questions.filter((question): question is GapQuestion => (question.type === "cloze" || question.type === "numeric") && question.before !== undefined);

const generatedFiles = generateBank([
  { id: "busnetz", text: BUSNETZ },
  { id: "ostseerat", text: OSTSEERAT },
]);
const generated = generatedFiles.flatMap((file) => gapQuestions(file.questions));
const bank = bankFiles.flatMap((file) => gapQuestions(file.questions));

describe("gapText", () => {
  it.each([
    ["the bank", bank],
    ["the own-text fixtures", generated],
  ])("on %s: the parts put together are the gap text, and the gap sentence starts as its evidence", (_, questions) => {
    expect(questions.length).toBeGreaterThan(5);
    for (const question of questions) {
      const gap = gapText({ ...question, after: question.after ?? "" });
      expect(gap.context ? `${gap.context} ${gap.before}` : gap.before, question.id).toBe(question.before.replace(/\s+/g, " "));
      if (!gap.before.startsWith("…")) expect(question.evidence.quote.replace(/\s+/g, " ").startsWith(gap.before.replace(/\s+/g, " ")), question.id).toBe(true);
    }
  });

  it("gives the sentence before as context where the gap sentence points back at it", () => {
    const withContext = generated.filter((question) => gapText({ ...question, after: question.after ?? "" }).context !== undefined);
    expect(withContext.map((question) => gapText({ ...question, after: question.after ?? "" }).context)).toContain(
      "Die Zahl der Fahrgäste ist nach Angaben der Verkehrsbetriebe zuletzt deutlich gestiegen.",
    );
  });

  it("leaves a gap text without one as it is", () => {
    const quote = "Im Stadtgebiet wurden demnach rund 9,5 Millionen Fahrten gezählt.";
    expect(gapText({ before: "Im Stadtgebiet wurden demnach rund ", after: " Millionen Fahrten gezählt.", evidence: { quote } })).toEqual({
      context: undefined,
      before: "Im Stadtgebiet wurden demnach rund ",
      after: " Millionen Fahrten gezählt.",
    });
    expect(gapText({ before: "", after: " Fahrten wurden gezählt.", evidence: { quote: "9,5 Millionen Fahrten wurden gezählt." } }).context).toBeUndefined();
  });

  it("splits before a gap that opens its sentence, and keeps a teacher's edit that matches no part of the quote whole", () => {
    const quote = "9,5 Millionen Fahrten wurden gezählt.";
    expect(gapText({ before: "Die Stadt wächst. ", after: " Fahrten wurden gezählt.", evidence: { quote } })).toEqual({
      context: "Die Stadt wächst.",
      before: "",
      after: " Fahrten wurden gezählt.",
    });
    const edited = { before: "Zeile eins\nZeile zwei ", after: " <script>alert(1)</script>", evidence: { quote } };
    expect(gapText(edited)).toEqual({ context: undefined, before: "Zeile eins Zeile zwei ", after: edited.after });
  });

  it("keeps a clause cut out of a long sentence whole, also where the clause ends right before its gap", () => {
    // wissenschaft-02 (devset): the generator cut the figure's clause out of "Ein Fossilfund …: Wie Forscher …".
    const quote =
      "Ein Fossilfund aus dem Nordosten Brasiliens wirft diese Theorie nun über den Haufen: Wie Forscher im Fachblatt Science berichten, haben sie erstmals eine Urschlange mit vier Beinen entdeckt.";
    const before = "… Wie Forscher im Fachblatt Science berichten, haben sie erstmals eine Urschlange mit ";
    expect(gapText({ before, after: " Beinen entdeckt.", evidence: { quote } })).toEqual({ context: undefined, before, after: " Beinen entdeckt." });
  });

  it("puts one space beside the gap where the source text has two or a line break (international-18: „steht Morales  rechts“)", () => {
    const quote = "Politisch steht Morales  rechts, er unterstützt die Todesstrafe.";
    expect(gapText({ before: "Politisch steht ", after: "  rechts, er unterstützt die Todesstrafe.", evidence: { quote } })).toEqual({
      context: undefined,
      before: "Politisch steht ",
      after: " rechts, er unterstützt die Todesstrafe.",
    });
    expect(gapText({ before: "Politisch\n steht ", after: "\n rechts.", evidence: { quote: "Politisch\n steht Morales\n rechts." } })).toEqual({
      context: undefined,
      before: "Politisch steht ",
      after: " rechts.",
    });
  });

  it("and so do the dashboard and the CSV, which show the gap sentence in one line", () => {
    const [question] = generated.filter((candidate) => candidate.type === "cloze");
    const doubled = { ...question!, before: "Politisch steht ", after: "  rechts,\ner unterstützt die Todesstrafe." } as Question;
    expect(questionText(doubled)).toBe(`${question!.stem} „Politisch steht ___ rechts, er unterstützt die Todesstrafe.“`);
  });

  it("and so do the Moodle XML and GIFT files", () => {
    const [question] = generated.filter((candidate) => candidate.type === "cloze");
    const doubled = { ...question!, before: "Politisch steht ", after: "  rechts, er unterstützt die Todesstrafe." } as Question;
    const quiz = { title: "Test", questions: [doubled], documents: generatedFiles.map((file) => file.document) };
    for (const exported of [toGift(quiz), toMoodleXml(quiz)]) {
      expect(exported).toContain(`Politisch steht ${GAP} rechts`);
    }
  });
});
