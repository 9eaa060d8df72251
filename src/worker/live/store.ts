/**
 * The live session's state in its Durable Object's own SQLite database, so that a restart or an eviction
 * loses nothing: every event handler reads what it needs from here (synchronously) and writes its change
 * before it answers. Tables are created only when a session starts: an object asked about a wrong code
 * stores nothing (an empty SQLite database would still cost storage).
 *
 * Free-tier cost per answer: one row written (a WITHOUT ROWID table keyed by question and player has no
 * separate index). What is read again and again (the players, the number of answers to the open question,
 * the points after a reveal) is also kept in memory, derived from storage: a new instance after a restart
 * reads it once. Only one instance of an object runs at a time, so the copies cannot go stale.
 */
import type { LearnerResponse } from "../../bank/grade";
import type { LiveQuestion } from "./questions";

export type Phase = "lobby" | "question" | "results" | "evidence" | "end";

/**
 * Players per session: a full class (classes take 100 students, see ../classroom/store.ts). Here, not in
 * ./session.ts, so that the routes and pages that state it do not import the Durable Object's module.
 */
export const MAX_PLAYERS = 100;

export interface SessionSettings {
  code: string;
  classId: string;
  quizId: string;
  quizTitle: string;
  /** Where students join, for the projector: "https://example.org". */
  origin: string;
  /** 0 for no time limit. */
  timerSeconds: number;
  speedBonus: boolean;
}

export interface SessionRow extends SessionSettings {
  questionCount: number;
  playerCount: number;
  phase: Phase;
  /** The current question, from 1; 0 in the lobby. */
  position: number;
  /** When the current question opened, and when its time runs out (null without a time limit). */
  openedAt: number | null;
  deadline: number | null;
  createdAt: number;
  /** The last join or phase change: the session expires after a while without one. */
  activeAt: number;
  endedAt: number | null;
  resultsWrittenAt: number | null;
}

export interface PlayerRow {
  learnerId: string;
  nickname: string;
  /** The attempt the player's answers go into in D1, fixed at the join so that a retried write makes no second one. */
  attemptId: string;
  joinedAt: number;
}

export interface AnswerRow {
  position: number;
  learnerId: string;
  response: LearnerResponse;
  /** 0 to 1, as graded by src/bank/grade.ts. */
  score: number;
  /** 0 to 1 for a fully right answer when the speed bonus is on; only breaks ties. */
  bonus: number;
  answeredAt: number;
}

