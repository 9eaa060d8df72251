/**
 * What the projector and the phones show, one fragment per phase. The Durable Object renders them and
 * sends them over the WebSocket; the pages embed the same fragment, so that phones without JavaScript
 * (a plain form and a page that reloads itself) see exactly what the others see.
 *
 * Nothing rendered before the reveal marks an option as right: the question phase shows the question as
 * src/bank/public.ts lets it out, and the answer only from the "results" phase on.
 */
import { raw } from "hono/html";
import type { FC } from "hono/jsx";
import { publicQuestion, type PublicQuestion } from "../../bank/public";
import { AskedQuestion, NumberLabel } from "../quiz/pages/quiz";
import { HighlightedText } from "../quiz/pages/parts";
import { formatPoints } from "../../shared/german";
import { learnerClassUrl } from "../quiz/attempts";
import { assignmentTitle } from "../classroom/schedule";
import { correctAnswerText, responseText, VERDICT_TEXT, verdict } from "../quiz/describe";
import { MAX_ANSWER_LENGTH } from "../quiz/forms";
import { QrCode } from "../qr";
import type { LiveEvidence, LiveQuestion } from "./questions";
import { TILE_SHAPES, tileLetter, tiles, type Histogram, type Standing } from "./scoring";
import type { AnswerRow, PlayerRow, SessionRow } from "./store";

/** "482913" -> "482 913": easier to read from the back of the room. */
export const formatSessionCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export const joinPath = "/live";
export const joinUrl = (session: Pick<SessionRow, "origin" | "code">) => `${session.origin}${joinPath}?code=${session.code}`;
export const playerPath = (code: string) => `/live/${code}`;
export const presenterPath = (classId: string, code: string) => `/klassen/lehrkraft/${classId}/live/${code}`;

/** Renders a fragment to a string; the views have no async parts. */
export function renderHtml(node: unknown): string {
  const html = (node as { toString(): string | Promise<string> }).toString();
  if (typeof html !== "string") throw new Error("live views must render synchronously");
  return html;
}

const pointsText = (points: number) => `${formatPoints(points)} ${points === 1 ? "Punkt" : "Punkte"}`;

/** A tile's inside: its shape (by its look), its letter (by its place) and its text. */
const TileContent: FC<{ index: number; look: number; text: string }> = ({ index, look, text }) => (
  <>
    <span class="tile-shape" aria-hidden="true">
      {TILE_SHAPES[look % TILE_SHAPES.length]}
    </span>
    <span class="tile-letter">{tileLetter(index)}</span>
    <span class="tile-text">{text}</span>
  </>
);

/** "Frage 3 von 10" and, with a time limit, a countdown (the script counts; without it the limit is stated). */
const QuestionBar: FC<{ session: SessionRow; children?: unknown }> = ({ session, children }) => (
  <div class="live-bar">
    <p>
      Frage {session.position} von {session.questionCount}
    </p>
    {children}
    {session.phase === "question" && session.deadline !== null && (
      <p class="live-timer" data-deadline={String(session.deadline)}>
        Zeit: {session.timerSeconds} Sekunden
      </p>
    )}
  </div>
);

const Stem: FC<{ question: PublicQuestion | LiveQuestion["question"] }> = ({ question }) => (
  <h1 class="live-stem" id="live-titel" tabindex={-1}>
    {question.stem}
  </h1>
);

/** The evidence of a question is the same for every phone and the projector: rendered once per question. */
const renderedEvidence = new WeakMap<LiveEvidence[], string>();

const EvidenceQuotes: FC<{ evidence: LiveEvidence[] }> = ({ evidence }) => {
  let html = renderedEvidence.get(evidence);
  if (html === undefined) {
    html = renderHtml(<EvidenceSection evidence={evidence} />);
    renderedEvidence.set(evidence, html);
  }
  return raw(html);
};

const EvidenceSection: FC<{ evidence: LiveEvidence[] }> = ({ evidence }) => (
  <section class="live-evidence" aria-labelledby="beleg-titel">
    <h2 id="beleg-titel">{evidence.length > 1 ? "Belege im Text" : "Beleg im Text"}</h2>
    {evidence.map((item) => (
      <blockquote class="evidence">
        <p>
          <HighlightedText text={item.passage} segment={{ start: 0, end: item.passage.length }} marked={item.mark} />
        </p>
        <footer>Aus „{item.documentTitle}“</footer>
      </blockquote>
    ))}
  </section>
);

