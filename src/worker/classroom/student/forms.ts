/** The student's forms: the join form and the join link's query. */
import * as z from "zod";
import { nicknameField } from "../nickname";
import { CODE_LETTERS, hasLetterOutsideCodes } from "../../typed-codes";
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
      const message = hasLetterOutsideCodes(code, JOIN_CODE_LENGTH)
        ? `Im Klassencode kommen nur ${CODE_LETTERS} vor. Bitte prüfe ihn.`
        : `Der Klassencode hat ${JOIN_CODE_LENGTH} Zeichen, zum Beispiel ABCD-EFGH.`;
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    }),
  nickname: nicknameField,
  /** "Ich bin jemand anderes": the device holds another member of this class, who is not the one typing. */
  jemandAnderes: z.literal("ja").optional().catch(undefined),
});

/** The join link carries the code (?code=ABCDEFGH); anything else in the query is ignored. */
export const joinQuery = z.object({ code: z.string().max(20).optional().catch(undefined) });
