declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    /** Live sessions for the projector, one Durable Object per join code (src/worker/live/session.ts). */
    LIVE: DurableObjectNamespace<import("./worker/live/session").LiveSession>;
    /** Key for signing the learner cookie; when unset the Worker makes one and keeps it in D1. */
    COOKIE_SECRET?: string;
    /** Only in tests: the migrations to apply to the test database. */
    TEST_MIGRATIONS?: import("cloudflare:test").D1Migration[];
  }
}
type Env = Cloudflare.Env;
