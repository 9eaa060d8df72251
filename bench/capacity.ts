/**
 * Capacity of one class session, two passes in one run (`npm run bench:capacity`):
 *
 * 1. What a class session costs D1: a teacher creates a class and gives it two quizzes, 30 students
 *    join, each answers 20 questions (question page, answer, feedback page), and the teacher's
 *    assignment page stays open (its poll every 5 seconds, about every 3 answers of the class). Runs in
 *    Node through the app with a local D1 (wrangler's getPlatformProxy) whose every call is metered:
 *    rows read and written as D1 reports them (meta), and round trips (calls that go to D1: in
 *    production each is a network round trip) per request.
 * 2. Speed under load: the same class against `wrangler dev` (workerd, local D1, loopback only), driven by
 *    autocannon: the students' answers and question pages, the teacher's poll, and a trivial route (the
 *    stylesheet, no D1) side by side in the same run; requests per second and latency p50/p99 of each.
 *
 * Bounded: 600 answers, 600 question pages, 300 polls, 6,000 stylesheet requests, 120 s at most.
 * Prints figures only. BENCH_STUDENTS and BENCH_QUESTIONS try other sizes; BENCH_COST_ONLY=1 runs the first pass only.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { getPlatformProxy } from "wrangler";
import { applyLocalMigrations, freePort, wranglerEnv } from "../scripts/wrangler.mjs";
import { getQuestion, listDocuments, MIXED_QUIZ_ID } from "../src/bank/index";
import type { Question } from "../src/bank/schema";
import { app } from "../src/worker/app";
import { STYLESHEET_URL } from "../src/worker/static/assets";
import "./workerd-crypto";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 20);
/** The teacher's page polls every 5 s; a class answers about every 1.5 s: one poll per 3 answers. */
const ANSWERS_PER_POLL = 3;
const LESSON_POLLS = (45 * 60) / 5;
const MAX_SECONDS = 120;

// ---------------------------------------------------------------- a browser against some server

type Send = (request: Request) => Promise<Response>;

class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly send: Send,
    readonly origin: string,
    readonly address: string,
  ) {}
  headers(): Record<string, string> {
    return {
      "CF-Connecting-IP": this.address,
      Cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      Origin: this.origin,
    };
  }
  async request(method: string, path: string, form?: URLSearchParams): Promise<Response> {
    const response = await this.send(
      new Request(`${this.origin}${path}`, {
        method,
        body: form,
        headers: { ...this.headers(), ...(form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
        redirect: "manual",
      }),
    );
    for (const setCookie of (response.headers as unknown as { getSetCookie(): string[] }).getSetCookie()) {
      const [pair = ""] = setCookie.split(";");
      const separator = pair.indexOf("=");
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1));
    }
    return response;
  }
  async html(method: string, path: string, form?: URLSearchParams): Promise<string> {
    return (await this.request(method, path, form)).text();
  }
  async location(method: string, path: string, form?: URLSearchParams): Promise<string> {
    const response = await this.request(method, path, form);
    await response.arrayBuffer();
    const location = response.headers.get("Location");
    if (!location) throw new Error(`${method} ${path}: ${response.status} without a redirect`);
    return new URL(location, this.origin).pathname;
  }
}

/** A right or wrong answer as the form sends it (learners get about two thirds right). */
function answerForm(question: Question, right: boolean): URLSearchParams {
  const form = new URLSearchParams();
  const value = (() => {
    switch (question.type) {
      case "single":
        return [right ? question.answer : (question.options.find((option) => option.id !== question.answer)?.id ?? question.answer)];
      case "multi":
        return question.answers;
      case "numeric":
        return [String(right ? question.answer : question.max + 1).replace(".", ",")];
      case "truefalse":
        return [question.answer === right ? "wahr" : "falsch"];
      case "cloze":
        return [right ? question.answer : "daneben"];
    }
  })();
  for (const entry of value) form.append("antwort", entry);
  return form;
}

