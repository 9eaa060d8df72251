/**
 * CPU per request of the Worker's own code, for the paths learners and teachers hit most. The free
 * tier allows 10 ms of CPU per request, and waiting for D1 does not count towards it.
 *
 * The app runs in Node against a local D1 (wrangler's getPlatformProxy, a fresh throw-away database
 * with the migrations applied). "CPU" is Node's CPU time per request minus the CPU Node spends while
 * a D1 call is in flight (the proxy shipping queries to workerd, which a deployed Worker does not
 * pay); what remains is the app's own JavaScript: routing, validation, grading, rendering. Wall time
 * includes the round trips to the local D1. Prints figures only.
 */
import { timingSafeEqual } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { applyLocalMigrations } from "../scripts/wrangler.mjs";
import { listDocuments, quizQuestions } from "../src/bank/index";
import type { Question } from "../src/bank/schema";
import { app } from "../src/worker/app";

// workerd's extension of Web Crypto, which the teacher pages use; Node has it under node:crypto.
const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual?: (a: ArrayBuffer | ArrayBufferView, b: ArrayBuffer | ArrayBufferView) => boolean };
subtle.timingSafeEqual ??= (a, b) => timingSafeEqual(toBytes(a), toBytes(b));
function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}

const ORIGIN = "https://quellenquiz.test";
const STUDENTS = 30;
const QUESTIONS_PER_STUDENT = 20;

const persistTo = await mkdtemp(join(tmpdir(), "quellenquiz-bench-"));
await applyLocalMigrations(persistTo);
const proxy = await getPlatformProxy<Env>({ persist: { path: join(persistTo, "v3") } });
const env = { ...proxy.env, DB: measuredDatabase(proxy.env.DB) };
const context = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;

/** CPU spent in Node while waiting for D1: the proxy's work, which a deployed Worker does not pay. */
let d1Cpu = 0;
let d1Calls = 0;
let proxyRetries = 0;

let inFlight = 0;
let flightStart = process.cpuUsage();

// Queries may run side by side (Promise.all): CPU is booked from the first one starting to the last
// one ending, once.
function takeOff(): void {
  if (inFlight++ === 0) flightStart = process.cpuUsage();
}
function land(): void {
  if (--inFlight > 0) return;
  const used = process.cpuUsage(flightStart);
  d1Cpu += (used.user + used.system) / 1000;
}

async function inD1<T>(call: () => Promise<T>): Promise<T> {
  d1Calls++;
  takeOff();
  try {
    return await call();
  } finally {
    land();
  }
}

/** Preparing and binding are synchronous round trips through the proxy, booked the same way. */
function inD1Sync<T>(call: () => T): T {
  takeOff();
  try {
    return call();
  } finally {
    land();
  }
}

/** The D1 binding with every round trip booked to `d1Cpu`. */
function measuredDatabase(database: D1Database): D1Database {
  const real = new WeakMap<object, D1PreparedStatement>();
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement => {
    const wrapped = {
      bind: (...values: unknown[]) => wrap(inD1Sync(() => statement.bind(...values))),
      first: (column?: string) => inD1(() => (column === undefined ? statement.first() : statement.first(column))),
      all: () => inD1(() => statement.all()),
      run: () => inD1(() => statement.run()),
      raw: (options?: { columnNames?: boolean }) => inD1(() => statement.raw(options as { columnNames: true })),
    } as unknown as D1PreparedStatement;
    real.set(wrapped, statement);
    return wrapped;
  };
  return {
    prepare: (query: string) => wrap(inD1Sync(() => database.prepare(query))),
    batch: (statements: D1PreparedStatement[]) => inD1(() => database.batch(statements.map((statement) => real.get(statement) ?? statement))),
    exec: (query: string) => inD1(() => database.exec(query)),
    withSession: () => {
      throw new Error("not used by the app");
    },
    dump: () => database.dump(),
  } as unknown as D1Database;
}

/** One browser: keeps cookies, sends form posts with Origin, follows no redirects. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly address: string) {}

  async send(method: "GET" | "POST", path: string, form?: URLSearchParams): Promise<Response> {
    const headers = new Headers({ "CF-Connecting-IP": this.address });
    if (method === "POST") headers.set("Origin", ORIGIN);
    if (this.cookies.size > 0) headers.set("Cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await app.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body: form, redirect: "manual" }), env, context);
    // Node's Headers (the Worker's types do not know getSetCookie; this file runs in Node).
    for (const cookie of (response.headers as unknown as { getSetCookie(): string[] }).getSetCookie()) {
      const pair = cookie.split(";")[0]!;
      const separator = pair.indexOf("=");
      this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    await response.arrayBuffer();
    return response;
  }

  async expect(status: number, method: "GET" | "POST", path: string, form?: URLSearchParams): Promise<Response> {
    let response = await this.send(method, path, form);
    // Now and then wrangler's local D1 proxy fails a synchronous call (an assertion in miniflare's
    // SynchronousFetcher), and the app answers 500. That is the bench's plumbing, not the Worker's:
    // retried once and counted.
    if (response.status === 500) {
      proxyRetries++;
      response = await this.send(method, path, form);
    }
    if (response.status !== status) throw new Error(`${method} ${path}: ${response.status}, expected ${status}`);
    return response;
  }
}

const locationOf = (response: Response) => new URL(response.headers.get("Location")!, ORIGIN).pathname;

function rightAnswer(question: Question): URLSearchParams {
  const form = new URLSearchParams();
  if (question.type === "single") form.append("antwort", question.answer);
  else if (question.type === "multi") for (const id of question.answers) form.append("antwort", id);
  else if (question.type === "numeric") form.append("antwort", String(question.answer).replace(".", ","));
  else if (question.type === "truefalse") form.append("antwort", question.answer ? "wahr" : "falsch");
  else form.append("antwort", question.answer);
  return form;
}

interface Figures {
  cpu: number[];
  wall: number[];
  queries: number[];
}
const figures = new Map<string, Figures>();

/** Runs one request and books its CPU and wall time under `name`. */
async function timed<T>(name: string, request: () => Promise<T>): Promise<T> {
  const [d1CpuBefore, d1CallsBefore] = [d1Cpu, d1Calls];
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = await request();
  const cpu = process.cpuUsage(cpuBefore);
  const entry = figures.get(name) ?? { cpu: [], wall: [], queries: [] };
  entry.cpu.push((cpu.user + cpu.system) / 1000 - (d1Cpu - d1CpuBefore));
  entry.wall.push(performance.now() - wallBefore);
  entry.queries.push(d1Calls - d1CallsBefore);
  figures.set(name, entry);
  return result;
}

