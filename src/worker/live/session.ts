/**
 * One live session: a SQLite-backed Durable Object, found by its join code. It decides everything (who
 * sits where, which phase, which answer counts, when time is up) and keeps it in its storage (./store.ts),
 * so a restart or an eviction loses nothing. Clients hold hibernatable WebSockets (ctx.acceptWebSocket):
 * between events the object may leave memory without closing them, and a socket's seat travels with it
 * as its attachment. One alarm at a time serves the question timer, the D1 write at the end, and the
 * deletion after inactivity.
 *
 * The Worker calls the RPC methods below after it has checked who is asking (teacher cookie, learner
 * cookie); the object itself is not reachable from outside.
 */
import { DurableObject } from "cloudflare:workers";
import { gradeAnswer } from "../../bank/grade";
import { ANSWER_TOO_LONG, responseFromForm, tooLongAnswer, type AnswerForm } from "../quiz/forms";
import { ClientMessage, HEARTBEAT, type PlayerViewMessage, type PresenterViewMessage, type ServerMessage } from "./protocol";
import type { LiveQuestion } from "./questions";
import { writeResults } from "./results";
import { histogram, speedBonus, standings, type Standing } from "./scoring";
import { MAX_PLAYERS, SessionStore, type Phase, type SessionRow, type SessionSettings } from "./store";
import { PlayerView, PresenterView, renderHtml, type PlayerModel, type PresenterModel } from "./views";

/** A session without a join or a phase change for this long ends (its answers are kept) and is deleted. */
export const INACTIVE_MS = 2 * 60 * 60 * 1000;
/** An ended session stays this long, so that phones still show the final standing, then it is deleted. */
export const KEEP_ENDED_MS = 30 * 60 * 1000;
/** Answers this late after the time limit still count (the network between phone and object). */
const LATE_ANSWER_GRACE_MS = 1_000;
/**
 * Per player socket: at most this many messages in this window, then the socket is closed (a player sends
 * one answer per question; a script sending more only spends the free tier's requests). The teacher's
 * socket is not limited: a quick presenter, or a clicker, may go on faster than that.
 */
const MESSAGE_LIMIT = { count: 30, windowMs: 10_000 };
const MAX_MESSAGE_LENGTH = 8 * 1024;
/** How long the object keeps retrying a failed D1 write of the results before it gives up and deletes. */
const RESULTS_RETRY_MS = 60_000;
const RESULTS_GIVE_UP_MS = 24 * 60 * 60 * 1000;

export interface StartRequest extends SessionSettings {
  questions: LiveQuestion[];
}

export interface SessionSummary {
  classId: string;
  quizTitle: string;
  phase: Phase;
  players: number;
  /** The asking learner's nickname when they already have a seat. */
  seatedAs: string | undefined;
}

export type JoinOutcome = { status: "joined" | "seated"; nickname: string } | { status: "missing" | "ended" | "full" };

/** What a socket is, kept as its attachment so that it survives hibernation. */
type Seat = { role: "player"; learnerId: string } | { role: "presenter" };

const GONE = "Dieses Live-Quiz gibt es nicht mehr.";
const CLASS_DELETED = "Die Lehrkraft hat die Klasse gelöscht. Damit ist dieses Live-Quiz beendet.";