// ---------------------------------------------------------------- projector

export interface PresenterModel {
  session: SessionRow;
  players: PlayerRow[];
  question: LiveQuestion | undefined;
  answers: number;
  histogram: Histogram | undefined;
  standings: Standing[] | undefined;
}

/** A presenter's button: a form, so that it also works without the script (which sends it over the WebSocket). */
const AdvanceButton: FC<{ session: SessionRow; label: string; disabled?: boolean }> = ({ session, label, disabled }) => (
  <form method="post" action={`${presenterPath(session.classId, session.code)}/weiter`} class="live-advance" data-live="advance">
    <input type="hidden" name="phase" value={session.phase} />
    <input type="hidden" name="frage" value={String(session.position)} />
    <button type="submit" disabled={disabled} aria-keyshortcuts="ArrowRight PageDown">
      {label}
    </button>
  </form>
);

/** `confirm` is the script's question before it ends the session (live.js); without it, the one for a lesson under way. */
const FinishButton: FC<{ session: SessionRow; label?: string; confirm?: string }> = ({ session, label = "Quiz beenden", confirm }) => (
  <form method="post" action={`${presenterPath(session.classId, session.code)}/beenden`} class="live-finish" data-live="finish" data-confirm={confirm}>
    <button type="submit" class="secondary">
      {label}
    </button>
  </form>
);

