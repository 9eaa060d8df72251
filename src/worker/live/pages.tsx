/** Pages of the live mode: the teacher's start form, the projector, the student's join form and phone. */
import type { Child, FC } from "hono/jsx";
import { raw } from "hono/html";
import { className } from "../classroom/parts";
import type { ClassRow } from "../classroom/store";
import { NICKNAME_MAX_LENGTH } from "../classroom/nickname";
import { Layout, PageHead } from "../layout/page";
import { LIVE_SCRIPT_URL, LIVE_STYLESHEET_URL } from "../static/assets";
import type { PlayerViewMessage, PresenterViewMessage } from "./protocol";
import type { LiveQuiz } from "./questions";
import { MAX_PLAYERS } from "./store";
import type { SessionSummary } from "./session";
import { formatSessionCode, playerPath, presenterPath } from "./views";

export const QUESTION_COUNTS = [
  { value: "5", text: "5 Fragen" },
  { value: "10", text: "10 Fragen" },
  { value: "15", text: "15 Fragen" },
  { value: "20", text: "20 Fragen" },
  { value: "alle", text: "alle Fragen des Quiz" },
];

export const TIMER_CHOICES = [
  { seconds: 0, text: "ohne Zeitlimit (Sie lösen auf)" },
  { seconds: 20, text: "20 Sekunden" },
  { seconds: 30, text: "30 Sekunden" },
  { seconds: 60, text: "60 Sekunden" },
  { seconds: 90, text: "90 Sekunden" },
];

const Errors: FC<{ errors: string[] }> = ({ errors }) =>
  errors.length === 0 ? null : (
    <div role="alert" class="fehler" id="fehler">
      {errors.map((error) => (
        <p>{error}</p>
      ))}
    </div>
  );

/**
 * The sizes the form offers: none above the largest quiz (a class with quizzes of 5 to 8 questions gets no
 * "10 Fragen"), and "alle". With the script, sizes above the chosen quiz's are disabled (../static/quiz.js).
 */
export function offeredCounts(quizzes: readonly LiveQuiz[]) {
  const largest = Math.max(0, ...quizzes.map((quiz) => quiz.questionCount));
  return QUESTION_COUNTS.filter((count) => count.value === "alle" || Number(count.value) <= largest);
}

/** The offered sizes, 10 preselected where offered, else "alle". */
const CountOptions: FC<{ quizzes: readonly LiveQuiz[] }> = ({ quizzes }) => {
  const offered = offeredCounts(quizzes);
  const preselected = offered.some((count) => count.value === "10") ? "10" : "alle";
  return (
    <>
      {offered.map((count) => (
        <option value={count.value} selected={count.value === preselected}>
          {count.text}
        </option>
      ))}
    </>
  );
};

