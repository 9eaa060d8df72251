/** A product the text names as if it acted ("Das Pixel Fold soll 1.800 Euro kosten"): never the rival of the company that makes it. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
/** Every text a learner reads of a question: its statement, its stem and its options. */
const textsOf = (question: Question) => [
  ...(question.type === "truefalse" ? [question.statement] : []),
  ...("stem" in question ? [question.stem] : []),
  ...("options" in question ? question.options.map((option) => option.text) : []),
];
const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a product named by its name alone, which the text says costs a price", () => {
  const text = `Google greift Samsung an

Der Konzern Google hat am Donnerstag in Berlin ein faltbares Telefon vorgestellt. Das Pixel Fold soll in Deutschland 1.800 Euro kosten.

Die Firma Oppo hat im vergangenen Jahr rund drei Millionen Telefone verkauft. Google gibt auf das Display nun eine Garantie von zwei Jahren.`;
  const questions = questionsOf("falt", text);

  it("is no option nor false actor of a company's deed, and no one asked 'Wer' of its price", () => {
    expect(questions.flatMap(textsOf).filter((shown) => shown.includes("Pixel Fold"))).toEqual([]);
  });

  it("leaves the companies each other's rivals", () => {
    const sold = statementsOf(questions).filter((statement) => statement.statement.includes("drei Millionen Telefone"));
    expect(sold).toContainEqual({ statement: "Im vergangenen Jahr hat die Firma Oppo rund drei Millionen Telefone verkauft.", answer: true });
    const twins = sold.filter((statement) => !statement.answer).map((statement) => statement.statement);
    expect(twins).toHaveLength(1);
    expect(twins[0]).toMatch(/^Im vergangenen Jahr hat (?:der Konzern )?Google rund drei Millionen Telefone verkauft\.$/u);
  });
});

describe("a product named after a product's noun ('Das Elektroauto Seal')", () => {
  const text = `Elektroauto für Europa

Der Autobauer BYD will in Ungarn ein neues Werk bauen. Das Elektroauto Seal kommt im Herbst auf den Markt.

Der Konzern Stellantis hat im Frühjahr seine Preise gesenkt. BYD beschäftigt in Europa rund 3.000 Menschen.`;
  const questions = questionsOf("seal", text);

  it("is no option nor false actor of a company's deed", () => {
    expect(questions.flatMap(textsOf).filter((shown) => shown.includes("Seal"))).toEqual([]);
    const employs = statementsOf(questions).filter((statement) => statement.statement.includes("3.000 Menschen"));
    expect(employs).toHaveLength(2);
    expect(employs).toEqual(
      expect.arrayContaining([
        { statement: "In Europa beschäftigt der Konzern Stellantis rund 3.000 Menschen.", answer: false },
        { statement: "In Europa beschäftigt BYD rund 3.000 Menschen.", answer: true },
      ]),
    );
  });
});
