/** The start page: every text with its quiz, the mixed quiz, and unfinished quizzes to resume. */
import type { FC } from "hono/jsx";
import type { BankDocument } from "../../../bank/schema";
import { Layout } from "../../layout/page";
import { CONTINUE_LINK_TEXT, CONTINUE_PATH } from "../../recovery/pages";
import type { ReviewQueue } from "../../review/queue";
import { DueCard } from "./review";
import { DocumentMeta } from "./parts";

export type CatalogEntry = { document: BankDocument; questionCount: number };

/** About how long a learner needs per question: reading, answering and a look at the evidence. */
const SECONDS_PER_QUESTION = 25;

/** "12 Fragen · ca. 5 Minuten": what a quiz asks of a learner, without question-type jargon. */
export function quizLength(questionCount: number): string {
  const minutes = Math.max(1, Math.round((questionCount * SECONDS_PER_QUESTION) / 60));
  return `${questionCount === 1 ? "1 Frage" : `${questionCount} Fragen`} · ca. ${minutes === 1 ? "1 Minute" : `${minutes} Minuten`}`;
}
export type UnfinishedQuiz = { url: string; title: string; answered: number; total: number };

const StartForm: FC<{ quizId: string; title: string; text?: string }> = ({ quizId, title, text = "Quiz starten" }) => (
  <form method="post" action={`/quiz/${encodeURIComponent(quizId)}/starten`}>
    <button type="submit">
      {text}
      <span class="visually-hidden">: {title}</span>
    </button>
  </form>
);

export const CatalogPage: FC<{ entries: CatalogEntry[]; mixedCount: number; unfinished: UnfinishedQuiz[]; review: ReviewQueue; now: number }> = ({
  entries,
  mixedCount,
  unfinished,
  review,
  now,
}) => (
  <Layout title="Texte und Quizze" current="/">
    <h1>Texte und Quizze</h1>
    <p>
      Lies echte Nachrichtentexte und prüfe, was du behalten hast. Nach jeder Antwort siehst du die Textstelle, die sie belegt. Du brauchst kein Konto: Dein
      Fortschritt bleibt in diesem Browser. Schon auf einem anderen Gerät angefangen? <a href={CONTINUE_PATH}>{CONTINUE_LINK_TEXT}</a>
    </p>
    <DueCard queue={review} now={now} />
    {unfinished.length > 0 && (
      <section aria-labelledby="weitermachen">
        <h2 id="weitermachen">Weitermachen</h2>
        <ul class="cards">
          {unfinished.map((quiz) => (
            <li class="card">
              <p>
                <strong>{quiz.title}</strong>
                <br />
                <span class="muted">
                  {quiz.answered} von {quiz.total} Fragen beantwortet
                </span>
              </p>
              <a class="button" href={quiz.url}>
                Fortsetzen<span class="visually-hidden">: {quiz.title}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    )}
    <section aria-labelledby="texte">
      <h2 id="texte">Texte</h2>
      <ul class="cards">
        {entries.map(({ document, questionCount }) => (
          <li class="card">
            <h3>{document.title}</h3>
            <DocumentMeta document={document} />
            <p class="quiz-length">{quizLength(questionCount)}</p>
            <div class="actions">
              {questionCount > 0 && <StartForm quizId={document.id} title={document.title} />}
              <a href={`/texte/${encodeURIComponent(document.id)}`}>
                Text lesen<span class="visually-hidden">: {document.title}</span>
              </a>
            </div>
          </li>
        ))}
      </ul>
    </section>
    {mixedCount > 0 && (
      <section aria-labelledby="gemischt" class="card">
        <h2 id="gemischt">Gemischtes Quiz</h2>
        <p>Quer durch alle Texte: {quizLength(mixedCount)}</p>
        <StartForm quizId="gemischt" title="Gemischtes Quiz" text="Gemischtes Quiz starten" />
      </section>
    )}
  </Layout>
);