export const LiveStartPage: FC<{
  classRow: ClassRow;
  quizzes: LiveQuiz[];
  running: (SessionSummary & { code: string }) | undefined;
  errors: string[];
}> = ({ classRow, quizzes, running, errors }) => (
  <Layout title={`Live-Quiz starten – ${className(classRow)}`}>
    <p>
      <a href={`/klassen/lehrkraft/${classRow.id}`}>Zurück zur Übersicht von {className(classRow)}</a>
    </p>
    <h1>Live-Quiz starten</h1>
    <p>
      Alle beantworten dieselbe Frage zur selben Zeit auf dem Handy, der Beamer zeigt danach, wie die Klasse geantwortet hat, und dann die Textstelle, die die
      Frage entscheidet. Öffnen Sie die Beamer-Ansicht, die nach dem Start erscheint, auf dem Rechner am Beamer.
    </p>
    {running && (
      <section class="card" aria-labelledby="laufend">
        <h2 id="laufend">Laufendes Live-Quiz</h2>
        <p>
          {running.quizTitle} · Code <strong class="code">{formatSessionCode(running.code)}</strong> · {running.players} dabei
        </p>
        <p>
          <a class="button" href={presenterPath(classRow.id, running.code)}>
            Zur Beamer-Ansicht
          </a>
        </p>
      </section>
    )}
    <Errors errors={errors} />
    <form method="post" action={`/klassen/lehrkraft/${classRow.id}/live`}>
      <label for="live-quiz">Quiz</label>
      <select id="live-quiz" name="quizId" required>
        {quizzes.map((quiz) => (
          <option value={quiz.id} data-fragen={String(quiz.questionCount)}>
            {quiz.title} ({quiz.questionCount} Fragen)
          </option>
        ))}
      </select>
      <label for="live-anzahl">Wie viele Fragen?</label>
      <select id="live-anzahl" name="anzahl" aria-describedby="live-anzahl-hinweis">
        <CountOptions quizzes={quizzes} />
      </select>
      <p class="muted" id="live-anzahl-hinweis">
        Hat das Quiz weniger Fragen, stellt das Live-Quiz alle.
      </p>
      <label for="live-zeit">Zeit je Frage</label>
      <select id="live-zeit" name="zeit">
        {TIMER_CHOICES.map((choice) => (
          <option value={String(choice.seconds)}>{choice.text}</option>
        ))}
      </select>
      <label class="choice">
        <input type="checkbox" name="tempo" value="ja" />
        <span>Tempo-Bonus: Bei gleicher Punktzahl liegt vorn, wer schneller richtig geantwortet hat. Richtige Antworten zählen immer mehr als schnelle.</span>
      </label>
      <div class="actions">
        <button type="submit">Live-Quiz starten</button>
      </div>
    </form>
    <h2>Gut zu wissen</h2>
    <ul>
      <li>Bis zu {MAX_PLAYERS} Handys spielen mit. Wer noch nicht in der Klasse ist, tritt mit dem Spitznamen bei.</li>
      <li>Wer die Seite neu lädt oder die App wechselt, kommt auf denselben Platz mit denselben Punkten zurück.</li>
      <li>Am Ende stehen die Antworten in der Übersicht der Klasse und im CSV-Export, wie bei einer Aufgabe.</li>
      <li>Ein Live-Quiz, in dem zwei Stunden lang nichts geschieht, endet von selbst; seine Antworten bleiben erhalten.</li>
    </ul>
  </Layout>
);

/** The frame of the projector and the phone: no site navigation, the live stylesheet and script. */
const LiveLayout: FC<{
  title: string;
  side: "presenter" | "player";
  socketPath: string;
  view: PlayerViewMessage | PresenterViewMessage;
  /** Without JavaScript the page reloads itself every so many seconds (while there is nothing to type). */
  refreshSeconds: number | undefined;
  children?: Child;
}> = ({ title, side, socketPath, view, refreshSeconds, children }) => (
  <>
    {raw("<!DOCTYPE html>")}
    <html lang="de">
      <PageHead title={title}>
        <link rel="stylesheet" href={LIVE_STYLESHEET_URL} />
        <script src={LIVE_SCRIPT_URL} defer></script>
        {refreshSeconds !== undefined && (
          <noscript>
            <meta http-equiv="refresh" content={String(refreshSeconds)} />
          </noscript>
        )}
      </PageHead>
      <body class={`live live-${side}`}>
        <main
          id="inhalt"
          data-live-socket={socketPath}
          data-live-role={side}
          data-live-refresh={refreshSeconds === undefined ? undefined : String(refreshSeconds)}
        >
          {children}
          <p class="live-status" role="status" data-live="status"></p>
          <div data-live="view" data-phase={view.phase} data-question={String(view.question)}>
            {raw(view.html)}
          </div>
        </main>
      </body>
    </html>
  </>
);

const phaseTitle = (view: PlayerViewMessage | PresenterViewMessage) =>
  view.phase === "lobby" ? "Live-Quiz" : view.phase === "end" ? "Live-Quiz: Ende" : `Live-Quiz: Frage ${view.question} von ${view.total}`;

