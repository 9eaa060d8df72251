/**
 * What happened where no one is named who did it ("Bei dem Brand wurden 14 Menschen verletzt.", "Die Zahl der
 * Anträge ist gestiegen."): stated in the other past tense, true, and false with its figure, its country or its
 * event turned, through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { changeInPerfect, compoundPast, inOtherTense } from "../../../src/generate/compoundpast";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const FIRE = `Großeinsatz der Feuerwehr

Linz – Bei einem Brand in einer Lagerhalle wurden am Sonntag 14 Menschen verletzt. Die Feuerwehr war mit 80 Kräften im Einsatz. Die Ursache ist noch unklar.`;

const APPLICATIONS = `Mehr Anträge auf Asyl

Wien – Die Zahl der Asylanträge ist im vergangenen Jahr deutlich gestiegen. Das Innenministerium rechnet heuer mit weiteren Anträgen. Die Länder suchen Quartiere.`;

const CLIMBERS = `Unglück im Himalaya

Kathmandu – Drei Bergsteiger aus Deutschland sind am Wochenende in Nepal ums Leben gekommen. Ihre Expedition hatte in Indien begonnen. Die Suche nach einem vierten Mann läuft.`;

const JOBLESS = `Weniger Arbeitslose

Graz – Die Arbeitslosigkeit in der Steiermark sank im Juni auf 5,4 Prozent. Das Arbeitsmarktservice verweist auf den Bau. Die Industrie sucht Fachkräfte.`;

const EXPORTS = `Exporte im Plus

Linz – Die Exporte der Region nehmen im ersten Quartal um ein Drittel zu. Die Betriebe melden volle Auftragsbücher. Die Kammer ist zufrieden.`;

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

  it("changes a number word that opens the sentence, with its capital, to one the text does not use", () => {
    const raid = `Überfall auf Juwelier

Graz – Vier Bewaffnete überfielen am Dienstag ein Juweliergeschäft in der Innenstadt. Die Polizei fahndet nach den Tätern. Fünf Kunden blieben unverletzt.`;
    const found = statements("raid", raid);
    expect(said(found, true)).toEqual(["Vier Bewaffnete haben am Dienstag ein Juweliergeschäft in der Innenstadt überfallen."]);
    // Not "Fünf": the text writes it (capitalised, opening a sentence), so the false statement could be read as true of them.
    expect(said(found, false)).toEqual(["Drei Bewaffnete haben am Dienstag ein Juweliergeschäft in der Innenstadt überfallen."]);
    const climbers = statements("two-climbers", CLIMBERS.replace("Drei Bergsteiger aus Deutschland sind", "Zwei Bergsteiger sind").replace(" in Nepal", ""));
    expect(said(climbers, true)).toEqual(["Zwei Bergsteiger kamen am Wochenende ums Leben."]);
    expect(said(climbers, false)).toEqual(["Drei Bergsteiger kamen am Wochenende ums Leben."]);
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

  it("reads a change in a figure in the simple past or the present as the clause in the perfect", () => {
    const perfect = (sentence: string) => {
      const clause = changeInPerfect(sentence);
      return clause && `${clause.forefield} ${clause.auxiliary} ${clause.middle} ${clause.participle}.`;
    };
    expect(perfect("Die Zahl der Anträge stieg im Mai auf 8.000.")).toBe("Die Zahl der Anträge ist im Mai auf 8.000 gestiegen.");
    expect(perfect("Der Goldpreis fällt um drei Prozent.")).toBe("Der Goldpreis ist um drei Prozent gefallen.");
    expect(perfect("Die Schulden wuchsen um 2,5 Milliarden Euro.")).toBe("Die Schulden sind um 2,5 Milliarden Euro gewachsen.");
    expect(perfect("Die Zahl der Gäste nahm um ein Viertel ab.")).toBe("Die Zahl der Gäste hat um ein Viertel abgenommen.");
    expect(perfect("Die Zahl der Diebstähle ging um zehn Prozent zurück.")).toBe("Die Zahl der Diebstähle ist um zehn Prozent zurückgegangen.");
    // No measure of a change, a particle of another verb, a clause going on from before, nobody it is about.
    expect(perfect("Die Zahl stieg um mehr als zwölf Prozent.")).toBe("Die Zahl ist um mehr als zwölf Prozent gestiegen.");
    expect(changeInPerfect("Die Entscheidung fiel am Montag.")).toBeUndefined();
    // A time or a day is no figure that changed: "fällt" tells what is to come.
    expect(changeInPerfect("Die Entscheidung fällt um 18 Uhr.")).toBeUndefined();
    expect(changeInPerfect("Der Feiertag fällt heuer auf einen Montag.")).toBeUndefined();
    expect(changeInPerfect("Der Feiertag fällt heuer auf den 3. Oktober.")).toBeUndefined();
    expect(changeInPerfect("Der Wagen fiel um zehn Uhr auf.")).toBeUndefined();
    expect(changeInPerfect("Auch die Zahl der Anträge stieg auf 8.000.")).toBeUndefined();
    expect(changeInPerfect("Man nahm um fünf Kilo ab.")).toBeUndefined();
    expect(changeInPerfect("Die Zahl stieg auf 8.000, die Kosten sanken.")).toBeUndefined();
  });

  it("states such a change in the perfect, true, and turned or with another figure, false", () => {
    const jobless = statements("jobless", JOBLESS);
    expect(said(jobless, true)).toEqual(["Die Arbeitslosigkeit in der Steiermark ist im Juni auf 5,4 Prozent gesunken."]);
    // Which way the figure went is the news: the false statement turns it; the choice changes the figure instead.
    expect(said(jobless, false)).toEqual(["Die Arbeitslosigkeit in der Steiermark ist im Juni auf 5,4 Prozent gestiegen."]);
    const [bank] = generateBank([{ id: "jobless", text: JOBLESS }]);
    const choice = bank!.questions.find((question) => question.type === "single" && question.fact.startsWith("compound:"));
    const wrong = choice?.type === "single" ? choice.options.find((option) => option.id !== choice.answer)?.text : undefined;
    expect(wrong).toMatch(/^Die Arbeitslosigkeit in der Steiermark ist im Juni auf [\d,]+ Prozent gesunken\.$/u);
    expect(wrong).not.toContain("5,4");
    // Another country's jobless rate may be 5,4 Prozent too: "in der Steiermark" is never changed.
    const inCountry = statements("jobless", JOBLESS.replace("in der Steiermark", "in Österreich").replace("Die Industrie", "Die Industrie in Ungarn"));
    expect(said(inCountry, false)).toHaveLength(1);
    expect(said(inCountry, false)[0]).toContain("Die Arbeitslosigkeit in Österreich ist");
    const exports = statements("exports", EXPORTS);
    expect(said(exports, true)).toEqual(["Die Exporte der Region haben im ersten Quartal um ein Drittel zugenommen."]);
    expect(said(exports, false)).toEqual(["Die Exporte der Region haben im ersten Quartal um ein Drittel abgenommen."]);
  });
});
