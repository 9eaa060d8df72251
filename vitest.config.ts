import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

/**
 * Tests by runtime, as vitest projects (`npx vitest run --project core`):
 * - core: the pure modules (extraction, generation, bank, grading, CSV, nicknames) in Node;
 * - worker: inside workerd, the Workers runtime, where a test needs the Worker (SELF) or D1 (env.DB);
 *   test/worker/runtime.test.ts also runs extraction and generation there, so they stay runtime-neutral;
 * - cli: the command line in-process, plus the build output and the `npm run cli` contract;
 * - browser: real Chromium against `wrangler dev`.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  return {
    test: {
      projects: [
        {
          test: {
            name: "core",
            include: ["test/core/**/*.test.ts"],
            environment: "node",
            // Pure modules without state: one process imports them once for every file.
            isolate: false,
            // Generous for a loaded two-core machine; speed is measured by `npm run bench`, not here.
            testTimeout: 30_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: { bindings: { TEST_MIGRATIONS: migrations, PUBLIC_URL: "https://quellenquiz.test" } },
            }),
          ],
          test: {
            name: "worker",
            // One workerd and one D1 for all files instead of one per file (that start-up was most of the
            // time): a test makes its own learners and classes and counts only its own rows.
            isolate: false,
            include: ["test/worker/**/*.test.{ts,tsx}"],
            setupFiles: ["test/worker/setup/apply-migrations.ts"],
            // Some tests make dozens of requests in a row (a class of 30 joining); on a two-core machine that
            // others share they have taken close to 30 s. Speed is measured by `npm run bench`, not here.
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
        {
          test: {
            name: "cli",
            include: ["test/cli/**/*.test.ts"],
            environment: "node",
            testTimeout: 60_000,
          },
        },
        {
          test: {
            name: "browser",
            include: ["test/browser/**/*.test.ts"],
            environment: "node",
            globalSetup: ["test/browser/harness.ts"],
            setupFiles: ["test/browser/ready.ts"],
            // One Chromium at a time: the machines have two cores and wrangler dev needs one of them.
            fileParallelism: false,
            testTimeout: 120_000,
            hookTimeout: 120_000,
            // A page that navigates (a form sent, a link followed) may take longer than expect.poll's second on a
            // loaded two-core machine: the pager's "Anzeigen" once timed out beside two benchmark processes.
            expect: { poll: { timeout: 10_000 } },
          },
        },
      ],
    },
  };
});