/**
 * The projector. `chosen`: the number of questions the start form asked for, where the quiz has fewer (without
 * JavaScript the form offers sizes above the chosen quiz's): the lobby says that all of them are asked.
 */
export const PresenterPage: FC<{ classRow: ClassRow; code: string; view: PresenterViewMessage; chosen?: number | undefined }> = ({
  classRow,
  code,
  view,
  chosen,
}) => (
  <LiveLayout
    title={phaseTitle(view)}
    side="presenter"
    socketPath={`${presenterPath(classRow.id, code)}/verbindung`}
    view={view}
    refreshSeconds={view.phase === "lobby" || view.phase === "question" ? 5 : undefined}
  >
    {view.phase === "lobby" && chosen !== undefined && chosen > view.total && (
      <p class="live-status live-lobby-notice" data-testid="live-notice">
        Sie hatten {chosen} Fragen gewählt, dieses Quiz hat {view.total}: Das Live-Quiz stellt alle {view.total}.
      </p>
    )}
    {view.phase !== "end" && (
      <noscript>
        <p class="fehler">Die Beamer-Ansicht aktualisiert sich ohne JavaScript nur alle paar Sekunden.</p>
      </noscript>
    )}
  </LiveLayout>
);

export const PlayerPage: FC<{ code: string; view: PlayerViewMessage; notice?: string | undefined }> = ({ code, view, notice }) => (
  <LiveLayout
    title={phaseTitle(view)}
    side="player"
    socketPath={`${playerPath(code)}/verbindung`}
    view={view}
    // Nothing to type while waiting; a question still to answer must not reload under the student's fingers.
    refreshSeconds={view.phase === "end" || (view.phase === "question" && !view.answered) ? undefined : 4}
  >
    <p class="live-me">
      Live-Quiz · <bdi data-testid="me">{view.nickname}</bdi>
    </p>
    {notice && (
      <p class="fehler" role="alert" data-live="notice">
        {notice}
      </p>
    )}
  </LiveLayout>
);

export const LiveJoinPage: FC<{
  code?: string | undefined;
  nickname?: string | undefined;
  quizTitle?: string;
  memberNickname?: string | undefined;
  errors?: string[];
}> = ({ code = "", nickname = "", quizTitle, memberNickname, errors = [] }) => (
  <Layout title="Live-Quiz beitreten" current="/live">
    <h1>Live-Quiz beitreten</h1>
    {quizTitle ? <p>Quiz: {quizTitle}</p> : <p>Gib den Code ein, den deine Lehrkraft am Beamer zeigt.</p>}
    <Errors errors={errors} />
    <form method="post" action="/live">
      <label for="code">Code</label>
      <input
        id="code"
        name="code"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        required
        maxlength={12}
        value={code}
        placeholder="482 913"
        aria-describedby={errors.length > 0 ? "fehler" : undefined}
      />
      {memberNickname ? (
        <p>
          Du spielst als{" "}
          <strong>
            <bdi>{memberNickname}</bdi>
          </strong>
          , deinem Spitznamen in der Klasse.
        </p>
      ) : (
        <>
          <label for="nickname">Spitzname</label>
          <input
            id="nickname"
            name="nickname"
            type="text"
            maxlength={NICKNAME_MAX_LENGTH}
            autocomplete="off"
            value={nickname}
            aria-describedby={errors.length > 0 ? "fehler nickname-hinweis" : "nickname-hinweis"}
          />
          <p class="muted" id="nickname-hinweis">
            Wenn du schon in der Klasse bist, erkennt dich dein Browser. Sonst trittst du mit diesem Spitznamen der Klasse bei: 2 bis {NICKNAME_MAX_LENGTH}{" "}
            Zeichen, bitte nicht dein echter voller Name.
          </p>
        </>
      )}
      <button type="submit">Mitspielen</button>
    </form>
    <p>
      <a href="/klassen/datenschutz">Was wird gespeichert?</a>
    </p>
  </Layout>
);