try {
  const document = [...listDocuments()].sort((a, b) => quizQuestions(b.id).length - quizQuestions(a.id).length)[0]!;
  const questions = quizQuestions(document.id);
  if (questions.length < QUESTIONS_PER_STUDENT) throw new Error(`the longest quiz has only ${questions.length} questions`);

  // Warm-up, so that module loading and JIT compilation do not count.
  const warmUp = new Browser("192.0.2.1");
  for (let round = 0; round < 20; round++) await warmUp.expect(200, "GET", "/");

  const teacher = new Browser("198.51.100.1");
  const created = await timed("POST /klassen/neu (create class)", () => teacher.expect(303, "POST", "/klassen/neu", new URLSearchParams({ name: "9b Politik" })));
  const welcome = locationOf(created);
  const classPath = welcome.replace(/\/willkommen$/, "");
  const welcomeHtml = await (await app.fetch(new Request(`${ORIGIN}${welcome}`, { headers: { Cookie: [...teacher.cookies].map(([n, v]) => `${n}=${v}`).join("; ") } }), env, context)).text();
  const joinCode = /data-testid="join-code">([A-Z0-9-]+)</.exec(welcomeHtml)?.[1];
  if (!joinCode) throw new Error("no join code on the welcome page");
  await timed("POST assign quiz", () => teacher.expect(303, "POST", `${classPath}/aufgaben`, new URLSearchParams({ quizId: document.id })));

  for (let number = 1; number <= STUDENTS; number++) {
    const student = new Browser(`192.0.2.${100 + number}`);
    await timed("GET / (catalog)", () => student.expect(200, "GET", "/"));
    const joined = await timed("POST /klassen/beitreten (join)", () =>
      student.expect(303, "POST", "/klassen/beitreten", new URLSearchParams({ code: joinCode, nickname: `Kind ${number}` })),
    );
    const studentClass = locationOf(joined);
    const classPage = await timed("GET student class page", async () => {
      const response = await student.send("GET", studentClass);
      return response;
    });
    if (classPage.status !== 200) throw new Error(`student class page: ${classPage.status}`);
    // Start the assignment through the form on the class page.
    const html = await (await app.fetch(new Request(`${ORIGIN}${studentClass}`, { headers: { Cookie: [...student.cookies].map(([n, v]) => `${n}=${v}`).join("; "), "CF-Connecting-IP": student.address } }), env, context)).text();
    const startPath = /action="([^"]*\/aufgaben\/[^"]+\/starten)"/.exec(html)?.[1];
    if (!startPath) throw new Error("no start form on the student's class page");
    const started = await timed("POST start assignment", () => student.expect(303, "POST", startPath.replaceAll("&amp;", "&")));
    const attemptPath = locationOf(started);
    for (let position = 1; position <= QUESTIONS_PER_STUDENT; position++) {
      await timed("GET question", () => student.expect(200, "GET", `${attemptPath}/frage/${position}`));
      await timed("POST answer", () => student.expect(303, "POST", `${attemptPath}/frage/${position}`, rightAnswer(questions[position - 1]!)));
      await timed("GET feedback (evidence highlighted)", () => student.expect(200, "GET", `${attemptPath}/frage/${position}`));
    }
    await timed("GET /fortschritt", () => student.expect(200, "GET", "/fortschritt"));
  }

  for (let round = 0; round < 20; round++) {
    await timed(`GET dashboard (${STUDENTS} students x ${QUESTIONS_PER_STUDENT} answers)`, () => teacher.expect(200, "GET", classPath));
    await timed("GET CSV export per student", () => teacher.expect(200, "GET", `${classPath}/export/schueler.csv`));
    await timed(`GET /texte/:id (longest text)`, () => teacher.expect(200, "GET", `/texte/${document.id}`));
  }

  // The kernel books CPU time in ticks of a few milliseconds, so single readings are coarse; their
  // mean over many requests is not.
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`Quiz "${document.id}" (${questions.length} questions); Node ${process.version}; times in ms\n`);
  console.log(`${"request".padEnd(52)} ${"n".padStart(4)} ${"CPU mean".padStart(8)} ${"D1 calls".padStart(8)} ${"wall med".padStart(9)}`);
  for (const [name, { cpu, wall, queries }] of figures) {
    console.log(
      `${name.padEnd(52)} ${String(cpu.length).padStart(4)} ${mean(cpu).toFixed(2).padStart(8)} ${String(median(queries)).padStart(8)} ${median(wall).toFixed(2).padStart(9)}`,
    );
  }
  if (proxyRetries > 0) console.log(`\n(${proxyRetries} request(s) retried after a failure of the local D1 proxy)`);
} finally {
  await proxy.dispose();
  await rm(persistTo, { recursive: true, force: true });
}
