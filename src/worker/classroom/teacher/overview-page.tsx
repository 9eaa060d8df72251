/**
 * The class's home for the teacher ("Sie"): how students get in, the assignments with their dates and
 * where the class stands, every student's figures per assignment, exports and settings. The results
 * of one assignment in detail are on its own page (./results-page.tsx).
 */
import { teacherPath } from "../paths";
import type { Child, FC } from "hono/jsx";
import { FormErrors } from "../../layout/form-errors";
import { raw } from "hono/html";
import { Layout } from "../../layout/page";
import type { ClassOverview } from "../results";
import { formatJoinCode } from "../secrets";
import { STATUS_TEXT, statusClass } from "../schedule";
import type { ClassRow, MemberRow } from "../store";
import {
  answeredText,
  assignmentPath,
  asciiHtml,
  escapeHtml,
  rightText,
  StatusCountsText,
  studentPath,
  TeacherTabs,
  type TitledAssignment,
  windowText,
  WITHDRAWN_NOTE,
} from "./results-page";

interface QuizChoice {
  id: string;
  title: string;
  questionCount: number;
}

export interface AssignInput {
  quizId?: string | undefined;
  openFrom?: string | undefined;
  dueDate?: string | undefined;
  closesAtDue?: string | undefined;
}

/** A link shown in full (it wraps, never cut off) with a copy button that the script shows. */
export const CopyableLink: FC<{ id: string; label: string; href: string; secret?: boolean }> = ({ id, label, href, secret }) => (
  <div class="copyable">
    <p class="copyable-label" id={`${id}-label`}>
      {label}
    </p>
    <p class="link-text">
      {secret ? (
        <code id={id} data-testid={id}>
          {href}
        </code>
      ) : (
        <a id={id} href={href} data-testid={id}>
          {href}
        </a>
      )}
    </p>
    <button type="button" class="secondary" data-kopieren={id} hidden aria-describedby={`${id}-label`}>
      Link kopieren
    </button>
    <span class="copy-status" role="status" data-kopiert={id}></span>
  </div>
);

/** The class code and the join link, as the teacher passes them on. */
export const JoinAccess: FC<{ joinCode: string; joinLink: string }> = ({ joinCode, joinLink }) => (
  <>
    <p>
      Klassencode:{" "}
      <strong class="code" data-testid="join-code">
        {formatJoinCode(joinCode)}
      </strong>
    </p>
    <CopyableLink id="beitritts-link" label="Link zum Beitreten" href={joinLink} />
  </>
);

/** The dates of an assignment as form fields; the same fields for assigning and for changing. */
const WindowFields: FC<{
  idPrefix: string;
  openFrom?: string | null | undefined;
  dueDate?: string | null | undefined;
  closesAtDue?: boolean;
  hint?: string;
}> = ({ idPrefix, openFrom, dueDate, closesAtDue, hint }) => (
  <div class="window-fields">
    <div>
      <label for={`${idPrefix}-ab`}>Freigeben ab (freiwillig)</label>
      <input id={`${idPrefix}-ab`} name="openFrom" type="date" value={openFrom ?? ""} />
    </div>
    <div>
      <label for={`${idPrefix}-faellig`}>Fällig am (freiwillig)</label>
      <input id={`${idPrefix}-faellig`} name="dueDate" type="date" value={dueDate ?? ""} />
    </div>
    <label class="choice">
      <input name="closesAtDue" type="checkbox" value="ja" checked={closesAtDue} />
      <span>Nach dem Fälligkeitsdatum schließen (danach keine Antworten mehr)</span>
    </label>
    {hint && <p class="muted">{hint}</p>}
  </div>
);

