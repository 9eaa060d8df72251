/** The Hono environment every router of the Worker uses. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    /** The learner of this request once read from (or written to) the cookie; see ../worker/learner.ts. */
    learnerId: string | undefined;
  };
};
