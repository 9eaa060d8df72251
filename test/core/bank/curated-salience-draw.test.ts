/**
 * A teacher's quiz (drawCurated) takes the questions that stand together as a default quiz takes them: the salient ones
 * (the lead's facts, who said or did what) first, then the fillers in the default quiz's order (a claim before a term,
 * a term before a place named in passing), wherever the pool holds more than the teacher's size; the teacher's order
 * still decides between two that clash, and a later round still asks the questions not asked yet first.
 */
import { describe, expect, it } from "vitest";
import { curatedPool, drawCurated, MIN_FILL_SALIENCE, MIN_SALIENCE } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";

const SEEDS = ["a", "b", "c", "d", "e", "f", "g", "h"];
let serial = 0;

/** The fields of a question on a sentence of its own, about a fact of its own. */
function base(topic: string, stem: string, quote: string, salience: number) {
  const index = serial++;
  return {
    id: `q_${index.toString(16).padStart(16, "0")}`,
    documentId: "doc",
    topic,
    stem,
    fact: `${topic}:${index}`,
    salience,
    evidence: { documentId: "doc", passageId: "p1", start: index * 200, end: index * 200 + quote.length, quote },
    moreEvidence: [],
  };
}

const claim = (statement: string, salience: number) =>
  Question.parse({ ...base("action", "Stimmt diese Aussage laut Text?", statement, salience), type: "truefalse", statement, answer: true });

const wrongClaim = (statement: string, correction: string, salience: number) =>
  Question.parse({ ...base("action", "Stimmt diese Aussage laut Text?", correction, salience), type: "truefalse", statement, answer: false, correction });

const gap = (topic: "term" | "place", [before, answer, after]: readonly [string, string, string], salience: number) =>
  Question.parse({
    ...base(topic, topic === "term" ? "Welcher Begriff fehlt in diesem Satz?" : "Welcher Ort fehlt in diesem Satz?", `${before}${answer}${after}`, salience),
    type: "cloze",
    before,
    answer,
    after,
    accept: [],
  });

const whoChoice = ([stem, names, quote]: readonly [string, readonly string[], string], salience: number) =>
  Question.parse({
    ...base("person_role", stem, quote, salience),
    type: "single",
    options: names.map((text, position) => ({ id: String.fromCharCode(97 + position), text })),
    answer: "a",
  });

const TERMS: readonly [string, string, string][] = [
  ["Im Herbst eröffnet die Stadt einen neuen ", "Spielplatz", "."],
  ["Die Anwohner klagen seit Wochen über den ", "Baulärm", "."],
  ["Der Kiosk verkauft jetzt auch ", "Briefmarken", "."],
  ["Die Schule bekommt eine neue ", "Turnhalle", "."],
  ["Im Rathaus hängt ein Bild des ", "Stifters", "."],
  ["Der Verein sammelt Spenden für ein neues ", "Vereinsheim", "."],
];
const PLACES: readonly [string, string, string][] = [
  ["Die Kapelle spielte zuletzt in ", "Lüneburg", "."],
  ["Der Bürgermeister reiste danach nach ", "Passau", "."],
  ["Ein Teil der Ware kommt aus ", "Tirol", "."],
  ["Die Wanderung endet in ", "Oberstdorf", "."],
  ["Die Firma hat ein Lager in ", "Kassel", "."],
  ["Der Chor probt im Winter in ", "Celle", "."],
];
const CHOICES: readonly [string, readonly string[], string][] = [
  ["Wer leitet laut Text die Musikschule?", ["Karin Vogt", "Jonas Brandt", "Ilse Maurer"], "Die Musikschule leitet Karin Vogt."],
  ["Wer führt laut Text den Sportverein?", ["Emil Seifert", "Greta Lorenz", "Paul Wendt"], "Den Sportverein führt Emil Seifert."],
];

const ids = (quiz: readonly Question[]) => quiz.map((question) => question.id);