const AssignmentCard: FC<{ classId: string; assignment: TitledAssignment; overview: ClassOverview; memberCount: number }> = ({
  classId,
  assignment,
  overview,
  memberCount,
}) => {
  const counts = overview.statusCounts.get(assignment.id);
  const action = assignmentPath(classId, assignment.id);
  return (
    <li class="card assignment-card" data-testid="assignment-card">
      <h3>
        <a href={action}>{assignment.title}</a>
      </h3>
      <p class="meta">{windowText(assignment)}</p>
      {assignment.withdrawn && <p class="muted">{WITHDRAWN_NOTE}</p>}
      <p>{counts && memberCount > 0 ? <StatusCountsText counts={counts} /> : "Noch niemand in der Klasse."}</p>
      <p>
        <a href={action}>Auswertung ansehen</a>
      </p>
      {assignment.liveAt === null && (
        <details>
          <summary>Termine ändern</summary>
          <form method="post" action={`${action}/termine`}>
            <WindowFields
              idPrefix={`termine-${assignment.id}`}
              openFrom={assignment.openFrom}
              dueDate={assignment.dueDate}
              closesAtDue={assignment.closesAtDue}
              hint="Ein leeres Feld entfernt den Termin."
            />
            <button type="submit">
              Termine speichern<span class="visually-hidden">: {assignment.title}</span>
            </button>
          </form>
        </details>
      )}
      <details>
        <summary>Aufgabe entfernen</summary>
        <form method="post" action={`${action}/entfernen`}>
          <fieldset>
            <legend class="small-legend">Was geschieht mit den Antworten?</legend>
            <div class="choices">
              <label class="choice">
                <input type="radio" name="antworten" value="behalten" checked />
                <span>Behalten: Die Schülerinnen und Schüler behalten sie als eigene Übung; in Ihrer Übersicht und im CSV erscheinen sie nicht mehr.</span>
              </label>
              <label class="choice">
                <input type="radio" name="antworten" value="loeschen" />
                <span>Löschen: Alle Antworten zu dieser Aufgabe werden gelöscht.</span>
              </label>
            </div>
          </fieldset>
          <label class="choice">
            <input name="bestaetigung" type="checkbox" value="ja" required />
            <span>Ja, die Aufgabe entfernen</span>
          </label>
          <button type="submit" class="danger">
            Aufgabe entfernen<span class="visually-hidden">: {assignment.title}</span>
          </button>
        </form>
      </details>
    </li>
  );
};

/**
 * Every student's figures per assignment: a table on wide screens, cards on phones. Written as one string,
 * not as JSX elements, like the grid of an assignment (./results-page.tsx): a full class has 100 students
 * times the assignments' cells, and JSX elements cost the request most of its CPU there.
 */
