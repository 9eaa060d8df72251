declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    /** Key for signing the learner cookie; when unset the Worker makes one and keeps it in D1. */
    COOKIE_SECRET?: string;
    /**
     * The public address of the app ("https://quiz.example.de"), for links shown to teachers (join link,
     * teacher link). Unset: the address of the request, which is fine in development.
     */
    PUBLIC_URL?: string;
    /** Only in tests: the migrations to apply to the test database. */
    TEST_MIGRATIONS?: import("cloudflare:test").D1Migration[];
  }
}
type Env = Cloudflare.Env;
