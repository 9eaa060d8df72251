/**
 * A teacher's quiz (drawCurated) keeps what a default quiz keeps where the questions that stand together allow it: no
 * type over its share, at most four statements, true and false balanced; the teacher's size always comes first, and a
 * later round still asks the questions not asked yet first.
 */
import { describe, expect, it } from "vitest";
import { balancedStatements, curatedPool, drawCurated } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";

const SEEDS = ["a", "b", "c", "d", "e", "f", "g", "h"];
let serial = 0;

/** The fields of a question on a sentence of its own, about a fact of its own. */
function base(topic: string, stem: string, quote: string) {
  const index = serial++;
  return {
    id: `q_${index.toString(16).padStart(16, "0")}`,
    documentId: "doc",
    topic,
    stem,
    fact: `${topic}:${index}`,
    salience: 0.5,
    evidence: { documentId: "doc", passageId: "p1", start: index * 200, end: index * 200 + quote.length, quote },
    moreEvidence: [],
  };
}

const claim = (statement: string) =>
  Question.parse({ ...base("action", "Stimmt diese Aussage laut Text?", statement), type: "truefalse", statement, answer: true });

const wrongClaim = (statement: string, correction: string) =>
  Question.parse({ ...base("action", "Stimmt diese Aussage laut Text?", correction), type: "truefalse", statement, answer: false, correction });

const gap = (before: string, answer: string, after: string) =>
  Question.parse({ ...base("term", "Welcher Begriff fehlt in diesem Satz?", `${before}${answer}${after}`), type: "cloze", before, answer, after, accept: [] });

const whoChoice = (stem: string, names: readonly string[], quote: string) =>
  Question.parse({
    ...base("person_role", stem, quote),
    type: "single",
    options: names.map((text, position) => ({ id: String.fromCharCode(97 + position), text })),
    answer: "a",
  });

const TRUE_CLAIMS = [
  "Der Stadtrat von Lindenau beschloss den Bau eines Hallenbads.",
  "Die Feuerwehr rettete mehrere Wanderer aus der Schlucht.",
  "Das Museum zeigt ab Mai Gemälde aus Flandern.",
  "Die Polizei sperrte die Autobahn wegen Glatteis.",
  "Der Verein pflanzte im Stadtpark junge Linden.",
  "Die Bäckerei am Marktplatz schließt nach vierzig Jahren.",
  "Der Gemeinderat verschob die Abstimmung über den Radweg.",
  "Die Schülerinnen gewannen den Wettbewerb für Robotik.",
];
const FALSE_CLAIMS: readonly [string, string][] = [
  ["Die Bibliothek verlängert ihre Öffnungszeiten am Sonntag.", "Die Bibliothek verlängert ihre Öffnungszeiten am Samstag."],
  ["Der Bahnhof wird im Winter renoviert.", "Der Bahnhof wird im Sommer renoviert."],
  ["Die Fähre zur Insel fällt wegen Nebel aus.", "Die Fähre zur Insel fällt wegen Sturm aus."],
  ["Das Krankenhaus eröffnet eine Station für Kinder.", "Das Krankenhaus eröffnet eine Station für Senioren."],
];
const GAPS: readonly [string, string, string][] = [
  ["Im Herbst eröffnet die Stadt einen neuen ", "Spielplatz", "."],
  ["Die Anwohner klagen seit Wochen über den ", "Baulärm", "."],
  ["Der Kiosk verkauft jetzt auch ", "Briefmarken", "."],
  ["Die Schule bekommt eine neue ", "Turnhalle", "."],
  ["Im Rathaus hängt ein Bild des ", "Stifters", "."],
];
const CHOICES: readonly [string, readonly string[], string][] = [
  ["Wer leitet laut Text die Musikschule?", ["Karin Vogt", "Jonas Brandt", "Ilse Maurer"], "Die Musikschule leitet Karin Vogt."],
  ["Wer führt laut Text den Sportverein?", ["Emil Seifert", "Greta Lorenz", "Paul Wendt"], "Den Sportverein führt Emil Seifert."],
  ["Wer betreibt laut Text das Kino?", ["Hanna Roth", "Timo Kessler", "Vera Brandl"], "Das Kino betreibt Hanna Roth."],
  ["Wer organisiert laut Text den Flohmarkt?", ["Lukas Haag", "Nina Pohl", "Otto Rieger"], "Den Flohmarkt organisiert Lukas Haag."],
];

