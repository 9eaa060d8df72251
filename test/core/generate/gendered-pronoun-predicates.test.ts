/**
 * "ist einer der wenigen, der ...", "ist eine von vielen Ärztinnen, die ...": after a linking verb the pronoun is the
 * actor in their gender, so a statement, an option or a "Wer ...?" choice must not put a person of the other gender
 * there. Through the whole generator on a text of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Freiwillige helfen im Lager

Belgrad – Miriam Haddad (31) ist eine von wenigen Ärztinnen, die im Lager am Stadtrand arbeiten. Haddad kommt aus Homs, wo sie ein Krankenhaus geleitet hatte. Der Helfer Omar Nasser ist einer der wenigen Freiwilligen, der seit dem Sommer im Lager geblieben ist. Nasser verteilt jeden Morgen Decken und Tee an die Familien. Der Bürgermeister Dragan Petrović kündigte am Montag ein neues Zeltlager für den Winter an. Petrović forderte von der Regierung mehr Geld für die Versorgung der Familien. Die Ministerin Jelena Kovač besuchte am Dienstag das Lager. Der Helfer Marko Ilić brachte am Mittwoch Medikamente aus Novi Sad.`;

const questions = (): Question[] => generateBank([{ id: "lager", text: TEXT }])[0]!.questions;
const optionsOf = (question: Question) => (question.type === "single" ? question.options.map((option) => option.text) : []);
const statementOf = (question: Question) => (question.type === "truefalse" ? question.statement : "");

describe("a pronoun after a linking verb tells the actor's gender", () => {
  it("offers a woman no 'ist einer der ..., der' and a man no 'ist eine von ..., die'", () => {
    const about = (name: string) => questions().filter((question) => question.stem === `Was trifft laut Text auf ${name} zu?`);
    expect(about("Miriam Haddad").length).toBeGreaterThan(0);
    for (const question of about("Miriam Haddad")) for (const option of optionsOf(question)) expect(option).not.toMatch(/^ist einer /u);
    expect(about("Dragan Petrović").length).toBeGreaterThan(0);
    for (const question of about("Dragan Petrović")) for (const option of optionsOf(question)) expect(option).not.toMatch(/^ist eine /u);
  });

  it("states 'einer der ...' falsely of another man only, and 'eine von ...' of no man", () => {
    const statements = questions().map(statementOf);
    expect(statements).toContain("Omar Nasser ist einer der wenigen Freiwilligen, der seit dem Sommer im Lager geblieben ist.");
    expect(statements).not.toContain("Miriam Haddad ist einer der wenigen Freiwilligen, der seit dem Sommer im Lager geblieben ist.");
    for (const man of ["Dragan Petrović", "Omar Nasser", "Marko Ilić"])
      expect(statements).not.toContain(`${man} ist eine von wenigen Ärztinnen, die im Lager am Stadtrand arbeiten.`);
  });

  it("asks 'Wer ist eine von ...?' among women only", () => {
    const who = questions().filter((question) => question.stem.startsWith("Wer ist laut Text eine von"));
    for (const question of who) for (const man of ["Dragan Petrović", "Omar Nasser", "Marko Ilić"]) expect(optionsOf(question)).not.toContain(man);
  });

  it("still reads 'einer der' after another verb as its object, no gender of the actor", () => {
    const text = TEXT.replace("Petrović forderte von der Regierung", "Haddad leitet eine der Stationen. Petrović forderte von der Regierung");
    const statements = generateBank([{ id: "lager", text }])[0]!.questions.map(statementOf);
    expect(statements.some((statement) => / leitet eine der Stationen\./u.test(statement) && !statement.startsWith("Miriam Haddad"))).toBe(true);
  });
});
