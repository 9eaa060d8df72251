/** The teacher's pages, addressed with "Sie": server-rendered, plain forms, no script needed. */
import type { Child, FC } from "hono/jsx";
import { Layout } from "../../layout/page";
import { formatDate } from "../../../shared/german";
import { correctAnswerText } from "../../quiz/describe";
import { type Dashboard, percent } from "../dashboard";
import { Bar, className, Errors, PointsText, titleIn } from "../parts";
import { questionText } from "../quizzes";
import { formatJoinCode } from "../secrets";
import type { AssignmentRow, ClassRow } from "../store";
import { MaterialSection } from "./material";

export const NewClassPage: FC<{ errors?: string[]; name?: string }> = ({ errors = [], name = "" }) => (
  <Layout title="Klasse anlegen">
    <h1>Klasse anlegen</h1>
    <p>
      Sie brauchen kein Konto. Sie bekommen einen geheimen Lehrkraft-Link für Ihre Übersicht und einen kurzen Code, mit dem Ihre Schülerinnen und Schüler
      beitreten – nur mit einem Spitznamen.
    </p>
    <Errors errors={errors} />
    <form method="post" action="/klassen/neu">
      <label for="name">Name der Klasse (freiwillig)</label>
      <input
        id="name"
        name="name"
        type="text"
        maxlength={60}
        value={name}
        autocomplete="off"
        placeholder="z. B. 9b Politik"
        aria-invalid={errors.length > 0 ? "true" : undefined}
        aria-describedby={errors.length > 0 ? "fehler" : undefined}
      />
      <button type="submit">Klasse anlegen</button>
    </form>
    <p>
      <a href="/klassen/datenschutz">Was wird gespeichert?</a>
    </p>
  </Layout>
);

export const TeacherWelcomePage: FC<{ classRow: ClassRow; teacherLink: string; joinLink: string }> = ({ classRow, teacherLink, joinLink }) => (
  <Layout title={`${className(classRow)} angelegt`}>
    <h1>{className(classRow)} ist angelegt</h1>
    <h2>Ihr Lehrkraft-Link</h2>
    <p>
      <strong>Speichern Sie diesen Link jetzt</strong> (Lesezeichen oder Passwortmanager). Er ist der einzige Schlüssel zu Ihrer Übersicht. Gespeichert ist nur
      ein Fingerabdruck (Hash) davon; wir können ihn nicht wiederherstellen.
    </p>
    <p>
      <label for="lehrkraft-link">Lehrkraft-Link (geheim halten)</label>
      <input id="lehrkraft-link" type="text" readonly value={teacherLink} />
    </p>
    <h2>Für Ihre Klasse</h2>
    <p>
      Klassencode:{" "}
      <strong class="code" data-testid="join-code">
        {formatJoinCode(classRow.joinCode)}
      </strong>
    </p>
    <p>
      Beitreten unter <a href={joinLink}>{joinLink}</a>
    </p>
    <p>
      <a href={`/klassen/lehrkraft/${classRow.id}`}>Weiter zur Übersicht</a>
    </p>
  </Layout>
);

interface QuizChoice {
  id: string;
  title: string;
  questionCount: number;
}

