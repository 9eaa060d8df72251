/** Live sessions through the Worker: teachers start them, students join, both sides hold real WebSockets. */
import { env } from "cloudflare:test";
import { expect } from "vitest";
import { Browser, ORIGIN, redirectTarget } from "../browser";
import { HEARTBEAT, type PlayerViewMessage, type PresenterViewMessage, type ServerMessage } from "../../../src/worker/live/protocol";
import { createClass, type CreatedClass } from "../classroom/helpers";

export { createClass, type CreatedClass };

/** A view message of either side, for tests that look at fields of both. */
export type AnyView = Omit<PlayerViewMessage, "role"> & Omit<PresenterViewMessage, "role"> & { role: "player" | "presenter" };

/** Waits this long for a message before a test fails with what did arrive. */
const WAIT_MS = 10_000;

/** One WebSocket of a player or presenter, with everything it received. */
export class LiveSocket {
  readonly received: ServerMessage[] = [];
  /** The "pong"s received: the answers to the heartbeat's "ping" (protocol.ts), not JSON. */
  pongs = 0;
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | undefined;

  private constructor(readonly socket: WebSocket) {
    socket.addEventListener("message", (event) => {
      if (event.data === HEARTBEAT.pong) this.pongs++;
      else this.received.push(JSON.parse(event.data as string) as ServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.addEventListener("close", (event) => {
      this.closed = { code: event.code, reason: event.reason };
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.accept();
  }

  /** Opens the socket at `path` with the client's cookies, as a page of this origin does. */
  static async open(client: Browser, path: string): Promise<LiveSocket> {
    const response = await client.send(path, { method: "GET", headers: { Upgrade: "websocket", Origin: ORIGIN } }, {});
    expect(response.status, `WebSocket at ${path}`).toBe(101);
    return new LiveSocket(response.webSocket!);
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  /** The first message received so far (or arriving within WAIT_MS) that matches. */
  async waitFor<T extends ServerMessage>(description: string, matches: (message: ServerMessage) => message is T): Promise<T>;
  async waitFor(description: string, matches: (message: ServerMessage) => boolean): Promise<ServerMessage>;
  async waitFor(description: string, matches: (message: ServerMessage) => boolean): Promise<ServerMessage> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const found = this.received.find(matches);
      if (found) return found;
      if (Date.now() > deadline || this.closed) {
        throw new Error(`no message "${description}"; received: ${JSON.stringify(this.received.map((message) => ({ ...message, html: undefined })))}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The view of the given phase and question (a player's, or the presenter's). */
  view(phase: string, question: number, also: (message: AnyView) => boolean = () => true): Promise<AnyView> {
    return this.waitFor(
      `view ${phase} ${question}`,
      (message) => message.type === "view" && message.phase === phase && message.question === question && also(message as AnyView),
    ) as Promise<AnyView>;
  }

  /** The newest view received. */
  lastView(): AnyView | undefined {
    return this.received.filter((message) => message.type === "view").at(-1) as AnyView | undefined;
  }

  /** Forgets what arrived so far (so that a later view of the same phase is waited for). */
  clear(): void {
    this.received.length = 0;
  }

  close(): void {
    this.socket.close(1000, "test");
  }
}

export interface StartOptions {
  quizId: string;
  anzahl?: string;
  zeit?: string;
  tempo?: boolean;
}

/** The teacher starts a live session from the class's start page; returns its code and presenter path. */
export async function startSession(created: CreatedClass, options: StartOptions): Promise<{ code: string; presenterPath: string }> {
  const form: Record<string, string> = { quizId: options.quizId, anzahl: options.anzahl ?? "5", zeit: options.zeit ?? "0" };
  if (options.tempo) form.tempo = "ja";
  const response = await created.teacher.post(`/klassen/lehrkraft/${created.classId}/live`, form);
  const path = redirectTarget(response);
  const code = /^\/klassen\/lehrkraft\/[^/]+\/live\/(\d{6})$/.exec(path)?.[1];
  expect(code, path).toBeDefined();
  return { code: code!, presenterPath: path };
}

/** A student (own browser) joins with the code and a nickname; returns the browser and where it landed. */
export async function joinSession(code: string, nickname: string, address = "192.0.2.30"): Promise<Browser> {
  const student = new Browser(address);
  const joined = await student.post("/live", { code, nickname });
  expect(joined.status, await joined.clone().text()).toBe(303);
  expect(redirectTarget(joined)).toBe(`/live/${code}`);
  return student;
}

export const playerSocket = (student: Browser, code: string) => LiveSocket.open(student, `/live/${code}/verbindung`);
export const presenterSocket = (created: CreatedClass, code: string) =>
  LiveSocket.open(created.teacher, `/klassen/lehrkraft/${created.classId}/live/${code}/verbindung`);

export const stubOf = (code: string) => env.LIVE.get(env.LIVE.idFromName(code));

/** Waits until `check` holds (D1 written by the session's alarm), or fails after a while. */
export async function eventually<T>(description: string, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`${description}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