describe("the salient questions of a teacher's quiz (drawCurated)", () => {
  it("asks the salient questions first, wherever they stand in the teacher's pool, and fills up with the others", () => {
    const fillers = [...TERMS.slice(0, 4).map((words) => gap("term", words, 0.05)), ...PLACES.slice(0, 4).map((words) => gap("place", words, 0.04))];
    const salient = [
      claim("Der Stadtrat von Lindenau beschloss den Bau eines Hallenbads.", 1),
      wrongClaim("Die Feuerwehr rettete mehrere Wanderer aus dem Moor.", "Die Feuerwehr rettete mehrere Wanderer aus der Schlucht.", 0.8),
      gap("term", TERMS[4]!, 0.7),
      whoChoice(CHOICES[0]!, 0.6),
    ];
    const pool = [...fillers, ...salient];
    expect(curatedPool(pool)).toHaveLength(pool.length);
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: 6 });
      expect(quiz, seed).toHaveLength(6);
      for (const question of salient) expect(ids(quiz), seed).toContain(question.id);
    }
  });

  it("asks the salient questions of one type beyond a type's share before a filler of another type, as a default quiz short of its size does", () => {
    const salient = TERMS.slice(0, 5).map((words, index) => gap("term", words, 0.6 + index * 0.05));
    const fillers = CHOICES.map((choice) => whoChoice(choice, 0.05));
    const pool = [...fillers, ...salient];
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: 6 });
      expect(quiz, seed).toHaveLength(6);
      for (const question of salient) expect(ids(quiz), seed).toContain(question.id);
    }
  });

  it("fills up as a default quiz does: a term near the lead before a place named in passing", () => {
    const salient = [
      claim("Die Polizei sperrte die Autobahn wegen Glatteis.", 0.9),
      wrongClaim("Das Krankenhaus eröffnet eine Station für Senioren.", "Das Krankenhaus eröffnet eine Station für Kinder.", 0.7),
    ];
    const places = PLACES.map((words) => gap("place", words, 0.12));
    const terms = TERMS.slice(0, 2).map((words) => gap("term", words, MIN_FILL_SALIENCE));
    const pool = [...salient, ...places, ...terms];
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: 4 });
      expect(ids(quiz).sort(), seed).toEqual(ids([...salient, ...terms]).sort());
    }
  });

  it("keeps the teacher's question of two on one sentence though the other is more salient, and never asks a question the teacher removed", () => {
    const teachers = gap("term", ["Die Bäckerei am Marktplatz schließt nach vierzig ", "Jahren", "."], 0.1);
    const moreSalient = Question.parse({
      ...claim("Die Bäckerei am Marktplatz schließt nach vierzig Jahren.", 0.9),
      evidence: teachers.evidence,
    });
    const removed = claim("Der Gemeinderat verschob die Abstimmung über den Radweg.", 1);
    const others = [
      ...TERMS.slice(0, 3).map((words) => gap("term", words, 0.5)),
      wrongClaim("Die Bibliothek öffnet am Sonntag.", "Die Bibliothek öffnet am Samstag.", 0.6),
      claim("Die Schülerinnen gewannen den Wettbewerb für Robotik.", 0.6),
    ];
    const pool = [teachers, moreSalient, ...others];
    expect(curatedPool(pool)).toHaveLength(others.length + 1);
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: others.length + 1 });
      expect(ids(quiz), seed).toContain(teachers.id);
      expect(ids(quiz), seed).not.toContain(moreSalient.id);
      expect(ids(quiz), seed).not.toContain(removed.id);
    }
  });

  it("asks a teacher's own question (salience 1) in the first round before the fillers", () => {
    const own = Question.parse({
      ...base("own", "Wie heißt laut Text das neue Freibad?", "Das neue Freibad heißt Sonnenwiese.", 1),
      type: "cloze",
      before: "Das neue Freibad heißt ",
      answer: "Sonnenwiese",
      after: ".",
      accept: [],
    });
    const fillers = [...TERMS.map((words) => gap("term", words, 0.05)), ...PLACES.map((words) => gap("place", words, 0.03))];
    const pool = [...fillers, own];
    for (const seed of SEEDS) expect(ids(drawCurated(pool, { seed, size: 5 })), seed).toContain(own.id);
  });

  it("asks, in a later round, the salient questions not asked yet first, then the fillers not asked yet", () => {
    const askedSalient = [
      claim("Das Museum zeigt ab Mai Gemälde aus Flandern.", 0.9),
      wrongClaim("Der Bahnhof wird im Winter renoviert.", "Der Bahnhof wird im Sommer renoviert.", 0.8),
    ];
    const freshSalient = [gap("term", TERMS[5]!, MIN_SALIENCE + 0.1), whoChoice(CHOICES[0]!, 0.5)];
    const freshFillers = [...TERMS.slice(0, 3).map((words) => gap("term", words, 0.02)), ...PLACES.slice(0, 3).map((words) => gap("place", words, 0.02))];
    const pool = [...askedSalient, ...freshFillers, ...freshSalient];
    const avoid = new Set(ids(askedSalient));
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: 4, avoid });
      expect(quiz, seed).toHaveLength(4);
      for (const question of freshSalient) expect(ids(quiz), seed).toContain(question.id);
      for (const question of askedSalient) expect(ids(quiz), seed).not.toContain(question.id);
    }
  });

  it("draws the same quiz for the same seed, and among fillers of one kind by the seed", () => {
    const salient = [claim("Der Verein pflanzte im Stadtpark junge Linden.", 0.9)];
    const fillers = TERMS.map((words) => gap("term", words, 0.05));
    const pool = [...salient, ...fillers];
    for (const seed of SEEDS) expect(ids(drawCurated(pool, { seed, size: 3 }))).toEqual(ids(drawCurated(pool, { seed, size: 3 })));
    const asked = new Set(
      SEEDS.map((seed) =>
        ids(drawCurated(pool, { seed, size: 3 }))
          .sort()
          .join(),
      ),
    );
    expect(asked.size).toBeGreaterThan(1);
  });
});
