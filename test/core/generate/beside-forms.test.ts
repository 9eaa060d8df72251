/** A gap whose other form stands right beside it ("Die türkische ___ (YSK)", "dem UN-Flüchtlingshochkommissariat ___") is copied, not understood. */
import { describe, expect, it } from "vitest";
import { MIN_FILL_SALIENCE } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { otherFormBeside } from "../../../src/generate/besideforms";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Wahlkommission kippt Ergebnisse

Ankara – Die türkische Wahlkommission (YSK) hat am Dienstag die Ergebnisse zweier Bezirke teilweise aufgehoben. Die Prüfer sahen Fehler in der Auszählung. Laut dem UN-Flüchtlingshochkommissariat UNHCR leben 200.000 Flüchtlinge in der Region. Die Wahl muss dort wiederholt werden. Die Opposition zeigte sich zufrieden. Ein neuer Termin steht noch nicht fest. Auch das UNHCR beobachtet die Lage genau.`;

function gaps(text: string): Extract<Question, { type: "cloze" }>[] {
  const [bank] = generateBank([{ id: "ogh", text }]);
  return bank!.questions.filter((question): question is Extract<Question, { type: "cloze" }> => question.type === "cloze");
}

describe("gaps beside their other form", () => {
  it("asks the institution before its acronym in parentheses only as a last filler", () => {
    const court = gaps(TEXT).find((question) => question.answer === "Wahlkommission")!;
    expect(court.after.startsWith(" (YSK)")).toBe(true);
    expect(court.salience).toBeLessThan(MIN_FILL_SALIENCE);
  });

  it("asks an acronym where no spelled-out noun stands right before it", () => {
    const refugees = gaps(TEXT).filter((question) => question.answer === "UNHCR");
    expect(refugees.map((question) => question.before.slice(-9))).toEqual(["Auch das "]);
  });

  it("asks an acronym beside its noun only as a filler when the text offers no other mention", () => {
    const text = TEXT.replace("Auch das UNHCR beobachtet", "Die UNHCR-Chefin beobachtet");
    const refugees = gaps(text).filter((question) => question.answer === "UNHCR");
    expect(refugees.length).toBe(1);
    expect(refugees[0]!.before.endsWith("UN-Flüchtlingshochkommissariat ")).toBe(true);
    expect(refugees[0]!.salience).toBeLessThan(MIN_FILL_SALIENCE);
  });

  it("keeps an acronym after a town's adjective ('Die Klosterneuburger ___')", () => {
    const text = `Klosterneuburg will eigenes Kennzeichen

Klosterneuburg – Die Klosterneuburger ÖVP hat am Montag Unterschriften für ein eigenes Kennzeichen gesammelt. Die ÖVP will damit die Identität der Stadt stärken. Der Bürgermeister unterstützt die Aktion.`;
    const party = gaps(text).find((question) => question.answer === "ÖVP" && question.before.endsWith("Klosterneuburger "));
    expect(party?.salience ?? 0).toBeGreaterThanOrEqual(MIN_FILL_SALIENCE);
  });
});

describe("a gap beside the other gender's form of its noun", () => {
  const PAIRED = `Mehr Gäste im Murtal

Judenburg – Das Tal wird bei deutschen Urlauberinnen und Urlaubern immer beliebter: Laut Tourismusverband hat sich die Zahl der Nächtigungen verdoppelt. Die Urlauber schätzen die Ruhe. Viele Urlauber kommen im Herbst. Für die Urlauber gibt es neue Radwege.`;

  it("is no term gap ('Wählerinnen und ___', '___ und Wählerinnen')", () => {
    const [bank] = generateBank([{ id: "murtal", text: PAIRED }]);
    const paired = bank!.questions.filter(
      (question) => question.type === "cloze" && (/innen und $/u.test(question.before) || /^ und \p{L}+innen/u.test(question.after)),
    );
    expect(paired).toEqual([]);
    expect(otherFormBeside("die Ärztinnen und Ärzte", 18, 23)).toBe(true);
    expect(otherFormBeside("die Ärzte und Ärztinnen", 4, 9)).toBe(true);
    // Two different nouns joined by "und" are no pair.
    expect(otherFormBeside("die Ärztinnen und Pfleger", 18, 25)).toBe(false);
  });
});

describe("a term the text restates in other words ('Kletterpflanzen, also Lianen')", () => {
  const RESTATED = `Gelsenplage am Neusiedler See

Neusiedl – Ein Team der Universität Wien hat die Ausbreitung der Stechmücken am Neusiedler See vermessen. Die Stechmücken, also Gelsen, vermehren sich nach dem nassen Frühling besonders stark. An Ufern mit vielen Stechmücken meiden Touristen die Strände, berichten die Forscher. Die Stechmücken übertragen bisher aber kaum Krankheiten.`;

  it("takes the other word as an answer to a gap of the term elsewhere in the text", () => {
    const mosquitoes = gaps(RESTATED).filter((question) => question.answer === "Stechmücken");
    expect(mosquitoes.length).toBeGreaterThan(0);
    for (const question of mosquitoes) expect(question.accept).toContain("Gelsen");
  });

  it("asks no gap beside its restatement ('Die ___, also Gelsen', 'Gelsen, also lästige ___')", () => {
    const beside = gaps(RESTATED).filter((question) => question.after.startsWith(", also") || /, also (?:\p{Ll}+ )*$/u.test(question.before));
    expect(beside).toEqual([]);
    expect(otherFormBeside("Die Stechmücken, also Gelsen, stechen.", 4, 15)).toBe(true);
    expect(otherFormBeside("Die Gelsen, also lästige Stechmücken, stechen.", 25, 36)).toBe(true);
    // "also" as an adverb of its own clause, or a phrase that names one kind of the noun, is no restatement.
    expect(otherFormBeside("Die Stechmücken stechen also häufiger.", 4, 15)).toBe(false);
    expect(otherFormBeside("Die Stechmücken, also vor allem Tigermücken, stechen.", 4, 15)).toBe(false);
  });
});
