/**
 * One live lesson against `wrangler dev` (the local workerd, a fresh local D1): a teacher pastes a text of
 * their own (20,000 characters, ./texts.ts; the built-in quizzes ask at most 12 questions), publishes it
 * with a quiz of 20 questions and starts a live session of it; 30 phones join (the form, the page, a
 * WebSocket each) and play it to the end over real WebSockets on loopback. Each phone answers what its
 * screen offers (a tile by its number, a figure, a word), so some answers are right and most are not. Prints what the lesson costs of Cloudflare's free tier and how fast it is:
 *
 * - Durable Object requests as billed: RPC calls, WebSocket upgrades and alarms, plus incoming WebSocket
 *   messages at 20 to 1 (outgoing messages are free), against the 100,000 requests a day of the free plan
 *   (https://developers.cloudflare.com/durable-objects/platform/pricing/). Counted by the object itself and
 *   logged when the results are written.
 * - The object's SQLite rows read and written (5 million and 100,000 a day free) and the D1 rows written
 *   (100,000 a day free), as the storage and D1 report them.
 * - CPU: the CPU time of the workerd process that runs the Worker and its Durable Objects (from /proc, all
 *   threads), around each phase change (a view rendered for every phone and sent) and around each round
 *   of answers (with the reveal the last one triggers), and over all questions per incoming message.
 *   Upper bounds of what the isolate uses: they include the runtime's own work for the sockets and SQLite.
 * - Latency from the teacher's "next" to the last phone receiving the question (median and 99th percentile
 *   over the questions), and per phone.
 *
 * BENCH_LIVE_PLAYERS and BENCH_LIVE_QUESTIONS try other sizes.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import type { ServerMessage } from "../src/worker/live/protocol";
import { applyLocalMigrations, freePort, wranglerEnv } from "../scripts/wrangler.mjs";
import { benchText } from "./texts";

const PLAYERS = Number(process.env.BENCH_LIVE_PLAYERS ?? 30);
const QUESTIONS = Number(process.env.BENCH_LIVE_QUESTIONS ?? 20);
const TEXT_CHARACTERS = 20_000;
const FREE = { workerRequests: 100_000, doRequests: 100_000, storageRowsRead: 5_000_000, rowsWritten: 100_000 };

// ---------------------------------------------------------------- wrangler dev

const persistTo = await mkdtemp(join(tmpdir(), "quellenquiz-live-bench-"));
await applyLocalMigrations(persistTo);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const wrangler = spawn(
  "node_modules/.bin/wrangler",
  ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, "--show-interactive-dev-session=false"],
  {
    env: wranglerEnv(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  },
);
let log = "";
wrangler.stdout?.on("data", (chunk) => (log += chunk));
wrangler.stderr?.on("data", (chunk) => (log += chunk));

async function stopWrangler() {
  if (wrangler.pid && wrangler.exitCode === null) process.kill(-wrangler.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 300));
  await rm(persistTo, { recursive: true, force: true });
}

async function waitUntil<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: timed out\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ---------------------------------------------------------------- the workerd process that runs the Worker

/** Process ids below `root` (children, grandchildren, ...), from /proc. */
async function descendants(root: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    parents.set(Number(entry), parent);
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent !== pid) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** The workerd of the Worker itself (wrangler runs it with an inspector), not the one of wrangler's dev proxy. */
async function workerProcess(): Promise<number | undefined> {
  if (!wrangler.pid) return undefined;
  for (const pid of await descendants(wrangler.pid)) {
    const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (command.includes("workerd") && command.includes("--inspector-addr")) return pid;
  }
  return undefined;
}

/** CPU time of all threads of a process, in milliseconds. */
async function cpuMs(pid: number): Promise<number> {
  let total = 0;
  for (const task of await readdir(`/proc/${pid}/task`)) {
    const schedstat = await readFile(`/proc/${pid}/task/${task}/schedstat`, "utf8").catch(() => "0");
    total += Number(schedstat.split(" ")[0]) / 1e6;
  }
  return total;
}

// ---------------------------------------------------------------- clients

/** Requests to the Worker, as the free plan counts them: pages, forms and WebSocket upgrades (static files are free). */
let workerRequests = 0;

