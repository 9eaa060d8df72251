/** The students' pages, addressed with "du": server-rendered, plain forms, no script needed. */
import type { FC } from "hono/jsx";
import { Layout } from "../../layout/page";
import { formatDate } from "../../../shared/german";
import type { StudentAssignmentResult } from "../dashboard";
import { NICKNAME_MAX_LENGTH } from "../nickname";
import { className, Errors, PointsText, titleIn } from "../parts";
import type { ClassRow } from "../store";

export const JoinPage: FC<{ errors?: string[]; code?: string; nickname?: string }> = ({ errors = [], code = "", nickname = "" }) => (
  <Layout title="Klasse beitreten" current="/klassen/beitreten">
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
  </Layout>
);

export const MyClassesPage: FC<{ classes: { classRow: ClassRow; nickname: string }[] }> = ({ classes }) => (
  <Layout title="Meine Klassen">
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
  </Layout>
);

export const MyClassPage: FC<{ classRow: ClassRow; nickname: string; assignments: StudentAssignmentResult[]; titles: Map<string, string> }> = ({
  classRow,
  nickname,
  assignments,
  titles,
}) => {
  const base = `/klassen/meine/${classRow.id}`;
  return (
    <Layout title={className(classRow)}>
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
              {assignment.dueDate && <p>Fällig am {formatDate(assignment.dueDate)}</p>}
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
    </Layout>
  );
};