export interface PlayerTotal {
  points: number;
  bonus: number;
}

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL, class_id TEXT NOT NULL, quiz_id TEXT NOT NULL, quiz_title TEXT NOT NULL, origin TEXT NOT NULL,
    timer_seconds INTEGER NOT NULL, speed_bonus INTEGER NOT NULL, question_count INTEGER NOT NULL, player_count INTEGER NOT NULL,
    phase TEXT NOT NULL, position INTEGER NOT NULL, opened_at INTEGER, deadline INTEGER,
    created_at INTEGER NOT NULL, active_at INTEGER NOT NULL, ended_at INTEGER, results_written_at INTEGER
  )`,
  `CREATE TABLE IF NOT EXISTS questions (position INTEGER PRIMARY KEY, content TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS players (
    learner_id TEXT PRIMARY KEY, nickname TEXT NOT NULL, attempt_id TEXT NOT NULL, joined_at INTEGER NOT NULL
  ) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS answers (
    position INTEGER NOT NULL, learner_id TEXT NOT NULL, response TEXT NOT NULL, score REAL NOT NULL, bonus REAL NOT NULL,
    answered_at INTEGER NOT NULL, PRIMARY KEY (position, learner_id)
  ) WITHOUT ROWID`,
];

type SessionRecord = {
  code: string;
  class_id: string;
  quiz_id: string;
  quiz_title: string;
  origin: string;
  timer_seconds: number;
  speed_bonus: number;
  question_count: number;
  player_count: number;
  phase: Phase;
  position: number;
  opened_at: number | null;
  deadline: number | null;
  created_at: number;
  active_at: number;
  ended_at: number | null;
  results_written_at: number | null;
};

type AnswerRecord = { position: number; learner_id: string; response: string; score: number; bonus: number; answered_at: number };

const toAnswer = (record: AnswerRecord): AnswerRow => ({
  position: record.position,
  learnerId: record.learner_id,
  response: JSON.parse(record.response) as LearnerResponse,
  score: record.score,
  bonus: record.bonus,
  answeredAt: record.answered_at,
});

/** What a session's changes may set. */
export type SessionChange = Partial<Pick<SessionRow, "phase" | "position" | "openedAt" | "deadline" | "activeAt" | "endedAt" | "resultsWrittenAt">>;

const COLUMNS: Record<keyof SessionChange, string> = {
  phase: "phase",
  position: "position",
  openedAt: "opened_at",
  deadline: "deadline",
  activeAt: "active_at",
  endedAt: "ended_at",
  resultsWrittenAt: "results_written_at",
};

export class SessionStore {
  /** Rows read and written since this object started, as the free tier counts them (logged when a session ends). */
  readonly usage = { rowsRead: 0, rowsWritten: 0 };
  private readonly cachedQuestions = new Map<number, LiveQuestion>();
  private cachedPlayers: PlayerRow[] | undefined;
  private readonly cachedAnswerCounts = new Map<number, number>();
  /** Points after all questions up to `position` closed: they no longer change. */
  private cachedTotals: { position: number; totals: Map<string, PlayerTotal> } | undefined;
  /** Whether the tables exist; known once asked, forgotten when the object deletes its storage. */
  private tablesExist: boolean | undefined;

  constructor(private readonly sql: SqlStorage) {}

  private run<T extends Record<string, SqlStorageValue>>(query: string, ...bindings: unknown[]): T[] {
    const cursor = this.sql.exec<T>(query, ...bindings);
    const rows = cursor.toArray();
    this.usage.rowsRead += cursor.rowsRead;
    this.usage.rowsWritten += cursor.rowsWritten;
    return rows;
  }

  /** Starts a session in an empty object. */
  create(settings: SessionSettings, questions: LiveQuestion[], now: number): void {
    // The object of a code is used again for a later session with the same code.
    this.forget();
    for (const statement of SCHEMA) this.run(statement);
    this.tablesExist = true;
    this.run(
      `INSERT INTO session (id, code, class_id, quiz_id, quiz_title, origin, timer_seconds, speed_bonus, question_count, player_count, phase, position, created_at, active_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'lobby', 0, ?, ?)`,
      settings.code,
      settings.classId,
      settings.quizId,
      settings.quizTitle,
      settings.origin,
      settings.timerSeconds,
      settings.speedBonus ? 1 : 0,
      questions.length,
      now,
      now,
    );
    for (const [index, question] of questions.entries())
      this.run("INSERT INTO questions (position, content) VALUES (?, ?)", index + 1, JSON.stringify(question));
  }

  /** The session, or undefined when this object holds none (never started, or deleted after it expired). */
  session(): SessionRow | undefined {
    this.tablesExist ??= this.run("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'session'").length > 0;
    if (!this.tablesExist) return undefined;
    const [record] = this.run<SessionRecord>("SELECT * FROM session WHERE id = 1");
    if (!record) return undefined;
    return {
      code: record.code,
      classId: record.class_id,
      quizId: record.quiz_id,
      quizTitle: record.quiz_title,
      origin: record.origin,
      timerSeconds: record.timer_seconds,
      speedBonus: record.speed_bonus === 1,
      questionCount: record.question_count,
      playerCount: record.player_count,
      phase: record.phase,
      position: record.position,
      openedAt: record.opened_at,
      deadline: record.deadline,
      createdAt: record.created_at,
      activeAt: record.active_at,
      endedAt: record.ended_at,
      resultsWrittenAt: record.results_written_at,
    };
  }

  update(change: SessionChange): SessionRow {
    const entries = Object.entries(change) as [keyof SessionChange, unknown][];
    this.run(`UPDATE session SET ${entries.map(([key]) => `${COLUMNS[key]} = ?`).join(", ")} WHERE id = 1`, ...entries.map(([, value]) => value));
    return this.session()!;
  }

  question(position: number): LiveQuestion | undefined {
    const cached = this.cachedQuestions.get(position);
    if (cached) return cached;
    const [record] = this.run<{ content: string }>("SELECT content FROM questions WHERE position = ?", position);
    if (!record) return undefined;
    const question = JSON.parse(record.content) as LiveQuestion;
    this.cachedQuestions.set(position, question);
    return question;
  }

  /** The players in the order they joined. */
  players(): PlayerRow[] {
    this.cachedPlayers ??= this.run<{ learner_id: string; nickname: string; attempt_id: string; joined_at: number }>(
      "SELECT learner_id, nickname, attempt_id, joined_at FROM players ORDER BY joined_at, learner_id",
    ).map((record) => ({ learnerId: record.learner_id, nickname: record.nickname, attemptId: record.attempt_id, joinedAt: record.joined_at }));
    return this.cachedPlayers;
  }

  player(learnerId: string): PlayerRow | undefined {
    const [record] = this.run<{ learner_id: string; nickname: string; attempt_id: string; joined_at: number }>(
      "SELECT learner_id, nickname, attempt_id, joined_at FROM players WHERE learner_id = ?",
      learnerId,
    );
    return record && { learnerId: record.learner_id, nickname: record.nickname, attemptId: record.attempt_id, joinedAt: record.joined_at };
  }

  /** Seats the player; the session counts its players (a count(*) would read every player's row per answer). */
  addPlayer(player: PlayerRow): void {
    this.run(
      "INSERT INTO players (learner_id, nickname, attempt_id, joined_at) VALUES (?, ?, ?, ?)",
      player.learnerId,
      player.nickname,
      player.attemptId,
      player.joinedAt,
    );
    this.run("UPDATE session SET player_count = player_count + 1, active_at = ? WHERE id = 1", player.joinedAt);
    this.cachedPlayers = undefined;
  }

  /** After storage.deleteAll(): the tables are gone. */
  forget(): void {
    this.tablesExist = false;
    this.cachedQuestions.clear();
    this.cachedPlayers = undefined;
    this.cachedAnswerCounts.clear();
    this.cachedTotals = undefined;
  }

  /** Stores the answer unless the player already answered this question; true when it was stored. */
  recordAnswer(answer: AnswerRow): boolean {
    const before = this.usage.rowsWritten;
    this.run(
      "INSERT INTO answers (position, learner_id, response, score, bonus, answered_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      answer.position,
      answer.learnerId,
      JSON.stringify(answer.response),
      answer.score,
      answer.bonus,
      answer.answeredAt,
    );
    const stored = this.usage.rowsWritten > before;
    const counted = this.cachedAnswerCounts.get(answer.position);
    if (stored && counted !== undefined) this.cachedAnswerCounts.set(answer.position, counted + 1);
    return stored;
  }

  answersTo(position: number): AnswerRow[] {
    return this.run<AnswerRecord>("SELECT * FROM answers WHERE position = ?", position).map(toAnswer);
  }

  answerOf(position: number, learnerId: string): AnswerRow | undefined {
    const [record] = this.run<AnswerRecord>("SELECT * FROM answers WHERE position = ? AND learner_id = ?", position, learnerId);
    return record && toAnswer(record);
  }

  answerCount(position: number): number {
    let count = this.cachedAnswerCounts.get(position);
    if (count === undefined) {
      count = this.run<{ count: number }>("SELECT count(*) AS count FROM answers WHERE position = ?", position)[0]!.count;
      this.cachedAnswerCounts.set(position, count);
    }
    return count;
  }

  /**
   * Points and speed bonus per player over the questions up to `position`, all of them closed: from the
   * totals of the question before plus this question's answers, or else summed over all answers.
   */
  totalsAfter(position: number): Map<string, PlayerTotal> {
    const cached = this.cachedTotals;
    if (cached?.position === position) return cached.totals;
    let totals: Map<string, PlayerTotal>;
    if (cached?.position === position - 1) {
      totals = new Map([...cached.totals].map(([learnerId, total]) => [learnerId, { ...total }]));
      for (const answer of this.answersTo(position)) {
        const total = totals.get(answer.learnerId) ?? { points: 0, bonus: 0 };
        totals.set(answer.learnerId, { points: total.points + answer.score, bonus: total.bonus + answer.bonus });
      }
    } else {
      const rows = this.run<{ learner_id: string; points: number; bonus: number }>(
        "SELECT learner_id, sum(score) AS points, sum(bonus) AS bonus FROM answers WHERE position <= ? GROUP BY learner_id",
        position,
      );
      totals = new Map(rows.map((row) => [row.learner_id, { points: row.points, bonus: row.bonus }]));
    }
    this.cachedTotals = { position, totals };
    return totals;
  }

  allAnswers(): AnswerRow[] {
    return this.run<AnswerRecord>("SELECT * FROM answers ORDER BY position").map(toAnswer);
  }
}
