import { applyD1Migrations, env } from "cloudflare:test";

if (!env.TEST_MIGRATIONS) throw new Error("vitest.config.ts did not pass TEST_MIGRATIONS");
// Runs before each test file; applying is idempotent (already applied migrations are skipped).
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
