/**
 * CPU time of each request of bringing an own text (a teacher pastes it, its questions are made step by
 * step, the review page shows them) in workerd, the Workers runtime, for texts of 2 KB, 10 KB and the
 * longest allowed (MAX_TEXT_CHARACTERS). Prints figures only.
 *
 * Method: `wrangler dev` runs bench/workerd/worker.ts (the app plus two benchmark routes) on a fresh
 * local D1. For each size, the whole flow runs once as a browser would, against real D1 with every query
 * recorded. Then each of its requests is replayed against its recorded D1 results, which come back at
 * once: 0 times and N times, by one call each. The CPU time the workerd process spent (utime + stime from
 * /proc, in clock ticks) is read before and after each call; the difference between the two calls,
 * divided by N, is the CPU time of one request's own work, whatever else runs on the machine (it counts
 * CPU spent, not time passed). Deployed Workers count exactly that against the 10 ms of the free tier;
 * waiting for D1 does not count.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, runWrangler, wranglerEnv } from "../scripts/wrangler.mjs";
import { FAMILY_COUNT, familyRunCount, familyRuns, MAX_TEXT_CHARACTERS, nextFamilyBoundary } from "../src/worker/own-texts/prepare";
import { benchText } from "./texts";

const CONFIG = "bench/workerd/wrangler.toml";
const REPLAYS = Number(process.env.BENCH_REPLAYS ?? 30);
const ROUNDS = 3;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** The workerd processes below `pid`. */
function workerdProcesses(pid: number): number[] {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      names.set(Number(entry), name);
    } catch {
      // the process ended meanwhile
    }
  }
  const below = (candidate: number): boolean => {
    for (let current = parents.get(candidate); current !== undefined && current > 1; current = parents.get(current)) if (current === pid) return true;
    return false;
  };
  return [...names].filter(([candidate, name]) => name.startsWith("workerd") && below(candidate)).map(([candidate]) => candidate);
}

/** CPU time (user + system) of the processes, in milliseconds. */
function cpuMilliseconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`wrangler dev did not answer at ${url}`);
}