export class LiveSession extends DurableObject<Env> {
  private readonly store: SessionStore;
  private readonly messageWindows = new WeakMap<WebSocket, { start: number; count: number }>();
  private messageQueue: Promise<void> = Promise.resolve();
  /**
   * Since this object started, for the log line when the results are written: what the free tier counts
   * as Durable Object requests (RPC calls, WebSocket upgrades, alarms; incoming WebSocket messages are
   * billed 20 to 1) and the D1 rows written.
   */
  private readonly usage = { requests: 0, messages: 0, alarmsSet: 0, d1RowsWritten: 0 };

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new SessionStore(ctx.storage.sql);
    // A phone's check that its socket still lives (live.js, after sleep or an app switch): answered by the runtime
    // without waking the object, so it costs no handler run and no duration.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(HEARTBEAT.ping, HEARTBEAT.pong));
  }

  // ---------------------------------------------------------------- RPC from the Worker

  /** Starts a session here; false when this code's object already runs one. */
  async start(request: StartRequest): Promise<boolean> {
    this.usage.requests++;
    if (this.store.session()) return false;
    const { questions, ...settings } = request;
    this.store.create(settings, questions, Date.now());
    await this.scheduleAlarm();
    return true;
  }

  async summary(learnerId?: string): Promise<SessionSummary | undefined> {
    this.usage.requests++;
    const session = this.store.session();
    if (!session) return undefined;
    return {
      classId: session.classId,
      quizTitle: session.quizTitle,
      phase: session.phase,
      players: session.playerCount,
      seatedAs: learnerId ? this.store.player(learnerId)?.nickname : undefined,
    };
  }

  /** Gives the learner a seat (the Worker has made them a member of the session's class). */
  async join(learnerId: string, nickname: string): Promise<JoinOutcome> {
    this.usage.requests++;
    const session = this.store.session();
    if (!session) return { status: "missing" };
    const seated = this.store.player(learnerId);
    if (seated) return { status: "seated", nickname: seated.nickname };
    if (session.phase === "end") return { status: "ended" };
    if (session.playerCount >= MAX_PLAYERS) return { status: "full" };
    // A join keeps the session active (activeAt); the expiry alarm finds that out when it comes.
    this.store.addPlayer({ learnerId, nickname, attemptId: crypto.randomUUID(), joinedAt: Date.now() });
    this.sendToPresenters(this.store.session()!);
    return { status: "joined", nickname };
  }

  async playerView(learnerId: string): Promise<PlayerViewMessage | undefined> {
    this.usage.requests++;
    const session = this.store.session();
    return session && this.playerMessage(session, learnerId);
  }

  async presenterView(classId: string): Promise<PresenterViewMessage | undefined> {
    this.usage.requests++;
    const session = this.store.session();
    return session?.classId === classId ? this.presenterMessage(session) : undefined;
  }

  /** An answer sent by a form (no JavaScript): undefined when it counts, else why not. */
  async answerByForm(learnerId: string, position: number, antwort: AnswerForm["antwort"]): Promise<string | undefined> {
    this.usage.requests++;
    return this.answer(learnerId, position, antwort);
  }

  /** A presenter's button pressed without JavaScript. */
  async advanceByForm(classId: string, phase: Phase, position: number): Promise<void> {
    this.usage.requests++;
    if (this.store.session()?.classId === classId) await this.advance(phase, position);
  }

  async finishByForm(classId: string): Promise<void> {
    this.usage.requests++;
    if (this.store.session()?.classId === classId) await this.finish();
  }

  /**
   * The teacher deleted the session's class: nothing of it may go on (no results to write, its players' nicknames
   * go now, not hours later), and the phones say why instead of waiting for a step that no presenter can take.
   */
  async discard(classId: string): Promise<void> {
    this.usage.requests++;
    if (this.store.session()?.classId === classId) await this.delete(CLASS_DELETED);
  }

  // ---------------------------------------------------------------- WebSockets

  /**
   * Accepts a WebSocket for the seat the Worker names: `?spieler=<learner id>` or `?klasse=<class id>` for
   * the presenter. The first message on the socket is the current view.
   */
  override async fetch(request: Request): Promise<Response> {
    this.usage.requests++;
    if (request.headers.get("Upgrade") !== "websocket") return new Response("WebSocket erwartet", { status: 426 });
    const session = this.store.session();
    if (!session) return new Response(GONE, { status: 404 });
    const query = new URL(request.url).searchParams;
    const learnerId = query.get("spieler");
    let seat: Seat;
    if (learnerId) {
      if (!this.store.player(learnerId)) return new Response("Kein Platz in diesem Live-Quiz", { status: 403 });
      seat = { role: "player", learnerId };
    } else if (query.get("klasse") === session.classId) {
      seat = { role: "presenter" };
    } else {
      return new Response("Kein Zugriff", { status: 403 });
    }
    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server, [seat.role]);
    server.serializeAttachment(seat);
    send(server, seat.role === "player" ? this.playerMessage(session, seat.learnerId) : this.presenterMessage(session));
    return new Response(null, { status: 101, webSocket: client });
  }

  /**
   * Messages are handled one after the other: the runtime may start the next handler while one waits
   * (on the alarm's storage), and a client's replies should come in the order of its messages.
   */
  override webSocketMessage(socket: WebSocket, message: string | ArrayBuffer): Promise<void> {
    this.usage.messages++;
    // A failed message must not stop the ones after it.
    this.messageQueue = this.messageQueue
      .then(() => this.handleMessage(socket, message))
      .catch((error: unknown) => {
        console.error("live session: a message failed", error);
        send(socket, { type: "error", message: "Auf dem Server ist etwas schiefgegangen. Bitte lade die Seite neu." });
      });
    return this.messageQueue;
  }

  private async handleMessage(socket: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const seat = socket.deserializeAttachment() as Seat;
    if (seat.role === "player" && this.overLimit(socket)) {
      send(socket, { type: "error", message: "Zu viele Nachrichten auf einmal. Bitte lade die Seite neu." });
      socket.close(1008, "zu viele Nachrichten");
      return;
    }
    if (typeof message === "string" && message.length > MAX_MESSAGE_LENGTH && seat.role === "player") {
      // A player sends nothing but answers: one this long is an answer pasted into a gap, to be shortened, not reloaded away.
      send(socket, { type: "error", message: ANSWER_TOO_LONG });
      return;
    }
    const parsed = typeof message === "string" && message.length <= MAX_MESSAGE_LENGTH ? ClientMessage.safeParse(safeJson(message)) : undefined;
    if (!parsed?.success) {
      const tooLong = parsed && tooLongAnswer(parsed.error.issues);
      send(socket, { type: "error", message: tooLong ?? "Diese Nachricht verstehe ich nicht. Bitte lade die Seite neu." });
      return;
    }
    const command = parsed.data;
    if (seat.role === "player") {
      if (command.type !== "answer") return send(socket, { type: "error", message: "Das darf nur die Lehrkraft." });
      const refusal = await this.answer(seat.learnerId, command.question, command.antwort);
      if (refusal) send(socket, { type: "error", message: refusal });
      return;
    }
    if (command.type === "advance") await this.advance(command.phase, command.question);
    else if (command.type === "finish") await this.finish();
  }

  override async webSocketClose(socket: WebSocket): Promise<void> {
    // The seat stays: the player comes back with the same learner cookie.
    try {
      socket.close();
    } catch {
      // already closed
    }
  }

  private overLimit(socket: WebSocket): boolean {
    const now = Date.now();
    const window = this.messageWindows.get(socket);
    if (!window || now - window.start >= MESSAGE_LIMIT.windowMs) {
      this.messageWindows.set(socket, { start: now, count: 1 });
      return false;
    }
    window.count++;
    return window.count > MESSAGE_LIMIT.count;
  }

  // ---------------------------------------------------------------- the game

  /** Grades and stores a player's answer; undefined when it counts, else a German reason. */
  private async answer(learnerId: string, position: number, antwort: AnswerForm["antwort"]): Promise<string | undefined> {
    const now = Date.now();
    const session = this.store.session();
    if (!session) return GONE;
    const player = this.store.player(learnerId);
    if (!player) return "Du hast keinen Platz in diesem Live-Quiz.";
    if (session.phase !== "question" || session.position !== position) {
      const notAskedYet = session.phase === "lobby" || position > session.position;
      return notAskedYet ? "Diese Frage ist noch nicht dran: Die Lehrkraft stellt sie gleich." : "Diese Frage ist schon geschlossen.";
    }
    if (session.deadline !== null && now > session.deadline + LATE_ANSWER_GRACE_MS) {
      await this.reveal(position);
      return "Die Zeit für diese Frage ist abgelaufen.";
    }
    const { question } = this.store.question(position)!;
    const parsed = responseFromForm(question, antwort);
    if (!parsed.ok) return parsed.message;
    const score = gradeAnswer(question, parsed.response);
    const bonus = session.speedBonus ? speedBonus(score, now - (session.openedAt ?? now), session.timerSeconds) : 0;
    const stored = this.store.recordAnswer({ position, learnerId, response: parsed.response, score, bonus, answeredAt: now });
    if (!stored) {
      // The same answer again comes from a phone that missed the confirmation and sent it once more (or posted
      // its form): it gets the confirmation. Another answer is refused.
      if (JSON.stringify(this.store.answerOf(position, learnerId)?.response) !== JSON.stringify(parsed.response))
        return "Du hast diese Frage schon beantwortet. Es zählt deine erste Antwort.";
      this.sendToPlayer(session, learnerId);
      return undefined;
    }
    this.sendToPlayer(session, learnerId);
    const answers = this.store.answerCount(position);
    const players = session.playerCount;
    if (answers >= players) await this.reveal(position);
    else this.sendAll(this.ctx.getWebSockets("presenter"), { type: "progress", players, answers });
    return undefined;
  }

  /** Goes on from the phase the presenter saw; nothing happens when the session is already elsewhere. */
  private async advance(phase: Phase, position: number): Promise<void> {
    const session = this.store.session();
    if (!session || session.phase !== phase || session.position !== position) return;
    const now = Date.now();
    switch (phase) {
      case "lobby":
        if (session.playerCount > 0) await this.openQuestion(1, now);
        return;
      case "question":
        return this.reveal(position);
      case "results":
        return this.changePhase({ phase: "evidence", activeAt: now });
      case "evidence":
        if (position < session.questionCount) return this.openQuestion(position + 1, now);
        return this.finish();
      case "end":
        return;
    }
  }

  private openQuestion(position: number, now: number): Promise<void> {
    const session = this.store.session()!;
    return this.changePhase({
      phase: "question",
      position,
      openedAt: now,
      deadline: session.timerSeconds > 0 ? now + session.timerSeconds * 1000 : null,
      activeAt: now,
    });
  }

  /** Closes question `position` if it is still open: from now on everyone sees the distribution and their result. */
  private async reveal(position: number): Promise<void> {
    const session = this.store.session();
    if (session?.phase === "question" && session.position === position) await this.changePhase({ phase: "results", deadline: null, activeAt: Date.now() });
  }

  /** Ends the session (results go to D1 from the alarm, so that a failed write is retried). */
  private async finish(): Promise<void> {
    const session = this.store.session();
    if (!session || session.phase === "end") return;
    const now = Date.now();
    await this.changePhase({ phase: "end", deadline: null, endedAt: now, activeAt: now });
  }

  private async changePhase(change: Parameters<SessionStore["update"]>[0]): Promise<void> {
    const session = this.store.update(change);
    this.broadcast(session);
    await this.scheduleAlarm();
  }

  // ---------------------------------------------------------------- alarm: timer, results, expiry

  private nextAlarm(session: SessionRow): number {
    if (session.phase === "end") return session.resultsWrittenAt === null ? Date.now() : (session.endedAt ?? 0) + KEEP_ENDED_MS;
    const expiry = session.activeAt + INACTIVE_MS;
    return session.phase === "question" && session.deadline !== null ? Math.min(session.deadline, expiry) : expiry;
  }

  /**
   * Each setAlarm is a row written on the free tier, so the alarm only ever moves earlier: an alarm that
   * comes too early (the session was active meanwhile, or the question closed before its time) finds
   * nothing to do and sets the next one.
   */
  private async scheduleAlarm(at?: number, exactly = false): Promise<void> {
    const session = this.store.session();
    if (!session) return;
    const time = at ?? this.nextAlarm(session);
    const current = await this.ctx.storage.getAlarm();
    if (current !== null && (exactly ? current === time : current <= time)) return;
    await this.ctx.storage.setAlarm(time);
    this.usage.alarmsSet++;
  }

  override async alarm(): Promise<void> {
    this.usage.requests++;
    const now = Date.now();
    let session = this.store.session();
    if (!session) return this.delete();
    if (session.phase === "question" && session.deadline !== null && now >= session.deadline) {
      await this.reveal(session.position);
      session = this.store.session()!;
    }
    if (session.phase !== "end" && now >= session.activeAt + INACTIVE_MS) {
      await this.finish();
      session = this.store.session()!;
    }
    if (session.phase === "end" && session.resultsWrittenAt === null) {
      try {
        this.usage.d1RowsWritten += await writeResults(
          this.env.DB,
          session,
          this.store.players(),
          this.store.allAnswers(),
          (position) => this.store.question(position)!,
        );
        session = this.store.update({ resultsWrittenAt: now });
        this.logUsage(session);
      } catch (error) {
        console.error("live session: writing the results to D1 failed", error);
        if (now - (session.endedAt ?? now) < RESULTS_GIVE_UP_MS) return this.scheduleAlarm(now + RESULTS_RETRY_MS, true);
        session = this.store.update({ resultsWrittenAt: now });
      }
    }
    if (session.phase === "end" && now >= (session.endedAt ?? now) + KEEP_ENDED_MS) return this.delete();
    // Exactly: a phase change above may have set an alarm for what this run has already done.
    await this.scheduleAlarm(undefined, true);
  }

  /** Closes every socket (saying `reason`: live.js shows it) and deletes everything this object stored. */
  private async delete(reason = "Das Live-Quiz ist beendet."): Promise<void> {
    for (const socket of this.ctx.getWebSockets()) {
      try {
        socket.close(4000, reason);
      } catch {
        // already closed
      }
    }
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    this.store.forget();
  }

  private logUsage(session: SessionRow): void {
    console.log(
      JSON.stringify({
        event: "live-session-results",
        code: session.code,
        players: session.playerCount,
        questionsAsked: session.position,
        requests: this.usage.requests,
        webSocketMessages: this.usage.messages,
        storageRowsRead: this.store.usage.rowsRead,
        storageRowsWritten: this.store.usage.rowsWritten,
        alarmsSet: this.usage.alarmsSet,
        d1RowsWritten: this.usage.d1RowsWritten,
      }),
    );
  }

  // ---------------------------------------------------------------- views

  private presenterModel(session: SessionRow): PresenterModel {
    const players = this.store.players();
    const question = session.position > 0 ? this.store.question(session.position) : undefined;
    const revealed = session.phase === "results" || session.phase === "evidence";
    return {
      session,
      players,
      question,
      answers: session.phase === "question" ? this.store.answerCount(session.position) : 0,
      histogram: revealed && question ? histogram(question.question, this.store.answersTo(session.position)) : undefined,
      standings: session.phase === "end" ? standings(players, this.store.totalsAfter(session.position), session.speedBonus) : undefined,
    };
  }

  private presenterMessage(session: SessionRow, model = this.presenterModel(session)): PresenterViewMessage {
    return {
      type: "view",
      role: "presenter",
      phase: session.phase,
      question: session.position,
      total: session.questionCount,
      now: Date.now(),
      deadline: session.deadline,
      players: model.players.length,
      answers: model.answers,
      html: renderHtml(PresenterView({ model })),
    };
  }

  private playerMessage(session: SessionRow, learnerId: string, context?: RoundContext): PlayerViewMessage | undefined {
    const round = context ?? this.roundContext(session, learnerId);
    const player = round.players.get(learnerId);
    if (!player) return undefined;
    const own = round.answers.get(learnerId);
    const standing = round.standings?.get(learnerId);
    const revealed = session.phase !== "lobby" && session.phase !== "question";
    // Players who see the same (everyone before answering, equal answers and standings after) share the
    // rendering: a broadcast renders a handful of views, not one per phone.
    const variant = JSON.stringify([
      own?.response,
      own?.score,
      standing?.points,
      standing?.rank,
      standing?.tiedWith,
      session.phase === "lobby" ? player.nickname : "",
    ]);
    let html = round.html.get(variant);
    if (html === undefined) {
      const model: PlayerModel = { session, player, question: round.question, own, standing, playerCount: session.playerCount };
      html = renderHtml(PlayerView({ model }));
      round.html.set(variant, html);
    }
    return {
      type: "view",
      role: "player",
      phase: session.phase,
      question: session.position,
      total: session.questionCount,
      now: Date.now(),
      deadline: session.deadline,
      nickname: player.nickname,
      answered: own !== undefined,
      score: revealed && own ? own.score : null,
      points: revealed ? (standing?.points ?? 0) : null,
      html,
    };
  }

  /**
   * What the players' views of the current phase are made of, read once per broadcast, or for one player
   * (after their answer, on connect) only their own rows, unless the standings need everyone's.
   */
  private roundContext(session: SessionRow, onlyLearner?: string): RoundContext {
    const revealed = session.phase !== "lobby" && session.phase !== "question";
    const players = onlyLearner && !revealed ? [this.store.player(onlyLearner)].filter((player) => player !== undefined) : this.store.players();
    const question = session.position > 0 ? this.store.question(session.position) : undefined;
    const answers =
      session.position === 0
        ? []
        : onlyLearner
          ? [this.store.answerOf(session.position, onlyLearner)].filter((answer) => answer !== undefined)
          : this.store.answersTo(session.position);
    return {
      players: new Map(players.map((player) => [player.learnerId, player])),
      question,
      answers: new Map(answers.map((answer) => [answer.learnerId, answer])),
      standings: revealed
        ? new Map(standings(players, this.store.totalsAfter(session.position), session.speedBonus).map((standing) => [standing.learnerId, standing]))
        : undefined,
      html: new Map(),
    };
  }

  private sendToPresenters(session: SessionRow): void {
    const presenters = this.ctx.getWebSockets("presenter");
    if (presenters.length > 0) this.sendAll(presenters, this.presenterMessage(session));
  }

  private sendToPlayer(session: SessionRow, learnerId: string): void {
    const sockets = this.ctx.getWebSockets("player").filter((socket) => (socket.deserializeAttachment() as Seat & { role: "player" }).learnerId === learnerId);
    const message = sockets.length > 0 ? this.playerMessage(session, learnerId) : undefined;
    if (message) this.sendAll(sockets, message);
  }

  /** Every socket gets the view of the new phase. */
  private broadcast(session: SessionRow): void {
    this.sendToPresenters(session);
    const sockets = this.ctx.getWebSockets("player");
    if (sockets.length === 0) return;
    const round = this.roundContext(session);
    const messages = new Map<string, PlayerViewMessage | undefined>();
    for (const socket of sockets) {
      const { learnerId } = socket.deserializeAttachment() as Seat & { role: "player" };
      if (!messages.has(learnerId)) messages.set(learnerId, this.playerMessage(session, learnerId, round));
      const message = messages.get(learnerId);
      if (message) send(socket, message);
    }
  }

  private sendAll(sockets: WebSocket[], message: ServerMessage): void {
    const text = JSON.stringify(message);
    for (const socket of sockets) sendText(socket, text);
  }
}

interface RoundContext {
  players: Map<string, import("./store").PlayerRow>;
  question: LiveQuestion | undefined;
  answers: Map<string, import("./store").AnswerRow>;
  standings: Map<string, Standing> | undefined;
  /** Player views rendered in this round, by what they show. */
  html: Map<string, string>;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sendText(socket: WebSocket, text: string): void {
  try {
    socket.send(text);
  } catch {
    // The socket closed in the meantime; the client gets the current view when it reconnects.
  }
}

function send(socket: WebSocket, message: ServerMessage | undefined): void {
  if (message) sendText(socket, JSON.stringify(message));
}
