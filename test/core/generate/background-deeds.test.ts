/** Questions on background, not the reported event: a person's biography, the report's source, the occasion of a remark. */
import { describe, expect, it } from "vitest";
import { drawQuiz, MIN_CLAIM_SALIENCE, MIN_SALIENCE } from "../../../src/bank/quiz";
import { generateBank } from "../../../src/generate/index";
import type { Question } from "../../../src/bank/schema";

const poolOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statements = (pool: readonly Question[], part: string) =>
  pool.flatMap((question) => (question.type === "truefalse" && question.statement.includes(part) ? [question] : []));

const appointment = (biography: string) => `Neue Landesrätin in Tirol

Innsbruck – Die Juristin Maria Berger übernimmt das Gesundheitsressort der Tiroler Landesregierung. Berger folgt auf Peter Hofer, der am Freitag überraschend zurückgetreten war. Berger kündigte an, die Wartezeiten in den Ambulanzen zu halbieren. ${biography} Die Opposition kritisierte die Bestellung. Hofer hatte sein Amt nach einem Streit über das Budget niedergelegt. Die Ärztekammer begrüßte die Entscheidung. Berger soll am Dienstag im Landtag angelobt werden.`;

const salientDeed = (pool: readonly Question[], part: string) => {
  const made = statements(pool, part).filter((question) => question.type === "truefalse" && question.answer);
  expect(made.length).toBeGreaterThan(0);
  return made[0]!.salience;
};

describe("a biography told in the body", () => {
  const biography = "Sie gehörte bereits von 2008 bis 2013 dem Landtag an. Als Kind hat Berger auf dem Bauernhof ihrer Eltern im Zillertal gearbeitet.";
  const pool = poolOf("landesraetin", appointment(biography));

  it("ranks the years in an earlier office and the childhood below the claims asked first, a deed of today or a plan in its place not", () => {
    const lead = statements(pool, "übernimmt das Gesundheitsressort");
    const office = statements(pool, "von 2008 bis 2013 dem Landtag an");
    const childhood = statements(pool, "als Kind auf dem Bauernhof");
    expect(lead.length).toBeGreaterThan(0);
    expect(office.length).toBeGreaterThan(0);
    expect(childhood.length).toBeGreaterThan(0);
    for (const question of [...office, ...childhood]) {
      expect(question.salience).toBeLessThan(MIN_CLAIM_SALIENCE);
      expect(question.salience).toBeLessThan(lead[0]!.salience);
    }
    // The birth in a relative clause is an aside of the deed, which its statement leaves out.
    const today = poolOf("landesraetin", appointment("Berger, die 1975 in Lienz geboren wurde, hat am Montag die Ambulanz in Schwaz besucht."));
    expect(salientDeed(today, "die Ambulanz in Schwaz besucht")).toBeGreaterThanOrEqual(MIN_CLAIM_SALIENCE);
    // A span of years that looks ahead is the news.
    const plan = poolOf("landesraetin", appointment("Berger will von 2025 bis 2030 zwei neue Kliniken bauen lassen."));
    expect(salientDeed(plan, "zwei neue Kliniken")).toBeGreaterThanOrEqual(MIN_CLAIM_SALIENCE);
  });

  it("is not asked in the quiz while the reported event gives claims", () => {
    for (const seed of ["a", "b", "c", "d"]) {
      const asked = drawQuiz(pool, { seed }).map((question) => JSON.stringify(question));
      expect(asked.filter((question) => question.includes("Bauernhof") || question.includes("2008 bis 2013"))).toEqual([]);
      expect(asked.some((question) => question.includes("Gesundheitsressort") || question.includes("folgt auf Peter Hofer"))).toBe(true);
    }
  });
});

describe("a deed that names the report's source", () => {
  const report = (source: string) => `Mehr Einbrüche in Oberösterreich

Linz – Die Zahl der Wohnungseinbrüche in Oberösterreich ist im vergangenen Jahr deutlich gestiegen. Das zeigt eine Studie des Kriminologen Peter Lang. ${source} Die Polizei kündigte mehr Streifen in den Wohngebieten an. Die Landesregierung will zusätzliche Beamte einstellen. Bürgermeister Franz Huber forderte eine Videoüberwachung in den Siedlungen.`;

  it("ranks below the claims asked first; 'berufen' as appointing someone does not", () => {
    const pool = poolOf("einbrueche", report("Lang stützte sich auf Zahlen des Innenministeriums."));
    const sourcing = statements(pool, "auf Zahlen des Innenministeriums");
    expect(sourcing.length).toBeGreaterThan(0);
    for (const question of sourcing) expect(question.salience).toBeLessThan(MIN_CLAIM_SALIENCE);
    expect(salientDeed(pool, "mehr Streifen")).toBeGreaterThanOrEqual(MIN_CLAIM_SALIENCE);
    const appointing = poolOf("einbrueche", report("Innenminister Gerhard Brandl berief den Kriminalisten Karl Moser in einen neuen Sicherheitsbeirat."));
    expect(salientDeed(appointing, "in einen neuen Sicherheitsbeirat")).toBeGreaterThanOrEqual(MIN_CLAIM_SALIENCE);
  });
});

describe("a term gap on the occasion of what happened", () => {
  const handover = (frame: string) =>
    `Laut Parteikreisen ist es ${frame} Landtagswahlen zu einem heftigen Streit zwischen Gruber und Fink gekommen. Graz – Landeshauptmann Anton Gruber (ÖVP) tritt bei den Landtagswahlen nicht mehr an und übergibt sein Amt an Finanzlandesrat Karl Fink. Fink soll im Parteivorstand am Montag bestätigt werden. Gruber war seit 2005 Landeshauptmann. Die Opposition forderte vorgezogene Landtagswahlen. Fink kündigte an, die Landtagswahlen im Herbst abzuhalten.`;
  const termGaps = (text: string) =>
    poolOf("landtag", text).filter((question) => question.type === "cloze" && question.topic === "term" && question.answer === "Landtagswahlen");

  it("only fills a quiz up after 'im Vorfeld der', also with an adjective between; as the cause it stays salient", () => {
    for (const frame of ["im Vorfeld der", "im Vorfeld der kommenden"]) {
      const gaps = termGaps(handover(frame));
      expect(gaps.length).toBeGreaterThan(0);
      for (const gap of gaps) expect(gap.salience).toBeLessThan(MIN_SALIENCE);
    }
    const cause = termGaps(handover("wegen der"));
    expect(cause.length).toBeGreaterThan(0);
    expect(cause[0]!.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
  });
});
