/**
 * The page of one assignment for the teacher ("Sie"): what to re-teach first (the questions the class
 * got wrong most, with the wrong answer given most and the passage it stands in), and the grid of
 * students x questions. The part under #live is what the page's script fetches again while it is open
 * (polling with ETag, see ../live-results.ts); without JavaScript the teacher reloads.
 *
 * The grid is written as one string, not as JSX elements: a full class has 4,500 cells, and each cell
 * of a state is the same few bytes (made once per request), which keeps the request within its CPU.
 */
import type { FC } from "hono/jsx";
import { raw } from "hono/html";
import { Layout } from "../../layout/page";
import { isOwnTextId } from "../../../bank/ids";
import { textReadingUrl } from "../../own-texts/pages";
import type { BankDocument, Evidence } from "../../../bank/schema";
import { evidenceUrl, QuestionEvidence } from "../../quiz/pages/parts";
import { correctAnswerText } from "../../quiz/describe";
import { teacherPath } from "../paths";
import { questionText } from "../quizzes";
import {
  type AssignmentResults,
  type GridRow,
  type Mark,
  percent,
  type QuestionResult,
  replacedNote,
  responseInWords,
  type StatusCounts,
  type StudentSummary,
} from "../results";
import { germanNumericDate } from "../../../shared/berlin-days";
import { STATUS_TEXT, STUDENT_STATUSES, statusClass } from "../schedule";
import type { AssignmentRow, ClassRow } from "../store";

export const assignmentPath = (classId: string, assignmentId: string) => `${teacherPath(classId)}/aufgaben/${assignmentId}`;
export const studentPath = (classId: string, memberId: number) => `${teacherPath(classId)}/schueler/${memberId}`;

export interface TitledAssignment extends AssignmentRow {
  title: string;
  /** Its quiz is an own text the teacher withdrew (own-texts/store.ts): nobody can begin it any more. */
  withdrawn?: boolean;
}

