/**
 * Reading the exports back with independent parsers, and what Moodle does with what they say: the
 * oracle the export tests compare against. XML is parsed by saxes, a strict XML 1.0 parser (it refuses
 * a bare &, a "]]>" in text, characters XML does not allow, unknown entities); GIFT by gift-pegjs.
 */
import { SaxesParser } from "saxes";
import { expect } from "vitest";
import { listDocuments, MIXED_QUIZ_ID, defaultQuiz, quizTitle } from "../../../src/bank";
import type { BankDocument, Evidence, Question } from "../../../src/bank/schema";
import type { ExportQuiz } from "../../../src/export/quiz";
import { generateBank } from "../../../src/generate/index";
import ostseerat from "../../fixtures/export/ostseerat-danzig.txt?raw";

export type XmlElement = { name: string; attributes: Record<string, string>; children: (XmlElement | string)[] };

/** The document element of a well-formed XML text; throws on the first well-formedness error. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: "#document", attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on("error", (error) => (failure ??= error));
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    open.at(-1)!.children.push(element);
    open.push(element);
  });
  parser.on("closetag", () => open.pop());
  parser.on("text", (data) => open.at(-1)!.children.push(data));
  parser.on("cdata", (data) => open.at(-1)!.children.push(data));
  parser.write(text).close();
  if (failure) throw failure;
  const [documentElement, ...more] = root.children.filter((child): child is XmlElement => typeof child !== "string");
  if (!documentElement || more.length > 0) throw new Error("not exactly one document element");
  return documentElement;
}

export const children = (element: XmlElement, name: string) =>
  element.children.filter((child): child is XmlElement => typeof child !== "string" && child.name === name);

export function child(element: XmlElement, name: string): XmlElement {
  const [found, ...more] = children(element, name);
  expect(found, `<${element.name}> has one <${name}>`).toBeDefined();
  expect(more, `<${element.name}> has one <${name}>`).toEqual([]);
  return found!;
}

/** All character data inside (text and CDATA alike). */
export const textOf = (element: XmlElement): string => element.children.map((node) => (typeof node === "string" ? node : textOf(node))).join("");

/** The content of a Moodle text field: <field><text>…</text></field>. */
export const fieldText = (element: XmlElement, name: string) => textOf(child(child(element, name), "text"));

/** The only elements the exports write into HTML fields: anything else came from the content. */
const OUR_HTML_ELEMENTS = new Set(["div", "p", "blockquote", "br"]);

/**
 * The paragraphs of an HTML field as text, a <br> as a line break. Fails when the HTML holds any element
 * the exports do not write (a <script> from a hostile title would be one) or is not well-formed.
 */
export function htmlParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  const walk = (element: XmlElement) => {
    expect(OUR_HTML_ELEMENTS.has(element.name), `unexpected <${element.name}> in ${html}`).toBe(true);
    if (element.name === "p") {
      const text = element.children.map((node) => {
        if (typeof node === "string") return node;
        walk(node);
        return "\n";
      });
      paragraphs.push(text.join(""));
    } else for (const node of element.children) if (typeof node !== "string") walk(node);
  };
  walk(parseXml(`<div>${html}</div>`));
  return paragraphs;
}

