/**
 * The end of a quiz: the score with the personal best and a word of encouragement, what to do next at
 * the top, then every question not fully right with the learner's answer, the right one and, folded, the
 * evidence in its passage; the right ones folded away.
 */
import type { FC } from "hono/jsx";
import type { LearnerResponse } from "../../../bank/grade";
import type { BankDocument, Question } from "../../../bank/schema";
import { formatPercent, formatPoints } from "../../../shared/german";
import { Layout } from "../../layout/page";
import { questionUrl } from "../attempts";
import { correctAnswerText, responseText, VERDICT_TEXT, verdict } from "../describe";
import { germanNumericDate } from "../../../shared/berlin-days";
import type { Score } from "../progress";
import type { AttemptClosure } from "../store";
import type { Withheld } from "../highlight";
import { QuestionEvidence } from "./parts";
import { AskedQuestion, OptionMarks } from "./quiz";

export type ResultRow = { position: number; question: Question; answer: { response: LearnerResponse; score: number } | undefined };

/** A short, kind line for the share of points reached. */
export function encouragement(share: number): string {
  if (share >= 1) return "Alles richtig! Stark.";
  if (share >= 0.8) return "Sehr gut! Fast alles gewusst.";
  if (share >= 0.5) return "Gut gemacht! Mit „Falsche wiederholen“ sitzt der Rest bald auch.";
  if (share > 0) return "Ein Anfang! Lies unten nach, wo es im Text steht, und übe dann mit „Falsche wiederholen“.";
  return "Nicht aufgeben: Unten steht zu jeder Frage die Textstelle. Beim nächsten Mal klappt es besser.";
}

const points = (score: Score) => `${formatPoints(score.points)} von ${score.total}`;

/** The personal best, or that this round beat it. */
const BestLine: FC<{ best: Score | undefined; now: Score; finished: boolean }> = ({ best, now, finished }) => {
  if (!finished) return best ? <p>Deine Bestleistung: {points(best)} Punkten</p> : null;
  if (!best) return <p>Dein erstes Ergebnis bei diesem Quiz. Schaffst du beim nächsten Mal mehr?</p>;
  if (now.points / now.total > best.points / best.total)
    return (
      <p>
        <strong>Neue Bestleistung!</strong> Bisher: {points(best)} Punkten.
      </p>
    );
  return <p>Deine Bestleistung: {points(best)} Punkten</p>;
};

/** One question not fully right: as asked, the two answers, and, folded, where the text says it, as the feedback showed it. */
const WrongAnswer: FC<{
  attemptId: string;
  row: ResultRow & { answer: NonNullable<ResultRow["answer"]> };
  documents: ReadonlyMap<string, BankDocument>;
  withheld: Withheld;
}> = ({ attemptId, row, documents, withheld }) => {
  const { question, answer } = row;
  const result = verdict(answer.score);
  return (
    <li class="card result-item">
      <p class="result-head">
        <span class={`badge ${result}`}>
          {VERDICT_TEXT[result]}
          {result === "partly" ? ` (${formatPercent(answer.score)})` : ""}
        </span>
        <span class="muted">Frage {row.position}</span>
      </p>
      <h3>{question.stem}</h3>
      <AskedQuestion question={question} />
      {question.type === "multi" && answer.response.type === "multi" ? (
        <OptionMarks question={question} chosen={answer.response.choices} score={answer.score} />
      ) : (
        <dl class="answers">
          <div>
            <dt>Deine Antwort</dt>
            <dd>{responseText(question, answer.response)}</dd>
          </div>
          <div>
            <dt>Richtig</dt>
            <dd>
              <strong>{correctAnswerText(question)}</strong>
            </dd>
          </div>
        </dl>
      )}
      {/* Folded: on a phone each open passage is a screen long, and a learner with several wrong answers scrolled through
          all of them to reach the last. A native <details> opens without JavaScript. */}
      <details class="result-evidence">
        <summary>
          Wo steht das im Text?<span class="visually-hidden"> (Frage {row.position})</span>
        </summary>
        <QuestionEvidence question={question} documents={documents} withheld={withheld} />
      </details>
      <a href={questionUrl(attemptId, row.position)}>
        Rückmeldung ansehen<span class="visually-hidden"> zu Frage {row.position}</span>
      </a>
    </li>
  );
};

const QuestionLinks: FC<{ attemptId: string; rows: ResultRow[] }> = ({ attemptId, rows }) => (
  <ol class="results">
    {rows.map((row) => (
      <li>
        <a href={questionUrl(attemptId, row.position)}>{row.question.stem}</a>
      </li>
    ))}
  </ol>
);

