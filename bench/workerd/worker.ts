/**
 * The benchmark's Worker (bench/own-text-cpu.ts): the app as deployed, plus two routes.
 * POST /bench/record makes a class and runs the whole flow of bringing the posted text, as a browser
 * does (the paste, each step of making the questions, the review page and its second page, a question moved and then
 * deleted, each with the review's first view after it), against the real local D1 with
 * every query recorded; it answers with the requests it made. POST /bench/replay?flow=F&request=K&replays=N
 * replays request K of that flow N times against its recorded results (../d1-replay.ts), which come back
 * at once: the replays cost the Worker's own work only, and the caller reads how much CPU the workerd
 * process spent on them.
 */
import { app } from "../../src/worker/app";
import worker from "../../src/worker/index";
import { makeContext } from "../../src/generate/context";
import { SINGLE_DOCUMENT_FAMILIES, singleDocumentPool, WHOLE_FAMILY } from "../../src/generate/index";
import type { Facts } from "../../src/extract/types";
import { extractOwnText, runFamilies } from "../../src/worker/own-texts/prepare";
import { recordingDatabase, replayingDatabase, type D1Log } from "../d1-replay";

const ORIGIN = "https://quellenquiz.test";

interface RecordedRequest {
  label: string;
  make: () => Request;
  log: D1Log;
  status: number;
}

/** The recorded flows, by number: kept in the isolate between the benchmark's calls. */
const flows: RecordedRequest[][] = [];

function pasteRequest(classId: string, cookie: string, text: string): Request {
  const form = new FormData();
  for (const [name, value] of [
    ["text", text],
    ["titel", ""],
    ["quelle", ""],
    ["datum", ""],
  ])
    form.append(name!, value!);
  return new Request(`${ORIGIN}/klassen/lehrkraft/${classId}/texte/neu`, {
    method: "POST",
    headers: { Origin: ORIGIN, Cookie: cookie },
    body: form,
    redirect: "manual",
  });
}

async function record(request: Request, env: Env, context: ExecutionContext): Promise<Response> {
  const text = await request.text();
  const created = await app.fetch(
    new Request(`${ORIGIN}/klassen/neu`, {
      method: "POST",
      headers: { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded", "CF-Connecting-IP": `198.51.100.${Math.floor(Math.random() * 250)}` },
      body: "name=Bench",
      redirect: "manual",
    }),
    env,
    context,
  );
  const classId = /\/klassen\/lehrkraft\/([^/]+)\/willkommen/.exec(created.headers.get("Location") ?? "")?.[1];
  if (!classId) return new Response(`no class: ${created.status}`, { status: 500 });
  const cookie = created.headers
    .getAll("Set-Cookie")
    .map((header) => header.split(";")[0]!)
    .join("; ");

  const flow: RecordedRequest[] = [];
  const run = async (label: string, make: () => Request) => {
    const log: D1Log = [];
    const response = await app.fetch(make(), { ...env, DB: recordingDatabase(env.DB, () => log) }, context);
    flow.push({ label, make, log, status: response.status });
    return response;
  };
  const pasted = await run("paste", () => pasteRequest(classId, cookie, text));
  if (pasted.status !== 303) return new Response(`the paste request answered ${pasted.status}: ${await pasted.text()}`, { status: 500 });
  const textUrl = `${ORIGIN}${pasted.headers.get("Location")!}`;
  const get = () => new Request(textUrl, { headers: { Cookie: cookie }, redirect: "manual" });
  for (let step = 1; ; step++) {
    const response = await run(`step ${step}`, get);
    if (response.status === 303) break;
    if (response.status !== 200 || step > 40) return new Response(`step ${step} answered ${response.status}: ${await response.text()}`, { status: 500 });
  }
  const review = await run("review", get);
  if (review.status !== 200) return new Response(`the review answered ${review.status}`, { status: 500 });
  // The views after the first read what it worked out of the whole pool and stored (own-texts/curation.ts): the review's next page.
  const nextPage = await run("page 2", () => new Request(`${textUrl}?seite=2`, { headers: { Cookie: cookie }, redirect: "manual" }));
  if (nextPage.status !== 200) return new Response(`the review's second page answered ${nextPage.status}`, { status: 500 });
  // Changes of one question: the first moved down (the review's first view after it works out which questions may stand
  // together), then deleted (its request works that out and stores it, the review's view after it reads it).
  const firstId = /data-question-id="([^"]+)"/.exec(await review.text())?.[1];
  if (!firstId) return new Response("the review shows no question", { status: 500 });
  const post = (path: string, body?: URLSearchParams) => () =>
    new Request(`${textUrl}/fragen/${firstId}${path}`, { method: "POST", headers: { Origin: ORIGIN, Cookie: cookie }, body, redirect: "manual" });
  for (const [change, view, request] of [
    ["move", "moved", post("/runter")],
    ["delete", "deleted", post("/loeschen", new URLSearchParams({ bestaetigung: "ja" }))],
  ] as const) {
    const changed = await run(change, request);
    if (changed.status !== 303) return new Response(`${change} answered ${changed.status}`, { status: 500 });
    const location = `${ORIGIN}${changed.headers.get("Location")!.split("#")[0]}`;
    const viewed = await run(view, () => new Request(location, { headers: { Cookie: cookie }, redirect: "manual" }));
    if (viewed.status !== 200) return new Response(`the review after ${change} answered ${viewed.status}`, { status: 500 });
  }
  const textId = textUrl.split("/").pop();
  const questions = await env.DB.prepare("select count(*) as n from own_questions where text_id = ?").bind(textId).first<{ n: number }>();
  flows.push(flow);
  return Response.json({ flow: flows.length - 1, characters: text.length, questions: questions?.n ?? 0, requests: flow.map((entry) => entry.label) });
}

