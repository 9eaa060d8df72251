/** The teacher's forms: naming a class, assigning a quiz. */
import * as z from "zod";
import { dueDateField } from "./due-date";

/**
 * Control and format characters (a right-to-left override, zero-width spaces, a soft hyphen pasted along)
 * would make the name look different from what it is on the students' pages: they are dropped, line
 * breaks and tabs become spaces.
 */
export const cleanClassName = (name: string) =>
  name
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, "")
    .trim();

const classNameField = z
  .string({ error: "Bitte einen Namen angeben." })
  .max(200, "Der Name darf höchstens 60 Zeichen lang sein.")
  .transform(cleanClassName)
  .pipe(z.string().max(60, "Der Name darf höchstens 60 Zeichen lang sein."))
  .optional()
  .transform((name) => (name ? name : null));

export const classNameForm = z.object({ name: classNameField });

export const assignForm = z.object({
  // Whether the quiz exists is checked by the route: an own text needs D1.
  quizId: z.string({ error: "Bitte ein Quiz auswählen." }).max(200, "Dieses Quiz gibt es nicht."),
  dueDate: dueDateField,
});