interface ClassSetup {
  teacher: Client;
  classId: string;
  assignmentIds: string[];
  students: { client: Client; answers: { path: string; form: URLSearchParams }[] }[];
}

/** The teacher makes the class and its two assignments; the students join and start both. */
async function setUpClass(send: Send, origin: string): Promise<ClassSetup> {
  const teacher = new Client(send, origin, "198.51.100.1");
  const welcome = await teacher.location("POST", "/klassen/neu", new URLSearchParams({ name: "7a Politik" }));
  const classId = welcome.split("/")[3]!;
  const joinCode = (await teacher.html("GET", welcome)).match(/data-testid="join-code">([A-Z0-9-]+)</)![1]!;
  for (const quizId of [MIXED_QUIZ_ID, listDocuments()[0]!.id])
    await teacher.location("POST", `/klassen/lehrkraft/${classId}/aufgaben`, new URLSearchParams({ quizId }));
  const assignmentIds = [...(await teacher.html("GET", `/klassen/lehrkraft/${classId}`)).matchAll(/\/aufgaben\/([A-Za-z0-9_-]+)"/g)].map((match) => match[1]!);
  const students = [];
  for (let index = 0; index < STUDENTS; index++) {
    // Several school routers: joins are limited to 60 per address in 15 minutes.
    const client = new Client(send, origin, `198.51.100.${10 + (index % 8)}`);
    await client.html("GET", `/klassen/beitreten?code=${joinCode}`);
    const classPath = await client.location("POST", "/klassen/beitreten", new URLSearchParams({ code: joinCode, nickname: `Kind ${index + 1}` }));
    const page = await client.html("GET", classPath);
    const answers: { path: string; form: URLSearchParams }[] = [];
    for (const [, action] of page.matchAll(/action="([^"]+\/starten)"/g)) {
      const attemptPath = await client.location("POST", action!);
      const first = await client.location("GET", attemptPath);
      const questionIds = await questionIdsOf(client, first.replace(/\/frage\/\d+$/, ""));
      questionIds.forEach((id, position) => {
        answers.push({ path: `${attemptPath}/frage/${position + 1}`, form: answerForm(getQuestion(id)!, (index + position) % 3 !== 0) });
      });
    }
    students.push({ client, answers: answers.slice(0, QUESTIONS) });
  }
  return { teacher, classId, assignmentIds, students };
}

/** The question ids of an attempt, read off its question pages (the page names its question's id). */
async function questionIdsOf(client: Client, attemptPath: string): Promise<string[]> {
  const ids: string[] = [];
  for (let position = 1; ; position++) {
    const response = await client.request("GET", `${attemptPath}/frage/${position}`);
    const html = await response.text();
    if (response.status !== 200) return ids;
    ids.push(html.match(/data-question-id="([^"]+)"/)![1]!);
  }
}

// ---------------------------------------------------------------- pass 1: D1 per class session

interface Meter {
  rowsRead: number;
  rowsWritten: number;
  roundTrips: number;
}

const isRead = (sql: string) => /^\s*(select|with)\b/i.test(sql);

/** A D1 binding that adds up what every call costs: rows read and written (D1's meta) and round trips. */
function meteredDatabase(database: D1Database, meter: () => Meter): D1Database {
  const real = new WeakMap<object, D1PreparedStatement>();
  const count = (result: { meta: { rows_read?: number; rows_written?: number } }) => {
    meter().rowsRead += result.meta.rows_read ?? 0;
    meter().rowsWritten += result.meta.rows_written ?? 0;
  };
  const wrap = (sql: string, statement: D1PreparedStatement): D1PreparedStatement => {
    const wrapped = {
      bind: (...values: unknown[]) => wrap(sql, statement.bind(...values)),
      run: async () => {
        meter().roundTrips++;
        const result = await statement.run();
        count(result);
        return result;
      },
      all: async () => {
        meter().roundTrips++;
        const result = await statement.all();
        count(result);
        return result;
      },
      // first() and raw() bring no meta: the rows they cost are measured with all() (a read run once
      // more, which is not counted twice; a write run once, through all()).
      first: async (column?: string) => {
        meter().roundTrips++;
        const result = await statement.all<Record<string, unknown>>();
        count(result);
        const row = result.results[0] ?? null;
        return column === undefined ? row : (row?.[column] ?? null);
      },
      raw: async (options?: { columnNames?: boolean }) => {
        meter().roundTrips++;
        if (isRead(sql)) {
          const rows = await statement.raw(options as { columnNames: true });
          count(await statement.all());
          return rows;
        }
        const result = await statement.all<Record<string, unknown>>();
        count(result);
        const rows = result.results.map((row) => Object.values(row));
        return options?.columnNames ? [Object.keys(result.results[0] ?? {}), ...rows] : rows;
      },
    } as unknown as D1PreparedStatement;
    real.set(wrapped, statement);
    return wrapped;
  };
  return {
    prepare: (sql: string) => wrap(sql, database.prepare(sql)),
    batch: async (statements: D1PreparedStatement[]) => {
      meter().roundTrips++;
      const results = await database.batch(statements.map((statement) => real.get(statement) ?? statement));
      for (const result of results) count(result);
      return results;
    },
  } as unknown as D1Database;
}

async function classSessionCost() {
  const persistTo = await mkdtemp(join(tmpdir(), "quellenquiz-capacity-"));
  await applyLocalMigrations(persistTo);
  const proxy = await getPlatformProxy<Env>({ persist: { path: join(persistTo, "v3") } });
  const total: Meter = { rowsRead: 0, rowsWritten: 0, roundTrips: 0 };
  let current: Meter = { rowsRead: 0, rowsWritten: 0, roundTrips: 0 };
  const perKind = new Map<string, Meter[]>();
  const env = { ...proxy.env, DB: meteredDatabase(proxy.env.DB, () => current), PUBLIC_URL: "https://quellenquiz.test" };
  const context = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;
  const send: Send = async (request) => {
    current = { rowsRead: 0, rowsWritten: 0, roundTrips: 0 };
    const response = await app.fetch(request, env, context);
    const body = await response.arrayBuffer();
    const path = new URL(request.url).pathname;
    const kind = /\/frage\/\d+$/.test(path) ? (request.method === "POST" ? "answer" : "question page") : /\/stand$/.test(path) ? "teacher's poll" : "other";
    perKind.set(kind, [...(perKind.get(kind) ?? []), current]);
    total.rowsRead += current.rowsRead;
    total.rowsWritten += current.rowsWritten;
    total.roundTrips += current.roundTrips;
    return new Response(response.status === 204 || response.status === 304 ? null : body, response);
  };
  const origin = "https://quellenquiz.test";
  // The secrets (cookie key, address salt) are made and cached once per isolate: not the session's cost.
  await send(new Request(`${origin}/quiz/${MIXED_QUIZ_ID}/starten`, { method: "POST", headers: { Origin: origin } }));
  perKind.clear();
  Object.assign(total, { rowsRead: 0, rowsWritten: 0, roundTrips: 0 });

  const setup = await setUpClass(send, origin);
  const pollPath = `/klassen/lehrkraft/${setup.classId}/aufgaben/${setup.assignmentIds[0]}`;
  await setup.teacher.html("GET", pollPath);
  let answered = 0;
  let etag = "";
  for (let round = 0; round < QUESTIONS; round++) {
    for (const student of setup.students) {
      const answer = student.answers[round];
      if (!answer) continue;
      await student.client.html("GET", answer.path);
      await student.client.location("POST", answer.path, answer.form);
      await student.client.html("GET", answer.path);
      if (++answered % ANSWERS_PER_POLL === 0) etag = await poll(setup.teacher, `${pollPath}/stand`, etag);
    }
  }
  await setup.teacher.html("GET", pollPath);
  await proxy.dispose();
  await rm(persistTo, { recursive: true, force: true });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { total, answered, perKind, median };
}

/** The teacher page's poll as its script sends it: with the ETag of the last answer (304 while nothing changed). */
async function poll(teacher: Client, path: string, etag: string): Promise<string> {
  const response = await teacher.send(
    new Request(`${teacher.origin}${path}`, { headers: { ...teacher.headers(), ...(etag ? { "If-None-Match": etag } : {}) } }),
  );
  await response.arrayBuffer();
  return response.headers.get("ETag") ?? etag;
}

// ---------------------------------------------------------------- pass 2: under load, against wrangler dev

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer at ${url}`);
}

async function underLoad() {
  const persistTo = await mkdtemp(join(tmpdir(), "quellenquiz-capacity-dev-"));
  await applyLocalMigrations(persistTo);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    "node_modules/.bin/wrangler",
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, "--show-interactive-dev-session=false", "--var", `PUBLIC_URL:${origin}`],
    { env: wranglerEnv(), detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  // What the Worker logs while under load: handleError (src/worker/errors.tsx) writes each D1 failure it
  // turns into a 503 or 409 as "D1 failure (kind): message"; 500s log their stack.
  let log = "";
  child.stdout?.on("data", (chunk) => {
    log += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  try {
    await waitUntilServing(`${origin}/`);
    const setup = await setUpClass((request) => fetch(request), origin);
    const answers = setup.students.flatMap((student, index) =>
      student.answers.map((answer, round) => ({ ...answer, headers: student.client.headers(), order: round * STUDENTS + index })),
    );
    answers.sort((a, b) => a.order - b.order);
    const pages = [...answers];
    const pollPath = `/klassen/lehrkraft/${setup.classId}/aufgaben/${setup.assignmentIds[0]}/stand`;
    // What a failed response said (its page title, or its first line): who answered it, the app or wrangler dev.
    const failedBodies = new Map<string, number>();
    const recordFailure = (status: number, body: string) => {
      if (status < 400) return;
      const said = (body.match(/<title>([^<]*)<\/title>/)?.[1] ?? body.split("\n")[0]!).slice(0, 120);
      const key = `${status}: ${said}`;
      failedBodies.set(key, (failedBodies.get(key) ?? 0) + 1);
    };
    const run = (title: string, options: Omit<autocannon.Options, "url">) =>
      new Promise<{ title: string; result: autocannon.Result }>((resolve, reject) => {
        const requests = options.requests?.map((request) => ({ ...request, onResponse: recordFailure }));
        const instance = autocannon({ ...options, requests, url: origin } as autocannon.Options, (error, result) =>
          error ? reject(error) : resolve({ title, result }),
        );
        // Bounded in time as well as in count.
        setTimeout(() => instance.stop(), MAX_SECONDS * 1000).unref();
      });
    const next = <T>(queue: T[]) => queue.shift();
    const runs = await Promise.all([
      run("answer (POST, graded, stored)", {
        connections: STUDENTS,
        amount: answers.length,
        requests: [
          {
            setupRequest: (request) => {
              const answer = next(answers);
              if (!answer) return request;
              return {
                ...request,
                method: "POST",
                path: answer.path,
                body: answer.form.toString(),
                headers: { ...answer.headers, "content-type": "application/x-www-form-urlencoded" },
              };
            },
          },
        ],
      }),
      run("question page (GET)", {
        connections: STUDENTS,
        amount: pages.length,
        requests: [
          {
            setupRequest: (request) => {
              const page = next(pages);
              return page ? { ...request, method: "GET", path: page.path, headers: page.headers } : request;
            },
          },
        ],
      }),
      run("teacher's poll (GET, dashboard open)", {
        connections: 1,
        amount: Math.ceil((STUDENTS * QUESTIONS) / 2),
        overallRate: 20,
        requests: [{ method: "GET", path: pollPath, headers: setup.teacher.headers() }],
      }),
      run("trivial: stylesheet (GET, no D1)", { connections: 10, amount: 6000, requests: [{ method: "GET", path: STYLESHEET_URL }] }),
    ]);
    return { runs, failures: loggedFailures(log), failedBodies };
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await rm(persistTo, { recursive: true, force: true });
  }
}

/** The D1 failures the Worker logged, counted by kind and message (ids and numbers blanked out). */
function loggedFailures(log: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, kind, message] of log.matchAll(/D1 failure \((\w+)\): (.*)/g)) {
    const key = `${kind}: ${message!.replace(/\b[0-9a-f-]{8,}\b|\d+/gi, "…").slice(0, 160)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Anything else that reads like an error (a 500's stack, workerd's own complaints), first line of each.
  for (const line of log.split("\n")) {
    if (/D1 failure/.test(line) || !/error|exception|SQLITE/i.test(line)) continue;
    const key = `other: ${line.trim().slice(0, 160)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

// ---------------------------------------------------------------- report

const cost = await classSessionCost();
console.log(
  `\nA class session: ${STUDENTS} students, ${cost.answered} answers (question page, answer, feedback each), the teacher's page polled every ${ANSWERS_PER_POLL} answers\n`,
);
console.log("| What | D1 rows read | D1 rows written | D1 round trips (median per request) |");
console.log("| --- | --- | --- | --- |");
for (const [kind, meters] of cost.perKind) {
  const sum = (key: keyof Meter) => meters.reduce((total, meter) => total + meter[key], 0);
  console.log(`| ${kind} (${meters.length} requests) | ${sum("rowsRead")} | ${sum("rowsWritten")} | ${cost.median(meters.map((meter) => meter.roundTrips))} |`);
}
console.log(`| whole session | ${cost.total.rowsRead} | ${cost.total.rowsWritten} | ${cost.total.roundTrips} in all |`);
const requests = [...cost.perKind.values()].reduce((total, meters) => total + meters.length, 0);
const polls = cost.perKind.get("teacher's poll")?.length ?? 0;
console.log(
  `\nWorker requests of the session, counted: ${requests} (stylesheet and script not counted: the browser caches them); with the teacher's page open a whole 45-minute lesson (a poll every 5 s: ${LESSON_POLLS} polls instead of ${polls}): ${requests - polls + LESSON_POLLS}.`,
);
console.log(
  `\nOf the free tier's day (5,000,000 rows read, 100,000 written): about ${Math.floor(5_000_000 / cost.total.rowsRead)} sessions by reads, ${Math.floor(100_000 / cost.total.rowsWritten)} by writes.\n`,
);

// BENCH_COST_ONLY=1: the first pass alone (no wrangler dev, no load), for counting on a busy machine.
if (process.env.BENCH_COST_ONLY === "1") process.exit(0);
const { runs, failures, failedBodies } = await underLoad();
const load = (await import("node:os")).loadavg()[0]!.toFixed(1);
console.log(`(load average of the machine at the end: ${load})\n`);
console.log(`Under load against wrangler dev (loopback, all four at once; ${STUDENTS} connections for the students):\n`);
console.log("| Route | Requests | Requests/s | p50 ms | p99 ms | other than 2xx/3xx |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const { title, result } of runs) {
  const other = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => !/^[23]/.test(status))
    .map(([status, stats]) => `${stats?.count ?? 0} × ${status}`);
  if (result.errors + result.timeouts > 0) other.push(`${result.errors} errors, ${result.timeouts} timeouts`);
  console.log(
    `| ${title} | ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${other.join(", ") || "none"} |`,
  );
}
console.log(
  failures.size === 0
    ? "\nThe Worker logged no D1 failure under load."
    : `\nWhat the Worker logged under load:\n\n${[...failures].map(([what, count]) => `- ${count} × ${what}`).join("\n")}`,
);
if (failedBodies.size > 0) console.log(`\nWhat the failed responses said:\n\n${[...failedBodies].map(([what, count]) => `- ${count} × ${what}`).join("\n")}`);