export const ResultsPage: FC<{
  attemptId: string;
  quizTitle: string;
  rows: ResultRow[];
  /** The texts the evidence of the questions not fully right stands in. */
  documents: ReadonlyMap<string, BankDocument>;
  /** The evidence and answers of the questions still open: the passages shown stop before them, as on the feedback page. */
  withheld: Withheld;
  retryAction: string | undefined;
  /** The best earlier finished attempt at the same quiz; undefined when there is none or the quiz has no best (a review). */
  best: Score | undefined;
  /** Whether this quiz keeps a personal best (not a retry or a review, whose questions change). */
  keepsBest: boolean;
  /** Where "Noch eine Runde" starts the next round of the same quiz, with other questions where the pool has them. */
  nextRoundAction: string | undefined;
  /** Whether the next round will ask questions of earlier rounds too: the text has too few new ones left. */
  nextRoundRepeats?: boolean;
  /** The attempt was a class's assignment or lesson: another round is practice that the teacher's results do not count. */
  forAssignment?: boolean;
  /** Set when the attempt takes no more answers (its live session ended, its assignment closed): what was not answered stays so. */
  closure?: AttemptClosure | undefined;
  /** Where the page leads back to: the attempt's class, or else the texts of the start page. */
  back?: { href: string; text: string } | undefined;
}> = ({
  attemptId,
  quizTitle,
  rows,
  documents,
  withheld,
  retryAction,
  best,
  keepsBest,
  nextRoundAction,
  nextRoundRepeats = false,
  forAssignment = false,
  closure,
  back = { href: "/", text: "Zu den Texten" },
}) => {
  const closed = closure !== undefined;
  const answered = rows.filter((row) => row.answer !== undefined);
  const score: Score = { points: answered.reduce((sum, row) => sum + row.answer!.score, 0), total: rows.length };
  const finished = answered.length === rows.length;
  const wrong = rows.filter((row): row is ResultRow & { answer: NonNullable<ResultRow["answer"]> } => row.answer !== undefined && row.answer.score < 1);
  const right = rows.filter((row) => row.answer !== undefined && row.answer.score >= 1);
  const open = rows.filter((row) => row.answer === undefined);
  return (
    <Layout title={`Ergebnis: ${quizTitle}`}>
      <h1 tabindex={-1} autofocus>
        {finished ? "Geschafft!" : closure?.reason === "live" ? "Ergebnis der Live-Stunde" : closed ? "Dein Ergebnis" : "Zwischenstand"}
      </h1>
      <section class="card end-score" aria-label="Dein Ergebnis">
        <p class="meta">{quizTitle}</p>
        <p class="score-big">
          {formatPoints(score.points)} <span>von {score.total} Punkten</span>
        </p>
        <p class="score-share">{formatPercent(score.total ? score.points / score.total : 0)}</p>
        {finished && <p>{encouragement(score.total ? score.points / score.total : 0)}</p>}
        {keepsBest && <BestLine best={best} now={score} finished={finished} />}
      </section>
      <div class="actions">
        {retryAction && (
          <form method="post" action={retryAction}>
            <button type="submit">Falsche wiederholen ({wrong.length})</button>
          </form>
        )}
        {nextRoundAction && (
          <form method="post" action={nextRoundAction}>
            <button
              type="submit"
              class={retryAction ? "secondary" : undefined}
              aria-describedby={forAssignment ? "uebungsrunde" : nextRoundRepeats ? "wiederholung" : undefined}
            >
              {forAssignment ? "Noch eine Runde üben" : "Noch eine Runde"}
            </button>
          </form>
        )}
        {open.length > 0 && !closed && (
          <a class="button" href={questionUrl(attemptId, open[0]!.position)}>
            Weitermachen ({open.length} offen)
          </a>
        )}
        <a class="button secondary" href={back.href}>
          {back.text}
        </a>
      </div>
      {nextRoundAction && nextRoundRepeats && !forAssignment && (
        <p id="wiederholung" class="muted">
          Neue Fragen gibt es zu diesem Text kaum noch: „Noch eine Runde“ fragt auch Fragen, die du schon hattest.
        </p>
      )}
      {nextRoundAction && forAssignment && (
        <p id="uebungsrunde" class="muted">
          „Noch eine Runde üben“ fragt andere Fragen zum Text, wo es welche gibt, und zählt nicht für die Aufgabe.
        </p>
      )}

      {wrong.length > 0 && (
        <section aria-labelledby="falsch">
          <h2 id="falsch">{wrong.length === 1 ? "Diese Frage war nicht ganz richtig" : `Diese ${wrong.length} Fragen waren nicht ganz richtig`}</h2>
          <ol class="cards">
            {wrong.map((row) => (
              <WrongAnswer attemptId={attemptId} row={row} documents={documents} withheld={withheld} />
            ))}
          </ol>
        </section>
      )}
      {right.length > 0 && (
        <details class="card">
          <summary>{right.length === 1 ? "1 Frage richtig beantwortet" : `${right.length} Fragen richtig beantwortet`}</summary>
          <QuestionLinks attemptId={attemptId} rows={right} />
        </details>
      )}
      {open.length > 0 && !closed && (
        <section aria-labelledby="offen">
          <h2 id="offen">Noch offen</h2>
          <QuestionLinks attemptId={attemptId} rows={open} />
        </section>
      )}
      {open.length > 0 && closed && (
        <section aria-labelledby="offen">
          <h2 id="offen">Nicht beantwortet ({open.length})</h2>
          <p>
            {closure?.reason === "due"
              ? `Die Aufgabe war bis zum ${germanNumericDate(closure.dueDate)} zu erledigen: Diese Fragen zählen als nicht beantwortet.`
              : "Die Live-Stunde ist vorbei: Diese Fragen zählen als nicht beantwortet."}
          </p>
          <ol class="results">
            {open.map((row) => (
              <li>{row.question.stem}</li>
            ))}
          </ol>
        </section>
      )}
      <p>
        <a href="/fortschritt">Mein Fortschritt</a>
      </p>
    </Layout>
  );
};
