/**
 * The question bank: one zod schema shared by the generator (writes questions/), the Worker (reads it)
 * and the tests (check it). A bank file holds one document, its passages and its questions.
 *
 * Everything in here is server-side. What the browser may see before answering is produced by
 * `publicQuestion` in ./public.ts, which strips every answer field.
 */
import * as z from "zod";
import { BANK_QUESTION_ID, OWN_QUESTION_ID, OWN_TEXT_ID } from "./ids";

export const BANK_SCHEMA_VERSION = 2;

/** Where an answer comes from: `document.text.slice(start, end) === quote`, inside passage `passageId`. */
export const Evidence = z.object({
  documentId: z.string().min(1),
  passageId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
});
export type Evidence = z.infer<typeof Evidence>;

export const Option = z.object({
  /** Stable within the question ("a", "b", ...); each attempt shows the options in its own order (quiz.ts). */
  id: z.string().regex(/^[a-z]$/),
  text: z.string().min(1),
  /** Machine-readable identity of the option where it has one: ISO 3166-1 alpha-2 code for countries. */
  value: z.string().optional(),
});
export type Option = z.infer<typeof Option>;

/** What the question is about, so that the mission's kinds (attendance, member counts, ...) can be counted. */
export const Topic = z.enum([
  "attendee",
  "absent",
  "represented_by",
  "attendee_count",
  "member_count",
  "member_count_change",
  "meeting_place",
  "meeting_format",
  "meeting_date",
  "date",
  "person_role",
  "quantity",
  "countries_named",
  "place",
  /** A party, company, institution or product the text names again and again ("FPÖ", "OnePlus"). */
  "organisation",
  /** Who said something the text quotes. */
  "quote",
  /** Who did something the text reports. */
  "action",
  /** The reason the text gives for what happened or what someone did. */
  "reason",
  /** A key term of the lead: the noun the text comes back to ("Papageien"). */
  "term",
  /** A term the text explains, asked as a gap in the sentence that explains it ("die ___, also die Gen-Interaktion"). */
  "definition",
  /** Written by a teacher for an own text. */
  "own",
]);
export type Topic = z.infer<typeof Topic>;

/** The topics whose gap is a person's name: who holds an office, said or did something. */
export const PERSON_TOPICS: ReadonlySet<string> = new Set<Topic>(["person_role", "action", "quote"]);

const QuestionBase = z.object({
  /**
   * Bank: derived from the content (document + topic + key fact), so stored progress stays attached.
   * Own texts: random per version of the question. See ./ids.ts.
   */
  id: z.string().refine((id) => BANK_QUESTION_ID.test(id) || OWN_QUESTION_ID.test(id), "not a question id"),
  documentId: z.string().min(1),
  topic: Topic,
  /**
   * The question as shown, German. It never repeats the text's title: the page shows which text a
   * question is about.
   */
  stem: z.string().min(1),
  /**
   * The fact the question asks about ("role:Trong", "quantity:412:14000"): all questions about one
   * fact share it, and a quiz asks each fact once, whatever the form.
   */
  fact: z.string().min(1),
  /**
   * Further facts the question states or lets a learner infer: the attendance of the people among its
   * options, the office a false statement borrows from another person. A quiz asks none of them again.
   */
  alsoAbout: z.array(z.string().min(1)).optional(),
  /** How central the fact is to the text, from 0 to 1 (the lead's main actors and event near 1): quizzes take the most salient first. */
  salience: z.number().min(0).max(1),
  evidence: Evidence,
  /**
   * Further evidence: other passages of the same text when the answer has several parts (all
   * attendees, all countries named), or other documents for questions across texts (member count over time).
   */
  moreEvidence: z.array(Evidence).default([]),
  /**
   * Where the question's own sentence starts, when its evidence opens with an earlier sentence that it needs to show
   * who spoke or acted ("Xi sagte, es gehe um Kerninteressen. China wolle …", "Lee unterlag … Er entschuldigte
   * sich …": the second sentence asked, the first shown with it). A quiz asks one question per sentence by this start,
   * else by the evidence's.
   */
  sentenceStart: z.number().int().nonnegative().optional(),
});

