import { defineConfig } from "vitest/config";

// Tests that run in Node: the command line, and the browser tests (real Chromium against `wrangler dev`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "cli",
          include: ["test/node/**/*.test.ts"],
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
          // One Chromium at a time: the machines have two cores and wrangler dev needs one of them.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
