/**
 * "Mein Fortschritt": what is due, a card per text (answered, right, personal best), the questions
 * last answered wrong with a retry at the top, quizzes to continue, and the code for another device.
 * Cards, not a table: they stack on a phone and sit side by side on a desktop.
 */
import type { FC } from "hono/jsx";
import type { Question } from "../../../bank/schema";
import { formatDateTime, formatPercent, formatPoints, quoted } from "../../../shared/german";
import { Layout } from "../../layout/page";
import { RecoveryCodePanel } from "../../recovery/pages";
import type { RecoveryCodeStatus } from "../../recovery/store";
import type { ReviewQueue } from "../../review/queue";
import { resultsUrl } from "../attempts";
import { VERDICT_TEXT, verdict } from "../describe";
import type { DocumentProgress, Progress, WrongQuestion } from "../progress";
import { AskedQuestion } from "./quiz";
import { DueCard } from "./review";

/** How many wrong questions show before the rest fold away. */
const WRONG_SHOWN = 5;

const TextCard: FC<{ entry: DocumentProgress }> = ({ entry }) => (
  <li class="card">
    <h3>
      <a href={`/texte/${encodeURIComponent(entry.document.id)}`}>{entry.document.title}</a>
    </h3>
    {entry.answered === 0 ? (
      <p class="muted">Noch nicht geübt.</p>
    ) : (
      <>
        <p>
          {entry.answered} von {entry.questionCount} Fragen beantwortet, davon {entry.right} richtig
        </p>
        <progress max={entry.questionCount} value={entry.answered} aria-label={`${entry.answered} von ${entry.questionCount} Fragen beantwortet`}>
          {entry.answered} von {entry.questionCount}
        </progress>
        {entry.best && (
          <p>
            Bestleistung: {formatPoints(entry.best.points)} von {entry.best.total} Punkten ({formatPercent(entry.best.points / entry.best.total)})
          </p>
        )}
      </>
    )}
    {entry.changedSinceAnswered > 0 && (
      <p class="muted">
        {entry.changedSinceAnswered === 1
          ? "1 Frage, die du beantwortet hast, hat deine Lehrkraft inzwischen geändert oder gelöscht. Sie zählt hier nicht mehr mit."
          : `${entry.changedSinceAnswered} Fragen, die du beantwortet hast, hat deine Lehrkraft inzwischen geändert oder gelöscht. Sie zählen hier nicht mehr mit.`}
      </p>
    )}
  </li>
);

/** How many words of a statement or gap sentence name a link: enough to tell apart the statements of one speaker. */
const NAME_WORDS = 12;

/** The first NAME_WORDS words of `text`, and "…" where words were left out. */
function firstWords(text: string): string {
  const words = text.trim().split(/\s+/u);
  return words.length > NAME_WORDS ? `${words.slice(0, NAME_WORDS).join(" ")} …` : words.join(" ");
}

/**
 * A wrong question's link name: its stem with the start of its statement or gap sentence, where many questions share
 * the stem ("Stimmt diese Aussage laut Text?", "Welche Zahl fehlt in diesem Satz?"); a screen reader's list of links
 * reads each apart, and not the whole sentence.
 */
function linkName(question: Question): string {
  if (question.type === "truefalse") return `${question.stem} ${quoted(firstWords(question.statement))}`;
  if ((question.type === "cloze" || question.type === "numeric") && question.before !== undefined)
    return `${question.stem} ${quoted(firstWords(`${question.before}(Lücke)${question.after ?? ""}`))}`;
  return question.stem;
}

const WrongItem: FC<{ item: WrongQuestion }> = ({ item }) => {
  const result = verdict(item.score);
  return (
    <li>
      <span class={`badge ${result}`}>{VERDICT_TEXT[result]}</span>
      <a href={item.feedbackUrl} aria-label={linkName(item.question)}>
        {item.question.stem}
      </a>
      <AskedQuestion question={item.question} />
      {item.documentTitle && <p class="meta">aus: {item.documentTitle}</p>}
    </li>
  );
};

export const ProgressPage: FC<{
  progress: Progress;
  review: ReviewQueue;
  now: number;
  recovery: RecoveryCodeStatus | undefined;
  /** Just arrived with a recovery code. */
  continued: boolean;
}> = ({ progress, review, now, recovery, continued }) => {
  const practised = progress.documents.some((entry) => entry.answered > 0);
  const answered = progress.documents.reduce((sum, entry) => sum + entry.answered, 0);
  const right = progress.documents.reduce((sum, entry) => sum + entry.right, 0);
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
          <p>
            <strong>
              {answered === 1 ? "1 Frage" : `${answered} Fragen`} beantwortet, davon {right} richtig.
            </strong>{" "}
            <span class="muted">Es zählt je Frage deine letzte Antwort.</span>
          </p>
          {/* One way to repeat: with nothing due, "Nichts fällig" above the wrong ones' own button read as a second one. */}
          {(review.due.length > 0 || progress.wrong.length === 0) && <DueCard queue={review} now={now} />}

          {progress.wrong.length > 0 && (
            <section aria-labelledby="falsch">
              <h2 id="falsch">Zuletzt falsch beantwortet</h2>
              <form method="post" action="/fortschritt/wiederholen">
                <button type="submit" class={review.due.length > 0 ? "secondary" : undefined}>
                  {progress.wrong.length === 1 ? "Diese Frage wiederholen" : `Diese ${progress.wrong.length} Fragen wiederholen`}
                </button>
              </form>
              <ul class="results">
                {progress.wrong.slice(0, WRONG_SHOWN).map((item) => (
                  <WrongItem item={item} />
                ))}
              </ul>
              {progress.wrong.length > WRONG_SHOWN && (
                <details>
                  <summary>{progress.wrong.length - WRONG_SHOWN} weitere</summary>
                  <ul class="results">
                    {progress.wrong.slice(WRONG_SHOWN).map((item) => (
                      <WrongItem item={item} />
                    ))}
                  </ul>
                </details>
              )}
            </section>
          )}

          {progress.unfinished.length > 0 && (
            <section aria-labelledby="offen">
              <h2 id="offen">Angefangen</h2>
              <ul class="results">
                {progress.unfinished.map((attempt) => (
                  <li>
                    <a href={attempt.url}>{attempt.title}</a>: {attempt.answered} von {attempt.total} Fragen beantwortet
                  </li>
                ))}
              </ul>
            </section>
          )}

          <h2 id="je-text">Je Text</h2>
          <ul class="cards grid" aria-labelledby="je-text">
            {progress.documents.map((entry) => (
              <TextCard entry={entry} />
            ))}
          </ul>

          {progress.finished.length > 0 && (
            <details class="card">
              <summary>Abgeschlossene Quizze ({progress.finished.length})</summary>
              <ul class="results">
                {progress.finished.map((attempt) => (
                  <li>
                    <a href={resultsUrl(attempt.id)}>{attempt.title}</a>: {formatPoints(attempt.points)} von {attempt.total} Punkten
                    <span class="muted"> · {formatDateTime(attempt.createdAt)}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <RecoveryCodePanel status={recovery} returnTo="/fortschritt" />
    </Layout>
  );
};