export const DashboardPage: FC<{
  classRow: ClassRow;
  dashboard: Dashboard;
  assignments: AssignmentRow[];
  quizzes: QuizChoice[];
  joinLink: string;
  errors?: string[];
  /** What the teacher chose in the assignment form, kept when it comes back with an error. */
  assignInput?: { quizId?: string | undefined; dueDate?: string | undefined };
  /** The section with the class's own texts. */
  ownTexts?: Child;
}> = ({ classRow, dashboard, assignments, quizzes, joinLink, errors = [], assignInput = {}, ownTexts }) => {
  const base = `/klassen/lehrkraft/${classRow.id}`;
  return (
    <Layout title={`${className(classRow)} – Übersicht`}>
      <h1>{className(classRow)}</h1>
      <p>
        Klassencode: <strong class="code">{formatJoinCode(classRow.joinCode)}</strong> · Beitreten unter <a href={joinLink}>{joinLink}</a>
      </p>
      <nav aria-label="Abschnitte">
        <ul>
          <li>
            <a href="#aufgaben">Aufgaben</a>
          </li>
          <li>
            <a href="#material">Arbeitsblätter und Moodle</a>
          </li>
          <li>
            <a href="#eigene-texte">Eigene Texte</a>
          </li>
          <li>
            <a href="#schueler">Schülerinnen und Schüler</a>
          </li>
          <li>
            <a href="#fragen">Fragen</a>
          </li>
          <li>
            <a href="#textstellen">Textstellen</a>
          </li>
          <li>
            <a href="#export">Export</a>
          </li>
          <li>
            <a href="#einstellungen">Einstellungen</a>
          </li>
        </ul>
      </nav>
      <Errors errors={errors} />

      <section aria-labelledby="aufgaben">
        <h2 id="aufgaben">Aufgaben</h2>
        {assignments.length === 0 ? (
          <p>Noch keine Aufgaben. Wählen Sie unten ein Quiz aus.</p>
        ) : (
          <ul>
            {assignments.map((assignment) => (
              <li>
                {titleIn(dashboard.titles, assignment.quizId)}
                {assignment.dueDate && <> – fällig am {formatDate(assignment.dueDate)}</>}
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={`${base}/aufgaben`}>
          <label for="quizId">Quiz zuweisen</label>
          <select id="quizId" name="quizId" required>
            {quizzes.map((quiz) => (
              <option value={quiz.id} selected={quiz.id === assignInput.quizId}>
                {quiz.title} ({quiz.questionCount} Fragen)
              </option>
            ))}
          </select>
          <label for="dueDate">Fällig am (freiwillig)</label>
          <input id="dueDate" name="dueDate" type="date" value={assignInput.dueDate ?? ""} />
          <button type="submit">Zuweisen</button>
        </form>
      </section>

      <MaterialSection classId={classRow.id} quizzes={quizzes} />
      {ownTexts}

      <section aria-labelledby="schueler">
        <h2 id="schueler">Schülerinnen und Schüler</h2>
        {dashboard.students.length === 0 ? (
          <p>Noch niemand ist beigetreten.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption>Fortschritt und Punkte je Aufgabe</caption>
              <thead>
                <tr>
                  <th scope="col">Spitzname</th>
                  {assignments.map((assignment) => (
                    <th scope="col">{titleIn(dashboard.titles, assignment.quizId)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dashboard.students.map(({ member, results }) => (
                  <tr data-testid="student-row">
                    <th scope="row">{member.nickname}</th>
                    {results.map((result) => (
                      <td>
                        {result.answered} von {result.questionCount} beantwortet
                        <br />
                        <Bar share={percent(result.points, result.questionCount)} /> <PointsText points={result.points} of={result.questionCount} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="fragen">
        <h2 id="fragen">Fragen</h2>
        {dashboard.questions.length === 0 ? (
          <p>Noch keine Fragen zugewiesen.</p>
        ) : (
          <ol class="fragen">
            {dashboard.questions.map(({ question, answered, correct, wrongResponses }) => (
              <li data-testid="question" data-question-id={question.id}>
                <p>{questionText(question)}</p>
                <p class="meta">
                  Richtige Antwort: {correctAnswerText(question)} · {titleIn(dashboard.titles, question.documentId)}
                </p>
                <p>
                  {answered === 0 ? (
                    "Noch keine Antworten."
                  ) : (
                    <>
                      <Bar share={percent(correct, answered)} /> {correct} von {answered} richtig ({percent(correct, answered)} %)
                    </>
                  )}
                </p>
                {wrongResponses.length > 0 && (
                  <table>
                    <caption>Falsche Antworten</caption>
                    <thead>
                      <tr>
                        <th scope="col">Antwort</th>
                        <th scope="col">Wie oft</th>
                      </tr>
                    </thead>
                    <tbody>
                      {wrongResponses.map(({ label, count }) => (
                        <tr>
                          <td>{label}</td>
                          <td>
                            <Bar share={percent(count, answered)} /> {count}×
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="textstellen">
        <h2 id="textstellen">Textstellen, die die Klasse am häufigsten falsch liest</h2>
        {dashboard.passages.length === 0 ? (
          <p>Noch keine Antworten.</p>
        ) : (
          <ol>
            {dashboard.passages.map((passage) => (
              <li data-testid="passage">
                <p>
                  <Bar share={percent(passage.wrong, passage.answered)} /> {passage.wrong} von {passage.answered} Antworten falsch (
                  {percent(passage.wrong, passage.answered)} %) · {passage.documentTitle}
                </p>
                <blockquote>{passage.text}</blockquote>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="export">
        <h2 id="export">Export</h2>
        <p>CSV-Dateien für Excel (UTF-8, Semikolon):</p>
        <ul>
          <li>
            <a href={`${base}/export/schueler.csv`}>Ergebnisse je Schülerin und Schüler</a>
          </li>
          <li>
            <a href={`${base}/export/fragen.csv`}>Ergebnisse je Frage</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="einstellungen">
        <h2 id="einstellungen">Einstellungen</h2>
        <form method="post" action={`${base}/name`}>
          <label for="class-name">Name der Klasse</label>
          <input id="class-name" name="name" type="text" maxlength={60} value={classRow.name ?? ""} />
          <button type="submit">Namen speichern</button>
        </form>
        <form method="post" action={`${base}/loeschen`}>
          <p>Löschen entfernt die Klasse mit allen Spitznamen, Aufgaben und Antworten endgültig.</p>
          <label class="choice">
            <input name="bestaetigung" type="checkbox" value="ja" required />
            <span>Ja, die Klasse und alle Daten löschen</span>
          </label>
          <button type="submit">Klasse löschen</button>
        </form>
        <form method="post" action={`${base}/abmelden`}>
          <button type="submit">Auf diesem Gerät abmelden</button>
        </form>
      </section>
    </Layout>
  );
};
