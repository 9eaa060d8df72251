// Bindings that only the test Worker has (vitest.config.ts passes them to the pool).
declare namespace Cloudflare {
  interface Env {
    /** The migrations in migrations/, applied before each test file by ./setup/apply-migrations.ts. */
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
