/**
 * CSV as German Excel opens it without an import dialog: UTF-8 with byte order mark (or umlauts break),
 * semicolons between fields (the comma is the decimal separator), CRLF line ends, decimal commas.
 */
import { percent, type Dashboard } from "./dashboard";
import { questionText } from "./quizzes";

const BOM = "\uFEFF";
// Made once: toLocaleString builds a new formatter on every call, which cost milliseconds per export.
const decimal = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2, useGrouping: false });

function field(value: string | number): string {
  let text = typeof value === "number" ? decimal.format(value) : value;
  // Excel runs a cell starting with = + - @ as a formula; a leading apostrophe keeps it text.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(";"));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

export function studentsCsv(dashboard: Dashboard): string {
  const rows = dashboard.students.flatMap(({ member, results }) =>
    results.map((result) => [
      member.nickname,
      dashboard.titles.get(result.assignment.quizId) ?? result.assignment.quizId,
      result.assignment.dueDate ?? "",
      result.questionCount,
      result.answered,
      result.points,
      percent(result.points, result.questionCount),
    ]),
  );
  return toCsv(["Spitzname", "Aufgabe", "Fällig", "Fragen", "Beantwortet", "Punkte", "Prozent"], rows);
}

export function questionsCsv(dashboard: Dashboard): string {
  const rows = dashboard.questions.map(({ question, answered, correct, wrongResponses }) => [
    question.id,
    questionText(question),
    question.evidence.passageId,
    answered,
    correct,
    percent(correct, answered),
    wrongResponses.map(({ label, count }) => `${label} (${count}×)`).join(" | "),
  ]);
  return toCsv(["Frage-ID", "Frage", "Textstelle", "Antworten", "Richtig", "Anteil richtig (%)", "Falsche Antworten"], rows);
}
