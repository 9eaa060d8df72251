/** The student's forms: the join form and the join link's query. */
import * as z from "zod";
import { cleanNickname, isOffensive, mixesScripts, NICKNAME_MAX_LENGTH, NICKNAME_MIN_LENGTH, NICKNAME_PATTERN } from "../nickname";
import { JOIN_CODE_LENGTH, normalizeJoinCode } from "../secrets";

export const joinForm = z.object({
  code: z
    .string({ error: "Bitte gib den Klassencode ein." })
    .max(40, `Der Klassencode hat ${JOIN_CODE_LENGTH} Zeichen, zum Beispiel ABCD-EFGH.`)
    .trim()
    .min(1, { error: "Bitte gib den Klassencode ein.", abort: true })
    .transform((code, context) => {
      const normalized = normalizeJoinCode(code);
      if (normalized) return normalized;
      context.addIssue({ code: "custom", message: `Der Klassencode hat ${JOIN_CODE_LENGTH} Zeichen, zum Beispiel ABCD-EFGH.` });
      return z.NEVER;
    }),
  nickname: z
    .string({ error: "Bitte gib einen Spitznamen ein." })
    .max(100, `Dein Spitzname darf höchstens ${NICKNAME_MAX_LENGTH} Zeichen lang sein.`)
    .transform(cleanNickname)
    .pipe(
      z
        .string()
        .min(1, { error: "Bitte gib einen Spitznamen ein.", abort: true })
        .min(NICKNAME_MIN_LENGTH, `Dein Spitzname braucht mindestens ${NICKNAME_MIN_LENGTH} Zeichen.`)
        .max(NICKNAME_MAX_LENGTH, `Dein Spitzname darf höchstens ${NICKNAME_MAX_LENGTH} Zeichen lang sein.`)
        .regex(NICKNAME_PATTERN, "Im Spitznamen gehen nur Buchstaben, Ziffern, Leerzeichen, Punkt, - und _.")
        .refine(
          (nickname) => !mixesScripts(nickname),
          "Bitte schreib deinen Spitznamen ganz in einer Schrift, ohne lateinische und kyrillische oder griechische Buchstaben zu mischen.",
        )
        .refine((nickname) => !isOffensive(nickname), "Dieser Spitzname ist nicht erlaubt. Bitte wähle einen anderen."),
    ),
});

/** The join link carries the code (?code=ABCDEFGH); anything else in the query is ignored. */
export const joinQuery = z.object({ code: z.string().max(20).optional().catch(undefined) });
