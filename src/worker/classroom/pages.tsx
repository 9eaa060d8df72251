/** Pages of the classroom: server-rendered, plain forms, no script needed. Teachers are addressed with "Sie", students with "du". */
import type { Child, FC } from "hono/jsx";
import { Layout } from "../pages/layout";
import { correctAnswerText } from "../quiz/describe";
import { percent, type Dashboard, type StudentAssignmentResult } from "./dashboard";
import { MaterialSection } from "./material";
import { NICKNAME_MAX_LENGTH } from "./nickname";
import { questionText } from "./quizzes";
import { formatJoinCode } from "./secrets";
import type { AssignmentRow, ClassRow } from "./store";

const titleIn = (titles: Map<string, string>, quizId: string) => titles.get(quizId) ?? "Unbekanntes Quiz";

const className = (classRow: ClassRow) => classRow.name ?? `Klasse ${formatJoinCode(classRow.joinCode)}`;

const germanDate = (isoDate: string) => {
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
};

const Page: FC<{ title: string; current?: string; children: Child }> = ({ title, current, children }) => (
  <Layout title={title} current={current}>
    {children}
  </Layout>
);

/** A horizontal bar; decorative, the number always stands next to it as text. */
const Bar: FC<{ share: number }> = ({ share }) => (
  <svg class="bar" width="120" height="12" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect width="100" height="10" fill="#e3e3e3" />
    <rect width={Math.max(0, Math.min(100, share))} height="10" fill="#1a6b45" />
  </svg>
);

const Errors: FC<{ errors: string[] }> = ({ errors }) =>
  errors.length === 0 ? null : (
    <div role="alert" class="fehler" id="fehler">
      <p>Bitte korrigieren:</p>
      <ul>
        {errors.map((error) => (
          <li>{error}</li>
        ))}
      </ul>
    </div>
  );

export const MessagePage: FC<{ title: string; message: string; link?: { href: string; text: string } }> = ({ title, message, link }) => (
  <Page title={title}>
    <h1>{title}</h1>
    <p>{message}</p>
    {link && (
      <p>
        <a href={link.href}>{link.text}</a>
      </p>
    )}
  </Page>
);

export const NewClassPage: FC<{ errors?: string[]; name?: string }> = ({ errors = [], name = "" }) => (
  <Page title="Klasse anlegen">
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
  </Page>
);

export const TeacherWelcomePage: FC<{ classRow: ClassRow; teacherLink: string; joinLink: string }> = ({ classRow, teacherLink, joinLink }) => (
  <Page title={`${className(classRow)} angelegt`}>
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
  </Page>
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
    <Page title={`${className(classRow)} – Übersicht`}>
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
                {assignment.dueDate && <> – fällig am {germanDate(assignment.dueDate)}</>}
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
    </Page>
  );
};

// Made once: toLocaleString builds a new formatter on every call.
const pointsFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const formatPoints = (points: number) => pointsFormat.format(points);

/** "1,5 von 10 Punkten (15 %)" */
const PointsText: FC<{ points: number; of: number }> = ({ points, of }) => <>{`${formatPoints(points)} von ${of} Punkten (${percent(points, of)} %)`}</>;

export const JoinPage: FC<{ errors?: string[]; code?: string; nickname?: string }> = ({ errors = [], code = "", nickname = "" }) => (
  <Page title="Klasse beitreten" current="/klassen/beitreten">
    <h1>Klasse beitreten</h1>
    <p>Du brauchst nur den Code deiner Lehrkraft und einen Spitznamen. Bitte nicht deinen echten vollen Namen.</p>
    <Errors errors={errors} />
    <form method="post" action="/klassen/beitreten">
      <label for="code">Klassencode</label>
      <input
        id="code"
        name="code"
        type="text"
        required
        autocomplete="off"
        autocapitalize="characters"
        value={code}
        placeholder="ABCD-EFGH"
        aria-describedby={errors.length > 0 ? "fehler" : undefined}
      />
      <label for="nickname">Spitzname</label>
      <input
        id="nickname"
        name="nickname"
        type="text"
        required
        maxlength={NICKNAME_MAX_LENGTH}
        autocomplete="off"
        value={nickname}
        aria-describedby={errors.length > 0 ? "fehler nickname-hinweis" : "nickname-hinweis"}
      />
      <p class="muted" id="nickname-hinweis">
        2 bis {NICKNAME_MAX_LENGTH} Zeichen: Buchstaben, Ziffern, Leerzeichen, Punkt, - und _.
      </p>
      <button type="submit">Beitreten</button>
    </form>
    <p>
      <a href="/klassen/meine">Meine Klassen</a> · <a href="/klassen/datenschutz">Was wird gespeichert?</a>
    </p>
  </Page>
);

