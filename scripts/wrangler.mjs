// Shared by `npm start` and the browser tests: run wrangler the same way in both.
import { spawn } from "node:child_process";

/** Wrangler without telemetry and without interactive prompts. */
export function wranglerEnv() {
  return { ...process.env, WRANGLER_SEND_METRICS: "false", CI: process.env.CI ?? "true" };
}

export function runWrangler(args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/wrangler", args, { env: wranglerEnv(), stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`wrangler ${args.join(" ")} exited with ${code}`))));
  });
}

/** Applies the migrations in migrations/ to the local D1 (in .wrangler/state, or in `persistTo`). */
export function applyLocalMigrations(persistTo) {
  const where = persistTo ? ["--persist-to", persistTo] : [];
  return runWrangler(["d1", "migrations", "apply", "DB", "--local", ...where], { stdio: ["ignore", "ignore", "inherit"] });
}
