/**
 * Which way a figure went, where nobody is named who moved it ("Die Kosten erhöhten sich auf 18 Millionen Euro", "Die
 * Zahl der Verkehrstoten sank im Vorjahr deutlich", "Die Inflation stieg im Mai auf 3,1 Prozent"): stated true, and
 * false with the opposite change, also in what a source or speaker reports. Through the whole generator on texts of
 * our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

function statementsOf(id: string, text: string): Statement[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse");
}

const said = (found: Statement[], answer: boolean) => found.filter((statement) => statement.answer === answer).map((statement) => statement.statement);

const POOL = `Neues Hallenbad wird teurer

Wels – Die Kosten für den Neubau des Hallenbads erhöhten sich auf 18 Millionen Euro. Der Gemeinderat will im Herbst über die Finanzierung beraten. Die Eröffnung ist für 2028 geplant.`;

const ROADS = `Weniger Verkehrstote in Kärnten

Klagenfurt – Die Zahl der Verkehrstoten sank im Vorjahr deutlich. Die Polizei kontrollierte öfter die Geschwindigkeit. Auf den Landstraßen gab es neue Radarkästen.`;

const GUESTS = `Gute Saison am Arlberg

Lech – Im vergangenen Winter stieg die Zahl der Nächtigungen am Arlberg kräftig. Die Hoteliers sind zufrieden. Viele Gäste kamen aus den Niederlanden.`;

const PRICES = `Teuerung im Mai

Wien – Die Inflation stieg im Mai auf 3,1 Prozent. Teurer wurden vor allem Mieten und Lebensmittel. Die Nationalbank erwartet für den Sommer eine Entspannung.`;

const VISITORS = `Ansturm auf das Museum

Bregenz – Die Zahl der Besucher des Landesmuseums verdoppelte sich. Die Direktorin führt das auf eine große Ausstellung zurück. Im Sommer folgt eine weitere Schau.`;

const BURGLARIES = `Weniger Einbrüche in Salzburg

Salzburg – Laut dem Innenministerium sank die Zahl der Einbrüche in Salzburg im Vorjahr um zehn Prozent. Die Polizei setzte mehr Streifen ein. Die Versicherungen melden weniger Schäden.`;

const ACCIDENTS = `Bilanz der Bergrettung

Innsbruck – Die Zahl der Unfälle auf den Skipisten ist um zwölf Prozent gesunken, sagte Landesrat Georg Huber am Montag. Die meisten Verletzten waren Urlauber. Die Saison dauert noch bis April.`;

const APPLICATIONS = `Weniger Asylanträge

Wien – Die Zahl der Asylanträge sank im ersten Halbjahr deutlich, wie das Innenministerium am Montag mitteilte. Die Länder bauen Quartiere ab. Im Herbst wird neu gezählt.`;

describe("which way a figure went", () => {
  it("states a change the subject undergoes itself ('sich erhöhen') in the perfect, false with the opposite verb", () => {
    const found = statementsOf("pool", POOL);
    expect(said(found, true)).toContain("Die Kosten für den Neubau des Hallenbads haben sich auf 18 Millionen Euro erhöht.");
    expect(said(found, false)).toContain("Die Kosten für den Neubau des Hallenbads haben sich auf 18 Millionen Euro verringert.");
    // A change that measures itself needs no figure: doubled, false as halved.
    const visitors = statementsOf("visitors", VISITORS);
    expect(said(visitors, true)).toContain("Die Zahl der Besucher des Landesmuseums hat sich verdoppelt.");
    expect(said(visitors, false)).toContain("Die Zahl der Besucher des Landesmuseums hat sich halbiert.");
  });

  it("takes a change of a figure noun without a figure in the simple past (subject before or after the verb), not in the present", () => {
    const roads = statementsOf("roads", ROADS);
    expect(said(roads, true)).toContain("Die Zahl der Verkehrstoten ist im Vorjahr deutlich gesunken.");
    expect(said(roads, false)).toContain("Die Zahl der Verkehrstoten ist im Vorjahr deutlich gestiegen.");
    const guests = statementsOf("guests", GUESTS);
    expect(said(guests, true)).toContain("Im vergangenen Winter ist die Zahl der Nächtigungen am Arlberg kräftig gestiegen.");
    expect(said(guests, false)).toContain("Im vergangenen Winter ist die Zahl der Nächtigungen am Arlberg kräftig gesunken.");
    // A level that tells the direction ("auf den niedrigsten Stand") is not turned: "gestiegen" would give itself away.
    const lowest = statementsOf("lowest", ROADS.replace("sank im Vorjahr deutlich", "sank im Vorjahr auf den niedrigsten Stand seit 1950"));
    expect(said(lowest, false).filter((statement) => statement.includes("gestiegen"))).toEqual([]);
    // Not in the present, which may tell what is still to come, nor a change that barely happened.
    const ahead = statementsOf(
      "ahead",
      ROADS.replace("Die Zahl der Verkehrstoten sank im Vorjahr deutlich.", "Die Zahl der Verkehrstoten sinkt heuer deutlich."),
    );
    expect(ahead.filter((statement) => statement.statement.includes("Verkehrstoten"))).toEqual([]);
    const barely = statementsOf("barely", ROADS.replace("sank im Vorjahr deutlich", "sank im Vorjahr kaum"));
    expect(barely.filter((statement) => statement.statement.includes("Verkehrstoten"))).toEqual([]);
  });

  it("reads the economy's figures ('Die Inflation') as no pointer to an earlier sentence", () => {
    const prices = statementsOf("prices", PRICES);
    expect(said(prices, true)).toContain("Die Inflation ist im Mai auf 3,1 Prozent gestiegen.");
    expect(said(prices, false)).toContain("Die Inflation ist im Mai auf 3,1 Prozent gesunken.");
  });

  it("turns the direction in what a source or a speaker reports before changing its figure", () => {
    const burglaries = statementsOf("burglaries", BURGLARIES);
    expect(said(burglaries, true)).toContain("Dem Innenministerium zufolge sank die Zahl der Einbrüche in Salzburg im Vorjahr um zehn Prozent.");
    expect(said(burglaries, false)).toContain("Dem Innenministerium zufolge stieg die Zahl der Einbrüche in Salzburg im Vorjahr um zehn Prozent.");
    // A source after the clause that the extractor takes for nobody's words stays with it.
    const applications = statementsOf("applications", APPLICATIONS);
    expect(said(applications, true)).toContain(
      "Die Zahl der Asylanträge ist im ersten Halbjahr deutlich gesunken, wie das Innenministerium am Montag mitteilte.",
    );
    expect(said(applications, false)).toContain(
      "Die Zahl der Asylanträge ist im ersten Halbjahr deutlich gestiegen, wie das Innenministerium am Montag mitteilte.",
    );
    const accidents = statementsOf("accidents", ACCIDENTS);
    const falsehoods = said(accidents, false).filter((statement) => statement.includes("Unfälle"));
    expect(falsehoods).toEqual(["Georg Huber sagte: „Die Zahl der Unfälle auf den Skipisten ist um zwölf Prozent gestiegen“"]);
  });
});