export const MyClassesPage: FC<{ classes: { classRow: ClassRow; nickname: string }[] }> = ({ classes }) => (
  <Page title="Meine Klassen">
    <h1>Meine Klassen</h1>
    {classes.length === 0 ? (
      <p>Du bist noch in keiner Klasse.</p>
    ) : (
      <ul>
        {classes.map(({ classRow, nickname }) => (
          <li>
            <a href={`/klassen/meine/${classRow.id}`}>{className(classRow)}</a> (als {nickname})
          </li>
        ))}
      </ul>
    )}
    <p>
      <a href="/klassen/beitreten">Klasse beitreten</a>
    </p>
  </Page>
);

export const MyClassPage: FC<{ classRow: ClassRow; nickname: string; assignments: StudentAssignmentResult[]; titles: Map<string, string> }> = ({
  classRow,
  nickname,
  assignments,
  titles,
}) => {
  const base = `/klassen/meine/${classRow.id}`;
  return (
    <Page title={className(classRow)}>
      <h1>{className(classRow)}</h1>
      <p>
        Du bist dabei als <strong>{nickname}</strong>.
      </p>
      <h2>Deine Aufgaben</h2>
      {assignments.length === 0 ? (
        <p>Deine Lehrkraft hat noch keine Aufgaben gestellt.</p>
      ) : (
        <ul class="cards">
          {assignments.map(({ assignment, questionCount, answered, points, started }) => (
            <li class="card" data-testid="assignment">
              <h3>{titleIn(titles, assignment.quizId)}</h3>
              {assignment.dueDate && <p>Fällig am {germanDate(assignment.dueDate)}</p>}
              <p>
                {answered} von {questionCount} beantwortet · <PointsText points={points} of={questionCount} />
              </p>
              <form method="post" action={`${base}/aufgaben/${assignment.id}/starten`}>
                <button type="submit">
                  {!started ? "Starten" : answered < questionCount ? "Weitermachen" : "Ansehen"}
                  <span class="visually-hidden">: {titleIn(titles, assignment.quizId)}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2>Deine Daten</h2>
      <form method="post" action={`${base}/austreten`}>
        <p>Du kannst die Klasse verlassen. Dabei werden dein Spitzname und alle deine Antworten in dieser Klasse gelöscht.</p>
        <label class="choice">
          <input name="bestaetigung" type="checkbox" value="ja" required />
          <span>Ja, meine Daten in dieser Klasse löschen</span>
        </label>
        <button type="submit">Klasse verlassen und Daten löschen</button>
      </form>
    </Page>
  );
};

export const PrivacyPage: FC = () => (
  <Page title="Klassen: Was wird gespeichert?">
    <h1>Klassen: Was wird gespeichert?</h1>
    <ul>
      <li>
        <strong>Klasse:</strong> der freiwillige Name, der Klassencode und ein Fingerabdruck (SHA-256) des Lehrkraft-Links. Kein Konto, keine E-Mail-Adresse.
      </li>
      <li>
        <strong>Schülerinnen und Schüler:</strong> der Spitzname und eine zufällige Kennung im Cookie des Browsers. Keine echten Namen, keine E-Mail-Adresse.
      </li>
      <li>
        <strong>Antworten:</strong> die gewählte Antwort und ob sie richtig war, mit Zeitpunkt.
      </li>
      <li>
        <strong>Schutz vor Missbrauch:</strong> für falsche Klassencodes, Beitritte und neue Klassen ein Zähler je Anschluss, gespeichert unter einem
        Fingerabdruck der IP-Adresse (nie die Adresse selbst). Er gilt 15 Minuten bzw. eine Stunde.
      </li>
    </ul>
    <h2>Wie lange?</h2>
    <p>
      Bis die Lehrkraft die Klasse löscht, spätestens nach 12 Monaten. Wer eine Klasse verlässt, löscht dabei den eigenen Spitznamen und alle eigenen Antworten
      in dieser Klasse.
    </p>
  </Page>
);
