/**
 * CSV as German Excel opens it without an import dialog: UTF-8 with byte order mark (or umlauts break),
 * semicolons between fields (the comma is the decimal separator), CRLF line ends, decimal commas,
 * dates as "04.06.2026".
 *
 * Two files, laid out the way teachers use them: one row per student with the points in percent of the
 * quiz, "bearbeitet", the share right of the answered and the status per assignment (ready for the mark
 * book, no pivoting); and one row per question of
 * each assignment with its text, the right answer, the share right, the wrong answer given most and
 * the passage the answer stands in.
 */
import type { Question } from "../../bank/schema";
import { correctAnswerText } from "../quiz/describe";
import { questionText } from "./quizzes";
import { percent, replacedNote, type AssignmentInfo, type Member, type QuestionResult, type StudentSummary } from "./results";
import { germanNumericDate } from "../../shared/berlin-days";
import { STATUS_TEXT } from "./schedule";

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

/** An assignment as the CSV names it: "Titel (fällig 04.06.2026)". */
export interface CsvAssignment extends AssignmentInfo {
  title: string;
}

const assignmentLabel = (assignment: CsvAssignment) =>
  assignment.dueDate ? `${assignment.title} (fällig ${germanNumericDate(assignment.dueDate)})` : assignment.title;

/**
 * One row per student: per assignment the points as a percentage of the quiz (for the mark book: a question
 * not answered gives none), how many questions were answered, the share right of those answered (the
 * dashboard's "3 von 4 richtig (75 %)": nothing while none is answered), and the status as the dashboard writes it
 * (offen, fertig, verspätet, überfällig, nicht begonnen, zurückgezogen; of a live lesson fertig, unvollständig, keine
 * Antwort, nicht dabei). Each percentage says what it counts against, so the two are not mistaken for each other.
 */
export function studentResultsCsv(
  assignments: readonly CsvAssignment[],
  students: readonly { member: Member; results: ReadonlyMap<string, StudentSummary> }[],
): string {
  const header = ["Spitzname"];
  for (const assignment of assignments) {
    const label = assignmentLabel(assignment);
    const sizes = new Set(students.map(({ results }) => results.get(assignment.id)?.asked));
    const of = sizes.size === 1 ? ` (von ${[...sizes][0] ?? 0})` : "";
    header.push(`${label}: Punkte in Prozent des Quiz`, `${label}: bearbeitet${of}`, `${label}: richtig in Prozent der beantworteten`, `${label}: Status`);
  }
  const rows = students.map(({ member, results }) => [
    member.nickname,
    ...assignments.flatMap((assignment): (string | number)[] => {
      const result = results.get(assignment.id);
      if (!result) return ["", "", "", ""];
      const rightOfAnswered = result.answered === 0 ? "" : percent(result.right, result.answered);
      return [percent(result.points, result.asked), result.answered, rightOfAnswered, STATUS_TEXT[result.status]];
    }),
  ]);
  return toCsv(header, rows);
}

/** One row per question of each assignment, numbered as its dashboard numbers them (a live lesson's as the projector asked them). */
export function questionResultsCsv(assignments: readonly { assignment: CsvAssignment; questions: readonly QuestionResult[] }[]): string {
  const rows = assignments.flatMap(({ assignment, questions }) =>
    questions.map((result) => {
      const [mostWrong] = result.wrongResponses;
      const replaced = replacedNote(result);
      return [
        assignmentLabel(assignment),
        result.number,
        result.documentTitle,
        replaced ? `(${replaced}) ${questionText(result.question)}` : questionText(result.question),
        correctAnswerText(result.question),
        result.answered,
        result.right,
        result.answered === 0 ? "" : percent(result.right, result.answered),
        mostWrong?.label ?? "",
        mostWrong?.count ?? "",
        passageQuote(result.question),
      ];
    }),
  );
  return toCsv(
    ["Aufgabe", "Nr.", "Text", "Frage", "Richtige Antwort", "Antworten", "Richtig", "Anteil richtig (%)", "Häufigste falsche Antwort", "Wie oft", "Textstelle"],
    rows,
  );
}

/** The words the answer stands in, as quoted from the text. */
const passageQuote = (question: Question) => question.evidence.quote;
