import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests that run inside workerd, the Workers runtime: requests through the Worker against a real
// local D1, and the pure extraction and generation code (which must run there too).
export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
      }),
    ],
    test: {
      include: ["test/worker/**/*.test.{ts,tsx}"],
      setupFiles: ["test/worker/setup/apply-migrations.ts"],
      // Some tests make dozens of requests in a row (a class of 30 joining); a loaded CI machine with
      // two cores needs more than the default 5 s for them. Speed is measured by `npm run bench`.
      testTimeout: 30_000,
    },
  };
});