/** XML 1.0's Char production: what any text keeps in an XML file. */
const XML_CHAR = /[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** A text as an export can carry it: without characters XML forbids, without outer whitespace. */
export const asExported = (text: string) =>
  [...text]
    .filter((character) => XML_CHAR.test(character))
    .join("")
    .trim();
/** In German quotation marks, as a reader expects them: a quote inside the text in single marks („… ‚…‘ …“). */
export const inGermanQuotes = (text: string) => `„${text.replace(/„/gu, "‚").replace(/“/gu, "‘")}“`;
/** On one line: runs of whitespace as one space. */
export const asOneLine = (text: string) => asExported(text).replace(/\s+/gu, " ");

/**
 * How many paragraphs after the stem hold the gap text (the gap sentence, after the sentence before it
 * where that is set apart as a paragraph of its own): 1 or 2, or 0 when neither reads as the gap text.
 */
export function gapParagraphCount(paragraphs: readonly string[], question: { before?: string; after?: string }): number {
  const whole = asOneLine(`${question.before}_____${question.after ?? ""}`);
  return [1, 2].find((count) => asOneLine(paragraphs.slice(1, 1 + count).join(" ")) === whole) ?? 0;
}

/**
 * Moodle's list of allowed fractions, built from the rule its source states (question/engine/bank.php:
 * p/q for q <= 6; p/10; 1/q for q <= 10; 1/20; rounded to 7 decimals), with their negatives.
 */
export const MOODLE_FRACTIONS: number[] = (() => {
  const values = new Set<number>();
  const add = (value: number) => values.add(Math.round(value * 1e7) / 1e7);
  for (let q = 1; q <= 6; q++) for (let p = 0; p <= q; p++) add(p / q);
  for (let p = 0; p <= 10; p++) add(p / 10);
  for (let q = 1; q <= 10; q++) add(1 / q);
  add(1 / 20);
  return [...values].flatMap((value) => [value, -value]);
})();

/** match_grade_options($options, $fraction, 'error') in lib/questionlib.php: within 0.00001 of a listed value. */
export const isMoodleFraction = (fraction: number) => MOODLE_FRACTIONS.some((value) => Math.abs(fraction - value) < 0.00001);

/** qtype_multichoice_multi_question::grade_response: the sum of the ticked fractions, clamped to 0..1. */
export const moodleMultiGrade = (fractions: number[], ticked: boolean[]) =>
  Math.min(
    1,
    Math.max(
      0,
      fractions.reduce((sum, fraction, index) => sum + (ticked[index] ? fraction : 0), 0),
    ),
  );

/** Every way to tick options, for up to 10 options (1024 ways). */
export function tickings(count: number): boolean[][] {
  expect(count).toBeLessThanOrEqual(10);
  return Array.from({ length: 2 ** count }, (_, mask) => Array.from({ length: count }, (_, index) => (mask & (1 << index)) !== 0));
}

/** Evidence and further evidence, each span once. */
export const allEvidence = (question: Question): Evidence[] =>
  [question.evidence, ...question.moreEvidence].filter(
    (item, index, all) => all.findIndex((other) => other.documentId === item.documentId && other.start === item.start) === index,
  );

// ---------------------------------------------------------------- the quizzes exported in the tests

const bankQuiz = (quizId: string): ExportQuiz => ({ title: quizTitle(quizId), questions: defaultQuiz(quizId), documents: listDocuments() });

/** A German text written for these tests (not in the corpus), through the generator as a teacher's own text would go. */
export function ownTextQuiz(): ExportQuiz {
  const [bank] = generateBank([{ id: "ostseerat-danzig", file: "ostseerat-danzig.txt", text: ostseerat }]);
  return { title: bank!.document.title, questions: bank!.questions, documents: [bank!.document] };
}

/** Strings a teacher could type that break careless HTML, XML or GIFT; with a line break and a control character. */
export const HOSTILE = [
  '<script>alert("x")</script>',
  "]]> <![CDATA[ & &amp; &lt;b&gt;",
  "~ = # { } : \\ \\n %50% // ::Name:: ####",
  "[markdown] **fett** -> „Zitat“ 'einfach' \"doppelt\"",
  "Zeile eins\nZeile zwei\u0001\u000b",
] as const;

const hostile = (index: number) => HOSTILE[index % HOSTILE.length]!;

/**
 * Every question of the own text with every text field a teacher could edit replaced by hostile strings:
 * stem, options, statement, correction, gap sentence, accepted answers, quotes, title and source.
 */
export function hostileQuiz(): ExportQuiz {
  const { questions, documents } = ownTextQuiz();
  const document: BankDocument = { ...documents[0]!, title: `${HOSTILE[0]} ${HOSTILE[1]}`, source: HOSTILE[2] };
  const edited = questions.map((question, index): Question => {
    const evidence = { ...question.evidence, quote: `${hostile(index + 1)} ${question.evidence.quote}` };
    const base = { ...question, stem: `${hostile(index)} ${question.stem}`, evidence, moreEvidence: [] };
    switch (base.type) {
      case "single":
      case "multi":
        return { ...base, options: base.options.map((option, position) => ({ ...option, text: `${hostile(position)} ${option.text}` })) };
      case "numeric":
        return { ...base, unit: hostile(index + 2) };
      case "truefalse":
        return { ...base, statement: hostile(index + 3), correction: hostile(index + 4) };
      case "cloze":
        // Answers are plain text in the export: every hostile string but the script tag (which the test
        // wants nowhere, not even as escaped character data), whichever position the gap text has.
        return { ...base, before: `${hostile(index)} `, after: ` ${hostile(index + 1)}`, answer: HOSTILE[1], accept: HOSTILE.slice(2) };
      default:
        return base;
    }
  });
  return { title: document.title, questions: edited, documents: [document] };
}

/** Every built-in quiz (each text's and the mixed one), the own text and its hostile edit. */
export function exportedQuizzes(): [string, ExportQuiz][] {
  return [
    ...listDocuments().map((document) => [document.id, bankQuiz(document.id)] as [string, ExportQuiz]),
    [MIXED_QUIZ_ID, bankQuiz(MIXED_QUIZ_ID)],
    ["eigener Text", ownTextQuiz()],
    ["eigener Text, feindselig bearbeitet", hostileQuiz()],
  ];
}

/** Title, source (and so on) of the document an evidence points into, as the feedback names them. */
export const documentOf = (quiz: ExportQuiz, evidence: Evidence) => quiz.documents.find((document) => document.id === evidence.documentId);
