// Set per deployment with `wrangler secret put` (or as a variable in the dashboard), not in wrangler.toml,
// so `wrangler types` does not know them.
declare namespace Cloudflare {
  interface Env {
    /** Key for signing the learner cookie; when unset the Worker makes one and keeps it in D1 (./app-secrets.ts). */
    COOKIE_SECRET?: string;
    /**
     * The public address of the app ("https://quiz.example.de"), for links shown to teachers (join link,
     * teacher link). Unset: the address of the request, which is fine in development.
     */
    PUBLIC_URL?: string;
  }
}
