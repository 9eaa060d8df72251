/** The summary of what to correct above a form that came back with errors. */
import type { FC } from "hono/jsx";

/** `focus`: the summary takes the focus, so that a screen reader reads it first (long forms, where it is out of sight). */
export const FormErrors: FC<{ errors: string[]; focus?: boolean }> = ({ errors, focus = false }) =>
  errors.length === 0 ? null : (
    <div role="alert" class="fehler" id="fehler" tabindex={focus ? -1 : undefined} autofocus={focus || undefined}>
      <p>Bitte korrigieren:</p>
      <ul>
        {errors.map((error) => (
          <li>{error}</li>
        ))}
      </ul>
    </div>
  );
