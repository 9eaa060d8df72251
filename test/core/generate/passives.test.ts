/**
 * A passive main clause whose subject did not act ("Das alte Hallenbad wurde im Oktober abgerissen.", "Vier
 * Jugendliche wurden festgenommen."): stated in the other past tense, true, and false with the opposite event or,
 * where nothing but a time stands before the participle, denied; through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const BATH = `Altes Hallenbad ist Geschichte

Leoben – Das alte Hallenbad am Stadtrand wurde im Oktober abgerissen. Auf dem Gelände sollen 60 Wohnungen entstehen. Der Gemeinderat hat den Plan einstimmig beschlossen.`;

const STADIUM = `Neues Stadion für den SV Ried

Ried – Der Kaufvertrag für das Grundstück an der Bahnhofstraße wurde am Dienstag unterzeichnet. Der Verein will dort bis 2028 ein neues Stadion bauen. Die Kosten liegen bei 30 Millionen Euro.`;

const BRAWL = `Schlägerei am Hauptplatz

Wels – Vier Jugendliche aus dem Bezirk Grieskirchen wurden festgenommen. Sie sollen in der Nacht auf Sonntag zwei Passanten verletzt haben. Die Polizei sucht weitere Zeugen.`;

const SMUGGLERS = `Schlepper in Kärnten gefasst

Villach – Am Montag wurden in Villach zwei Mitglieder einer Schlepperbande verhaftet. Die Männer hatten 40 Menschen über die Grenze gebracht. Die Ermittlungen dauern an.`;

const COURT = `Prozess gegen Baufirma

Salzburg – Das Verfahren gegen die Baufirma wurde am Montag an das Landesgericht Innsbruck verwiesen. Die Anklage wirft der Firma Betrug vor. Der Prozess beginnt im Frühjahr.`;

function statements(id: string, text: string): Statement[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse" && question.fact.startsWith("compound:"));
}

const said = (found: Statement[], answer: boolean) => found.filter((statement) => statement.answer === answer).map((statement) => statement.statement);

describe("a passive main clause", () => {
  it("is denied where only a time stands before its participle and its subject is definite, not before a complement", () => {
    const bath = statements("bath", BATH);
    expect(said(bath, true)).toEqual(["Das alte Hallenbad am Stadtrand ist im Oktober abgerissen worden."]);
    expect(said(bath, false)).toEqual(["Das alte Hallenbad am Stadtrand ist im Oktober nicht abgerissen worden."]);
    // "an das Landesgericht ... nicht verwiesen" denies the court, not the event.
    expect(statements("court", COURT).some((statement) => statement.statement.includes("nicht"))).toBe(false);
  });

  it("reads a participle of an inseparable prefix ('unterzeichnet')", () => {
    const stadium = statements("stadium", STADIUM);
    expect(said(stadium, true)).toEqual(["Der Kaufvertrag für das Grundstück an der Bahnhofstraße ist am Dienstag unterzeichnet worden."]);
    expect(said(stadium, false)).toEqual(["Der Kaufvertrag für das Grundstück an der Bahnhofstraße ist am Dienstag nicht unterzeichnet worden."]);
  });

  it("needs no word between the auxiliary and the participle", () => {
    const brawl = statements("brawl", BRAWL);
    expect(said(brawl, true)).toEqual(["Vier Jugendliche aus dem Bezirk Grieskirchen sind festgenommen worden."]);
    expect(said(brawl, false)).toEqual(["Vier Jugendliche aus dem Bezirk Grieskirchen sind freigelassen worden."]);
  });

  it("is false with the opposite event of an arrest told by 'verhaftet'", () => {
    expect(said(statements("smugglers", SMUGGLERS), false)).toEqual(["Am Montag sind in Villach zwei Mitglieder einer Schlepperbande freigelassen worden."]);
  });
});
