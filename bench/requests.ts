/**
 * CPU per request of the Worker's own code, for the paths learners and teachers hit most. The free
 * tier allows 10 ms of CPU per request; waiting for D1 does not count towards it.
 *
 * Two passes. First the scenario runs for real in Node against a local D1 (wrangler's
 * getPlatformProxy, a fresh throw-away database with the migrations applied): a teacher creates a
 * class, 30 students join and answer 20 questions each, the teacher opens the class overview, the
 * assignment's page (the grid of students x questions) and its polls, the CSV exports, and the Moodle
 * files and the worksheet of the longest quiz. BENCH_LEAN=1 measures the teacher's requests only
 * (students just answer), for the full class of 100 x 45 that `npm run bench` runs too. Every request and every D1
 * result is recorded; wall times are taken here. Then the same requests are replayed against the
 * recorded D1 results, which come back at once: the time a replayed request takes is the app's own
 * work (routing, validation, cookies, grading, D1 result mapping, rendering), without the proxy that
 * ships queries to workerd. Prints figures only.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { applyLocalMigrations } from "../scripts/wrangler.mjs";
import { defaultQuiz, listDocuments } from "../src/bank/index";
import type { Question } from "../src/bank/schema";
import { app } from "../src/worker/app";
import { recordingDatabase, replayingDatabase, type D1Log } from "./d1-replay";
import { benchText } from "./texts";
import "./workerd-crypto";

const ORIGIN = "https://quellenquiz.test";
// A class of 30 answering 20 questions each; BENCH_STUDENTS and BENCH_QUESTIONS try other sizes
// (the app allows 100 students per class).
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const QUESTIONS_PER_STUDENT = Number(process.env.BENCH_QUESTIONS ?? 20);
const LEAN = process.env.BENCH_LEAN === "1";
const REPLAY_ROUNDS = 10;
const context = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;

// ---------------------------------------------------------------- pass 1: the scenario, recorded

interface RecordedRequest {
  name: string;
  method: "GET" | "POST";
  url: string;
  headers: [string, string][];
  body?: string;
  d1: D1Log;
  wall: number;
}

const recorded: RecordedRequest[] = [];
let currentLog: D1Log = [];

const persistTo = await mkdtemp(join(tmpdir(), "quellenquiz-bench-"));
await applyLocalMigrations(persistTo);
const proxy = await getPlatformProxy<Env>({ persist: { path: join(persistTo, "v3") } });
const recordingEnv = { ...proxy.env, DB: recordingDatabase(proxy.env.DB, () => currentLog) };

/** One browser: keeps cookies, sends form posts with Origin, follows no redirects. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly address: string) {}

  /** Sends a request and records it (with its D1 results) under `name`, unless `name` is empty. */
  async send(
    name: string,
    method: "GET" | "POST",
    path: string,
    form?: URLSearchParams,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ status: number; location: string; html: string; etag: string }> {
    const headers = new Headers({ "CF-Connecting-IP": this.address, ...extraHeaders });
    if (method === "POST") headers.set("Origin", ORIGIN);
    if (this.cookies.size > 0) headers.set("Cookie", [...this.cookies].map(([cookie, value]) => `${cookie}=${value}`).join("; "));
    const body = form?.toString();
    if (body !== undefined) headers.set("Content-Type", "application/x-www-form-urlencoded");
    currentLog = [];
    const started = performance.now();
    const response = await app.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body, redirect: "manual" }), recordingEnv, context);
    const html = await response.text();
    const wall = performance.now() - started;
    if (name && response.status !== 500) recorded.push({ name, method, url: `${ORIGIN}${path}`, headers: [...headers], body, d1: currentLog, wall });
    // Node's Headers (the Worker's types do not know getSetCookie; this file runs in Node).
    for (const cookie of (response.headers as unknown as { getSetCookie(): string[] }).getSetCookie()) {
      const pair = cookie.split(";")[0]!;
      const separator = pair.indexOf("=");
      this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return {
      status: response.status,
      location: new URL(response.headers.get("Location") ?? "/", ORIGIN).pathname,
      html,
      etag: response.headers.get("ETag") ?? "",
    };
  }

  async expect(status: number, name: string, method: "GET" | "POST", path: string, form?: URLSearchParams, extraHeaders?: Record<string, string>) {
    // No retries: miniflare's SynchronousFetcher, which made the local D1 proxy fail a call now and then
    // under load, is patched (patches/miniflare+*.patch), so a 500 here is the app's.
    const response = await this.send(name, method, path, form, extraHeaders);
    if (response.status !== status) throw new Error(`${method} ${path}: ${response.status}, expected ${status}`);
    return response;
  }
}

function rightAnswer(question: Question): URLSearchParams {
  const form = new URLSearchParams();
  if (question.type === "single") form.append("antwort", question.answer);
  else if (question.type === "multi") for (const id of question.answers) form.append("antwort", id);
  else if (question.type === "numeric") form.append("antwort", String(question.answer).replace(".", ","));
  else if (question.type === "truefalse") form.append("antwort", question.answer ? "wahr" : "falsch");
  else form.append("antwort", question.answer);
  return form;
}

