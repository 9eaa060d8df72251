import { app } from "./app";
import { database } from "../db";
import { purgeExpired } from "./classroom/store";

export default {
  fetch: app.fetch,
  /**
   * Daily (wrangler.toml [triggers]): deletes classes past their lifetime and old rate-limit counters,
   * so the retention promised in docs/privacy.md holds even when nobody creates a class.
   */
  scheduled(controller, env, context) {
    context.waitUntil(purgeExpired(database(env.DB), controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
