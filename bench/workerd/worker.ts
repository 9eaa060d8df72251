/**
 * The benchmark's Worker (bench/own-text-cpu.ts): the app as deployed, plus POST /bench/paste?replays=N.
 * That route makes a class, runs the paste-and-generate request for the posted text once against the
 * real local D1 with every query recorded, then replays it N times against the recorded results
 * (../d1-replay.ts), which come back at once: the replays cost the Worker's own work only, and the
 * caller reads how much CPU the workerd process spent on them.
 */
import { app } from "../../src/worker/app";
import worker from "../../src/worker/index";
import { prepareOwnText } from "../../src/worker/own-texts/prepare";
import { recordingDatabase, replayingDatabase, type D1Log } from "../d1-replay";

const ORIGIN = "https://quellenquiz.test";

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

async function benchPaste(request: Request, env: Env, context: ExecutionContext): Promise<Response> {
  const replays = Number(new URL(request.url).searchParams.get("replays") ?? "0");
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

  const log: D1Log = [];
  const recorded = await app.fetch(pasteRequest(classId, cookie, text), { ...env, DB: recordingDatabase(env.DB, () => log) }, context);
  if (recorded.status !== 303) return new Response(`the paste request answered ${recorded.status}: ${await recorded.text()}`, { status: 500 });
  const textId = recorded.headers.get("Location")!.split("/").pop();
  const questions = await env.DB.prepare("select count(*) as n from own_questions where text_id = ?").bind(textId).first<{ n: number }>();

  let used = new Set<number>();
  const replayEnv = {
    ...env,
    DB: replayingDatabase((sql) => {
      const index = log.findIndex((entry, position) => entry.sql === sql && !used.has(position));
      if (index === -1) throw new Error(`the replay asked D1 what the recording did not: ${sql}`);
      used.add(index);
      return log[index]!.result;
    }),
  };
  const pureOnly = new URL(request.url).searchParams.has("pure");
  for (let replay = 0; replay < replays; replay++) {
    if (pureOnly) {
      prepareOwnText("t_0000000000000000", { text });
      continue;
    }
    used = new Set();
    const response = await app.fetch(pasteRequest(classId, cookie, text), replayEnv, context);
    if (response.status !== 303) return new Response(`a replay answered ${response.status}`, { status: 500 });
  }
  return Response.json({ characters: text.length, questions: questions?.n ?? 0, replays });
}

export default {
  fetch(request, env, context) {
    if (request.method === "POST" && new URL(request.url).pathname === "/bench/paste") return benchPaste(request, env, context);
    return worker.fetch(request, env, context);
  },
} satisfies ExportedHandler<Env>;