/** A well-formed answer read off the question page, for a teacher's own question the bench does not know. */
function answerFromPage(html: string): URLSearchParams {
  const form = new URLSearchParams();
  const choice =
    /<input[^>]*type="(?:radio|checkbox)"[^>]*name="antwort"[^>]*value="([^"]*)"|<input[^>]*name="antwort"[^>]*type="(?:radio|checkbox)"[^>]*value="([^"]*)"/.exec(
      html,
    );
  if (choice) form.append("antwort", choice[1] ?? choice[2] ?? "");
  else form.append("antwort", /inputmode="decimal"/.test(html) ? "7" : "Berlin");
  return form;
}

// An assignment asks the quiz's default selection, the same for every student of the class; the class
// gets as many text quizzes as it takes to answer QUESTIONS_PER_STUDENT questions, and a teacher's own
// text for the rest when the built-in quizzes ask fewer (since the curated pools they ask 32 in all).
const byQuizSize = [...listDocuments()].sort((a, b) => defaultQuiz(b.id).length - defaultQuiz(a.id).length);
const assigned: typeof byQuizSize = [];
for (const candidate of byQuizSize) {
  if (assigned.reduce((sum, chosen) => sum + defaultQuiz(chosen.id).length, 0) >= QUESTIONS_PER_STUDENT) break;
  assigned.push(candidate);
}
const document = byQuizSize[0]!;
const questions: Question[] = assigned.flatMap((chosen) => defaultQuiz(chosen.id));
const size = `${STUDENTS} students x ${QUESTIONS_PER_STUDENT} answers`;
const assignmentPageName = `GET assignment page, grid (${size})`;
/** Students' requests are measured in the full run only. */
const studentName = (name: string) => (LEAN ? "" : name);

const ownQuestions = Math.max(0, QUESTIONS_PER_STUDENT - questions.length);

try {
  const teacher = new Browser("198.51.100.1");
  const created = await teacher.expect(303, "POST /klassen/neu (create class)", "POST", "/klassen/neu", new URLSearchParams({ name: "9b Politik" }));
  const classPath = created.location.replace(/\/willkommen$/, "");
  const welcome = await teacher.expect(200, "GET welcome page (teacher link)", "GET", created.location);
  const joinCode = /data-testid="join-code">([A-Z0-9-]+)</.exec(welcome.html)?.[1];
  if (!joinCode) throw new Error("no join code on the welcome page");
  if (ownQuestions > 0) {
    const pasted = await teacher.expect(303, "", "POST", `${classPath}/texte/neu`, new URLSearchParams({ titel: "Eigener Text", text: benchText(20_000) }));
    // The questions are made by the loads of the text's page that follow, one step each, until the review.
    for (let step = 0; ; step++) {
      const page = await teacher.send("", "GET", pasted.location);
      if (page.status === 200 && !page.html.includes("Fragen werden erstellt")) break;
      if (step > 30 || (page.status !== 200 && page.status !== 303)) throw new Error(`own text not made: ${page.status}`);
    }
    await teacher.expect(303, "", "POST", `${pasted.location}/umfang`, new URLSearchParams({ umfang: String(ownQuestions) }));
    await teacher.expect(303, "", "POST", `${pasted.location}/veroeffentlichen`);
    await teacher.expect(303, "POST assign quiz", "POST", `${classPath}/aufgaben`, new URLSearchParams({ quizId: pasted.location.split("/").pop()! }));
  }
  for (const chosen of assigned) await teacher.expect(303, "POST assign quiz", "POST", `${classPath}/aufgaben`, new URLSearchParams({ quizId: chosen.id }));
  // The teacher watches one assignment (the first the class overview links).
  const assignmentPath = /href="([^"]*\/aufgaben\/[A-Za-z0-9_-]{16,64})"/.exec((await teacher.expect(200, "", "GET", classPath)).html)?.[1];
  if (!assignmentPath) throw new Error("no assignment page linked from the class overview");

  for (let number = 1; number <= STUDENTS; number++) {
    const student = new Browser(`192.0.2.${100 + number}`);
    await student.expect(200, studentName("GET / (catalog)"), "GET", "/");
    await student.expect(200, studentName("GET /klassen/beitreten (join form)"), "GET", `/klassen/beitreten?code=${joinCode}`);
    const joined = await student.expect(
      303,
      studentName("POST /klassen/beitreten (join)"),
      "POST",
      "/klassen/beitreten",
      new URLSearchParams({ code: joinCode, nickname: `Kind ${number}` }),
    );
    const classPage = await student.expect(200, studentName("GET student's class page"), "GET", joined.location);
    const startPaths = [...classPage.html.matchAll(/action="([^"]*\/aufgaben\/[^"]+\/starten)"/g)].map((match) => match[1]!);
    if (startPaths.length !== assigned.length + (ownQuestions > 0 ? 1 : 0))
      throw new Error("not every assignment has a start form on the student's class page");
    let answered = 0;
    for (const startPath of startPaths) {
      const started = await student.expect(303, studentName("POST start assignment"), "POST", startPath.replaceAll("&amp;", "&"));
      let total = 1;
      for (let position = 1; position <= total && answered < QUESTIONS_PER_STUDENT; position++) {
        const questionPath = `${started.location}/frage/${position}`;
        // The lean run reads the question page too (to know which question it is), but does not measure it.
        const page = await student.expect(200, studentName("GET question"), "GET", questionPath);
        total = Number(/Frage \d+ von (\d+)/.exec(page.html)?.[1] ?? 0);
        const question = questions.find((candidate) => page.html.includes(`data-question-id="${candidate.id}"`));
        await student.expect(303, studentName("POST answer"), "POST", questionPath, question ? rightAnswer(question) : answerFromPage(page.html));
        if (!LEAN) await student.expect(200, "GET feedback (evidence highlighted)", "GET", questionPath);
        answered++;
      }
      if (!LEAN) await student.expect(200, "GET result page", "GET", `${started.location}/ergebnis`);
      if (answered >= QUESTIONS_PER_STUDENT) break;
    }
    if (!LEAN) await student.expect(200, "GET /fortschritt", "GET", "/fortschritt");
  }

  for (let round = 0; round < 20; round++) {
    await teacher.expect(200, `GET class overview (${size})`, "GET", classPath);
    const page = await teacher.expect(200, assignmentPageName, "GET", assignmentPath);
    await teacher.expect(304, "GET assignment poll, nothing new (304)", "GET", `${assignmentPath}/stand`, undefined, { "If-None-Match": page.etag });
    await teacher.expect(200, `GET assignment poll, news (${size})`, "GET", `${assignmentPath}/stand`);
    await teacher.expect(200, "GET CSV export per student", "GET", `${classPath}/export/schueler.csv`);
    await teacher.expect(200, "GET CSV export per question", "GET", `${classPath}/export/fragen.csv`);
    await teacher.expect(200, "GET /texte/:id (longest text)", "GET", `/texte/${document.id}`);
    await teacher.expect(200, "GET Moodle XML (longest quiz)", "GET", `${classPath}/quizze/${document.id}/moodle.xml`);
    await teacher.expect(200, "GET GIFT (longest quiz)", "GET", `${classPath}/quizze/${document.id}/gift.txt`);
    await teacher.expect(200, "GET worksheet (longest quiz)", "GET", `${classPath}/quizze/${document.id}/arbeitsblatt`);
  }
} finally {
  await proxy.dispose();
  await rm(persistTo, { recursive: true, force: true });
}

