// Secrets are set with `wrangler secret put`, not in wrangler.toml, so `wrangler types` does not know them.
declare namespace Cloudflare {
  interface Env {
    /** Key for signing the learner cookie; when unset the Worker makes one and keeps it in D1 (./app-secrets.ts). */
    COOKIE_SECRET?: string;
  }
}
