/**
 * The quiz assembly's rules, on pools built here (any pool, through fast-check): each fact and evidence
 * sentence once, no answer shown by another question, true/false balanced, at most one country list,
 * few figures, the most salient first, questions of earlier rounds last, the same quiz for the same seed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  balancedStatements,
  compatible,
  curatedPool,
  drawCurated,
  drawMixedQuiz,
  drawQuiz,
  FILLER_FIGURES,
  MIN_FILL_SALIENCE,
  MAX_FIGURE_SHARE_WHEN_FEW,
  MIN_CLAIM_SALIENCE,
  MIN_SALIENCE,
  MIXED_QUIZ_SIZE,
  QUIZ_FLOOR,
  QUIZ_MIN_SIZE,
  QUIZ_SIZE,
  withOptionsShuffled,
} from "../../../src/bank/quiz";
import { drawBankQuiz, listDocuments, MIXED_QUIZ_ID } from "../../../src/bank/index";
import { Question } from "../../../src/bank/schema";

const WORDS = ["Berlin", "Anna Berg", "Rom", "83", "1.200", "Maas", "Paris", "Nowak", "2014", "Kiew"];
const evidenceAt = (documentId: string, start: number) => ({ documentId, passageId: "p1", start, end: start + 10, quote: "x".repeat(10) });

interface Draft {
  type: Question["type"];
  fact: number;
  sentence: number;
  salience: number;
  word: number;
  shownWord: number;
  truth: boolean;
  country: boolean;
}

const draft = fc.record({
  type: fc.constantFrom("single", "multi", "numeric", "truefalse", "cloze" as const),
  fact: fc.integer({ min: 0, max: 11 }),
  sentence: fc.integer({ min: 0, max: 14 }),
  salience: fc.double({ min: 0, max: 1, noNaN: true }),
  word: fc.integer({ min: 0, max: WORDS.length - 1 }),
  shownWord: fc.integer({ min: -1, max: WORDS.length - 1 }),
  truth: fc.boolean(),
  country: fc.boolean(),
}) satisfies fc.Arbitrary<Draft>;

/** A bank question from a draft: its answer is WORDS[word], its stem may show WORDS[shownWord]. */
function questionOf(item: Draft, index: number, documentId = "doc"): Question {
  const shown = item.shownWord >= 0 ? ` zu ${WORDS[item.shownWord]}` : "";
  const answer = WORDS[item.word]!;
  const base = {
    id: `q_${documentId.length.toString(16)}${index.toString(16).padStart(7, "0")}`,
    documentId,
    topic: item.type === "multi" && item.country ? "countries_named" : item.type === "numeric" ? "quantity" : "place",
    stem: `Frage ${index}${shown}?`,
    fact: `f${item.fact}`,
    salience: item.salience,
    evidence: evidenceAt(documentId, item.sentence * 100),
    moreEvidence: [],
  };
  const options = [answer, ...WORDS.filter((word) => word !== answer).slice(index % 5, (index % 5) + 3)].map((text, position) => ({
    id: String.fromCharCode(97 + position),
    text,
  }));
  switch (item.type) {
    case "single":
      return Question.parse({ ...base, type: "single", options, answer: "a" });
    case "multi":
      return Question.parse({ ...base, type: "multi", options, answers: ["a", "b"] });
    case "numeric":
      return Question.parse({ ...base, type: "numeric", answer: 83 + item.word, min: 83 + item.word, max: 83 + item.word, answerText: "x" });
    case "truefalse":
      return Question.parse({ ...base, type: "truefalse", statement: `Aussage${shown}.`, answer: item.truth, ...(item.truth ? {} : { correction: "y" }) });
    case "cloze":
      return Question.parse({ ...base, type: "cloze", before: `Lücke${shown} `, after: ".", answer, accept: [] });
  }
}

/** The question with option texts of its own, so that its answer is no other question's answer. */
function withOwnOptions(question: Question, index: number): Question {
  if (question.type !== "single" && question.type !== "multi") return question;
  return { ...question, options: question.options.map((option) => ({ ...option, text: `${option.text} ${index}` })) };
}

const pools = fc.array(draft, { minLength: 0, maxLength: 60 }).map((items) => items.map((item, index) => questionOf(item, index)));

/** What a learner must give, written independently of the assembly's own helper. */
function keysOf(question: Question): string[] {
  switch (question.type) {
    case "single":
      return question.options.filter((option) => option.id === question.answer).map((option) => option.text);
    case "multi":
      return question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text);
    case "numeric":
      return [String(question.answer)];
    case "cloze":
      return [question.answer, ...question.accept];
    case "truefalse":
      return [];
  }
}

const visible = (question: Question) =>
  [question.stem, question.type === "truefalse" ? question.statement : "", question.type === "cloze" ? `${question.before} ${question.after}` : ""].join(" ");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
