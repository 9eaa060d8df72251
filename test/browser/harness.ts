/**
 * Global setup of the browser tests: starts the app as a newcomer would (`wrangler dev` with a local D1
 * and the migrations applied), on a free port and a fresh, throw-away database. Tests read the address
 * with `inject("baseUrl")`.
 *
 * The start (migrations, bundling, workerd) takes a while and needs little of what the other projects
 * need, so it is not awaited here: the other projects' tests run meanwhile, and each browser test file
 * waits in its set-up (`waitForApp` in ready.ts) until the app answers, or fails with wrangler's output.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { applyLocalMigrations, freePort, wranglerEnv } from "../../scripts/wrangler.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where wrangler's output is written once it has exited, for the message of a test that waited in vain. */
    wranglerLog: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const persistTo = await mkdtemp(join(tmpdir(), "quellenquiz-browser-"));
  const logFile = join(persistTo, "wrangler-dev.log");
  const port = await freePort();
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
  project.provide("wranglerLog", logFile);

  let child: ChildProcess | undefined;
  let stopped = false;
  const started = (async () => {
    await applyLocalMigrations(persistTo);
    if (stopped) return;
    child = spawn(
      "node_modules/.bin/wrangler",
      ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, "--show-interactive-dev-session=false"],
      { env: wranglerEnv(), detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    let log = "";
    child.stdout?.on("data", (chunk) => (log += chunk));
    child.stderr?.on("data", (chunk) => (log += chunk));
    child.on("exit", (code) => {
      if (!stopped) void writeFile(logFile, `wrangler dev exited with ${code}:\n${log}`);
    });
  })().catch((error: unknown) => writeFile(logFile, `wrangler d1 migrations apply failed: ${String(error)}`));

  return async () => {
    stopped = true;
    await started;
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await rm(persistTo, { recursive: true, force: true });
  };
}
