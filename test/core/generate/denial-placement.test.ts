/**
 * A false statement made by a denial puts "nicht" where German puts it: after a definite object and a time adverb ("hat
 * den Vertrag gestern nicht unterschrieben"), never after an adverb of manner or degree ("müsse schnell nicht handeln",
 * "hat ... rechtzeitig nicht gewarnt"), which it would go before and deny alone: such a deed or claim is not denied. A
 * birth is never denied ("wurde 1958 in Linz nicht geboren"). Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

const deniedStatements = (id: string, text: string, word: string) =>
  statementsOf(id, text).filter((statement) => statement.statement.includes(word) && /(?<!\p{L})nicht(?!\p{L})/u.test(statement.statement));

const FLOOD = `Hochwasser an der Traun

Gmunden – Nach tagelangem Regen ist die Traun am Montag über die Ufer getreten. Die Landesregierung hat die Anrainer rechtzeitig gewarnt. Die Feuerwehr hat die Keller sorgfältig ausgepumpt. Der Bürgermeister von Gmunden, Stefan Krapf, dankte den Helfern. Die Polizei hat die Bundesstraße gestern gesperrt.`;

describe("a deed with an adverb of manner before its verbs", () => {
  it("is not denied after the adverb ('warnte die Anrainer rechtzeitig nicht')", () => {
    const made = statementsOf("traun", FLOOD).filter((statement) => statement.statement.includes("Anrainer"));
    expect(made).toContainEqual({ statement: "Die Landesregierung warnte die Anrainer rechtzeitig.", answer: true });
    expect(made.filter((statement) => /rechtzeitig nicht/u.test(statement.statement))).toEqual([]);
  });

  it("is not denied after the adverb before a separable particle ('pumpte die Keller sorgfältig nicht aus')", () => {
    const made = statementsOf("traun", FLOOD).filter((statement) => statement.statement.includes("Keller"));
    expect(made).toContainEqual({ statement: "Die Feuerwehr pumpte die Keller sorgfältig aus.", answer: true });
    expect(made.filter((statement) => /sorgfältig nicht/u.test(statement.statement))).toEqual([]);
  });

  it("keeps 'nicht' after a time adverb of the kind news write before the verbs ('hat die Schule zuletzt nicht besucht')", () => {
    const text = `Schulbesuch in Vöcklabruck

Vöcklabruck – Die neue Schule in Vöcklabruck ist seit September in Betrieb. Bildungslandesrätin Maria Gruber hat die Schule zuletzt besucht. Der Direktor der Schule, Anton Leitner, lobte das Gebäude.`;
    expect(deniedStatements("schule", text, "zuletzt")).toEqual([{ statement: "Maria Gruber hat die Schule zuletzt nicht besucht.", answer: false }]);
  });

  it("keeps 'nicht' after a definite object and a time adverb ('sperrte die Bundesstraße gestern nicht')", () => {
    expect(deniedStatements("traun", FLOOD, "Bundesstraße")).toEqual([{ statement: "Die Polizei sperrte die Bundesstraße gestern nicht.", answer: false }]);
  });
});

describe("a sole speaker's words with an adverb of manner before the verb", () => {
  it("are not denied after the adverb ('Man müsse rasch nicht handeln')", () => {
    const text = `Borkenkäfer bedroht Wälder

Zwettl – Der Borkenkäfer breitet sich im Waldviertel weiter aus. Man müsse rasch handeln, sagte Forstdirektor Georg Binder am Mittwoch. Betroffen sind rund 3000 Hektar Wald.`;
    const made = statementsOf("kaefer", text).filter((statement) => statement.statement.includes("handeln"));
    expect(made).toContainEqual({ statement: "Georg Binder sagte sinngemäß: Man müsse rasch handeln.", answer: true });
    expect(made.filter((statement) => /rasch nicht/u.test(statement.statement))).toEqual([]);
  });
});

describe("a birth", () => {
  it("is never denied ('wurde 1962 in Graz nicht geboren')", () => {
    const text = `Neuer Intendant für Bregenz

Bregenz – Die Bregenzer Festspiele haben einen neuen Intendanten. Der Regisseur Stefan Aigner wurde 1962 in Graz geboren. Er leitete zuletzt das Landestheater in Linz.`;
    const made = statementsOf("intendant", text).filter((statement) => statement.statement.includes("geboren"));
    expect(made).toContainEqual({ statement: "Stefan Aigner wurde 1962 in Graz geboren.", answer: true });
    expect(made.filter((statement) => /(?<!\p{L})nicht(?!\p{L})/u.test(statement.statement))).toEqual([]);
  });
});