async function replay(request: Request, env: Env, context: ExecutionContext): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const recorded = flows[Number(query.get("flow"))]?.[Number(query.get("request"))];
  if (!recorded) return new Response("no such recorded request", { status: 404 });
  const replays = Number(query.get("replays") ?? "0");
  for (let replay = 0; replay < replays; replay++) {
    const used = new Set<number>();
    const replayEnv = {
      ...env,
      DB: replayingDatabase((sql) => {
        const index = recorded.log.findIndex((entry, position) => entry.sql === sql && !used.has(position));
        if (index === -1) throw new Error(`the replay asked D1 what the recording did not: ${sql}`);
        used.add(index);
        return recorded.log[index]!.result;
      }),
    };
    const response = await app.fetch(recorded.make(), replayEnv, context);
    await response.arrayBuffer();
    if (response.status !== recorded.status) return new Response(`a replay of ${recorded.label} answered ${response.status}`, { status: 500 });
  }
  return Response.json({ label: recorded.label, replays });
}

/** The texts of the per-family measurement, by number, with their facts as the extraction step stores them. */
const extracted: { id: string; text: string; facts: string }[] = [];

/** POST /bench/extract: extracts the posted text's facts once and keeps them for /bench/work. */
async function extract(request: Request): Promise<Response> {
  const text = await request.text();
  const id = "t_00000000000000be";
  const { facts } = extractOwnText(id, text, {}, "Bench");
  extracted.push({ id, text, facts: JSON.stringify(facts) });
  return Response.json({ text: extracted.length - 1 });
}

/**
 * POST /bench/work?text=T&from=F&to=E&replays=N: the engine's part of a step, N times, without D1 or a page:
 * the extraction (from=-1), or the runs of families F to E on the stored facts (familyRuns; F = E: only what every
 * step of families pays, reading the facts and making the context); with `whole=1` the families F to E, each whole.
 */
function work(request: Request): Response {
  const query = new URL(request.url).searchParams;
  const stored = extracted[Number(query.get("text"))];
  if (!stored) return new Response("no such text", { status: 404 });
  const from = Number(query.get("from"));
  const to = Number(query.get("to"));
  const replays = Number(query.get("replays") ?? "0");
  let questions = 0;
  for (let replay = 0; replay < replays; replay++) {
    if (from < 0) extractOwnText(stored.id, stored.text, {}, "Bench");
    else if (query.get("whole") === "1") questions += wholeFamilies(stored, from, to);
    else questions += runFamilies(stored.id, stored.text, stored.facts, from, to).length;
  }
  return Response.json({ replays, questions });
}

/** How many questions the families `from` to `to` make, each run whole, as a step reads the facts. */
function wholeFamilies(stored: { id: string; text: string; facts: string }, from: number, to: number): number {
  const doc = makeContext(stored.id, stored.text, JSON.parse(stored.facts) as Facts);
  const pool = singleDocumentPool(doc);
  return SINGLE_DOCUMENT_FAMILIES.slice(from, to).reduce((count, family) => count + family(doc, pool, WHOLE_FAMILY).length, 0);
}

export default {
  fetch(request, env, context) {
    const path = new URL(request.url).pathname;
    if (request.method === "POST" && path === "/bench/record") return record(request, env, context);
    if (request.method === "POST" && path === "/bench/replay") return replay(request, env, context);
    if (request.method === "POST" && path === "/bench/extract") return extract(request);
    if (request.method === "POST" && path === "/bench/work") return work(request);
    return worker.fetch(request, env, context);
  },
} satisfies ExportedHandler<Env>;
