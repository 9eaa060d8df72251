/**
 * What the LMS exports (./moodle-xml.ts, ./gift.ts) share: the quiz they are made from, and each
 * question's texts as the HTML fragments Moodle shows. Pure and runtime-neutral: the Worker and the CLI
 * both call it. Every text from a bank file (built-in or typed by a teacher) is escaped here, once.
 */
import { gapText } from "../bank/public";
import type { BankDocument, Evidence, Question } from "../bank/schema";
import { formatDate, quoted } from "../shared/german";

/** Any list of bank questions with the documents their evidence points into. */
export type ExportQuiz = {
  title: string;
  questions: readonly Question[];
  documents: readonly BankDocument[];
};

/**
 * Characters XML 1.0 does not allow anywhere, not even escaped or in CDATA: control characters other
 * than tab and line breaks, lone surrogates, U+FFFE and U+FFFF. A pasted text may carry them; they are
 * dropped so that the file stays well-formed.
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const withoutForbiddenCharacters = (text: string) => text.replace(NOT_IN_XML, "");

/** One line of plain text: every run of whitespace (line breaks too) becomes one space. */
export const oneLine = (text: string) => withoutForbiddenCharacters(text).replace(/\s+/gu, " ").trim();

/** Text as HTML that shows exactly this text, without outer whitespace: & < > escaped, line breaks as <br />. */
export function htmlText(text: string): string {
  return withoutForbiddenCharacters(text)
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n?|\n/g, "<br />");
}

const paragraph = (text: string) => `<p>${htmlText(text)}</p>`;

/** A gap sentence, with the sentence that resolves its "er" or "dort" (if any) as a paragraph of its own before it. */
function gapParagraphs(question: { before: string; after: string; evidence: { quote: string } }): string {
  const { context, before, after } = gapText(question);
  return `${context ? paragraph(context) : ""}${paragraph(`${before}${GAP}${after}`)}`;
}

/**
 * Moodle's question name: number and the start of the stem, so that the question bank lists them in
 * order. A name is plain text that Moodle strips tags from (clean_question_name); angle brackets become
 * ‹ › so that no name looks like markup to any importer.
 */
export function questionName(question: Question, index: number): string {
  const stem = oneLine(question.stem).replace(/</g, "‹").replace(/>/g, "›");
  const short = stem.length > 80 ? `${stem.slice(0, 79).trimEnd()}…` : stem;
  return `${String(index + 1).padStart(2, "0")} ${short}`;
}

/** The gap of a cloze sentence, as Moodle's own missing-word import writes it. */
export const GAP = "_____";

/** The question as shown before answering: stem, and the statement, the gap sentence or the unit. */
export function questionHtml(question: Question): string {
  const stem = paragraph(question.stem);
  switch (question.type) {
    case "single":
    case "multi":
      return stem;
    case "numeric": {
      // "Welche Zahl fehlt in diesem Satz?" is unanswerable without its sentence.
      const sentence = question.before !== undefined ? gapParagraphs({ ...question, before: question.before, after: question.after ?? "" }) : "";
      const hint = question.unit ? `<p>Bitte als Zahl angeben (Einheit: ${htmlText(question.unit)}).</p>` : "<p>Bitte als Zahl angeben.</p>";
      return `${stem}${sentence}${hint}`;
    }
    case "truefalse":
      return `${stem}<p>${htmlText(quoted(question.statement))}</p>`;
    case "cloze":
      return `${stem}${gapParagraphs(question)}`;
  }
}

/** Evidence and further evidence, each span once (the same span can come as both). */
export function evidenceOf(question: Question): Evidence[] {
  const all = [question.evidence, ...(question.moreEvidence ?? [])];
  return all.filter(
    (item, index) => all.findIndex((other) => other.documentId === item.documentId && other.start === item.start && other.end === item.end) === index,
  );
}

/** "Titel · Quelle · 4. Juni 2020", or the document id when the document is not in the quiz. */
export function sourceLine(documentId: string, documents: readonly BankDocument[]): string {
  const document = documents.find((candidate) => candidate.id === documentId);
  if (!document) return `Text ${documentId}`;
  return [document.title, document.source, document.date ? formatDate(document.date) : undefined].filter(Boolean).join(" · ");
}

/**
 * Moodle's general feedback, shown after answering: the correction of a false statement, then every
 * evidence quote, each group followed by the text it comes from (title, source, date).
 */
export function generalFeedbackHtml(question: Question, documents: readonly BankDocument[]): string {
  const parts: string[] = [];
  if (question.type === "truefalse" && question.correction) parts.push(`<p>Richtig ist: ${htmlText(quoted(question.correction))}</p>`);
  const evidence = evidenceOf(question);
  parts.push(`<p>${evidence.length > 1 ? "Belege im Text" : "Beleg im Text"}:</p>`);
  const documentIds = [...new Set(evidence.map((item) => item.documentId))];
  for (const documentId of documentIds) {
    for (const item of evidence.filter((candidate) => candidate.documentId === documentId)) {
      parts.push(`<blockquote><p>${htmlText(quoted(item.quote))}</p></blockquote>`);
    }
    parts.push(`<p>Aus: ${htmlText(sourceLine(documentId, documents))}</p>`);
  }
  return parts.join("");
}

/** A number as Moodle reads it: a dot for decimals, no float noise (0.115, not 0.11499999999999999). */
export function moodleNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

export type NumericAnswer = { value: number; tolerance: number } | { min: number; max: number };

/**
 * Moodle's numerical answers accept `value ± tolerance`, symmetric around the value. Our range can be
 * lopsided ("mehr als 2,3 Milliarden": 2.3 to 2.53). Then a second answer, also worth 100 %, covers
 * exactly min..max, and the first one keeps the text's figure as the answer Moodle shows as right.
 */
export function numericAnswers(question: Question & { type: "numeric" }): NumericAnswer[] {
  const { answer, min, max } = question;
  const range = { min, max };
  if (answer < min || answer > max) return [range];
  const below = answer - min;
  const above = max - answer;
  if (Math.abs(below - above) <= 1e-9 * Math.max(1, Math.abs(answer))) return [{ value: answer, tolerance: below }];
  return [{ value: answer, tolerance: Math.min(below, above) }, range];
}

/**
 * The spellings a short answer accepts, each once, the bank's answer first. Moodle's short answer reads
 * an asterisk as a wildcard and a backslash before it as "a real asterisk"
 * (qtype_shortanswer_question::compare_string_with_wildcard), so asterisks are escaped.
 */
export const acceptedAnswers = (question: Question & { type: "cloze" }) => [
  ...new Set([question.answer, ...(question.accept ?? [])].map((answer) => oneLine(answer).replace(/\*/g, "\\*")).filter((answer) => answer !== "")),
];