const persistTo = await mkdtemp(join(tmpdir(), "quellenquiz-bench-own-"));
await runWrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo, "-c", CONFIG], { stdio: ["ignore", "ignore", "inherit"] });
const port = await freePort();
const child = spawn(
  "node_modules/.bin/wrangler",
  ["dev", "-c", CONFIG, "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, "--show-interactive-dev-session=false"],
  {
    env: wranglerEnv(),
    detached: true,
    stdio: "ignore",
  },
);
const base = `http://127.0.0.1:${port}`;

try {
  await waitUntilServing(`${base}/`);
  const pids = workerdProcesses(child.pid!);
  if (pids.length === 0) throw new Error("no workerd process found below wrangler dev");
  const post = async (path: string, body?: string) => {
    const before = cpuMilliseconds(pids);
    const response = await fetch(`${base}${path}`, { method: "POST", body });
    const answer = await response.text();
    if (!response.ok) throw new Error(answer);
    return { spent: cpuMilliseconds(pids) - before, answer };
  };
  console.log(`Bringing an own text: CPU time in workerd of each request (of the free tier's 10 ms), ${REPLAYS} replays, best of ${ROUNDS}`);
  const sizes: [string, number][] = [
    ["2 KB", 2_000],
    ["10 KB", 10_000],
    [`maximum`, MAX_TEXT_CHARACTERS],
  ];
  const overall: { size: string; worst: number; label: string }[] = [];
  // BENCH_PART=flow or engine: only that half (the requests of the flow, or the engine's part of the steps).
  for (const [label, size] of process.env.BENCH_PART === "engine" ? [] : sizes) {
    const text = benchText(size);
    const recorded = JSON.parse((await post("/bench/record", text)).answer) as { flow: number; questions: number; requests: string[] };
    console.log(`  ${label}: ${text.length} characters, ${recorded.questions} questions, ${recorded.requests.length} requests`);
    const replay = (request: number, replays: number) => post(`/bench/replay?flow=${recorded.flow}&request=${request}&replays=${replays}`);
    let worst = { ms: 0, label: "" };
    for (const [request, name] of recorded.requests.entries()) {
      await replay(request, 3); // warm-up: the JIT compiles the hot paths
      const perRequest: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const once = await replay(request, 0);
        const many = await replay(request, REPLAYS);
        perRequest.push(Math.max(0, many.spent - once.spent) / REPLAYS);
      }
      const best = Math.min(...perRequest);
      if (best > worst.ms) worst = { ms: best, label: name };
      console.log(`    ${name.padEnd(8)} ${best.toFixed(1).padStart(5)} ms  (rounds: ${perRequest.map((ms) => ms.toFixed(1)).join(", ")})`);
    }
    overall.push({ size: label, worst: worst.ms, label: worst.label });
  }
  if (overall.length > 0)
    console.log(`  The most expensive request: ${overall.map((entry) => `${entry.size} ${entry.worst.toFixed(1)} ms (${entry.label})`).join(", ")}`);

  // The engine's part of the steps alone (no D1, no page): the extraction, what every step of families
  // pays (reading the facts, the context), and each family on its own context, for prepare.ts's FAMILY_CPU table.
  const work = async (textHandle: number, from: number, to: number, replays: number, whole = false) =>
    (await post(`/bench/work?text=${textHandle}&from=${from}&to=${to}&replays=${replays}${whole ? "&whole=1" : ""}`)).spent;
  /** CPU per call of the work, best of ROUNDS, with enough calls for about 300 ms of CPU per round (ticks are 10 ms). */
  const measureWork = async (textHandle: number, from: number, to: number, whole = false): Promise<number> => {
    const warm = (await work(textHandle, from, to, 5, whole)) / 5;
    const replays = Math.min(400, Math.max(REPLAYS, Math.round(300 / Math.max(warm, 0.1))));
    const perCall: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const once = await work(textHandle, from, to, 0, whole);
      const many = await work(textHandle, from, to, replays, whole);
      perCall.push(Math.max(0, many - once) / replays);
    }
    return Math.min(...perCall);
  };
  console.log(`The engine's part in workerd (ms of CPU per call, best of ${ROUNDS}; a family on its own context, less the fixed part)`);
  for (const [label, size] of process.env.BENCH_PART === "flow" ? [] : sizes.slice(1)) {
    const text = benchText(size);
    const { text: handle } = JSON.parse((await post("/bench/extract", text)).answer) as { text: number };
    const extraction = await measureWork(handle, -1, -1);
    const fixed = await measureWork(handle, 0, 0);
    const families: number[] = [];
    for (let family = 0; family < FAMILY_COUNT; family++) families.push(Math.max(0, (await measureWork(handle, family, family + 1, true)) - fixed));
    // The steps as prepare.ts groups the runs (a divisible family's parts named family.part).
    const runs = familyRuns(text.length);
    const runName = (run: number) => (runs[run]!.share.parts === 1 ? `${runs[run]!.family}` : `${runs[run]!.family}.${runs[run]!.share.part}`);
    const groups: string[] = [];
    for (let from = 0; from < familyRunCount(text.length); from = nextFamilyBoundary(from, text.length)) {
      const to = nextFamilyBoundary(from, text.length);
      groups.push(`${runName(from)}${to - 1 > from ? `-${runName(to - 1)}` : ""} ${(await measureWork(handle, from, to)).toFixed(1)}`);
    }
    console.log(`  ${label} (${text.length} characters): extraction ${extraction.toFixed(1)}, fixed part of a step of families ${fixed.toFixed(2)}`);
    console.log(`    families: ${families.map((ms, family) => `${family} ${ms.toFixed(2)}`).join(", ")}`);
    console.log(`    steps of families as grouped (with the fixed part): ${groups.join(", ")}`);
  }
} finally {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 300));
  await rm(persistTo, { recursive: true, force: true });
}
