/**
 * Two deeds in the perfect that share one auxiliary ("hat ... untersucht und festgestellt"), stated in the simple past:
 * each participle becomes its own verb ("untersuchte ... und stellte fest"), never one verb with the other participle
 * left inside its clause ("stellte ... untersucht und fest"). Where the second deed shares the first one's object ("hat
 * den Mann festgenommen und verhört") or a third participle follows after a comma, no simple past is made.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

/** A participle and "und" before the particle of a separable verb that closes the clause ("stellte ... untersucht und fest,"). */
const PARTICIPLE_LEFT_INSIDE = /\s\p{Ll}+(?:t|en)\s(?:und|oder|sowie)\s(?:fest|an|auf|aus|ab|vor|zu|ein|mit|bei|nach|zurück|um)[,.]/u;

const COUNCIL = `Streit um die Stadtfinanzen

Linz – Im Linzer Gemeinderat streiten die Bürgermeisterin Anna Berger, der Stadtrat Peter Moser und die Prüferin Eva Wagner seit Wochen über die Finanzen.

Eva Wagner hat die Rechnungen der Stadtwerke untersucht und festgestellt, dass viele Belege fehlen. Peter Moser hat den Vertrag mit der Baufirma unterschrieben und die Kosten für den Umbau übernommen. Die Polizei hat den Kassier der Stadtwerke am Montag festgenommen und verhört.`;

describe("two participles joined by 'und' after one auxiliary", () => {
  it("are stated as two verbs in the simple past where the second deed has an object of its own", () => {
    const made = statementsOf("council", COUNCIL);
    expect(made).toContainEqual({
      statement: "Eva Wagner untersuchte die Rechnungen der Stadtwerke und stellte fest, dass viele Belege fehlen.",
      answer: true,
    });
    expect(made).toContainEqual({ statement: "Peter Moser unterschrieb den Vertrag mit der Baufirma und übernahm die Kosten für den Umbau.", answer: true });
  });

  it("never leave a participle inside the clause of the other's verb", () => {
    for (const { statement } of statementsOf("council", COUNCIL)) expect(statement).not.toMatch(PARTICIPLE_LEFT_INSIDE);
  });

  it("are not put in the simple past where the second deed shares the first one's object ('nahm ... fest und verhörte')", () => {
    for (const { statement } of statementsOf("council", COUNCIL)) expect(statement).not.toMatch(/verhörte/u);
  });
});

const STUDY = `Neue Studie zu Schulen

Graz – Die Forscher der Universität Graz haben die Daten der Schulen gesammelt, ausgewertet und veröffentlicht. Die Bildungsdirektion kündigte am Montag neue Regeln für die Schulen an.`;

describe("participles listed with a comma after one auxiliary", () => {
  it("are not stated with only the first one turned into the simple past", () => {
    for (const { statement } of statementsOf("study", STUDY)) expect(statement).not.toMatch(/sammelten .*ausgewertet/u);
  });
});
