/** The review page, and the card on the start page that says how many questions are due. */
import type { FC } from "hono/jsx";
import { Layout } from "../../layout/page";
import { REVIEW_SESSION_SIZE, type ReviewQueue, whenDue } from "../../review/queue";

const questions = (count: number) => (count === 1 ? "1 Frage" : `${count} Fragen`);

const StartReview: FC<{ due: number; secondary?: boolean }> = ({ due, secondary }) => (
  <form method="post" action="/wiederholen/starten">
    <button type="submit" class={secondary ? "secondary" : undefined}>
      {due > REVIEW_SESSION_SIZE ? `${REVIEW_SESSION_SIZE} davon wiederholen` : "Jetzt wiederholen"}
    </button>
  </form>
);

/** For the start page: only for learners who have answered something. */
export const DueCard: FC<{ queue: ReviewQueue; now: number }> = ({ queue, now }) =>
  queue.total === 0 ? null : (
    <section class="card due" aria-labelledby="faellig">
      <h2 id="faellig">{queue.due.length > 0 ? `${questions(queue.due.length)} fällig` : "Nichts fällig"}</h2>
      {queue.due.length > 0 ? (
        <>
          <p>Wiederhole sie jetzt, dann bleiben sie dir im Kopf.</p>
          <StartReview due={queue.due.length} />
        </>
      ) : (
        <p class="muted">
          Die nächste Wiederholung ist {queue.nextDue ? whenDue(queue.nextDue, now) : "später"} fällig. <a href="/wiederholen">Mehr dazu</a>
        </p>
      )}
    </section>
  );

export const ReviewPage: FC<{ queue: ReviewQueue; now: number }> = ({ queue, now }) => (
  <Layout title="Wiederholen" current="/wiederholen">
    <h1>Wiederholen</h1>
    <p>
      Jede Frage, die du beantwortet hast, kommt wieder, kurz bevor du sie vergessen würdest: falsch beantwortete schon nach 10 Minuten, richtig beantwortete
      erst nach Tagen, und jedes Mal, wenn du richtig liegst, später.
    </p>
    {queue.total === 0 ? (
      <p>
        Noch gibt es nichts zu wiederholen. <a href="/">Such dir einen Text aus</a> und beantworte ein paar Fragen.
      </p>
    ) : (
      <div class="card due">
        <p class="score">{queue.due.length > 0 ? `${questions(queue.due.length)} fällig` : "Gerade ist nichts fällig"}</p>
        <p class="muted">
          {questions(queue.total)} in deiner Wiederholung
          {queue.nextDue ? `; die nächste, die noch nicht fällig ist, kommt ${whenDue(queue.nextDue, now)}` : ""}.
        </p>
        {queue.due.length > 0 ? (
          <StartReview due={queue.due.length} />
        ) : (
          <p>
            <a href="/">Neue Fragen üben</a>
          </p>
        )}
      </div>
    )}
  </Layout>
);
