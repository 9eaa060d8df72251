/** Denials only of what the text says someone did: not "keine" before a claim's subject, not a dative read as the actor, not "nicht" after "mehr ...". */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
const optionsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "single" || question.type === "multi" ? question.options.map((option) => option.text) : [],
  );

describe("a claim whose subject follows its verb", () => {
  it("is not denied by 'keine' before the subject", () => {
    const text = `Luchse im Mühlviertel

Freistadt – Im Mühlviertel leben wieder mehrere Luchse. Laut den Förstern jagen Luchse am liebsten in der Dämmerung Rehe. Die Förster zählen die Tiere jedes Jahr. Bürgermeisterin Eva Haider begrüßt die Rückkehr.`;
    const made = statementsOf("luchs", text);
    expect(made.filter((statement) => statement.includes("keine Luchse"))).toEqual([]);
  });
});

describe("a body in the dative before 'droht'", () => {
  it("is no actor that threatened, nor another deed's actor", () => {
    const text = `Streit um Förderung

Linz – Der Baufirma Gruber droht, die Frist für die Förderung zu versäumen. Die Gemeinde Traun beschloss am Montag, den Antrag zu unterstützen. Bürgermeister Karl Wimmer kündigte eine Sitzung an.`;
    const made = [...statementsOf("frist", text), ...optionsOf("frist", text)];
    expect(made.filter((statement) => statement.includes("gedroht") || statement.startsWith("Der Baufirma"))).toEqual([]);
  });
});

describe("a bare object with a word of quantity", () => {
  it("is not denied with 'nicht' after it", () => {
    const text = `Schutz für Schafe

Zwettl – Im Waldviertel leben wieder mehrere Wolfsrudel. Die Bauern fordern mehr Schutz für Schafe. Landesrat Peter Gruber lehnt das ab.`;
    const made = statementsOf("schafe", text);
    expect(made.filter((statement) => /Schutz für Schafe nicht|nicht mehr Schutz/u.test(statement))).toEqual([]);
  });
});
