/**
 * One student's answers for the teacher ("Sie"), per assignment, and what the teacher can change about
 * the entry: rename it, merge it into another entry of the same student, remove it.
 */
import { teacherPath } from "../paths";
import type { FC } from "hono/jsx";
import { FormErrors } from "../../layout/form-errors";
import { Layout } from "../../layout/page";
import { correctAnswerText } from "../../quiz/describe";
import { isolatedInTitle, NicknameField } from "../parts";
import { questionText } from "../quizzes";
import { type AssignmentResults, responseInWords } from "../results";
import { berlinDate, germanNumericDate } from "../../../shared/berlin-days";
import { STATUS_TEXT, statusClass } from "../schedule";
import type { ClassRow, MemberRow } from "../store";
import { answeredText, assignmentPath, MARK_TEXT, rightText, studentPath, type TitledAssignment, windowText } from "./results-page";

export interface StudentAssignment {
  assignment: TitledAssignment;
  /** The assignment's results with this student as the only row. */
  results: AssignmentResults;
}

export const StudentPage: FC<{
  classRow: ClassRow;
  className: string;
  member: MemberRow;
  others: readonly MemberRow[];
  assignments: readonly StudentAssignment[];
  errors?: string[];
  nicknameInput?: string;
}> = ({ classRow, className, member, others, assignments, errors = [], nicknameInput }) => {
  const base = studentPath(classRow.id, member.id);
  return (
    <Layout title={`${isolatedInTitle(member.nickname)} – ${className}`}>
      <p class="breadcrumb">
        <a href={teacherPath(classRow.id)}>{className}</a>
      </p>
      <h1>
        <bdi>{member.nickname}</bdi>
      </h1>
      <p class="meta">In der Klasse seit {germanNumericDate(berlinDate(member.createdAt.getTime()))}</p>
      <FormErrors errors={errors} />
      {assignments.length === 0 && <p>Die Klasse hat noch keine Aufgaben.</p>}
      {assignments.map(({ assignment, results }) => {
        const row = results.rows[0];
        if (!row) return null;
        return (
          <section aria-labelledby={`aufgabe-${assignment.id}`} class="student-assignment" data-testid="student-assignment">
            <h2 id={`aufgabe-${assignment.id}`}>
              <a href={assignmentPath(classRow.id, assignment.id)}>{assignment.title}</a>
            </h2>
            <p class="meta">{windowText(assignment)}</p>
            <p>
              <strong class={`status ${statusClass(row.summary.status)}`}>{STATUS_TEXT[row.summary.status]}</strong> · {answeredText(row.summary)} ·{" "}
              {rightText(row.summary)}
            </p>
            {row.marks === null ? (
              <p>Noch nicht begonnen.</p>
            ) : (
              <ol class="answers">
                {results.columns.map((column, index) => {
                  const mark = row.marks![index]!;
                  if (mark === "absent") return null;
                  const given = column.wrongResponses[0];
                  return (
                    <li class={`answer ${mark}`} value={column.number} data-testid="student-answer">
                      <span class={`mark ${mark}`} aria-hidden="true">
                        {MARK_TEXT[mark].symbol}
                      </span>{" "}
                      <span class="visually-hidden">{MARK_TEXT[mark].text}: </span>
                      {questionText(column.question)}
                      {(mark === "wrong" || mark === "partly") && given && <span class="given"> Antwort: {responseInWords(given)}.</span>}{" "}
                      <span class="muted">Richtig: {correctAnswerText(column.question)}</span>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}

      <section aria-labelledby="eintrag">
        <h2 id="eintrag">Eintrag ändern</h2>
        <form method="post" action={`${base}/name`}>
          <NicknameField value={nicknameInput ?? member.nickname} describedBy={errors.length > 0 ? "fehler" : undefined} />
          <button type="submit">Umbenennen</button>
        </form>

        {others.length > 0 && (
          <form method="post" action={`${base}/zusammenfuehren`}>
            <h3>Mit einem anderen Eintrag zusammenführen</h3>
            <p>
              Wenn <bdi>{member.nickname}</bdi> doppelt in der Klasse ist (zum Beispiel von einem zweiten Gerät): Die Antworten von <bdi>{member.nickname}</bdi>{" "}
              gehen an den gewählten Eintrag, dieser Eintrag wird entfernt. Hat jemand eine Frage in beiden Einträgen beantwortet, zählt die neuere Antwort.
            </p>
            <label for="ziel">Antworten übernehmen in</label>
            <select id="ziel" name="ziel" required>
              {others.map((other) => (
                <option value={String(other.id)} dir="auto">
                  {other.nickname}
                </option>
              ))}
            </select>
            <label class="choice">
              <input name="bestaetigung" type="checkbox" value="ja" required />
              <span>
                Ja, <bdi>{member.nickname}</bdi> in den gewählten Eintrag übernehmen
              </span>
            </label>
            <button type="submit">Zusammenführen</button>
          </form>
        )}

        <form method="post" action={`${base}/entfernen`}>
          <h3>Aus der Klasse entfernen</h3>
          <p>
            Entfernt <bdi>{member.nickname}</bdi> mit allen Antworten zu den Aufgaben dieser Klasse.
          </p>
          <label class="choice">
            <input name="bestaetigung" type="checkbox" value="ja" required />
            <span>
              Ja, <bdi>{member.nickname}</bdi> und die Antworten entfernen
            </span>
          </label>
          <button type="submit" class="danger">
            Entfernen
          </button>
        </form>
      </section>
    </Layout>
  );
};