const trueClaims = (count: number) => TRUE_CLAIMS.slice(0, count).map(claim);
const falseClaims = (count: number) => FALSE_CLAIMS.slice(0, count).map(([statement, correction]) => wrongClaim(statement, correction));
const gaps = (count: number) => GAPS.slice(0, count).map(([before, answer, after]) => gap(before, answer, after));
const choices = (count: number) => CHOICES.slice(0, count).map(([stem, names, quote]) => whoChoice(stem, names, quote));

const typeCounts = (quiz: readonly Question[]) => {
  const counts = new Map<string, number>();
  for (const question of quiz) counts.set(question.type, (counts.get(question.type) ?? 0) + 1);
  return counts;
};
const statementsOf = (quiz: readonly Question[]) => quiz.filter((question) => question.type === "truefalse");

describe("the mix of a teacher's quiz (drawCurated)", () => {
  it("asks a pool of mostly statements as a mix: at most four statements, no type over 40 %, true and false balanced", () => {
    const pool = [...trueClaims(6), ...falseClaims(4), ...gaps(3), ...choices(3)];
    expect(curatedPool(pool)).toHaveLength(pool.length);
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: 10 });
      expect(quiz, seed).toHaveLength(10);
      expect(statementsOf(quiz).length, seed).toBe(4);
      expect(balancedStatements(quiz), seed).toBe(true);
      expect(Math.max(...typeCounts(quiz).values()), seed).toBeLessThanOrEqual(4);
    }
    // Still drawn by the seed: the statements asked differ from seed to seed.
    const asked = new Set(
      SEEDS.map((seed) =>
        statementsOf(drawCurated(pool, { seed, size: 10 }))
          .map((question) => question.id)
          .sort()
          .join(),
      ),
    );
    expect(asked.size).toBeGreaterThan(1);
  });

  it("keeps true and false balanced where the pool's statements are all true: other questions take their places", () => {
    const pool = [...trueClaims(6), ...gaps(5), ...choices(4)];
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: 8 });
      expect(quiz, seed).toHaveLength(8);
      expect(balancedStatements(quiz), seed).toBe(true);
    }
  });

  it("pairs a true statement with the pool's one false statement, or asks neither, rather than two true beside one false", () => {
    const pool = [...trueClaims(6), ...falseClaims(1), ...gaps(5), ...choices(4)];
    for (const seed of SEEDS) {
      const statements = statementsOf(drawCurated(pool, { seed, size: 10 }));
      expect(statements.length, seed).toBeLessThanOrEqual(2);
      expect(balancedStatements(statements), seed).toBe(true);
    }
  });

  it("asks the teacher's size where only more statements make it up", () => {
    const pool = [...trueClaims(7), ...falseClaims(1), ...gaps(2)];
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: 9 });
      expect(quiz, seed).toHaveLength(9);
      expect(
        quiz.filter((question) => question.type === "cloze"),
        seed,
      ).toHaveLength(2);
    }
  });

  it("asks a later round's questions not asked yet first, and pairs their true statements with false ones asked before, not other questions", () => {
    const unasked = [...trueClaims(2), ...gaps(1), ...choices(1)];
    const askedBefore = [...falseClaims(3), ...gaps(4).slice(1), ...choices(3).slice(1)];
    const pool = [...askedBefore, ...unasked];
    const avoid = new Set(askedBefore.map((question) => question.id));
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: 6, avoid });
      expect(quiz, seed).toHaveLength(6);
      for (const question of unasked) expect(quiz, seed).toContain(question);
      expect(statementsOf(quiz).length, seed).toBe(4);
      expect(balancedStatements(quiz), seed).toBe(true);
    }
  });
});