// A name shows in its genitive too: "Nowaks Partei" gives "Nowak" away.
const shows = (text: string, key: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}s?(?![\\p{L}\\p{N}])`, "iu").test(text);

function expectQuizRules(quiz: Question[], size: number) {
  expect(quiz.length).toBeLessThanOrEqual(size);
  expectNoClashes(quiz);
  const statements = quiz.filter((question) => question.type === "truefalse");
  if (statements.length > 0) {
    const share = statements.filter((question) => question.type === "truefalse" && question.answer).length / statements.length;
    expect(share).toBeGreaterThanOrEqual(0.35);
    expect(share).toBeLessThanOrEqual(0.65);
  }
  expect(quiz.filter((question) => question.topic === "countries_named" && question.type === "multi").length).toBeLessThanOrEqual(1);
  const figures = quiz.filter((question) => question.type === "numeric" || question.topic === "quantity").length;
  expect(figures).toBeLessThanOrEqual(Math.max(Math.floor(size / 4), Math.floor(Math.min(size, QUIZ_MIN_SIZE) * MAX_FIGURE_SHARE_WHEN_FEW)));
}

/** The rules every quiz keeps, a teacher's too: each fact and evidence sentence once, no answer shown by another question. */
function expectNoClashes(quiz: Question[]) {
  const facts = quiz.map((question) => `${question.documentId}|${question.fact}`);
  expect(new Set(facts).size, "one question per fact").toBe(quiz.length);
  // The sentence asked about: where the evidence starts, or, where the evidence opens with the sentence naming who
  // spoke or acted, the claim's own sentence (sentenceStart).
  const sentences = quiz.map((question) => `${question.documentId}|${question.sentenceStart ?? question.evidence.start}`);
  expect(new Set(sentences).size, "one question per sentence asked about").toBe(quiz.length);
  for (const question of quiz) {
    for (const other of quiz) {
      if (other === question) continue;
      for (const key of keysOf(question)) {
        expect(shows(visible(other), key), `"${key}" of ${question.id} shown by ${other.id}`).toBe(false);
        // Across texts, no choice of a figure offers the figure another text's question asks (wrong there, right here).
        const figure = (asked: Question) => asked.type === "numeric" || asked.topic === "quantity" || asked.topic === "member_count";
        if (other.documentId !== question.documentId && (other.type === "single" || other.type === "multi") && figure(other) && figure(question)) {
          expect(
            other.options.some((option) => option.text.toLowerCase() === key.toLowerCase()),
            `"${key}" of ${question.id} offered by ${other.id} of another text`,
          ).toBe(false);
        }
        if (question.type === "cloze" || question.type === "numeric") {
          const options = other.type === "single" || other.type === "multi" ? other.options.map((option) => option.text) : [];
          expect(
            options.some((text) => text.toLowerCase() === key.toLowerCase()),
            `"${key}" among the options of ${other.id}`,
          ).toBe(false);
        }
      }
    }
  }
}

describe("drawQuiz", () => {
  it("holds every rule for any pool and seed", () => {
    fc.assert(
      fc.property(pools, fc.string(), (pool, seed) => {
        expectQuizRules(drawQuiz(pool, { seed }), QUIZ_SIZE);
      }),
      { numRuns: 300 },
    );
  });

  it("draws the same quiz for the same seed, and another order for another seed", () => {
    fc.assert(
      fc.property(pools, fc.string(), (pool, seed) => {
        expect(drawQuiz(pool, { seed }).map((question) => question.id)).toEqual(drawQuiz([...pool].reverse(), { seed }).map((question) => question.id));
      }),
    );
    const pool = Array.from({ length: 30 }, (_, index) =>
      questionOf(
        { type: "single", fact: index, sentence: index, salience: 0.5, word: index % WORDS.length, shownWord: -1, truth: true, country: false },
        index,
      ),
    ).map((question, index) => ({ ...question, fact: `f${index}`, evidence: evidenceAt("doc", index * 100) }));
    // Distinct answers are needed for questions to fit together: give each its own.
    const distinct = pool.map((question, index) => withOwnOptions(question, index));
    const orders = new Set(
      ["a", "b", "c", "d"].map((seed) =>
        drawQuiz(distinct, { seed })
          .map((question) => question.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it("asks the most salient fact, and shows the most salient third first", () => {
    const pool = Array.from({ length: 20 }, (_, index) => ({
      ...questionOf({ type: "single", fact: index, sentence: index, salience: index / 20, word: 0, shownWord: -1, truth: true, country: false }, index),
      fact: `f${index}`,
      evidence: evidenceAt("doc", index * 100),
    })).map(withOwnOptions);
    for (const seed of ["1", "2", "3"]) {
      const quiz = drawQuiz(pool, { seed });
      expect(quiz).toHaveLength(QUIZ_SIZE);
      expect(quiz.map((question) => question.fact)).toContain("f19");
      const firstThird = quiz.slice(0, QUIZ_SIZE / 3).map((question) => question.salience);
      const rest = quiz.slice(QUIZ_SIZE / 3).map((question) => question.salience);
      expect(Math.min(...firstThird)).toBeGreaterThanOrEqual(Math.max(...rest));
    }
  });

  it("prefers questions not asked in earlier rounds", () => {
    const pool = Array.from({ length: 24 }, (_, index) => ({
      ...questionOf(
        { type: index % 2 ? "single" : "cloze", fact: index, sentence: index, salience: 0.5, word: 0, shownWord: -1, truth: true, country: false },
        index,
      ),
      fact: `f${index}`,
      evidence: evidenceAt("doc", index * 100),
    })).map((question, index) => (question.type === "cloze" ? { ...question, answer: `Antwort${index}` } : withOwnOptions(question, index)));
    const first = drawQuiz(pool, { seed: "round 1" });
    const second = drawQuiz(pool, { seed: "round 2", avoid: new Set(first.map((question) => question.id)) });
    expect(second.length).toBe(first.length);
    expect(second.filter((question) => first.includes(question))).toEqual([]);
  });

  it("asks no question of an earlier round where the questions not asked yet make a quiz, and repeats only as many as make one", () => {
    const pool = Array.from({ length: 14 }, (_, index) => ({
      ...questionOf(
        { type: index % 2 ? "single" : "cloze", fact: index, sentence: index, salience: 0.2, word: 0, shownWord: -1, truth: true, country: false },
        index,
      ),
      fact: `f${index}`,
      evidence: evidenceAt("doc", index * 100),
    })).map((question, index) => (question.type === "cloze" ? { ...question, answer: `Antwort${index}` } : withOwnOptions(question, index)));
    // Salient questions asked before, which a quiz short of QUIZ_MIN_SIZE used to take back in.
    const earlier = pool.slice(0, 6).map((question) => ({ ...question, salience: 0.9 }));
    const later = pool.slice(6);
    const avoid = new Set(earlier.map((question) => question.id));
    for (const seed of ["a", "b", "c", "d"]) {
      const round = drawQuiz([...earlier, ...later], { seed, avoid });
      expect(round.length).toBeGreaterThanOrEqual(QUIZ_FLOOR);
      expect(round.filter((question) => avoid.has(question.id))).toEqual([]);
      const short = drawQuiz([...earlier, ...later.slice(0, QUIZ_FLOOR - 2)], { seed, avoid });
      // Only as many of them as make a quiz of the floor: another round is for new questions.
      expect(short).toHaveLength(QUIZ_FLOOR);
      expect(short.filter((question) => !avoid.has(question.id))).toHaveLength(QUIZ_FLOOR - 2);
    }
  });

  it("keeps true and false level, leaving out a lone statement", () => {
    const statement = (index: number, truth: boolean) =>
      questionOf({ type: "truefalse", fact: index, sentence: index, salience: 0.9, word: 0, shownWord: -1, truth, country: false }, index);
    expect(drawQuiz([statement(0, true)], { seed: "s" })).toEqual([]);
    const quiz = drawQuiz([statement(0, true), statement(1, true), statement(2, true), statement(3, false)], { seed: "s" });
    expect(quiz.map((question) => question.type === "truefalse" && question.answer).sort()).toEqual([false, true]);
    expect(balancedStatements(quiz)).toBe(true);
  });

  it("pairs a salient lone statement with a less salient one of the other side rather than leaving it out", () => {
    const statement = (index: number, truth: boolean, salience: number) =>
      questionOf({ type: "truefalse", fact: index, sentence: index, salience, word: 0, shownWord: -1, truth, country: false }, index);
    // Enough salient questions for a quiz of its own, so no floor fill brings the pair in by the way.
    const singles = [1, 2, 3, 5, 6].map((index) =>
      withOwnOptions(
        questionOf(
          { type: "single", fact: index, sentence: index, salience: 0.6, word: index % WORDS.length, shownWord: -1, truth: true, country: false },
          index,
        ),
        index,
      ),
    );
    const mainEvent = statement(0, true, 0.95);
    const sideClaim = statement(4, false, MIN_SALIENCE / 4);
    const quiz = drawQuiz([mainEvent, ...singles, sideClaim], { seed: "s" });
    expect(quiz.map((question) => question.id).sort()).toEqual([mainEvent, ...singles, sideClaim].map((question) => question.id).sort());
    expect(balancedStatements(quiz)).toBe(true);
  });

  it("asks a deed as its statement rather than its name gap, where the statements can be balanced", () => {
    // Two deeds, each asked as a name gap and, a little less salient, as a statement (one true, one false),
    // among gaps of five other facts.
    const made = (index: number, fact: number, type: "cloze" | "truefalse", salience: number, topic: Question["topic"], truth = true) => {
      const base = {
        id: `q_d${index.toString(16).padStart(7, "0")}`,
        documentId: "doc",
        topic,
        stem: `Frage ${index}?`,
        fact: `f${fact}`,
        salience,
        evidence: evidenceAt("doc", fact * 100),
        moreEvidence: [],
      };
      return type === "cloze"
        ? Question.parse({ ...base, type, before: `Lücke ${index} `, after: ".", answer: `Wort${fact}`, accept: [] })
        : Question.parse({ ...base, type, statement: `Aussage ${index}.`, answer: truth, ...(truth ? {} : { correction: "y" }) });
    };
    const pool = [
      made(0, 0, "cloze", 0.62, "action"),
      made(1, 0, "truefalse", 0.58, "action", true),
      made(2, 1, "cloze", 0.62, "action"),
      made(3, 1, "truefalse", 0.58, "action", false),
      ...[10, 11, 12, 13, 14].map((fact) => made(fact, fact, "cloze", 0.6, "place")),
    ];
    const seeds = Array.from({ length: 40 }, (_, index) => `s${index}`);
    const withBoth = seeds.filter((seed) => drawQuiz(pool, { seed }).filter((question) => question.type === "truefalse").length === 2);
    // By salience alone (and the seed's jitter) the gaps would win most of the time (6 of these 40 seeds); the seed may still put a gap first now and then.
    expect(withBoth.length).toBeGreaterThanOrEqual(20);
  });

  it("fills a quiz up with a side person's name before a place or a date named in passing, after a term, with an office to look up after them", () => {
    const asQuestion = (index: number, salience: number, topic: Question["topic"], type: Draft["type"] = "single") =>
      withOwnOptions(
        {
          ...questionOf({ type, fact: index, sentence: index, salience, word: index % WORDS.length, shownWord: -1, truth: true, country: false }, index),
          topic,
        },
        index,
      );
    const salient = [0, 1, 2, 3].map((index) => asQuestion(index, 0.6, "organisation"));
    const inPassing = [
      asQuestion(4, MIN_FILL_SALIENCE * 0.8, "place"),
      asQuestion(5, MIN_FILL_SALIENCE * 0.8, "date"),
      asQuestion(6, MIN_FILL_SALIENCE * 0.8, "term"),
    ];
    const sidePersonName = asQuestion(7, MIN_FILL_SALIENCE / 4, "person_role", "cloze");
    const quiz = drawQuiz([...salient, ...inPassing.slice(0, 2), sidePersonName], { seed: "s" });
    expect(quiz).toHaveLength(QUIZ_FLOOR);
    expect(quiz.map((question) => question.topic)).toContain("person_role");
    // A side person's name gap fills with the terms and figures (SIDE_NAME_SALIENCE): the more salient term first.
    expect(drawQuiz([...salient, ...inPassing, sidePersonName], { seed: "s" }).map((question) => question.topic)).toContain("term");
    // "Wer ist laut Text Sprecher?": a side person's office is a label to look up, asked after a term named in passing.
    const sideOffice = asQuestion(7, MIN_FILL_SALIENCE / 4, "person_role");
    const withOffice = drawQuiz([...salient, ...inPassing, sideOffice], { seed: "s" }).map((question) => question.topic);
    expect(withOffice).toEqual(expect.arrayContaining(["term"]));
    expect(withOffice).not.toContain("person_role");
    // Without the side person: a term or a figure named in passing, even a less salient one, before a place or a date.
    const withoutPerson = drawQuiz([...salient, ...inPassing, asQuestion(8, MIN_FILL_SALIENCE / 4, "term")], { seed: "s" }).map((question) => question.topic);
    expect(withoutPerson).toHaveLength(QUIZ_FLOOR);
    expect(withoutPerson).toContain("term");
    expect(withoutPerson).not.toContain("place");
    expect(withoutPerson).not.toContain("date");
  });

  it("fills a quiz up with who said or did what before a figure or a place, however little salient the claim", () => {
    const asQuestion = (index: number, type: Draft["type"], salience: number, topic: Question["topic"]) =>
      withOwnOptions(
        {
          ...questionOf({ type, fact: index, sentence: index, salience, word: index % WORDS.length, shownWord: -1, truth: true, country: false }, index),
          topic,
        },
        index,
      );
    const salient = [0, 1, 2].map((index) => asQuestion(index, "single", 0.6, "organisation"));
    // A side person's claim at the end of the text, below MIN_FILL_SALIENCE, against a figure and a place above it.
    const sideClaims = [asQuestion(3, "single", MIN_FILL_SALIENCE / 2, "quote"), asQuestion(4, "single", MIN_FILL_SALIENCE / 3, "action")];
    const figure = asQuestion(5, "numeric", MIN_FILL_SALIENCE * 1.5, "quantity");
    const place = asQuestion(6, "single", MIN_FILL_SALIENCE * 1.5, "place");
    const quiz = drawQuiz([...salient, figure, place, ...sideClaims], { seed: "s" });
    expect(quiz).toHaveLength(QUIZ_FLOOR);
    expect(quiz.map((question) => question.id).sort()).toEqual([...salient, ...sideClaims].map((question) => question.id).sort());
  });

  it("asks less salient questions only to bring a quiz up to its floor", () => {
    const single = (index: number, salience: number) =>
      withOwnOptions(
        {
          ...questionOf({ type: "single", fact: index, sentence: index, salience, word: 0, shownWord: -1, truth: true, country: false }, index),
          fact: `f${index}`,
          evidence: evidenceAt("doc", index * 100),
        },
        index,
      );
    const salient = [0, 1, 2, 3, 4, 5].map((index) => single(index, 0.6));
    const incidental = [6, 7, 8, 9].map((index) => single(index, MIN_SALIENCE / 2));
    expect(drawQuiz([...salient, ...incidental], { seed: "s" }).every((question) => question.salience >= MIN_SALIENCE)).toBe(true);
    const few = drawQuiz([...salient.slice(0, 3), ...incidental], { seed: "s" });
    expect(few).toHaveLength(QUIZ_FLOOR);
    expect(few.filter((question) => question.salience < MIN_SALIENCE)).toHaveLength(QUIZ_FLOOR - 3);
    // A lone statement cannot be balanced: where the floor took one, another kind of question takes its place.
    const lone = {
      ...questionOf({ type: "truefalse", fact: 20, sentence: 20, salience: MIN_SALIENCE / 2, word: 0, shownWord: -1, truth: true, country: false }, 20),
      evidence: evidenceAt("doc", 2000),
    };
    const withLone = drawQuiz([...salient.slice(0, 3), lone, single(6, MIN_SALIENCE / 4), single(7, MIN_SALIENCE / 4)], { seed: "s" });
    expect(withLone).toHaveLength(QUIZ_FLOOR);
    expect(withLone.some((question) => question.type === "truefalse")).toBe(false);
  });

  it("asks who said or did what below the salience threshold, but a side person's claim only to fill up, and at most two filler figures", () => {
    const asQuestion = (index: number, type: Draft["type"], salience: number, topic: Question["topic"]) =>
      withOwnOptions(
        {
          ...questionOf({ type, fact: index, sentence: index, salience, word: index % WORDS.length, shownWord: -1, truth: true, country: false }, index),
          topic,
        },
        index,
      );
    const salient = [0, 1, 2, 3, 4].map((index) => asQuestion(index, "single", 0.6, "place"));
    const claims = [5, 6].map((index) => asQuestion(index, "single", (MIN_SALIENCE + MIN_CLAIM_SALIENCE) / 2, "quote"));
    const sideClaims = [16, 17].map((index) => asQuestion(index, "single", MIN_CLAIM_SALIENCE / 2, "action"));
    const incidental = [7, 8].map((index) => asQuestion(index, "single", MIN_SALIENCE / 2, "place"));
    const quiz = drawQuiz([...salient, ...claims, ...sideClaims, ...incidental], { seed: "s" });
    expect(quiz.filter((question) => question.topic === "quote")).toHaveLength(2);
    expect(quiz.filter((question) => question.topic === "action")).toEqual([]);
    expect(quiz.filter((question) => question.salience < MIN_SALIENCE && question.topic === "place")).toEqual([]);
    // Figures of the lead are asked as they come; less salient figures fill a quiz only up to FILLER_FIGURES.
    const figure = (index: number, salience: number): Question => {
      const question = asQuestion(index, "numeric", salience, "quantity");
      return question.type === "numeric" ? { ...question, answer: 1000 + index, min: 1000 + index, max: 1000 + index } : question;
    };
    const leadFigures = [10, 11, 12].map((index) => figure(index, 0.9));
    expect(drawQuiz([...leadFigures, ...salient.slice(0, 2), ...incidental], { seed: "s" }).filter((question) => question.type === "numeric")).toHaveLength(3);
    const sideFigures = [13, 14, 15].map((index) => figure(index, 0.2));
    const short = drawQuiz([leadFigures[0]!, ...sideFigures, ...salient.slice(0, 2), ...incidental], { seed: "s" });
    expect(short).toHaveLength(QUIZ_FLOOR);
    expect(short.filter((question) => question.type === "numeric")).toHaveLength(FILLER_FIGURES);
  });

  it("asks a fact from another sentence where its first question shows what a fifth question asks", () => {
    const gap = (index: number, fact: number, salience: number, word: string, shownWord = -1) => ({
      ...questionOf({ type: "cloze", fact, sentence: index, salience, word: WORDS.indexOf(word), shownWord, truth: true, country: false }, index),
      topic: "person_role" as const,
    });
    // The main fact twice: its first sentence also shows "Rom", the answer of a question further down.
    const mainFact = gap(0, 0, 0.7, "Paris", WORDS.indexOf("Rom"));
    const mainFactElsewhere = gap(1, 0, 0.5, "Paris");
    const fillers = [gap(2, 2, 0.2, "Berlin"), gap(3, 3, 0.15, "Anna Berg"), gap(4, 4, 0.1, "Maas")];
    const rome = gap(5, 5, 0.05, "Rom");
    // Never asked (countries named in passing), but it makes the second sentence look as crowded as the first.
    const countriesInPassing = Question.parse({
      ...questionOf({ type: "multi", fact: 6, sentence: 1, salience: 0.01, word: 0, shownWord: -1, truth: true, country: true }, 6),
      options: ["Norwegen", "Schweden", "Finnland"].map((text, position) => ({ id: String.fromCharCode(97 + position), text })),
      answers: ["a", "b"],
    });
    const quiz = drawQuiz([mainFact, mainFactElsewhere, ...fillers, rome, countriesInPassing], { seed: "s" });
    expect(quiz).toHaveLength(QUIZ_FLOOR);
    expectQuizRules(quiz, QUIZ_SIZE);
    // The main fact is still asked, from the sentence that gives nothing away.
    expect(quiz.map((question) => question.id)).toContain(mainFactElsewhere.id);
  });

  it("does not give a salient question up for two fillers while the quiz stays short", () => {
    const gap = (index: number, fact: number, salience: number, word: string, shownWord = -1) => ({
      ...questionOf({ type: "cloze", fact, sentence: index, salience, word: WORDS.indexOf(word), shownWord, truth: true, country: false }, index),
      topic: "person_role" as const,
    });
    // The main fact shows the answers of two side questions; without it the quiz would have three fillers.
    const mainFact = { ...gap(0, 0, 0.7, "Paris"), before: "Lücke zu Rom und Kiew " };
    const berlin = gap(1, 1, 0.1, "Berlin");
    const quiz = drawQuiz([mainFact, berlin, gap(2, 2, 0.05, "Rom"), gap(3, 3, 0.05, "Kiew")], { seed: "s" });
    expect(quiz.map((question) => question.id).sort()).toEqual([mainFact.id, berlin.id].sort());
  });

  it("gives up a name gap that keeps out two salient questions showing the name", () => {
    const gap = (index: number, salience: number, word: string, shownWord = -1) => ({
      ...questionOf({ type: "cloze", fact: index, sentence: index, salience, word: WORDS.indexOf(word), shownWord, truth: true, country: false }, index),
      topic: "person_role" as const,
    });
    // The main actor's name as a gap, and two salient questions whose sentences show the name.
    const nameGap = gap(0, 0.9, "Nowak");
    const showingName = [gap(1, 0.6, "Paris", WORDS.indexOf("Nowak")), gap(2, 0.5, "Rom", WORDS.indexOf("Nowak"))];
    const fillers = [gap(3, 0.3, "Berlin"), gap(4, 0.2, "Kiew"), gap(5, 0.1, "Maas"), gap(6, 0.05, "2014")];
    // Each of them shares its sentence with a last filler, so that no order by clashes alone puts the name gap last.
    const sameSentence = [1, 2].map((sentence, index) => ({
      ...questionOf(
        { type: "cloze", fact: 10 + index, sentence, salience: 0.01, word: WORDS.indexOf("83"), shownWord: -1, truth: true, country: false },
        10 + index,
      ),
      topic: "person_role" as const,
    }));
    const quiz = drawQuiz([nameGap, ...showingName, ...fillers, ...sameSentence], { seed: "s" });
    expect(quiz).toHaveLength(QUIZ_FLOOR);
    expectQuizRules(quiz, QUIZ_SIZE);
    expect(quiz.map((question) => question.id)).toEqual(expect.arrayContaining(showingName.map((question) => question.id)));
    // One salient question showing the name is not worth the name gap: it stays.
    const one = drawQuiz([nameGap, showingName[0]!, ...fillers], { seed: "s" });
    expect(one.map((question) => question.id)).toContain(nameGap.id);
  });

  it("never sets a name's gap beside a question that shows the name in the genitive ('Nowaks Partei')", () => {
    const nameGap = Question.parse({
      ...questionOf({ type: "cloze", fact: 0, sentence: 0, salience: 0.9, word: 7, shownWord: -1, truth: true, country: false }, 0),
    });
    const genitive = Question.parse({
      ...questionOf({ type: "cloze", fact: 1, sentence: 1, salience: 0.8, word: 0, shownWord: -1, truth: true, country: false }, 1),
      before: "Der Vorstand von Nowaks Partei tagte in ",
    });
    const others = [2, 3, 4].map((index) =>
      questionOf({ type: "cloze", fact: index, sentence: index, salience: 0.5, word: index + 4, shownWord: -1, truth: true, country: false }, index),
    );
    const ids = drawQuiz([nameGap, genitive, ...others], { seed: "s" }).map((question) => question.id);
    expect(ids).toContain(nameGap.id);
    expect(ids).not.toContain(genitive.id);
  });

  it("never sets a country's gap beside a question that shows the country's adjective ('malische Soldaten')", () => {
    const countryGap = (answer: string, index: number, salience: number) =>
      Question.parse({
        ...questionOf({ type: "cloze", fact: index, sentence: index, salience, word: 0, shownWord: -1, truth: true, country: false }, index),
        answer,
      });
    const adjective = (text: string, index: number) =>
      Question.parse({
        ...questionOf({ type: "cloze", fact: index, sentence: index, salience: 0.8, word: 3, shownWord: -1, truth: true, country: false }, index),
        before: text,
      });
    const others = [4, 5, 6].map((index) =>
      questionOf({ type: "cloze", fact: index, sentence: index, salience: 0.5, word: index + 1, shownWord: -1, truth: true, country: false }, index),
    );
    // The name, its genitive: each draw keeps the gap and leaves out the question that shows its adjective.
    for (const [gap, shown] of [
      [countryGap("Russland", 0, 0.9), adjective("Die russische Propaganda verfängt nicht mehr, sagten ", 1)],
      [countryGap("Malis", 2, 0.9), adjective("Nahe der Grenze haben malische Soldaten ", 3)],
    ] as const) {
      const ids = drawQuiz([gap, shown, ...others], { seed: "s" }).map((question) => question.id);
      expect(ids).toContain(gap.id);
      expect(ids).not.toContain(shown.id);
    }
    // A word that only begins like the adjective ("Russischlehrer") gives nothing away.
    const unrelated = adjective("Der Russischlehrer sagte ", 1);
    const gap = countryGap("Russland", 0, 0.9);
    expect(drawQuiz([gap, unrelated, ...others], { seed: "s" }).map((question) => question.id)).toContain(unrelated.id);
  });

  /** Pools of a few gaps, figures and statements, as a short article gives. */
  const smallPools = (minLength: number) =>
    fc
      .array(
        draft.map((item) => ({ ...item, type: item.type === "single" || item.type === "multi" ? ("cloze" as const) : item.type })),
        { minLength, maxLength: 10 },
      )
      .map((items) => items.map((item, index) => questionOf(item, index)));
  /** A set of `size` that fits together, pair by pair, with at most `figures` figures, four statements, 35–65 % true, with `chosen` in it. */
  const hasSetOf = (pool: Question[], size: number, chosen: Question[] = [], figures = FILLER_FIGURES): boolean => {
    const within = (set: Question[]) => {
      const statements = set.filter((question) => question.type === "truefalse");
      const trues = statements.filter((question) => question.type === "truefalse" && question.answer).length;
      return (
        set.filter((question) => question.type === "numeric").length <= figures &&
        statements.length <= 4 &&
        (statements.length === 0 || (trues / statements.length >= 0.35 && trues / statements.length <= 0.65))
      );
    };
    const extend = (from: number, set: Question[]): boolean => {
      if (set.length === size) return within(set);
      for (let index = from; index < pool.length; index++) {
        const next = pool[index]!;
        if (!set.includes(next) && set.every((question) => compatible(question, next)) && extend(index + 1, [...set, next])) return true;
      }
      return false;
    };
    return extend(0, chosen);
  };

  it("finds a quiz of five wherever the pool holds one within the rules, also where the greedy draw would not", () => {
    let found = 0;
    fc.assert(
      fc.property(smallPools(QUIZ_FLOOR), fc.string(), (pool, seed) => {
        if (!hasSetOf(pool, QUIZ_FLOOR)) return;
        found++;
        expect(drawQuiz(pool, { seed }).length).toBeGreaterThanOrEqual(QUIZ_FLOOR);
      }),
      { numRuns: 400 },
    );
    // The pools must hold sets of five often enough for the property to say something.
    expect(found).toBeGreaterThan(20);
  });

  it("finds a quiz of five with a third figure where only such a set keeps the rules (a report on a study is figures)", () => {
    const make = (index: number, type: Question["type"], sentence: number, salience: number, word: number, shownWord = -1) =>
      questionOf({ type, fact: index, sentence, salience, word, shownWord, truth: true, country: false }, index);
    // The lead's figure takes its sentence from a gap there; a figure takes its sentence from a place gap, whose answer
    // the last gap shows: without a third figure no five fit, and the greedy draw, lead figures first, ends with four.
    const pool = [
      make(0, "numeric", 0, 0.6, 0),
      make(1, "cloze", 0, 0.55, 1),
      make(2, "numeric", 1, 0.6, 1),
      make(3, "numeric", 2, 0.6, 2, 1),
      make(4, "cloze", 2, 0.45, 2),
      make(5, "cloze", 3, 0.01, 5, 2),
      make(6, "numeric", 4, 0.19, 3),
      make(7, "numeric", 5, 0.05, 4),
    ];
    expect(hasSetOf(pool, QUIZ_FLOOR)).toBe(false);
    const figuresWhenFew = Math.floor(QUIZ_MIN_SIZE * MAX_FIGURE_SHARE_WHEN_FEW);
    for (const seed of ["a", "b", "c"]) {
      const quiz = drawQuiz(pool, { seed });
      expect(quiz.length).toBe(QUIZ_FLOOR);
      expectNoClashes(quiz);
      expect(quiz.filter((question) => question.type === "numeric").length).toBeLessThanOrEqual(figuresWhenFew);
    }
  });

  it("takes a pair of statements that only fits as a whole over the fillers a greedy draw ends with", () => {
    const make = (index: number, type: Question["type"], salience: number, truth: boolean, word: number, shownWord = -1) =>
      questionOf({ type, fact: index, sentence: index, salience, word, shownWord, truth, country: false }, index);
    const mainEvent = make(0, "truefalse", 0.9, true, 0);
    const secondEvent = make(1, "truefalse", 0.75, true, 0);
    // A salient gap whose answer the false statement shows: drawn before it, it keeps that statement out.
    const gap = make(2, "cloze", 0.6, true, 3);
    const falseStatement = make(3, "truefalse", 0.4, false, 0, 3);
    const sideStatement = make(4, "truefalse", 0.2, false, 0);
    const fillers = [make(5, "cloze", 0.1, true, 4), make(6, "cloze", 0.05, true, 5)];
    const quiz = drawQuiz([mainEvent, secondEvent, gap, falseStatement, sideStatement, ...fillers], { seed: "s" });
    expect(quiz.length).toBe(QUIZ_FLOOR);
    expect(quiz.map((question) => question.id)).toEqual(expect.arrayContaining([mainEvent.id, secondEvent.id, falseStatement.id]));
    expect(balancedStatements(quiz)).toBe(true);
  });

  it("asks the lead's main event (who did what) in a quiz of the floor wherever a quiz of that size with it keeps the rules", () => {
    // The first question of each pool is the main event: a deed of the lead, as salient as can be.
    const withMainEvent = smallPools(QUIZ_FLOOR + 1).map(([first, ...rest]) => [{ ...first!, topic: "action" as const, salience: 0.95 }, ...rest]);
    let missed = 0;
    fc.assert(
      fc.property(withMainEvent, fc.string(), (pool, seed) => {
        const quiz = drawQuiz(pool, { seed });
        const main = pool[0]!;
        if (quiz.length > QUIZ_FLOOR || quiz.some((question) => question.id === main.id)) return;
        // A figure of its sentence asks what it says, too; a place named there does not.
        if (quiz.some((question) => question.evidence.start === main.evidence.start && question.topic === "quantity")) return;
        missed++;
        expect(hasSetOf(pool, quiz.length, [main]), JSON.stringify(quiz.map((question) => question.id))).toBe(false);
      }),
      { numRuns: 400 },
    );
    // Quizzes without the main event must come up for the property to say something.
    expect(missed).toBeGreaterThan(10);
  });

  it("asks the main event in whichever of its forms fits: its false statement where its true one has no partner", () => {
    // The first two questions of each pool are one deed of the lead, asked two ways (as a true and a false
    // statement, a gap and a statement, ...): a quiz of the floor without either must have no set with one of them.
    const twoForms = smallPools(QUIZ_FLOOR + 2).map(([first, second, ...rest]) => [
      { ...first!, topic: "action" as const, salience: 0.96 },
      { ...second!, topic: "action" as const, salience: 0.95, fact: first!.fact },
      ...rest,
    ]);
    let missed = 0;
    fc.assert(
      fc.property(twoForms, fc.string(), (pool, seed) => {
        const quiz = drawQuiz(pool, { seed });
        const forms = pool.slice(0, 2);
        if (quiz.length > QUIZ_FLOOR || quiz.some((question) => forms.some((form) => form.id === question.id))) return;
        if (quiz.some((question) => forms.some((form) => question.evidence.start === form.evidence.start && question.topic === "quantity"))) return;
        missed++;
        for (const form of forms) expect(hasSetOf(pool, quiz.length, [form]), JSON.stringify(quiz.map((question) => question.id))).toBe(false);
      }),
      // About one pool in 24 leaves the deed out: with 400 runs (9 to 23 such pools in 8 trials) the check below failed
      // about one test run in ten; 1000 runs find some 40.
      { numRuns: 1000 },
    );
    expect(missed).toBeGreaterThan(10);
  });

  it("finds a set of five whose statements are balanced only as a whole, not on the way (two false ones first)", () => {
    // The property above found it (seed -904562690): the search kept true and false level while choosing and
    // so never reached the one set of five, which takes both false statements before the true ones.
    const drafts: Omit<Draft, "salience" | "country">[] = [
      { type: "truefalse", fact: 0, sentence: 0, word: 0, shownWord: 1, truth: false },
      { type: "cloze", fact: 0, sentence: 0, word: 0, shownWord: 0, truth: true },
      { type: "truefalse", fact: 1, sentence: 2, word: 0, shownWord: 0, truth: false },
      { type: "cloze", fact: 0, sentence: 0, word: 0, shownWord: 0, truth: true },
      { type: "cloze", fact: 0, sentence: 0, word: 0, shownWord: 0, truth: true },
      { type: "truefalse", fact: 2, sentence: 1, word: 0, shownWord: 0, truth: true },
      { type: "truefalse", fact: 3, sentence: 3, word: 0, shownWord: 0, truth: true },
      { type: "cloze", fact: 4, sentence: 4, word: 2, shownWord: 0, truth: true },
      { type: "cloze", fact: 1, sentence: 1, word: 1, shownWord: 1, truth: true },
    ];
    const pool = drafts.map((item, index) => questionOf({ ...item, salience: 0, country: false }, index));
    const drawn = drawQuiz(pool, { seed: "fW" });
    expect(drawn).toHaveLength(QUIZ_FLOOR);
    expect(balancedStatements(drawn)).toBe(true);
  });

  it("does not let a statement that balancing drops keep out another question about its fact", () => {
    const lone = questionOf({ type: "truefalse", fact: 0, sentence: 0, salience: 0.9, word: 0, shownWord: -1, truth: true, country: false }, 0);
    const sameFact = withOwnOptions(
      questionOf({ type: "single", fact: 0, sentence: 0, salience: 0.89, word: 1, shownWord: -1, truth: true, country: false }, 1),
      1,
    );
    expect(drawQuiz([lone, sameFact], { seed: "s" }).map((question) => question.id)).toEqual([sameFact.id]);
  });

  it("never asks which countries are named where that is only scanning, and never uses one wrong speaker twice", () => {
    const countries = {
      ...questionOf({ type: "multi", fact: 0, sentence: 0, salience: MIN_SALIENCE / 2, word: 0, shownWord: -1, truth: true, country: true }, 0),
    };
    expect(drawQuiz([countries], { seed: "s" })).toEqual([]);
    const said = (index: number, speaker: string, truth: boolean) =>
      Question.parse({
        ...questionOf({ type: "truefalse", fact: index, sentence: index, salience: 0.8, word: 0, shownWord: -1, truth, country: false }, index),
        statement: `${speaker} sagte: „Satz ${index}“`,
        ...(truth ? {} : { correction: `Anna Berg sagte: „Satz ${index}“` }),
      });
    const quiz = drawQuiz([said(1, "Barack Obama", false), said(2, "Barack Obama", false), said(3, "Anna Berg", true), said(4, "Anna Berg", true)], {
      seed: "s",
    });
    expect(quiz.filter((question) => question.type === "truefalse" && !question.answer)).toHaveLength(1);
  });
});

describe("words that go on from the sentence naming their speaker", () => {
  const question = (id: number, fields: Record<string, unknown>) =>
    Question.parse({
      id: `q_${id.toString(16).padStart(16, "0")}`,
      documentId: "doc",
      stem: "Stimmt diese Aussage laut Text?",
      salience: 0.7,
      moreEvidence: [],
      ...fields,
    });
  // "Innenministerin Anna Berg sagte, die Polizei bekomme 3.000 neue Stellen. Der Staat wolle die Sicherheit verbessern."
  const attribution = { documentId: "doc", passageId: "p1", start: 100, end: 170, quote: "x".repeat(70) };
  const both = { ...attribution, end: 230, quote: "x".repeat(130) };
  const figure = question(1, {
    topic: "quantity",
    stem: "Welche Zahl fehlt in diesem Satz?",
    fact: "quantity:100:3000",
    evidence: attribution,
    type: "numeric",
    answer: 3000,
    min: 3000,
    max: 3000,
    answerText: "3.000",
    unit: "",
    before: "Innenministerin Anna Berg sagte, die Polizei bekomme ",
    after: " neue Stellen.",
  });
  const goesOn = (sentenceStart?: number) =>
    question(2, {
      topic: "quote",
      fact: "quote:171",
      evidence: both,
      ...(sentenceStart === undefined ? {} : { sentenceStart }),
      type: "truefalse",
      statement: "Anna Berg sagte sinngemäß: Der Staat will die Sicherheit verbessern.",
      answer: true,
    });

  it("are asked about their own sentence: they fit beside a question on the sentence that names the speaker", () => {
    expect(compatible(figure, goesOn(171))).toBe(true);
    // Where the question's sentence is the one its evidence opens with, the two are one sentence.
    expect(compatible(figure, goesOn())).toBe(false);
  });
});

describe("a false statement of who holds an office", () => {
  const statement = (id: number, topic: "person_role" | "action", text: string, answer: boolean, correction?: string) =>
    Question.parse({
      id: `q_${id.toString(16).padStart(16, "0")}`,
      documentId: "doc",
      topic,
      stem: "Stimmt diese Aussage laut Text?",
      fact: `${topic}:${id}`,
      salience: 0.5,
      evidence: evidenceAt("doc", id * 100),
      moreEvidence: [],
      type: "truefalse",
      statement: text,
      answer,
      ...(correction ? { correction } : {}),
    });

  it("stands in no quiz with a question that shows the office it borrows held by someone else", () => {
    const borrowed = statement(1, "person_role", "Benjamin Netanjahu ist Verteidigungsminister.", false, "Benjamin Netanjahu ist Israels Ministerpräsident.");
    const showsHolder = statement(2, "action", "Benjamin Netanjahu zitierte seinen Verteidigungsminister Jaalon zu sich.", true);
    const other = statement(3, "action", "Benjamin Netanjahu nannte den Vergleich schockierend.", true);
    expect(compatible(borrowed, showsHolder)).toBe(false);
    expect(compatible(showsHolder, borrowed)).toBe(false);
    expect(compatible(borrowed, other)).toBe(true);
    // The true statement of the office shows nothing borrowed.
    const truth = statement(4, "person_role", "Benjamin Netanjahu ist Israels Ministerpräsident.", true);
    expect(compatible(truth, showsHolder)).toBe(true);
  });
});

describe("two statements that tell the same", () => {
  const statement = (id: number, text: string, answer: boolean) =>
    Question.parse({
      id: `q_${id.toString(16).padStart(16, "0")}`,
      documentId: "doc",
      topic: "action",
      stem: "Stimmt diese Aussage laut Text?",
      fact: `action:${id}`,
      salience: 0.9,
      evidence: evidenceAt("doc", id * 100),
      moreEvidence: [],
      type: "truefalse",
      statement: text,
      answer,
    });

  it("stand in no quiz together where they share three content words after the actor, whatever their keys", () => {
    const title = statement(1, 'Lena Hofer sieht ein "ganz offenes Gesprächsklima" in der Koalition.', true);
    const body = statement(2, "Lena Hofer hat im Interview hervorgehoben, dass es ein ganz offenes Gesprächsklima gebe.", true);
    const denied = statement(3, 'Lena Hofer sieht kein "ganz offenes Gesprächsklima" in der Koalition.', false);
    expect(compatible(title, body)).toBe(false);
    expect(compatible(denied, body)).toBe(false);
  });

  it("may stand together where they share only the actor, a quote's frame or a run of names", () => {
    const first = statement(1, "Lena Hofer sagte sinngemäß: Die Stadt werde ganz neu gebaut.", true);
    const second = statement(2, "Lena Hofer sagte sinngemäß: Der Haushalt werde saniert.", true);
    const names = statement(3, "Die Staatsanwaltschaft erhob Anklage gegen Anton Schlecker und seine Kinder.", true);
    const otherNames = statement(4, "Das Landgericht leitete Ermittlungen gegen Anton Schlecker ein.", true);
    expect(compatible(first, second)).toBe(true);
    expect(compatible(names, otherNames)).toBe(true);
  });
});

describe("drawMixedQuiz", () => {
  it("holds every rule and lets every text come up before any comes twice", () => {
    fc.assert(
      fc.property(fc.array(fc.array(draft, { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 6 }), fc.string(), (drafts, seed) => {
        const pools = drafts.map((items, document) => items.map((item, index) => questionOf(item, index, `doc${"x".repeat(document)}`)));
        const quiz = drawMixedQuiz(pools, { seed });
        expectQuizRules(quiz, MIXED_QUIZ_SIZE);
      }),
      { numRuns: 200 },
    );
    const pools = Array.from({ length: 4 }, (_, document) =>
      Array.from({ length: 6 }, (_, index) => ({
        ...questionOf(
          { type: "single", fact: index, sentence: index, salience: 0.5, word: 0, shownWord: -1, truth: true, country: false },
          index,
          `d${document}`,
        ),
        id: `q_${document}${index}000000`,
      })).map((question, index) => withOwnOptions(question, document * 10 + index)),
    );
    const quiz = drawMixedQuiz(pools, { seed: "mixed" });
    const perDocument = [0, 1, 2, 3].map((document) => quiz.filter((question) => question.documentId === `d${document}`).length);
    expect(Math.max(...perDocument) - Math.min(...perDocument)).toBeLessThanOrEqual(1);
  });
});

describe("the mixed quiz of the bank", () => {
  it("asks about every text, whichever seed (texts on one story share names that could give each other away)", () => {
    const texts = listDocuments().length;
    const short = Array.from({ length: 400 }, (_, index) => `seed-${index}`).filter(
      (seed) => new Set(drawBankQuiz(MIXED_QUIZ_ID, seed).map((question) => question.documentId)).size < texts,
    );
    expect(short).toEqual([]);
  });

  it("asks as many questions as the start page promises, but for a rare seed whose every try falls short", () => {
    // A quarter of the first tries fell one or two short; the tries after them are there to fill the quiz too.
    const short = Array.from({ length: 400 }, (_, index) => `seed-${index}`).filter((seed) => drawBankQuiz(MIXED_QUIZ_ID, seed).length < MIXED_QUIZ_SIZE);
    expect(short.length).toBeLessThanOrEqual(4);
  });

  it("never offers one text's figure as a wrong option beside another text's question that asks it", () => {
    const seeds = Array.from({ length: 400 }, (_, index) => `seed-${index}`);
    for (const seed of seeds) expectNoClashes(drawBankQuiz(MIXED_QUIZ_ID, seed));
  });
});

describe("drawCurated (a teacher's own text)", () => {
  const seeds = ["a", "b", "c", "d", "e", "f"];
  /** Adjacent questions of one type, and the fewest any order of these questions must have. */
  const repeats = (quiz: readonly Question[]) => quiz.filter((question, index) => index > 0 && quiz[index - 1]!.type === question.type).length;
  const fewestRepeats = (quiz: readonly Question[]) => {
    const counts = new Map<string, number>();
    for (const question of quiz) counts.set(question.type, (counts.get(question.type) ?? 0) + 1);
    // The commonest type's questions need one of another type between each two: the others as separators, the rest repeats.
    return Math.max(0, 2 * Math.max(0, ...counts.values()) - quiz.length - 1);
  };

  it("asks each fact and each evidence sentence once, gives no answer away, and asks the teacher's size up to what may stand together", () => {
    fc.assert(
      fc.property(pools, fc.string(), fc.integer({ min: 1, max: 20 }), (pool, seed, size) => {
        const quiz = drawCurated(pool, { seed, size });
        expectNoClashes(quiz);
        expectNoClashes(curatedPool(pool));
        expect(quiz.length).toBe(Math.min(size, curatedPool(pool).length));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps true and false balanced and at most four statements wherever enough other questions stand together", () => {
    fc.assert(
      fc.property(pools, fc.string(), fc.integer({ min: 1, max: 20 }), (pool, seed, size) => {
        const kept = curatedPool(pool);
        // Questions that may always take a statement's place: no figure and no list of countries, which have limits of their own.
        const others = kept.filter((question) => question.type !== "truefalse" && question.type !== "numeric" && question.topic === "place").length;
        const quiz = drawCurated(pool, { seed, size });
        if (others >= Math.min(size, kept.length)) expect(balancedStatements(quiz)).toBe(true);
        if (others + 4 >= Math.min(size, kept.length)) expect(quiz.filter((question) => question.type === "truefalse").length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the teacher's earlier question of two on one sentence", () => {
    const first = questionOf({ type: "truefalse", fact: 1, sentence: 3, salience: 0.1, word: 0, shownWord: -1, truth: true, country: false }, 0);
    const second = questionOf({ type: "cloze", fact: 2, sentence: 3, salience: 0.9, word: 1, shownWord: -1, truth: true, country: false }, 1);
    expect(curatedPool([first, second]).map((question) => question.id)).toEqual([first.id]);
    expect(curatedPool([second, first]).map((question) => question.id)).toEqual([second.id]);
    for (const seed of seeds) expect(drawCurated([first, second], { seed, size: 2 })).toHaveLength(1);
  });

  it("asks, in a round after one that asked the teacher's earlier question of two on one sentence, the other one", () => {
    const first = questionOf({ type: "truefalse", fact: 1, sentence: 3, salience: 0.1, word: 0, shownWord: -1, truth: true, country: false }, 0);
    const second = questionOf({ type: "cloze", fact: 2, sentence: 3, salience: 0.9, word: 1, shownWord: -1, truth: true, country: false }, 1);
    for (const seed of seeds) {
      expect(drawCurated([first, second], { seed, size: 1 }).map((question) => question.id)).toEqual([first.id]);
      expect(drawCurated([first, second], { seed, size: 1, avoid: new Set([first.id]) }).map((question) => question.id)).toEqual([second.id]);
    }
  });

  it("asks a later round of the teacher's size where the first had it, with at least as many questions not asked before as the teacher's order has", () => {
    fc.assert(
      fc.property(pools, fc.string(), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 40 }), (pool, seed, size, askedCount) => {
        const avoid = new Set(pool.slice(0, askedCount).map((question) => question.id));
        const quiz = drawCurated(pool, { seed, size, avoid });
        expectNoClashes(quiz);
        expect(quiz.length).toBeGreaterThanOrEqual(Math.min(size, curatedPool(pool).length));
        expect(quiz.length).toBeLessThanOrEqual(size);
        const unaskedInTeachersOrder = curatedPool(pool).filter((question) => !avoid.has(question.id)).length;
        expect(quiz.filter((question) => !avoid.has(question.id)).length).toBeGreaterThanOrEqual(Math.min(size, unaskedInTeachersOrder));
      }),
      { numRuns: 300 },
    );
  });

  it("asks a question before one whose evidence holds its answer, wherever the mix of types allows it", () => {
    const make = (type: "cloze" | "single", index: number, word: number, quote: string) => {
      const question = questionOf({ type, fact: index, sentence: index, salience: 0.5, word, shownWord: -1, truth: true, country: false }, index);
      return withOwnOptions({ ...question, evidence: { ...question.evidence, quote } }, index);
    };
    const telling = make("cloze", 0, 0, "Ein Satz über Kiew und mehr.");
    const told = make("cloze", 1, 9, "Ein Satz ohne Antwort.");
    const others = [make("single", 2, 6, "Noch ein Satz."), make("single", 3, 5, "Ein letzter Satz.")];
    for (const seed of seeds) {
      const quiz = drawCurated([telling, told, ...others], { seed, size: 4 });
      expect(quiz).toHaveLength(4);
      expect(quiz.indexOf(told), seed).toBeLessThan(quiz.indexOf(telling));
      expect(repeats(quiz)).toBe(0);
    }
  });

  it("puts no two questions of a type in a row wherever the types allow it, and draws anew for each seed", () => {
    fc.assert(
      fc.property(pools, fc.string(), fc.integer({ min: 1, max: 20 }), (pool, seed, size) => {
        const quiz = drawCurated(pool, { seed, size });
        expect(repeats(quiz)).toBe(fewestRepeats(quiz));
      }),
      { numRuns: 300 },
    );
    // Six statements, then three gaps and three choices, as a pool in the generator's order may come: mixed.
    const types = [
      "truefalse",
      "truefalse",
      "truefalse",
      "truefalse",
      "truefalse",
      "truefalse",
      "cloze",
      "cloze",
      "cloze",
      "single",
      "single",
      "single",
    ] as const;
    const pool = types.map((type, index) =>
      withOwnOptions(
        questionOf(
          { type, fact: index, sentence: index, salience: 0.5, word: index % WORDS.length, shownWord: -1, truth: index % 2 === 0, country: false },
          index,
        ),
        index,
      ),
    );
    // Answers and wrong claims of their own, so that all twelve may stand together.
    const distinct = pool.map((question, index) =>
      question.type === "cloze"
        ? { ...question, answer: `Wort${index}` }
        : question.type === "truefalse"
          ? { ...question, statement: `Aussage über Thema${index}.`, ...(question.answer ? {} : { correction: `Richtig ist ${index}.` }) }
          : question,
    );
    expect(curatedPool(distinct)).toHaveLength(12);
    const quizzes = seeds.map((seed) => drawCurated(distinct, { seed, size: 8 }));
    for (const quiz of quizzes) expect(repeats(quiz)).toBe(0);
    expect(new Set(quizzes.map((quiz) => quiz.map((question) => question.id).join())).size).toBeGreaterThan(1);
    // The teacher's first questions come early: the quiz opens with one of the first third.
    for (const seed of seeds) {
      const all = drawCurated(distinct, { seed, size: 12 });
      expect(distinct.slice(0, 4).map((question) => question.id)).toContain(all[0]!.id);
    }
  });

  it("asks, after several rounds (a class's lessons), the never asked first, then the fewest asked", () => {
    const pool = Array.from({ length: 12 }, (_, index) => {
      const question = questionOf(
        { type: "cloze", fact: index, sentence: index, salience: 0.5, word: index % WORDS.length, shownWord: -1, truth: true, country: false },
        index,
      );
      return question.type === "cloze" ? { ...question, answer: `Wort${index}` } : question;
    });
    expect(curatedPool(pool)).toHaveLength(12);
    // The teacher's first four asked twice, the next four once, the last four never.
    const timesAsked = new Map(pool.slice(0, 8).map((question, index) => [question.id, index < 4 ? 2 : 1]));
    const times = (quiz: readonly Question[]) => quiz.map((question) => timesAsked.get(question.id) ?? 0).sort();
    for (const seed of seeds) {
      expect(times(drawCurated(pool, { seed, size: 4, timesAsked }))).toEqual([0, 0, 0, 0]);
      expect(times(drawCurated(pool, { seed, size: 6, timesAsked }))).toEqual([0, 0, 0, 0, 1, 1]);
      expect(times(drawCurated(pool, { seed, size: 10, timesAsked }))).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2]);
    }
  });
});

describe("the order of a quiz", () => {
  /** Pools whose evidence sentences name answers of other questions: the feedback highlights them after answering. */
  const poolsWithTellingEvidence = fc.array(fc.tuple(draft, fc.integer({ min: -1, max: WORDS.length - 1 })), { minLength: 0, maxLength: 40 }).map((items) =>
    items.map(([item, told], index) => {
      const question = questionOf(item, index);
      const quote = told >= 0 ? `Ein Satz über ${WORDS[told]} und mehr.` : "Ein Satz ohne Antwort.";
      return { ...question, evidence: { ...question.evidence, quote } };
    }),
  );
  const holdsAnswerOf = (shown: Question, other: Question) => keysOf(other).some((key) => shows(shown.evidence.quote, key));
  /** Whether a question asked after `earlier` has its answer in the evidence that `earlier`'s feedback shows. */
  const toldEarlier = (quiz: readonly Question[]) => quiz.some((earlier, index) => quiz.slice(index + 1).some((later) => holdsAnswerOf(earlier, later)));
  /** Whether the questions' evidence holds answers in a circle (then no order can avoid it). */
  const tellInACircle = (quiz: readonly Question[]) => {
    const visiting = new Set<Question>();
    const done = new Set<Question>();
    const circles = (question: Question): boolean => {
      if (done.has(question)) return false;
      if (visiting.has(question)) return true;
      visiting.add(question);
      const found = quiz.some((other) => other !== question && holdsAnswerOf(question, other) && circles(other));
      done.add(question);
      return found;
    };
    return quiz.some(circles);
  };

  it("asks a question before one whose evidence (shown in the feedback) holds its answer", () => {
    fc.assert(
      fc.property(poolsWithTellingEvidence, fc.string(), fc.integer({ min: 1, max: 12 }), (pool, seed, size) => {
        const drawn = drawQuiz(pool, { seed });
        if (!tellInACircle(drawn)) expect(toldEarlier(drawn)).toBe(false);
        // A teacher's quiz keeps its types mixed first (drawCurated's typesMixed): the evidence decides among what keeps the mix.
        const curated = drawCurated(pool, { seed, size });
        expect(new Set(curated.map((question) => question.id))).toEqual(
          new Set(
            drawCurated(
              pool.map((question) => ({ ...question, evidence: { ...question.evidence, quote: "x" } })),
              { seed, size },
            ).map((question) => question.id),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("withOptionsShuffled", () => {
  it("keeps every option with its id, so grading by id is unaffected, and keeps figures in order", () => {
    const question = questionOf({ type: "single", fact: 0, sentence: 0, salience: 0.5, word: 1, shownWord: -1, truth: true, country: false }, 3);
    if (question.type !== "single") throw new Error("single expected");
    const orders = new Set<string>();
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const shuffled = withOptionsShuffled(question, seed);
      if (shuffled.type !== "single") throw new Error("single expected");
      expect([...shuffled.options].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(question.options);
      expect(shuffled.answer).toBe(question.answer);
      expect(withOptionsShuffled(question, seed)).toEqual(shuffled);
      orders.add(shuffled.options.map((option) => option.id).join(""));
    }
    expect(orders.size).toBeGreaterThan(1);
    const figures = withOptionsShuffled({ ...question, ordered: true }, "a");
    expect(figures.type === "single" && figures.options).toEqual(question.options);
  });
});

describe("a figure the text writes as a word", () => {
  // wirtschaft-02 (devset), as a teacher's own text: the statement showed "zwei Wirtschaftsprüfer", the gap after it asked for the 2.
  const sentence = "Neben Anton Schlecker erhob die Staatsanwaltschaft auch Anklage gegen seine beiden Kinder, seine Ehefrau und zwei Wirtschaftsprüfer.";
  const statement = Question.parse({
    id: "q_0000000000000001",
    documentId: "doc",
    topic: "action",
    stem: "Stimmt diese Aussage laut Text?",
    fact: "action:100",
    salience: 0.9,
    evidence: { ...evidenceAt("doc", 100), quote: sentence },
    moreEvidence: [],
    type: "truefalse",
    statement: "Die Staatsanwaltschaft erhob neben Anton Schlecker auch Anklage gegen seine beiden Kinder, seine Ehefrau und zwei Wirtschaftsprüfer.",
    answer: true,
  });
  const gap = Question.parse({
    id: "q_0000000000000002",
    documentId: "doc",
    topic: "quantity",
    stem: "Welche Zahl fehlt in diesem Satz?",
    fact: "quantity:100:2",
    salience: 0.2,
    evidence: { ...evidenceAt("doc", 100), quote: sentence },
    moreEvidence: [],
    type: "numeric",
    answer: 2,
    min: 2,
    max: 2,
    unit: "Wirtschaftsprüfer",
    answerText: "zwei Wirtschaftsprüfer",
    before: "Neben Anton Schlecker erhob die Staatsanwaltschaft auch Anklage gegen seine beiden Kinder, seine Ehefrau und ",
    after: " Wirtschaftsprüfer.",
  });

  it("is given away by a question that shows it so: a teacher's quiz keeps only the first of the two", () => {
    expect(compatible(statement, gap)).toBe(false);
    expect(curatedPool([statement, gap]).map((question) => question.id)).toEqual([statement.id]);
  });
});

describe("one event told twice of an actor whose name lowers to more letters ('İ')", () => {
  const statement = (id: number, text: string) =>
    Question.parse({
      id: `q_${id.toString(16).padStart(16, "0")}`,
      documentId: "doc",
      topic: "action",
      stem: "Stimmt diese Aussage laut Text?",
      fact: `action:${id}`,
      salience: 0.5,
      evidence: evidenceAt("doc", id * 100),
      moreEvidence: [],
      type: "truefalse",
      statement: text,
      answer: true,
    });

  it("reads the actor by its words as written: the full name and the surname alone are one actor, telling one event", () => {
    const opened = statement(1, "İlhan Yılmaz eröffnete am Sonntag das neue Stadion für die Fußballfans.");
    const surnameOnly = statement(2, "Yılmaz hat das neue Stadion für die Fußballfans eröffnet.");
    const otherDeed = statement(3, "Yılmaz lobte am Montag die Arbeiter der Baufirma.");
    expect(compatible(opened, surnameOnly)).toBe(false);
    expect(compatible(opened, otherDeed)).toBe(true);
  });
});