/** A browser: cookies, same-origin posts, no automatic redirects. */
class Browser {
  readonly cookies = new Map<string, string>();
  /** The client address the Worker sees (rate limits count per address; a class shares few of them). */
  constructor(readonly address = "127.0.0.1") {}
  async request(method: "GET" | "POST", path: string, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = { Cookie: this.cookieHeader(), "CF-Connecting-IP": this.address };
    if (method === "POST") headers.Origin = base;
    workerRequests++;
    const response = await fetch(`${base}${path}`, { method, headers, body: form && new URLSearchParams(form), redirect: "manual" });
    // Node's Headers (the Worker's types, which this file is checked with, do not know getSetCookie).
    for (const cookie of (response.headers as unknown as { getSetCookie(): string[] }).getSetCookie()) {
      const pair = cookie.split(";")[0]!;
      this.cookies.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
    return response;
  }
  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  /** A WebSocket at `path` with this browser's cookies; messages are timestamped on arrival. */
  async socket(path: string): Promise<Socket> {
    workerRequests++;
    const socket = new Socket(new WebSocket(`ws://127.0.0.1:${port}${path}`, { headers: { Cookie: this.cookieHeader(), Origin: base } }));
    await socket.opened;
    return socket;
  }
}

class Socket {
  readonly received: { at: number; message: ServerMessage }[] = [];
  readonly opened: Promise<void>;
  sent = 0;
  constructor(readonly ws: WebSocket) {
    this.opened = new Promise((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
    });
    ws.on("message", (data) => this.received.push({ at: performance.now(), message: JSON.parse(String(data)) as ServerMessage }));
  }
  send(message: unknown) {
    this.sent++;
    this.ws.send(JSON.stringify(message));
  }
  /** When the view of this phase and question arrived (waits for it). */
  async viewAt(phase: string, question: number): Promise<number> {
    return (await this.view(phase, question)).at;
  }
  /** The view of this phase and question, with when it arrived (waits for it). */
  view(phase: string, question: number): Promise<{ at: number; html: string }> {
    return waitUntil(
      `${phase} ${question}`,
      () => {
        const found = this.received.find(({ message }) => message.type === "view" && message.phase === phase && message.question === question);
        return found?.message.type === "view" ? { at: found.at, html: found.message.html } : undefined;
      },
      30_000,
    );
  }
}

/**
 * An answer as a phone offers it, read off the question's view: the `choice`-th tile (of one choice), the
 * first option (of several), or a figure or a word typed into the gap. The bench does not know the teacher's
 * questions; whether an answer is right changes neither the messages nor the rows written.
 */
function answerFromView(html: string, choice: number): { antwort: string | string[] } {
  const tiles = [...html.matchAll(/<button type="submit" name="antwort" value="([^"]*)"/g)].map((match) => match[1]!);
  if (tiles.length > 0) return { antwort: tiles[choice % tiles.length]! };
  const boxes = [...html.matchAll(/<input type="checkbox" name="antwort" value="([^"]*)"/g)].map((match) => match[1]!);
  if (boxes.length > 0) return { antwort: [boxes[choice % boxes.length]!] };
  return { antwort: /inputmode="decimal"/.test(html) ? String(choice + 1) : "Berlin" };
}

const quantile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * share) - 1)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)} %`;

// ---------------------------------------------------------------- the lesson

try {
  await waitUntil("wrangler dev", async () => ((await fetch(`${base}/`).catch(() => undefined))?.ok ? true : undefined));

  const teacher = new Browser();
  const created = await teacher.request("POST", "/klassen/neu", { name: "Bench" });
  const classPath = created.headers.get("Location")!.replace(/\/willkommen$/, "");
  // The teacher's own text, with a quiz of QUESTIONS questions, published.
  const pasted = await teacher.request("POST", `${classPath}/texte/neu`, { titel: "Eigener Text", text: benchText(TEXT_CHARACTERS) });
  if (pasted.status !== 303) throw new Error(`paste: ${pasted.status}`);
  const textPath = pasted.headers.get("Location")!;
  const textId = textPath.split("/").pop()!;
  // The questions are made step by step, one request each, as a teacher's browser follows the Refresh header.
  for (let step = 0; (await teacher.request("GET", textPath)).headers.has("Refresh"); step++) if (step > 50) throw new Error("generation does not end");
  if ((await teacher.request("POST", `${textPath}/umfang`, { umfang: String(QUESTIONS) })).status !== 303) throw new Error("quiz size");
  if ((await teacher.request("POST", `${textPath}/veroeffentlichen`)).status !== 303) throw new Error("publish");
  const requestsBeforeLesson = workerRequests;
  const started = await teacher.request("POST", `${classPath}/live`, { quizId: textId, anzahl: "alle", zeit: "0" });
  if (started.status !== 303) throw new Error(`live start: ${started.status}`);
  const presenterPath = started.headers.get("Location")!;
  const code = presenterPath.split("/").pop()!;
  if (!(await teacher.request("GET", presenterPath)).ok) throw new Error("no presenter page");
  const presenter = await teacher.socket(`${presenterPath}/verbindung`);

  const phones: Socket[] = [];
  for (let player = 1; player <= PLAYERS; player++) {
    const phone = new Browser(`10.0.${Math.floor(player / 250)}.${player % 250}`);
    await phone.request("GET", `/live?code=${code}`);
    const joined = await phone.request("POST", "/live", { code, nickname: `Bank ${player}` });
    if (joined.status !== 303) throw new Error(`join ${player}: ${joined.status}`);
    if (!(await phone.request("GET", `/live/${code}`)).ok) throw new Error(`player page ${player}`);
    phones.push(await phone.socket(`/live/${code}/verbindung`));
  }
  await presenter.viewAt("lobby", 0);
  await waitUntil("all players in the lobby", () =>
    presenter.received.some(({ message }) => message.type === "view" && message.role === "presenter" && message.players === PLAYERS) ? true : undefined,
  );

  const worker = await workerProcess();
  const cpu = async () => (worker ? await cpuMs(worker) : Number.NaN);
  const cpuBefore = await cpu();
  const lastPhone: number[] = [];
  const perPhone: number[] = [];
  const phaseChangeCpu: number[] = [];
  const answerCpu: number[] = [];
  for (let position = 1; position <= QUESTIONS; position++) {
    let before = await cpu();
    const next = performance.now();
    presenter.send({ type: "advance", phase: position === 1 ? "lobby" : "evidence", question: position - 1 });
    const views = await Promise.all(phones.map((phone) => phone.view("question", position)));
    const arrivals = views.map((view) => view.at);
    phaseChangeCpu.push((await cpu()) - before);
    lastPhone.push(Math.max(...arrivals) - next);
    perPhone.push(...arrivals.map((at) => at - next));

    // Everyone answers, which closes the question.
    before = await cpu();
    for (const [player, phone] of phones.entries()) {
      phone.send({ type: "answer", question: position, ...answerFromView(views[player]!.html, player + position) });
    }
    await Promise.all(phones.map((phone) => phone.viewAt("results", position)));
    answerCpu.push(((await cpu()) - before) / PLAYERS);

    before = await cpu();
    presenter.send({ type: "advance", phase: "results", question: position });
    await Promise.all(phones.map((phone) => phone.viewAt("evidence", position)));
    phaseChangeCpu.push((await cpu()) - before);
  }
  presenter.send({ type: "advance", phase: "evidence", question: QUESTIONS });
  await Promise.all(phones.map((phone) => phone.viewAt("end", QUESTIONS)));
  const cpuAfter = await cpu();
  const lessonRequests = workerRequests - requestsBeforeLesson;
  const messagesPlayed = presenter.sent + phones.reduce((sum, phone) => sum + phone.sent, 0);

  const line = await waitUntil("the results written", () => /\{"event":"live-session-results"[^\n]*\}/.exec(log)?.[0], 30_000);
  const usage = JSON.parse(line) as {
    players: number;
    requests: number;
    webSocketMessages: number;
    storageRowsRead: number;
    storageRowsWritten: number;
    alarmsSet: number;
    d1RowsWritten: number;
  };
  for (const socket of [presenter, ...phones]) socket.ws.close();

  const billed = usage.requests + usage.webSocketMessages / 20;
  const perLesson = (used: number, free: number) =>
    `${share(used, free)} of the free ${free.toLocaleString("en")} a day (${Math.floor(free / used)} such lessons)`;
  /** One line of the table: the label in a column of its own. */
  const row = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);
  console.log(
    `Live lesson: ${usage.players} phones x ${QUESTIONS} questions of an own text of ${TEXT_CHARACTERS.toLocaleString("en")} characters, against wrangler dev on loopback; Node ${process.version}\n`,
  );
  row("Worker requests (pages, joins, upgrades)", `${lessonRequests} = ${perLesson(lessonRequests, FREE.workerRequests)}`);
  console.log("Durable Object requests, as billed");
  row("  RPC calls, WebSocket upgrades, alarms", String(usage.requests));
  row("  incoming WebSocket messages", `${usage.webSocketMessages} (billed 20:1 = ${(usage.webSocketMessages / 20).toFixed(1)}; outgoing are free)`);
  row("  together", `${billed.toFixed(1)} = ${perLesson(billed, FREE.doRequests)}`);
  console.log("Durable Object SQLite storage");
  row("  rows read", `${usage.storageRowsRead} = ${perLesson(usage.storageRowsRead, FREE.storageRowsRead)}`);
  const written = usage.storageRowsWritten + usage.alarmsSet;
  row(`  rows written (${usage.alarmsSet} of them setAlarm)`, `${written} = ${perLesson(written, FREE.rowsWritten)}`);
  row("D1 rows written (results into the class)", `${usage.d1RowsWritten} = ${perLesson(usage.d1RowsWritten, FREE.rowsWritten)}`);
  if (worker) {
    console.log("CPU of workerd (upper bounds of the isolate's share)");
    row(
      `  per phase change, views to ${PLAYERS} phones`,
      `median ${ms(quantile(phaseChangeCpu, 0.5))}, max ${ms(Math.max(...phaseChangeCpu))} (${phaseChangeCpu.length} changes)`,
    );
    row("  per answer (with its share of the reveal)", `median ${ms(quantile(answerCpu, 0.5))}, max ${ms(Math.max(...answerCpu))}`);
    row("  per incoming message, all questions", `${ms((cpuAfter - cpuBefore) / messagesPlayed)} (${ms(cpuAfter - cpuBefore)} / ${messagesPlayed} messages)`);
  } else {
    console.log("CPU: n/a (needs Linux's /proc)");
  }
  console.log('Latency from the teacher\'s "next"');
  row("  to the last phone having the question", `median ${ms(quantile(lastPhone, 0.5))}, p99 ${ms(quantile(lastPhone, 0.99))} (${QUESTIONS} questions)`);
  row("  to each phone", `median ${ms(quantile(perPhone, 0.5))}, p99 ${ms(quantile(perPhone, 0.99))} (${perPhone.length} deliveries)`);
} finally {
  await stopWrangler();
}
