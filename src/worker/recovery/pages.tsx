/**
 * Carrying progress to another device: the panel that makes a code (on "Mein Fortschritt" and a
 * student's class page), the page that shows a new code once, and the page where it is typed in.
 */
import type { FC } from "hono/jsx";
import { Layout } from "../layout/page";
import { formatRecoveryCode, RECOVERY_CODE_LENGTH } from "./codes";
import type { RecoveryCodeStatus } from "./store";

export const RECOVERY_CODE_PATH = "/weitermachen/code";
export const CONTINUE_PATH = "/weitermachen";
/** The start page's link to CONTINUE_PATH: the code page names it, so the two must read the same. */
export const CONTINUE_LINK_TEXT = "Mit deinem Code weitermachen";

const longDate = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "Europe/Berlin" });

/**
 * The panel for a learner's own page. `returnTo` is where the page with the new code leads back to (a
 * path of this site, see recoveryReturnPath in ./routes.tsx).
 */
export const RecoveryCodePanel: FC<{ status: RecoveryCodeStatus | undefined; returnTo: string }> = ({ status, returnTo }) => (
  <section class="card" aria-labelledby="geraet">
    <h2 id="geraet">Auf einem anderen Gerät weitermachen</h2>
    {status ? (
      <p>
        Du hast am {longDate.format(status.createdAt)} einen Code erstellt. Er wird nur einmal angezeigt. Verloren? Mach einen neuen, dann gilt der alte nicht
        mehr.
      </p>
    ) : (
      <p>Mit einem Code machst du auf einem anderen Gerät (Handy, Schulrechner) mit deinem Fortschritt weiter, ohne Konto.</p>
    )}
    <div class="actions">
      <form method="post" action={RECOVERY_CODE_PATH}>
        <input type="hidden" name="zurueck" value={returnTo} />
        <button type="submit" class={status ? "secondary" : undefined}>
          {status ? "Neuen Code erstellen" : "Code erstellen"}
        </button>
      </form>
      <a href={CONTINUE_PATH}>Ich habe schon einen Code</a>
    </div>
  </section>
);

export const RecoveryCodeShownPage: FC<{ code: string; returnTo: string; replaced: boolean }> = ({ code, returnTo, replaced }) => (
  <Layout title="Dein Code">
    <h1 tabindex={-1} autofocus>
      Dein Code
    </h1>
    <p class="recovery-code code" aria-describedby="code-hinweis">
      {formatRecoveryCode(code)}
    </p>
    <p id="code-hinweis">
      Schreib ihn dir auf oder mach ein Foto davon: Er wird nur dieses eine Mal angezeigt.
      {replaced ? " Dein alter Code gilt ab jetzt nicht mehr." : ""}
    </p>
    <p>
      Auf dem anderen Gerät öffnest du <strong>{CONTINUE_PATH}</strong> (auf der Startseite: „{CONTINUE_LINK_TEXT}“) und gibst ihn ein. Wer den Code kennt, kann
      mit deinem Fortschritt weitermachen: Gib ihn nicht weiter.
    </p>
    <p>
      <a class="button" href={returnTo}>
        Fertig
      </a>
    </p>
  </Layout>
);

/** How long after making a code the page that no longer shows it says "gerade". */
const JUST_MADE_MS = 30 * 60 * 1000;

/**
 * The code page opened again (a reload, Back): the code was shown once and still works, so the page says
 * so instead of making a new one; a new one is a button away.
 */
export const RecoveryCodeMadePage: FC<{ status: RecoveryCodeStatus; returnTo: string }> = ({ status, returnTo }) => (
  <Layout title="Dein Code">
    <h1 tabindex={-1} autofocus>
      Dein Code
    </h1>
    <p>
      Du hast dir {Date.now() - status.createdAt.getTime() < JUST_MADE_MS ? "gerade" : `am ${longDate.format(status.createdAt)}`} einen Code erstellt. Er gilt
      weiter, wird aber nur einmal angezeigt und steht darum hier nicht noch einmal.
    </p>
    <p>Hast du ihn nicht aufgeschrieben? Mach einen neuen, dann gilt der alte nicht mehr.</p>
    <div class="actions">
      <a class="button" href={returnTo}>
        Fertig
      </a>
      <form method="post" action={RECOVERY_CODE_PATH}>
        <input type="hidden" name="zurueck" value={returnTo} />
        <button type="submit" class="secondary">
          Neuen Code erstellen
        </button>
      </form>
    </div>
  </Layout>
);

export const ContinuePage: FC<{ error?: string | undefined; code?: string | undefined; hasProgressHere: boolean }> = ({ error, code, hasProgressHere }) => (
  <Layout title={`${error ? "Fehler: " : ""}Auf diesem Gerät weitermachen`}>
    <h1>Auf diesem Gerät weitermachen</h1>
    <p>Hast du auf einem anderen Gerät einen Code erstellt? Gib ihn hier ein, dann geht es hier mit deinem Fortschritt weiter.</p>
    {hasProgressHere && (
      <p class="muted">
        In diesem Browser hast du schon geübt. Mit dem Code siehst du hier den Fortschritt des anderen Geräts; was du hier geübt hast, ist dann nicht mehr zu
        sehen.
      </p>
    )}
    <form method="post" action={CONTINUE_PATH} novalidate>
      {error && (
        <div class="fehler" role="alert" id="fehler">
          <p>{error}</p>
        </div>
      )}
      <label for="code">Dein Code ({RECOVERY_CODE_LENGTH} Zeichen)</label>
      <input
        id="code"
        name="code"
        type="text"
        class="code"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        placeholder="ABCD-EFGH-JKMN"
        value={code ?? ""}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? "fehler" : undefined}
        autofocus={error ? true : undefined}
      />
      <div class="actions">
        <button type="submit">Weitermachen</button>
      </div>
    </form>
  </Layout>
);
