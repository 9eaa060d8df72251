/** "Mein Fortschritt": scores per text, the questions answered wrong (to retry), the quizzes taken. */
import type { FC } from "hono/jsx";
import { formatDateTime, formatPercent, formatPoints } from "../../../shared/german";
import { VERDICT_TEXT, verdict } from "../describe";
import type { Progress } from "../progress";
import { Layout } from "../../layout/page";
import { RecoveryCodePanel } from "../../recovery/pages";
import type { RecoveryCodeStatus } from "../../recovery/store";

export const ProgressPage: FC<{ progress: Progress; recovery: RecoveryCodeStatus | undefined; continued: boolean }> = ({ progress, recovery, continued }) => {
  const practised = progress.documents.some((entry) => entry.answered > 0);
  return (
    <Layout title="Mein Fortschritt" current="/fortschritt">
      <h1>Mein Fortschritt</h1>
      {continued && (
        <p class="notice" role="status">
          Geschafft: Du machst jetzt auf diesem Gerät weiter.
        </p>
      )}
      {!practised && progress.unfinished.length === 0 ? (
        <p>
          Du hast noch keine Frage beantwortet. <a href="/">Such dir einen Text aus</a> und starte ein Quiz.
        </p>
      ) : (
        <>
          <p class="muted">Gezählt wird je Frage deine letzte Antwort. Dein Fortschritt ist nur in diesem Browser gespeichert.</p>
          <h2 id="je-text">Ergebnisse je Text</h2>
          <div class="table-wrap">
            <table aria-labelledby="je-text">
              <thead>
                <tr>
                  <th scope="col">Text</th>
                  <th scope="col">Beantwortet</th>
                  <th scope="col">Richtig</th>
                  <th scope="col">Punkte</th>
                </tr>
              </thead>
              <tbody>
                {progress.documents.map((entry) => (
                  <tr>
                    <th scope="row">
                      <a href={`/texte/${encodeURIComponent(entry.document.id)}`}>{entry.document.title}</a>
                    </th>
                    <td>
                      {entry.answered} von {entry.questionCount}
                    </td>
                    <td>{entry.right}</td>
                    <td>{entry.answered > 0 ? `${formatPoints(entry.points)} (${formatPercent(entry.points / entry.answered)})` : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2 id="falsch">Falsch beantwortete Fragen</h2>
          {progress.wrong.length === 0 ? (
            <p>Keine: Deine letzte Antwort auf jede Frage war richtig.</p>
          ) : (
            <>
              <ul class="results" aria-labelledby="falsch">
                {progress.wrong.map((item) => {
                  const result = verdict(item.score);
                  return (
                    <li>
                      <span class={`badge ${result}`}>{VERDICT_TEXT[result]}</span>
                      <a href={item.feedbackUrl}>{item.question.stem}</a>
                    </li>
                  );
                })}
              </ul>
              <form method="post" action="/fortschritt/wiederholen">
                <button type="submit">{progress.wrong.length === 1 ? "Diese Frage wiederholen" : `Diese ${progress.wrong.length} Fragen wiederholen`}</button>
              </form>
            </>
          )}

          {progress.unfinished.length > 0 && (
            <>
              <h2 id="offen">Angefangene Quizze</h2>
              <ul class="results" aria-labelledby="offen">
                {progress.unfinished.map((attempt) => (
                  <li>
                    <a href={attempt.url}>{attempt.title}</a>: {attempt.answered} von {attempt.total} Fragen beantwortet
                  </li>
                ))}
              </ul>
            </>
          )}

          {progress.finished.length > 0 && (
            <>
              <h2 id="fertig">Abgeschlossene Quizze</h2>
              <ul class="results" aria-labelledby="fertig">
                {progress.finished.map((attempt) => (
                  <li>
                    <a href={attempt.url}>{attempt.title}</a>: {formatPoints(attempt.points)} von {attempt.total} Punkten
                    <span class="muted"> · {formatDateTime(attempt.createdAt)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <RecoveryCodePanel status={recovery} returnTo="/fortschritt" />
    </Layout>
  );
};
