/** What teacher and student forms share: German messages on invalid input, class ids in paths, confirmations. */
import { type Hook, zValidator } from "@hono/zod-validator";
import type { Context, Env } from "hono";
import * as z from "zod";
import { jsonErrors, messageResponse } from "../errors";
import { ID_PATTERN } from "./secrets";

export const noClass = (c: Context) => messageResponse(c, 404, "Nicht gefunden", "Diese Klasse gibt es nicht (mehr).");

/**
 * Validates a posted form. On invalid input, `render` answers with the form again, its German messages
 * and what was typed; JSON clients get `{ fehler, fehlerListe }`. `E` is the router's environment, so
 * that `render` reads its variables (zValidator alone cannot infer it from the hook).
 */
export function validForm<E extends Env, T extends z.ZodType>(
  schema: T,
  render: (c: Context<E>, errors: string[], input: Record<string, string>) => Response | Promise<Response>,
) {
  return zValidator<T, "form", E, string, Hook<z.infer<T>, E, string, "form", object, T>>("form", schema, async (result, c) => {
    if (result.success) return;
    const messages = [...new Set(result.error.issues.map((issue) => issue.message))];
    const json = jsonErrors(c, 400, messages);
    if (json) return json;
    const body = await c.req.parseBody();
    const input = Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    return render(c, messages, input);
  });
}

/** Ids in paths, as ./secrets.ts makes them; anything else is an unknown class (404). */
export const ClassId = z.string().regex(ID_PATTERN);
export const knownClassParams = zValidator("param", z.object({ classId: ClassId }), (result, c) => (result.success ? undefined : noClass(c)));

/** The checkbox that confirms a deletion. */
export const confirmation = (message: string) => z.object({ bestaetigung: z.literal("ja", { error: message }) });