function studentTableHtml(classId: string, members: readonly MemberRow[], assignments: readonly TitledAssignment[], overview: ClassOverview): string {
  const titles = assignments.map((assignment) => escapeHtml(assignment.title));
  // The start of each assignment's cell, once per assignment (in ASCII, see asciiHtml); the figures' texts hold
  // digits and words only.
  const cellStarts = titles.map((title) => `<td><span class="cell-title">${asciiHtml(title)}: </span>`);
  const rows = members
    .map((member) => {
      const ofMember = overview.students.get(member.id);
      const cells = assignments
        .map((assignment, index) => {
          const summary = ofMember?.get(assignment.id);
          if (!summary) return "<td></td>";
          return `${cellStarts[index]}${answeredText(summary)} · ${rightText(summary)} · <span class="status ${statusClass(summary.status)}">${STATUS_TEXT[summary.status]}</span></td>`;
        })
        .join("");
      return `<tr data-testid="student-row"><th scope="row"><a href="${studentPath(classId, member.id)}"><bdi>${escapeHtml(member.nickname)}</bdi></a></th>${cells}</tr>`;
    })
    .join("");
  return (
    `<table class="students"><caption id="schueler-titel">Je Aufgabe: bearbeitet, richtig unter den beantworteten, Status</caption>` +
    `<thead><tr><th scope="col">Spitzname</th>${titles.map((title) => `<th scope="col">${title}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table>`
  );
}

const StudentTable: FC<{ classId: string; members: readonly MemberRow[]; assignments: readonly TitledAssignment[]; overview: ClassOverview }> = ({
  classId,
  members,
  assignments,
  overview,
}) => (
  <section class="grid-box" aria-labelledby="schueler-titel" tabindex={0}>
    {raw(studentTableHtml(classId, members, assignments, overview))}
  </section>
);

export const OverviewPage: FC<{
  classRow: ClassRow;
  className: string;
  joinLink: string;
  assignments: readonly TitledAssignment[];
  members: readonly MemberRow[];
  overview: ClassOverview;
  quizzes: readonly QuizChoice[];
  material: Child;
  errors?: string[];
  assignInput?: AssignInput;
}> = ({ classRow, className, joinLink, assignments, members, overview, quizzes, material, errors = [], assignInput = {} }) => {
  const base = teacherPath(classRow.id);
  return (
    <Layout title={`${className} – Übersicht`} wide>
      <h1>{className}</h1>
      <TeacherTabs classId={classRow.id} assignments={assignments} current="" />
      <FormErrors errors={errors} />
      <nav class="on-this-page" aria-label="Auf dieser Seite">
        <a href="#zugang">Zugang</a> · <a href="#aufgaben">Aufgaben</a> · <a href="#schueler">Schülerinnen und Schüler</a> ·{" "}
        <a href="#material">Arbeitsblätter und Moodle</a> · <a href="#export">Export</a> · <a href="#einstellungen">Einstellungen</a>
      </nav>

      <section aria-labelledby="zugang">
        <h2 id="zugang">So kommen Ihre Schülerinnen und Schüler in die Klasse</h2>
        <JoinAccess joinCode={classRow.joinCode} joinLink={joinLink} />
        <p>
          <a href={`${base}/zugangsblatt`}>Zugangsblatt mit QR-Code (zum Ausdrucken oder für den Beamer)</a>
        </p>
        <p>
          <a class="button" href={`${base}/live`}>
            Live-Quiz starten
          </a>
        </p>
      </section>

      <section aria-labelledby="aufgaben">
        <h2 id="aufgaben">Aufgaben</h2>
        {assignments.length === 0 ? (
          <p>Noch keine Aufgaben. Wählen Sie unten ein Quiz aus.</p>
        ) : (
          <ul class="cards assignment-cards">
            {assignments.map((assignment) => (
              <AssignmentCard classId={classRow.id} assignment={assignment} overview={overview} memberCount={members.length} />
            ))}
          </ul>
        )}
        <form method="post" action={`${base}/aufgaben`} class="card">
          <h3>Neue Aufgabe</h3>
          <label for="quizId">Quiz zuweisen</label>
          <select id="quizId" name="quizId" required>
            {quizzes.map((quiz) => (
              <option value={quiz.id} selected={quiz.id === assignInput.quizId}>
                {quiz.title} ({quiz.questionCount} Fragen)
              </option>
            ))}
          </select>
          <WindowFields
            idPrefix="neu"
            openFrom={assignInput.openFrom}
            dueDate={assignInput.dueDate}
            closesAtDue={assignInput.closesAtDue === "ja"}
            hint="Weisen Sie ein Quiz erneut zu, bleiben Termine, die Sie leer lassen, wie sie sind."
          />
          <button type="submit">Zuweisen</button>
        </form>
      </section>

      <section aria-labelledby="schueler">
        <h2 id="schueler">Schülerinnen und Schüler ({members.length})</h2>
        {members.length === 0 ? (
          <p>Noch niemand ist beigetreten.</p>
        ) : assignments.length === 0 ? (
          <ul class="name-list">
            {members.map((member) => (
              <li data-testid="student-row">
                <a href={studentPath(classRow.id, member.id)}>
                  <bdi>{member.nickname}</bdi>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <StudentTable classId={classRow.id} members={members} assignments={assignments} overview={overview} />
        )}
        {members.length > 0 && <p class="muted">Einen Namen anklicken: Antworten ansehen, umbenennen, doppelte Einträge zusammenführen, entfernen.</p>}
      </section>

      {material}

      <section aria-labelledby="export">
        <h2 id="export">Export</h2>
        <p>CSV-Dateien für Excel (UTF-8, Semikolon):</p>
        <ul>
          <li>
            <a href={`${base}/export/schueler.csv`}>Ergebnisse je Schülerin und Schüler</a> (eine Zeile je Person, je Aufgabe Punkte in Prozent des Quiz,
            bearbeitet, richtig in Prozent der beantworteten und Status)
          </li>
          <li>
            <a href={`${base}/export/fragen.csv`}>Ergebnisse je Frage</a> (mit richtiger Antwort, häufigster falscher Antwort und Textstelle)
          </li>
        </ul>
      </section>

      <section aria-labelledby="einstellungen">
        <h2 id="einstellungen">Einstellungen</h2>
        <form method="post" action={`${base}/name`}>
          <label for="class-name">Name der Klasse</label>
          <div class="field-row">
            <input id="class-name" name="name" type="text" maxlength={60} value={classRow.name ?? ""} />
            <button type="submit">Namen speichern</button>
          </div>
        </form>
        <p>
          <a href={`${base}/lehrkraft-link`}>Ihren Lehrkraft-Link anzeigen</a> (um die Übersicht auf einem anderen Gerät zu öffnen)
        </p>
        <form method="post" action={`${base}/loeschen`}>
          <p>Löschen entfernt die Klasse mit allen Spitznamen, Aufgaben und Antworten endgültig.</p>
          <label class="choice">
            <input name="bestaetigung" type="checkbox" value="ja" required />
            <span>Ja, die Klasse und alle Daten löschen</span>
          </label>
          <button type="submit" class="danger">
            Klasse löschen
          </button>
        </form>
        <form method="post" action={`${base}/abmelden`}>
          <button type="submit" class="secondary">
            Auf diesem Gerät abmelden
          </button>
        </form>
      </section>
    </Layout>
  );
};
