/** Set-up of every browser test file: waits until `wrangler dev`, started by harness.ts, answers. */
import { readFile } from "node:fs/promises";
import { beforeAll, inject } from "vitest";

const START_TIMEOUT_MS = 110_000;

async function wranglerExitLog(): Promise<string | undefined> {
  return readFile(inject("wranglerLog"), "utf8").catch(() => undefined);
}

beforeAll(async () => {
  const url = `${inject("baseUrl")}/`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const exited = await wranglerExitLog();
    if (exited !== undefined) throw new Error(exited);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s`);
}, START_TIMEOUT_MS + 5_000);
