/** Taking a quiz: the question, the feedback after answering, the results at the end. */
import type { FC } from "hono/jsx";
import type { LearnerResponse } from "../../../bank/grade";
import type { PublicQuestion } from "../../../bank/public";
import type { BankDocument, Question } from "../../../bank/schema";
import { formatPercent, formatPoints } from "../../../shared/german";
import { correctAnswerText, responseText, spellingCorrection, VERDICT_TEXT, verdict } from "../describe";
import { questionUrl } from "../attempts";
import { Layout } from "../../layout/page";
import { EvidenceQuote, ProgressIndicator } from "./parts";

export type QuizPosition = { attemptId: string; quizTitle: string; position: number; total: number; done: number };

const ErrorMessage: FC<{ error: string | undefined }> = ({ error }) =>
  error ? (
    <div class="fehler" role="alert" id="fehler">
      <p>{error}</p>
    </div>
  ) : null;

/** A gap text: the sentence with its gap, which screen readers announce as "(Lücke)". */
const GapSentence: FC<{ before: string; after: string; id?: string }> = ({ before, after, id }) => (
  <p class="sentence" id={id}>
    {before}
    <span class="gap">
      <span class="visually-hidden">(Lücke)</span>
    </span>
    {after}
  </p>
);

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

const ChoiceFields: FC<{ question: Extract<PublicQuestion, { type: "single" | "multi" }>; selected: string[]; error?: string }> = ({
  question,
  selected,
  error,
}) => (
  <fieldset aria-labelledby="frage-text" aria-describedby={describedBy(question.type === "multi" && "hinweis", error && "fehler")}>
    {question.type === "multi" && (
      <p id="hinweis" class="muted">
        Mehrere Antworten können richtig sein.
      </p>
    )}
    <div class="choices">
      {question.options.map((option) => (
        <label class="choice">
          <input type={question.type === "single" ? "radio" : "checkbox"} name="antwort" value={option.id} checked={selected.includes(option.id)} />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  </fieldset>
);

const AnswerFields: FC<{ question: PublicQuestion; previous: string[]; error?: string }> = ({ question, previous, error }) => {
  switch (question.type) {
    case "single":
    case "multi":
      return <ChoiceFields question={question} selected={previous} error={error} />;
    case "truefalse":
      return (
        <>
          <p class="sentence" id="aussage">
            „{question.statement}“
          </p>
          <fieldset aria-labelledby="frage-text" aria-describedby={describedBy("aussage", error && "fehler")}>
            <div class="choices">
              {[
                { value: "wahr", text: "Stimmt" },
                { value: "falsch", text: "Stimmt nicht" },
              ].map((choice) => (
                <label class="choice">
                  <input type="radio" name="antwort" value={choice.value} checked={previous.includes(choice.value)} />
                  <span>{choice.text}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </>
      );
    case "numeric":
      return (
        <>
          {question.gap && <GapSentence id="satz" before={question.gap.before} after={question.gap.after} />}
          <label for="antwort">Deine Zahl{question.unit ? ` (in ${question.unit})` : ""}</label>
          <div class="field-row">
            <input
              id="antwort"
              name="antwort"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              class="gap-input"
              value={previous[0] ?? ""}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={describedBy(question.gap ? "satz" : "frage-text", error && "fehler")}
            />
            {question.unit && (
              <span class="unit" aria-hidden="true">
                {question.unit}
              </span>
            )}
          </div>
        </>
      );
    case "cloze":
      return (
        <>
          <GapSentence id="satz" before={question.before} after={question.after} />
          <label for="antwort">Dein Text für die Lücke</label>
          <input
            id="antwort"
            name="antwort"
            type="text"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            class="gap-input"
            value={previous[0] ?? ""}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={describedBy("satz", error && "fehler")}
          />
        </>
      );
  }
};

export const QuestionPage: FC<{
  at: QuizPosition;
  question: PublicQuestion;
  /** The title of the question's text, when the quiz spans several texts. */
  documentTitle?: string | undefined;
  previous?: string[];
  error?: string;
}> = ({ at, question, documentTitle, previous = [], error }) => (
  <Layout title={`${error ? "Fehler: " : ""}Frage ${at.position} von ${at.total}`}>
    <h1>{at.quizTitle}</h1>
    <ProgressIndicator position={at.position} total={at.total} done={at.done} />
    <form method="post" action={questionUrl(at.attemptId, at.position)} class="question" data-question-id={question.id} novalidate>
      {documentTitle && <p class="meta">aus: {documentTitle}</p>}
      <h2 id="frage-text" tabindex={-1} autofocus>
        {question.stem}
      </h2>
      <ErrorMessage error={error} />
      <AnswerFields question={question} previous={previous} error={error} />
      <div class="actions">
        <button type="submit">Antwort prüfen</button>
      </div>
    </form>
  </Layout>
);

/** The question as it was asked, for the feedback and the progress pages. */
export const AskedQuestion: FC<{ question: Question }> = ({ question }) => {
  switch (question.type) {
    case "truefalse":
      return <p class="sentence">„{question.statement}“</p>;
    case "cloze":
      return <GapSentence before={question.before} after={question.after} />;
    case "numeric":
      return question.before !== undefined && question.after !== undefined ? <GapSentence before={question.before} after={question.after} /> : null;
    default:
      return null;
  }
};

export const FeedbackPage: FC<{
  at: QuizPosition;
  question: Question;
  response: LearnerResponse;
  score: number;
  documents: BankDocument[];
  nextUrl: string;
  isLast: boolean;
}> = ({ at, question, response, score, documents, nextUrl, isLast }) => {
  const result = verdict(score);
  const spelling = spellingCorrection(question, response);
  // The same span can come twice (as evidence and in moreEvidence); show it once.
  const evidence = [question.evidence, ...question.moreEvidence].filter(
    (item, index, all) => all.findIndex((other) => other.documentId === item.documentId && other.start === item.start && other.end === item.end) === index,
  );
  const documentOf = (id: string) => documents.find((document) => document.id === id);
  return (
    <Layout title={`${VERDICT_TEXT[result]} – Frage ${at.position} von ${at.total}`}>
      <h1>{at.quizTitle}</h1>
      <ProgressIndicator position={at.position} total={at.total} done={at.done} />
      <h2 class="stem">{question.stem}</h2>
      <AskedQuestion question={question} />
      <section class={`feedback ${result}`} aria-labelledby="ergebnis" tabindex={-1} autofocus id="rueckmeldung">
        <h2 id="ergebnis">
          {VERDICT_TEXT[result]}
          {result === "partly" ? ` (${formatPercent(score)})` : result === "right" ? "!" : "."}
        </h2>
        <dl>
          <dt>Deine Antwort</dt>
          <dd>{responseText(question, response)}</dd>
          <dt>Richtige Antwort</dt>
          <dd class="richtige-antwort">{correctAnswerText(question)}</dd>
          {spelling && (
            <>
              <dt>Richtig geschrieben</dt>
              <dd>„{spelling}“ (ein Tippfehler zählt hier nicht als Fehler)</dd>
            </>
          )}
          {question.type === "numeric" && (
            <>
              <dt>So steht es im Text</dt>
              <dd>„{question.answerText}“</dd>
            </>
          )}
          {question.type === "truefalse" && question.correction && (
            <>
              <dt>Richtig ist</dt>
              <dd>{question.correction}</dd>
            </>
          )}
        </dl>
      </section>
      <h2>{evidence.length > 1 ? "Belege im Text" : "Beleg im Text"}</h2>
      {evidence.map((item) => {
        const document = documentOf(item.documentId);
        return document ? <EvidenceQuote evidence={item} document={document} /> : null;
      })}
      <div class="actions">
        <a class="button" href={nextUrl}>
          {isLast ? "Zum Ergebnis" : "Nächste Frage"}
        </a>
      </div>
    </Layout>
  );
};

export type ResultRow = { position: number; question: Question; score: number | undefined };

export const ResultsPage: FC<{
  attemptId: string;
  quizTitle: string;
  rows: ResultRow[];
  retryAction: string | undefined;
  /** Where "Noch eine Runde" starts the next round of the same quiz, with other questions where the pool has them. */
  nextRoundAction: string | undefined;
}> = ({ attemptId, quizTitle, rows, retryAction, nextRoundAction }) => {
  const points = rows.reduce((sum, row) => sum + (row.score ?? 0), 0);
  return (
    <Layout title={`Ergebnis: ${quizTitle}`}>
      <h1 tabindex={-1} autofocus>
        Ergebnis
      </h1>
      <p>{quizTitle}</p>
      <p class="score">
        {formatPoints(points)} von {rows.length} Punkten ({formatPercent(rows.length ? points / rows.length : 0)})
      </p>
      <ol class="results">
        {rows.map((row) => {
          const result = row.score === undefined ? undefined : verdict(row.score);
          return (
            <li>
              {result ? <span class={`badge ${result}`}>{VERDICT_TEXT[result]}</span> : <span class="badge">Offen</span>}
              <a href={questionUrl(attemptId, row.position)}>{row.question.stem}</a>
            </li>
          );
        })}
      </ol>
      <div class="actions">
        {nextRoundAction && (
          <form method="post" action={nextRoundAction}>
            <button type="submit">Noch eine Runde</button>
          </form>
        )}
        {retryAction && (
          <form method="post" action={retryAction}>
            <button type="submit" class={nextRoundAction ? "secondary" : undefined}>
              Falsche Fragen wiederholen
            </button>
          </form>
        )}
        <a class="button secondary" href="/">
          Zu den Texten
        </a>
        <a class="button secondary" href="/fortschritt">
          Mein Fortschritt
        </a>
      </div>
    </Layout>
  );
};