/** Tabs: the class overview and one per assignment; plain links, so they work without JavaScript. */
export const TeacherTabs: FC<{ classId: string; assignments: readonly TitledAssignment[]; current: string }> = ({ classId, assignments, current }) => (
  <nav class="tabs" aria-label="Übersicht und Aufgaben">
    <ul>
      <li>
        <a href={teacherPath(classId)} aria-current={current === "" ? "page" : undefined}>
          Übersicht
        </a>
      </li>
      {assignments.map((assignment) => (
        <li>
          <a href={assignmentPath(classId, assignment.id)} aria-current={current === assignment.id ? "page" : undefined}>
            {assignment.title}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);

/** "ab 01.06.2026 · fällig am 04.06.2026, danach geschlossen" */
export function windowText(assignment: AssignmentRow): string {
  if (assignment.liveAt !== null) return "Ergebnisse der Live-Stunde, getrennt von der Hausaufgabe; abgeschlossen";
  const parts = [];
  if (assignment.openFrom) parts.push(`ab ${germanNumericDate(assignment.openFrom)}`);
  if (assignment.dueDate) parts.push(`fällig am ${germanNumericDate(assignment.dueDate)}${assignment.closesAtDue ? ", danach geschlossen" : ""}`);
  return parts.length > 0 ? parts.join(" · ") : "ohne Termin";
}

/** "3 fertig · 1 verspätet · 20 offen" (statuses nobody has are left out). */
export const StatusCountsText: FC<{ counts: StatusCounts }> = ({ counts }) => {
  const parts = STUDENT_STATUSES.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${STATUS_TEXT[status]}`);
  return <>{parts.length > 0 ? parts.join(" · ") : "noch niemand in der Klasse"}</>;
};

/** "4 von 5 bearbeitet" */
export const answeredText = (summary: Pick<StudentSummary, "answered" | "asked">) => `${summary.answered} von ${summary.asked} bearbeitet`;
/** "3 von 4 richtig (75 %)": right among the answered, never counting what is not answered yet. */
export const rightText = (summary: Pick<StudentSummary, "right" | "answered">) =>
  summary.answered === 0 ? "noch keine Antwort" : `${summary.right} von ${summary.answered} richtig (${percent(summary.right, summary.answered)} %)`;

export const MARK_TEXT: Record<Mark, { symbol: string; text: string }> = {
  right: { symbol: "✓", text: "richtig" },
  partly: { symbol: "◐", text: "teilweise richtig" },
  wrong: { symbol: "✗", text: "falsch" },
  open: { symbol: "–", text: "noch nicht beantwortet" },
  absent: { symbol: "", text: "nicht gestellt" },
};

export const MarkLegend: FC = () => (
  <ul class="legend" aria-label="Zeichen im Raster">
    {(["right", "wrong", "partly", "open", "absent"] as const).map((mark) => (
      <li>
        <span class={`mark ${mark}`} aria-hidden="true">
          {MARK_TEXT[mark].symbol}
        </span>{" "}
        {MARK_TEXT[mark].text}
      </li>
    ))}
  </ul>
);

export const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The text with every character beyond ASCII as a character reference ("✓" as "&#10003;"): the browser
 * shows the same, and the grid's thousands of cells stay one-byte strings, which V8 joins and encodes
 * in about half the time of two-byte ones (measured: 2.3 against 0.9 ms for a grid of 100 x 13).
 */
export const asciiHtml = (text: string) => text.replace(/[^ -~]/gu, (character) => `&#${character.codePointAt(0)};`);

/** The grid as HTML: a table on wide screens, one card per student on phones (the stylesheet's job). */
function gridHtml(classId: string, columns: readonly QuestionResult[], rows: readonly GridRow[]): string {
  // Each state's cell, once per column: the number for phones (where the header row is hidden), the symbol, the word.
  const cells = columns.map((column) =>
    Object.fromEntries(
      (Object.keys(MARK_TEXT) as Mark[]).map((mark) => [
        mark,
        `<td class="mark ${mark}" data-f="${column.number}"><span aria-hidden="true">${asciiHtml(MARK_TEXT[mark].symbol)}</span><span class="visually-hidden">${MARK_TEXT[mark].text}</span></td>`,
      ]),
    ),
  );
  const header = columns
    .map(
      (column) =>
        `<th scope="col" class="q" data-question-id="${escapeHtml(column.question.id)}"><span class="visually-hidden">Frage </span>${column.number}</th>`,
    )
    .join("");
  const body = rows
    .map(({ member, summary, marks }) => {
      const questions = marks
        ? marks.map((mark, index) => cells[index]![mark]).join("")
        : `<td class="not-started" colspan="${Math.max(1, columns.length)}">noch nicht begonnen</td>`;
      return (
        `<tr><th scope="row" class="name"><a href="${studentPath(classId, member.id)}"><bdi>${escapeHtml(member.nickname)}</bdi></a></th>` +
        `<td class="status ${statusClass(summary.status)}">${STATUS_TEXT[summary.status]}</td>` +
        `<td class="figure">${answeredText(summary)}</td><td class="figure">${rightText(summary)}</td>${questions}</tr>`
      );
    })
    .join("");
  return (
    `<table class="grid"><caption id="raster-titel">Antworten je Schülerin und Schüler und Frage</caption>` +
    `<thead><tr><th scope="col">Spitzname</th><th scope="col">Status</th><th scope="col">Bearbeitet</th><th scope="col">Richtig unter den beantworteten</th>${header}</tr></thead>` +
    `<tbody>${body}</tbody></table>`
  );
}

/**
 * One question of the "re-teach first" list, named by its wording first: each student met it at a place of their own
 * draw ("Frage 2" on one phone), so its number here is only where the grid below and the text's review page have it.
 */
const HardQuestion: FC<{ classId: string; result: QuestionResult; documents: ReadonlyMap<string, BankDocument> }> = ({ classId, result, documents }) => {
  const [mostWrong] = result.wrongResponses;
  // The students' text page opens an own text only for the class's students: the teacher reads it on a page of the class.
  const inText = (evidence: Evidence) => (isOwnTextId(evidence.documentId) ? textReadingUrl(classId, evidence) : evidenceUrl(evidence));
  const replaced = replacedNote(result);
  return (
    <li class="hard-question" data-testid="hard-question" data-question-id={result.question.id}>
      <p class="question-line">{questionText(result.question)}</p>
      <p class="muted question-number">
        Frage {result.number} im Raster{replaced && ` (${replaced})`}
      </p>
      <p>
        <strong>
          {result.right} von {result.answered} richtig ({percent(result.right, result.answered)} %)
        </strong>{" "}
        · Richtige Antwort: {correctAnswerText(result.question)}
      </p>
      {mostWrong && (
        <p>
          {result.question.type === "multi" ? "Am häufigsten nicht ganz richtig" : "Am häufigsten falsch"}: {responseInWords(mostWrong)} ({mostWrong.count}×)
          {result.wrongResponses.length > 1 && (
            <span class="muted">
              {" "}
              · außerdem{" "}
              {result.wrongResponses
                .slice(1)
                .map((response) => `${responseInWords(response)} (${response.count}×)`)
                .join(result.question.type === "multi" ? "; " : ", ")}
            </span>
          )}
        </p>
      )}
      <QuestionEvidence question={result.question} documents={documents} href={inText} />
    </li>
  );
};

/** How many of the hardest questions are shown open; the others are one click away. */
const HARDEST_SHOWN = 5;

/** Said on the class overview and the assignment's results when the teacher withdrew the assignment's own text. */
export const WITHDRAWN_NOTE = "Text zurückgezogen: Niemand kann die Aufgabe neu beginnen, begonnene Versuche lassen sich beenden.";

/** The part of the page that updates by itself. */
export const LiveResults: FC<{
  classId: string;
  results: AssignmentResults;
  /** The texts the evidence of the answered questions stands in. */
  documents: ReadonlyMap<string, BankDocument>;
  studentCount: number;
  withdrawn?: boolean;
}> = ({ classId, results, documents, studentCount, withdrawn }) => {
  const unanswered = results.columns.filter((column) => column.answered === 0);
  return (
    <>
      {withdrawn && <p class="muted">{WITHDRAWN_NOTE}</p>}
      <p class="status-counts" data-testid="status-counts">
        <StatusCountsText counts={results.statusCounts} />
      </p>
      <section aria-labelledby="schwer">
        <h2 id="schwer">Zuerst besprechen: die Fragen mit den meisten Fehlern</h2>
        {results.hardest.length === 0 ? (
          <p>Noch keine Antworten.</p>
        ) : (
          <>
            <ol class="hard-questions">
              {results.hardest.slice(0, HARDEST_SHOWN).map((result) => (
                <HardQuestion classId={classId} result={result} documents={documents} />
              ))}
            </ol>
            {results.hardest.length > HARDEST_SHOWN && (
              <details id="weitere-fragen">
                <summary>Weitere beantwortete Fragen ({results.hardest.length - HARDEST_SHOWN})</summary>
                <ol class="hard-questions" start={HARDEST_SHOWN + 1}>
                  {results.hardest.slice(HARDEST_SHOWN).map((result) => (
                    <HardQuestion classId={classId} result={result} documents={documents} />
                  ))}
                </ol>
              </details>
            )}
          </>
        )}
        {unanswered.length > 0 && results.hardest.length > 0 && (
          <p class="muted">Noch von niemandem beantwortet: {unanswered.map((column) => `Frage ${column.number}`).join(", ")}.</p>
        )}
      </section>
      <section aria-labelledby="raster">
        <h2 id="raster">Wer hat was beantwortet?</h2>
        {studentCount === 0 ? (
          <p>Noch niemand ist der Klasse beigetreten.</p>
        ) : (
          <>
            <MarkLegend />
            {/* Scrolls inside its own box when there are many questions; the page itself never does. */}
            <section class="grid-box" aria-labelledby="raster-titel" tabindex={0}>
              {raw(gridHtml(classId, results.columns, results.rows))}
            </section>
          </>
        )}
      </section>
    </>
  );
};

export const AssignmentResultsPage: FC<{
  classRow: ClassRow;
  className: string;
  assignment: TitledAssignment;
  assignments: readonly TitledAssignment[];
  results: AssignmentResults;
  documents: ReadonlyMap<string, BankDocument>;
  /** What each student is asked (the grid has a column only for questions someone was asked). */
  questionsPerAttempt: number;
  studentCount: number;
  /** The version of the results, for the script's polling. */
  etag: string;
  /** The assignment's own text was withdrawn. */
  withdrawn: boolean;
}> = ({ classRow, className, assignment, assignments, results, documents, questionsPerAttempt, studentCount, etag, withdrawn }) => (
  <Layout title={`${assignment.title} – ${className}`} wide>
    <p class="breadcrumb">
      <a href={teacherPath(classRow.id)}>{className}</a>
    </p>
    <h1>{assignment.title}</h1>
    <p class="meta">
      {windowText(assignment)} · {assignment.liveAt !== null ? `${results.columns.length} Fragen gestellt` : `${questionsPerAttempt} Fragen je Versuch`}
    </p>
    <TeacherTabs classId={classRow.id} assignments={assignments} current={assignment.id} />
    {assignment.liveAt !== null ? (
      // Written when the lesson ended: nothing comes in any more, so nothing to poll.
      <>
        <p class="muted live-note" id="live-hinweis">
          Die Live-Stunde ist beendet: Diese Ergebnisse sind endgültig.
        </p>
        <div id="live">
          <LiveResults classId={classRow.id} results={results} documents={documents} studentCount={studentCount} />
        </div>
      </>
    ) : (
      <>
        <p class="muted live-note" id="live-hinweis">
          Diese Seite zeigt neue Antworten von selbst. Ohne JavaScript laden Sie sie neu, um den neuesten Stand zu sehen.
        </p>
        <div id="live" data-poll={`${assignmentPath(classRow.id, assignment.id)}/stand`} data-etag={etag}>
          <LiveResults classId={classRow.id} results={results} documents={documents} studentCount={studentCount} withdrawn={withdrawn} />
        </div>
      </>
    )}
    <p class="muted">
      Als CSV für Excel (alle Aufgaben der Klasse): <a href={`${teacherPath(classRow.id)}/export/schueler.csv`}>Ergebnisse je Schülerin und Schüler</a> ·{" "}
      <a href={`${teacherPath(classRow.id)}/export/fragen.csv`}>Ergebnisse je Frage</a>
    </p>
  </Layout>
);
