/**
 * What happened where no one is named who did it ("Bei dem Brand wurden 14 Menschen verletzt.", "Die Zahl der
 * Anträge ist gestiegen."): stated in the other past tense, true, and false with its figure, its country or its
 * event turned, through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { compoundPast, inOtherTense } from "../../../src/generate/compoundpast";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const FIRE = `Großeinsatz der Feuerwehr

Linz – Bei einem Brand in einer Lagerhalle wurden am Sonntag 14 Menschen verletzt. Die Feuerwehr war mit 80 Kräften im Einsatz. Die Ursache ist noch unklar.`;

const APPLICATIONS = `Mehr Anträge auf Asyl

Wien – Die Zahl der Asylanträge ist im vergangenen Jahr deutlich gestiegen. Das Innenministerium rechnet heuer mit weiteren Anträgen. Die Länder suchen Quartiere.`;

const CLIMBERS = `Unglück im Himalaya

Kathmandu – Drei Bergsteiger aus Deutschland sind am Wochenende in Nepal ums Leben gekommen. Ihre Expedition hatte in Indien begonnen. Die Suche nach einem vierten Mann läuft.`;

function statements(id: string, text: string): Statement[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse" && question.fact.startsWith("compound:"));
}

const said = (found: Statement[], answer: boolean) => found.filter((statement) => statement.answer === answer).map((statement) => statement.statement);

describe("a clause in a compound past", () => {
  it("is read as fore-field, auxiliary, middle and participle, and stated in the other tense", () => {
    const passive = compoundPast("Am Montag wurde das Gesetz vom Parlament beschlossen.");
    expect(passive).toMatchObject({ forefield: "Am Montag", auxiliary: "wurde", participle: "beschlossen", worden: false });
    expect(inOtherTense(passive!)).toBe("Am Montag ist das Gesetz vom Parlament beschlossen worden.");
    expect(inOtherTense(compoundPast("Am Montag ist das Gesetz vom Parlament beschlossen worden.")!)).toBe(
      "Am Montag wurde das Gesetz vom Parlament beschlossen.",
    );
    expect(inOtherTense(compoundPast("Ein Defekt der Leitung hat in der Stadt zu Ausfällen geführt.")!)).toBe(
      "Ein Defekt der Leitung führte in der Stadt zu Ausfällen.",
    );
    // A second main clause after the comma is left out; a relative clause stays after the participle, "worden" before it.
    expect(inOtherTense(compoundPast("Zwei Ärzte sind in Kambodscha gestorben, die Umstände sind unklar.")!)).toBe("Zwei Ärzte starben in Kambodscha.");
    expect(compoundPast("Zwei Ärzte sind in Kambodscha gestorben, sagte die Polizei.")).toBeUndefined();
    expect(inOtherTense(compoundPast("Am Freitag wurde ein Mann festgenommen, der seit Monaten gesucht wurde.")!)).toBe(
      "Am Freitag ist ein Mann festgenommen worden, der seit Monaten gesucht wurde.",
    );
  });

  it("is no state, no second verb and no clause that goes on from the sentence before", () => {
    expect(compoundPast("Die Flüchtlinge sind derzeit in Zelten untergebracht.")).toBeUndefined();
    expect(compoundPast("Der Mann wurde festgenommen und hat gestanden.")).toBeUndefined();
    expect(compoundPast("Dabei wurden zwei Polizisten verletzt.")).toBeUndefined();
    expect(compoundPast("Auch wurden zwei Polizisten verletzt.")).toBeUndefined();
    expect(compoundPast("Es wurde lange verhandelt.")).toBeUndefined();
    expect(compoundPast("Der Fall wurde am Montag bekannt.")).toBeUndefined();
  });

  it("states a passive with its figure, true, and with another figure, false", () => {
    const found = statements("fire", FIRE);
    expect(said(found, true)).toEqual(["Bei einem Brand in einer Lagerhalle sind am Sonntag 14 Menschen verletzt worden."]);
    const [falsehood] = said(found, false);
    expect(falsehood).toMatch(/^Bei einem Brand in einer Lagerhalle sind am Sonntag \d+ Menschen verletzt worden\.$/u);
    expect(falsehood).not.toContain(" 14 ");
  });

  it("turns a rise into a fall where the clause has no figure or country", () => {
    const found = statements("applications", APPLICATIONS);
    expect(said(found, true)).toEqual(["Die Zahl der Asylanträge stieg im vergangenen Jahr deutlich."]);
    expect(said(found, false)).toEqual(["Die Zahl der Asylanträge sank im vergangenen Jahr deutlich."]);
  });

  it("moves the event to another country the text names, where it says where it happened", () => {
    const found = statements("climbers", CLIMBERS);
    expect(said(found, true)).toEqual(["Drei Bergsteiger aus Deutschland kamen am Wochenende in Nepal ums Leben."]);
    expect(said(found, false)).toEqual(["Drei Bergsteiger aus Deutschland kamen am Wochenende in Indien ums Leben."]);
  });

  it("states nothing where a person acts, the sentence points back, or countryplaces.ts asks where", () => {
    expect(statements("fire", FIRE.replace("Bei einem Brand in einer Lagerhalle wurden", "Dabei wurden"))).toEqual([]);
    expect(
      statements(
        "fire",
        FIRE.replace("Bei einem Brand in einer Lagerhalle wurden am Sonntag 14 Menschen verletzt.", "In Österreich wurden am Sonntag 14 Menschen verletzt."),
      ),
    ).toEqual([]);
    expect(statements("applications", APPLICATIONS.replace("Die Zahl der Asylanträge ist", "Innenminister Karl Huber hat"))).toEqual([]);
  });
});