const Lobby: FC<{ model: PresenterModel }> = ({ model }) => {
  const { session, players } = model;
  const url = joinUrl(session);
  return (
    <div class="live-lobby">
      <section class="live-join" aria-labelledby="live-titel">
        <h1 id="live-titel" tabindex={-1}>
          {session.quizTitle}
        </h1>
        <p class="live-join-how">
          Mitmachen auf{" "}
          <strong>
            {new URL(session.origin).host}
            {joinPath}
          </strong>{" "}
          mit dem Code
        </p>
        <p class="live-code" data-testid="live-code">
          {formatSessionCode(session.code)}
        </p>
        <QrCode class="live-qr" text={url} label={`QR-Code zum Beitreten: ${url}`} />
      </section>
      <section class="live-players" aria-labelledby="live-dabei">
        {/* The start button above the names: with a full class it stays on the projector's screen. */}
        <div class="live-players-head">
          <h2 id="live-dabei">
            <span data-testid="player-count">{players.length}</span> dabei
          </h2>
          <div class="live-controls">
            <AdvanceButton session={session} label="Quiz starten" disabled={players.length === 0} />
            {/* The wrong quiz chosen, or the lesson called off: a way out before the first question, which saves nothing. */}
            <FinishButton session={session} label="Abbrechen" confirm="Das Live-Quiz abbrechen? Es wurde noch keine Frage gestellt, gespeichert wird nichts." />
          </div>
        </div>
        {players.length === 0 ? (
          <p class="muted">Noch niemand. Die Spitznamen erscheinen hier, sobald jemand beitritt.</p>
        ) : (
          <ul class="live-names">
            {players.map((player) => (
              <li>
                <bdi>{player.nickname}</bdi>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
};

/** The options on the projector while the question is open: tiles without any mark. */
const PresenterOptions: FC<{ question: LiveQuestion["question"] }> = ({ question }) => {
  const choices = tiles(question);
  if (choices.length === 0) {
    // The unit as the text has it after the figure ("mit vier Beinen"): after a blank, not after "in".
    const unit = question.type === "numeric" && question.unit ? `: ___ ${question.unit}` : "";
    return <p class="live-typed">{question.type === "numeric" ? `Antwort als Zahl${unit}` : "Antwort: der Text für die Lücke"}</p>;
  }
  return (
    <ul class={`tiles tiles-${choices.length}`}>
      {choices.map((choice, index) => (
        <li class={`tile tile-${choice.look + 1}`}>
          <TileContent index={index} look={choice.look} text={choice.text} />
        </li>
      ))}
    </ul>
  );
};

/**
 * A bar in its tile's colour (typed answers: green for right, grey otherwise): SVG, because the policy
 * allows no inline styles. The figure stands next to it as text.
 */
const Bar: FC<{ count: number; of: number; colour: string }> = ({ count, of, colour }) => (
  <svg class="live-bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect width="100" height="10" class="live-bar-track" />
    <rect width={of === 0 ? 0 : Math.round((100 * count) / of)} height="10" class={colour} />
  </svg>
);

const HistogramList: FC<{ histogram: Histogram; players: number }> = ({ histogram, players }) => {
  const largest = Math.max(1, ...histogram.bars.map((bar) => bar.count));
  return (
    <>
      <ul class="live-histogram" data-testid="histogram">
        {histogram.bars.map((bar) => (
          <li class={bar.right ? "right" : undefined} data-count={String(bar.count)}>
            <span class="live-histogram-label">
              {bar.tile === undefined || bar.look === undefined ? (
                bar.text
              ) : (
                <span class={`live-chip tile-${bar.look + 1}`}>
                  <TileContent index={bar.tile} look={bar.look} text={bar.text} />
                </span>
              )}
              {bar.right && bar.given && <span class="live-right-mark"> ✓ richtig</span>}
            </span>
            <Bar count={bar.count} of={largest} colour={bar.look === undefined ? (bar.right ? "live-bar-right" : "live-bar-other") : `fill-${bar.look + 1}`} />
            <span class="live-histogram-count">{bar.count}</span>
          </li>
        ))}
      </ul>
      <p class="live-summary">
        {histogram.right} von {players} richtig
        {players > histogram.answered && ` · ${players - histogram.answered} ohne Antwort`}
      </p>
    </>
  );
};

/** Names per step of the podium: a whole class tied on one step would not fit the projector. */
const NAMES_PER_STEP = 5;

const Podium: FC<{ standings: Standing[] }> = ({ standings }) => {
  const steps = [1, 2, 3].map((rank) => ({ rank, entries: standings.filter((standing) => standing.rank === rank) })).filter((step) => step.entries.length > 0);
  return (
    <ol class="live-podium" data-testid="podium">
      {steps.map((step) => (
        <li class={`live-step live-step-${step.rank}`}>
          <span class="live-place">{step.rank}. Platz</span>
          <span class="live-winners">
            {step.entries.slice(0, NAMES_PER_STEP).map((entry, index) => (
              <>
                {index > 0 && ", "}
                <bdi>{entry.nickname}</bdi>
              </>
            ))}
            {step.entries.length > NAMES_PER_STEP && ` und ${step.entries.length - NAMES_PER_STEP} weitere`}
          </span>
          <span class="live-points">{pointsText(step.entries[0]!.points)}</span>
        </li>
      ))}
    </ol>
  );
};

/** The lesson's results as the class's lists name them (its assignment's liveAt is the session's start): the title alone is the homework's. */
const lessonTitle = (session: Pick<SessionRow, "quizTitle" | "createdAt">) => assignmentTitle({ liveAt: session.createdAt }, session.quizTitle);

export const PresenterView: FC<{ model: PresenterModel }> = ({ model }) => {
  const { session, question } = model;
  if (session.phase === "lobby") return <Lobby model={model} />;
  if (session.phase === "end" && session.position === 0) {
    return (
      <div class="live-end">
        <h1 id="live-titel" tabindex={-1}>
          Live-Quiz abgebrochen
        </h1>
        <p>Es wurde keine Frage gestellt, darum ist nichts gespeichert.</p>
        <p>
          <a href={`/klassen/lehrkraft/${session.classId}`}>Zurück zur Übersicht der Klasse</a>
        </p>
      </div>
    );
  }
  if (session.phase === "end") {
    return (
      <div class="live-end">
        <h1 id="live-titel" tabindex={-1}>
          Siegerehrung
        </h1>
        {!model.standings || model.standings.length === 0 ? (
          <p>Niemand hat mitgespielt.</p>
        ) : model.standings.some((standing) => standing.rank !== undefined) ? (
          <Podium standings={model.standings} />
        ) : (
          <p data-testid="podium">Niemand hat einen Punkt geholt, darum gibt es diesmal keine Plätze.</p>
        )}
        <p>
          Die Antworten stehen in der <a href={`/klassen/lehrkraft/${session.classId}`}>Übersicht der Klasse</a> unter „{lessonTitle(session)}“.
        </p>
      </div>
    );
  }
  if (!question) return null;
  const isLast = session.position >= session.questionCount;
  return (
    <div class={`live-round live-${session.phase}`}>
      <QuestionBar session={session}>
        <p>
          Code {formatSessionCode(session.code)} auf {new URL(session.origin).host}
          {joinPath}
        </p>
        {session.phase === "question" && (
          <p aria-live="polite">
            <span data-live="answers">{model.answers}</span> von <span data-live="players">{model.players.length}</span> haben geantwortet
          </p>
        )}
      </QuestionBar>
      <Stem question={question.question} />
      <AskedQuestion question={question.question} />
      {session.phase === "question" && <PresenterOptions question={question.question} />}
      {session.phase !== "question" && model.histogram && (
        <>
          {session.phase === "evidence" && (
            <p class="live-answer">
              Richtige Antwort: <strong>{correctAnswerText(question.question)}</strong>
            </p>
          )}
          {session.phase === "results" && <HistogramList histogram={model.histogram} players={model.players.length} />}
          {session.phase === "evidence" && <EvidenceQuotes evidence={question.evidence} />}
        </>
      )}
      <div class="live-controls">
        <AdvanceButton
          session={session}
          label={session.phase === "question" ? "Auflösen" : session.phase === "results" ? "Textstelle zeigen" : isLast ? "Zur Siegerehrung" : "Nächste Frage"}
        />
        <FinishButton session={session} />
      </div>
    </div>
  );
};

// ---------------------------------------------------------------- phone

export interface PlayerModel {
  session: SessionRow;
  player: PlayerRow;
  question: LiveQuestion | undefined;
  /** The player's answer to the current question. */
  own: AnswerRow | undefined;
  /** From the reveal on. */
  standing: Standing | undefined;
  playerCount: number;
  /** A message about the last answer sent without JavaScript (refused or too late). */
  notice?: string | undefined;
}

const AnswerForm: FC<{ session: SessionRow; question: PublicQuestion }> = ({ session, question }) => {
  const action = `${playerPath(session.code)}/antwort`;
  const hidden = <input type="hidden" name="frage" value={String(session.position)} />;
  switch (question.type) {
    case "single":
    case "truefalse": {
      const choices = tiles(question);
      return (
        <form method="post" action={action} class="live-answer-form" data-live="answer">
          {hidden}
          <fieldset class={`tiles tiles-${choices.length}`} aria-labelledby="live-titel">
            {choices.map((choice, index) => (
              <button type="submit" name="antwort" value={choice.value} class={`tile tile-${choice.look + 1}`}>
                <TileContent index={index} look={choice.look} text={choice.text} />
              </button>
            ))}
          </fieldset>
        </form>
      );
    }
    case "multi":
      return (
        <form method="post" action={action} class="live-answer-form" data-live="answer">
          {hidden}
          <fieldset aria-labelledby="live-titel" aria-describedby="live-hinweis">
            <p id="live-hinweis" class="live-hint">
              Mehrere Antworten können richtig sein.
            </p>
            <div class={`tiles tiles-${question.options.length}`}>
              {question.options.map((option, index) => (
                <label class={`tile tile-${index + 1}`}>
                  <input type="checkbox" name="antwort" value={option.id} />
                  <TileContent index={index} look={index} text={option.text} />
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" class="live-send">
            Antwort abschicken
          </button>
        </form>
      );
    case "numeric":
    case "cloze":
      return (
        <form method="post" action={action} class="live-answer-form" data-live="answer">
          {hidden}
          {question.type === "numeric" ? (
            <NumberLabel htmlFor="live-antwort" unit={question.unit} />
          ) : (
            <label for="live-antwort">Dein Text für die Lücke</label>
          )}
          <div class="field-row">
            <input
              id="live-antwort"
              name="antwort"
              type="text"
              inputmode={question.type === "numeric" ? "decimal" : undefined}
              autocomplete="off"
              autocapitalize="off"
              spellcheck={false}
              required
              class="gap-input"
              maxlength={MAX_ANSWER_LENGTH}
            />
            {question.type === "numeric" && question.unit && (
              <span class="unit" aria-hidden="true">
                {question.unit}
              </span>
            )}
          </div>
          <button type="submit" class="live-send">
            Antwort abschicken
          </button>
        </form>
      );
  }
};

/** "2 Punkte · Platz 1 von 3, gleichauf mit 2 anderen"; at 0 points no place (see Standing.rank). */
export function standingText(standing: Standing, playerCount: number, ended: boolean): string {
  if (standing.rank === undefined) return ended ? pointsText(standing.points) : `${pointsText(standing.points)} · noch ohne Platz`;
  const tie = standing.tiedWith === 0 ? "" : `, gleichauf mit ${standing.tiedWith === 1 ? "einer anderen Person" : `${standing.tiedWith} anderen`}`;
  return `${pointsText(standing.points)} · Platz ${standing.rank} von ${playerCount}${tie}`;
}

const StandingLine: FC<{ standing: Standing | undefined; playerCount: number; ended: boolean }> = ({ standing, playerCount, ended }) =>
  standing ? (
    <p class="live-standing" data-testid="standing">
      {standingText(standing, playerCount, ended)}
    </p>
  ) : null;

export const PlayerView: FC<{ model: PlayerModel }> = ({ model }) => {
  const { session, player, question, own } = model;
  const notice = model.notice && (
    <p class="fehler" role="alert">
      {model.notice}
    </p>
  );
  if (session.phase === "lobby") {
    return (
      <div class="live-wait">
        <h1 id="live-titel" tabindex={-1}>
          Du bist dabei!
        </h1>
        <p>
          Du spielst als{" "}
          <strong data-testid="nickname">
            <bdi>{player.nickname}</bdi>
          </strong>
          .
        </p>
        <p>Gleich geht es los: Die Fragen erscheinen hier, sobald deine Lehrkraft startet.</p>
      </div>
    );
  }
  if (session.phase === "end" && session.position === 0) {
    return (
      <div class="live-wait">
        <h1 id="live-titel" tabindex={-1}>
          Live-Quiz abgebrochen
        </h1>
        <p>Deine Lehrkraft hat das Live-Quiz beendet, bevor die erste Frage kam.</p>
        <p>
          <a href={learnerClassUrl(session.classId)}>Zu deiner Klasse</a>
        </p>
      </div>
    );
  }
  if (session.phase === "end") {
    return (
      <div class="live-wait">
        <h1 id="live-titel" tabindex={-1}>
          Geschafft!
        </h1>
        <StandingLine standing={model.standing} playerCount={model.playerCount} ended />
        <p>
          Alle Fragen mit ihren Textstellen findest du in <a href={learnerClassUrl(session.classId)}>deiner Klasse</a> unter „{lessonTitle(session)}“.
        </p>
      </div>
    );
  }
  if (!question) return null;
  if (session.phase === "question" && !own) {
    const shown = publicQuestion(question.question);
    return (
      <div class="live-round">
        <QuestionBar session={session} />
        {notice}
        <Stem question={shown} />
        <AskedQuestion question={shown} />
        <AnswerForm session={session} question={shown} />
      </div>
    );
  }
  if (session.phase === "question") {
    return (
      <div class="live-round">
        <QuestionBar session={session} />
        {notice}
        <h1 id="live-titel" tabindex={-1}>
          Antwort gespeichert
        </h1>
        <p>
          Deine Antwort: <strong>{own ? responseText(question.question, own.response) : ""}</strong>
        </p>
        <p>Warte auf die Auflösung am Beamer.</p>
      </div>
    );
  }
  const result = own ? verdict(own.score) : undefined;
  return (
    <div class="live-round">
      <QuestionBar session={session} />
      {notice}
      <section class={`feedback ${result ?? "wrong"}`} aria-labelledby="live-titel">
        <h1 id="live-titel" tabindex={-1} data-testid="verdict">
          {result ? `${VERDICT_TEXT[result]}${result === "right" ? "!" : "."}` : "Keine Antwort."}
        </h1>
        <dl>
          {own && (
            <>
              <dt>Deine Antwort</dt>
              <dd>{responseText(question.question, own.response)}</dd>
            </>
          )}
          <dt>Richtige Antwort</dt>
          <dd>{correctAnswerText(question.question)}</dd>
        </dl>
      </section>
      <StandingLine standing={model.standing} playerCount={model.playerCount} ended={false} />
      <p class="live-stem-small">{question.question.stem}</p>
      {/* What was asked beyond the stem ("Stimmt diese Aussage laut Text?"): the statement, the gap sentence. */}
      <AskedQuestion question={question.question} />
      {session.phase === "evidence" ? <EvidenceQuotes evidence={question.evidence} /> : <p>Gleich zeigt der Beamer die Textstelle dazu.</p>}
    </div>
  );
};
