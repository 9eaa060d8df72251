/** The Hono environment every router of the Worker uses. */
import type { Db } from "../db";

export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** This request's database handle, made once per request by ./app.ts. */
    db: Db;
    /** The learner of this request once read from (or written to) the cookie; see ./learner.ts. */
    learnerId: string | undefined;
  };
};