export const SingleChoiceQuestion = QuestionBase.extend({
  type: z.literal("single"),
  options: z.array(Option).min(2),
  answer: z.string(),
  /** The options are figures in ascending order: an attempt keeps that order instead of shuffling. */
  ordered: z.boolean().optional(),
});

export const MultipleSelectQuestion = QuestionBase.extend({
  type: z.literal("multi"),
  options: z.array(Option).min(3),
  answers: z.array(z.string()).min(1),
});

export const NumericQuestion = QuestionBase.extend({
  type: z.literal("numeric"),
  answer: z.number(),
  /** Inclusive range of accepted values; wider when the text hedges ("rund", "etwa"). */
  min: z.number(),
  max: z.number(),
  /** Unit shown next to the input ("Luftangriffe", "Millionen Euro"); the value is entered in this unit. */
  unit: z.string().optional(),
  /** How the text states the answer, shown after answering ("rund 14.000"). */
  answerText: z.string().min(1),
  /** For a figure missing from a sentence of the text: the sentence is `before + ___ + after`. */
  before: z.string().optional(),
  after: z.string().optional(),
});

export const TrueFalseQuestion = QuestionBase.extend({
  type: z.literal("truefalse"),
  /** The statement to judge; the stem is the instruction around it. */
  statement: z.string().min(1),
  answer: z.boolean(),
  /** When the statement is false: the true version, shown after answering. */
  correction: z.string().optional(),
});

export const ClozeQuestion = QuestionBase.extend({
  type: z.literal("cloze"),
  /** The sentence is `before + ____ + after`. */
  before: z.string(),
  after: z.string(),
  answer: z.string().min(1),
  /** Other spellings graded as correct ("14000" for "14.000"); compared after normalisation. */
  accept: z.array(z.string()).default([]),
  /**
   * Other words of the text one typo from an accepted spelling ("Schwenk" where the gap asks "Schenk"): typed, the
   * learner named something else, which grading never forgives as a typo. Compared after normalisation.
   */
  otherWords: z.array(z.string()).optional(),
});

export const Question = z.discriminatedUnion("type", [SingleChoiceQuestion, MultipleSelectQuestion, NumericQuestion, TrueFalseQuestion, ClozeQuestion]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question["type"];
export const QUESTION_TYPES = ["single", "multi", "numeric", "truefalse", "cloze"] as const satisfies readonly QuestionType[];

export const PassageKind = z.enum(["title", "heading", "text", "quote", "byline", "boilerplate"]);
export type PassageKind = z.infer<typeof PassageKind>;

export const BankPassage = z.object({
  id: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  kind: PassageKind,
});
export type BankPassage = z.infer<typeof BankPassage>;

export const BankDocument = z.object({
  id: z.string().min(1),
  /** File name in corpus/ for corpus documents. */
  file: z.string().optional(),
  title: z.string().min(1),
  /** ISO date, as precise as the text or the metadata gives it: "2020-06-04", "2017-03", "2021". */
  date: z.string().optional(),
  source: z.string().optional(),
  /** The raw text, byte for byte as in the corpus; every offset points into it. */
  text: z.string(),
  passages: z.array(BankPassage),
});
export type BankDocument = z.infer<typeof BankDocument>;

export const BankFile = z
  .object({
    schemaVersion: z.literal(BANK_SCHEMA_VERSION),
    document: BankDocument,
    questions: z.array(Question),
  })
  // Own texts' ids are told apart by their shape alone (./ids.ts): the bank must never use them.
  .refine((file) => !OWN_TEXT_ID.test(file.document.id), "a bank document id has the shape of an own text's id")
  .refine((file) => file.questions.every((question) => BANK_QUESTION_ID.test(question.id)), "a bank question id has the shape of an own question's id");
export type BankFile = z.infer<typeof BankFile>;
