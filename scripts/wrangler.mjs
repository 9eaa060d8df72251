// Shared by `npm start` and the browser tests: run wrangler the same way in both.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

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

/** A TCP port on 127.0.0.1 that is free right now, for a `wrangler dev` of its own. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
