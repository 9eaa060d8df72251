/**
 * The messages of a live session's WebSockets, JSON text frames.
 *
 * Client -> object (parsed here; anything else is answered with an `error` message):
 * - `answer` (player): the answer to question `question` (from 1), `antwort` as the answer form sends it.
 * - `advance` (presenter): go on from the phase and question the presenter sees; ignored when the session
 *   is no longer there (a double click, or a second presenter screen that was quicker).
 * - `finish` (presenter): end the session now, with the answers given so far.
 *
 * Object -> client:
 * - `view`: the whole screen as HTML (rendered by the object, the same fragment the page embeds without
 *   JavaScript) with the state it shows; sent on connect, on every phase change, and to a player after
 *   their answer. Before the reveal (phase "question") it carries nothing from which the answer follows.
 * - `progress` (presenter): how many players have answered the open question.
 * - `error`: a German message for the person at the screen.
 *
 * Besides JSON: the text "ping" from a client is answered "pong" (HEARTBEAT), by the runtime without waking the object.
 */
import * as z from "zod";
import { AnswerForm } from "../quiz/forms";
import type { Phase } from "./store";

/** The check that a socket still lives: a client sends `ping`, the runtime answers `pong` (live.js keeps the same words). */
export const HEARTBEAT = { ping: "ping", pong: "pong" } as const;

export const PHASES = ["lobby", "question", "results", "evidence", "end"] as const satisfies readonly Phase[];

export const ClientMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("answer"),
    question: z.number().int().min(1).max(1000),
    antwort: AnswerForm.shape.antwort,
  }),
  z.object({ type: z.literal("advance"), phase: z.enum(PHASES), question: z.number().int().min(0).max(1000) }),
  z.object({ type: z.literal("finish") }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

interface ViewBase {
  type: "view";
  phase: Phase;
  /** The current question from 1; 0 in the lobby. */
  question: number;
  total: number;
  /** Server time of the message, so that a countdown on the client does not depend on its clock. */
  now: number;
  /** When the open question closes (server time), or null. */
  deadline: number | null;
  html: string;
}

export interface PlayerViewMessage extends ViewBase {
  role: "player";
  nickname: string;
  /** Answered the open (or the last) question. */
  answered: boolean;
  /** After the reveal: the score of this question (0 to 1), null before or when not answered. */
  score: number | null;
  /** After the reveal: points so far; null before it. */
  points: number | null;
}

export interface PresenterViewMessage extends ViewBase {
  role: "presenter";
  players: number;
  answers: number;
}

export type ServerMessage =
  | PlayerViewMessage
  | PresenterViewMessage
  | { type: "progress"; players: number; answers: number }
  | { type: "error"; message: string };