// ---------------------------------------------------------------- pass 2: replay without the proxy

let replayLog: D1Log = [];
let replayUsed = new Set<number>();
const replayEnv = {
  ...recordingEnv,
  DB: replayingDatabase((sql) => {
    const index = replayLog.findIndex((entry, position) => entry.sql === sql && !replayUsed.has(position));
    if (index === -1) throw new Error(`the replay asked D1 what the recording did not: ${sql}`);
    replayUsed.add(index);
    return replayLog[index]!.result;
  }),
};

const appTimes = new Map<string, number[]>();
for (let round = 0; round < REPLAY_ROUNDS; round++) {
  for (const request of recorded) {
    replayLog = request.d1;
    replayUsed = new Set();
    const started = performance.now();
    const response = await app.fetch(
      new Request(request.url, { method: request.method, headers: request.headers, body: request.body, redirect: "manual" }),
      replayEnv,
      context,
    );
    await response.arrayBuffer();
    const took = performance.now() - started;
    if (response.status >= 500) throw new Error(`replay of ${request.name}: ${response.status}`);
    // The first round warms up the JIT; it does not count.
    if (round > 0) appTimes.set(request.name, [...(appTimes.get(request.name) ?? []), took]);
  }
}

const quantile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const format = (ms: number) => ms.toFixed(2).padStart(8);
console.log(
  `${assigned.length} text quizzes (${questions.length} questions)${ownQuestions > 0 ? ` and an own text of 20,000 characters (${ownQuestions} questions)` : ""}, ${QUESTIONS_PER_STUDENT} answers by each of ${STUDENTS} students; Node ${process.version}; times in ms`,
);
console.log(`"app" = the Worker's own work per request (replayed, ${REPLAY_ROUNDS - 1} rounds); "wall" = with the local D1\n`);
console.log(`${"request".padEnd(52)} ${"n".padStart(5)} ${"app med".padStart(8)} ${"app p95".padStart(8)} ${"D1 calls".padStart(8)} ${"wall med".padStart(8)}`);
for (const name of new Set(recorded.map((request) => request.name))) {
  const requests = recorded.filter((request) => request.name === name);
  const times = appTimes.get(name)!;
  console.log(
    `${name.padEnd(52)} ${String(times.length).padStart(5)} ${format(quantile(times, 0.5))} ${format(quantile(times, 0.95))} ${String(
      quantile(
        requests.map((request) => request.d1.length),
        0.5,
      ),
    ).padStart(8)} ${format(
      quantile(
        requests.map((request) => request.wall),
        0.5,
      ),
    )}`,
  );
}
