/** The teacher's pages around the class ("Sie"): creating it, the teacher link, the access sheet. The overview and results are in ./overview-page.tsx and ./results-page.tsx. */
import type { Child, FC } from "hono/jsx";
import { Layout } from "../../layout/page";
import { FormErrors } from "../../layout/form-errors";
import { formatJoinCode } from "../secrets";
import type { ClassRow } from "../store";
import { className } from "../parts";
import { CopyableLink, JoinAccess } from "./overview-page";

export const NewClassPage: FC<{ errors?: string[]; name?: string }> = ({ errors = [], name = "" }) => (
  <Layout title="Klasse anlegen">
    <h1>Klasse anlegen</h1>
    <p>
      Sie brauchen kein Konto. Sie bekommen einen geheimen Lehrkraft-Link für Ihre Übersicht und einen kurzen Code, mit dem Ihre Schülerinnen und Schüler
      beitreten – nur mit einem Spitznamen.
    </p>
    <FormErrors errors={errors} />
    <form method="post" action="/klassen/neu">
      <label for="name">Name der Klasse (freiwillig)</label>
      <input
        id="name"
        name="name"
        type="text"
        maxlength={60}
        value={name}
        autocomplete="off"
        placeholder="z. B. 9b Politik"
        aria-invalid={errors.length > 0 ? "true" : undefined}
        aria-describedby={errors.length > 0 ? "fehler" : undefined}
      />
      <button type="submit">Klasse anlegen</button>
    </form>
    <p>
      <a href="/klassen/datenschutz">Was wird gespeichert?</a>
    </p>
  </Layout>
);

export const TeacherWelcomePage: FC<{ classRow: ClassRow; teacherLink: string; joinLink: string }> = ({ classRow, teacherLink, joinLink }) => (
  <Layout title={`${className(classRow)} angelegt`}>
    <h1>{className(classRow)} ist angelegt</h1>
    <h2>Ihr Lehrkraft-Link</h2>
    <p>
      <strong>Speichern Sie diesen Link jetzt</strong> (Lesezeichen, Passwortmanager oder E-Mail an sich selbst). Er ist der Schlüssel zu Ihrer Übersicht.
      Gespeichert ist nur ein Fingerabdruck (Hash) davon; wir können ihn nicht wiederherstellen. Solange dieses Gerät die Klasse öffnet, finden Sie ihn unter
      „Einstellungen“ wieder.
    </p>
    <CopyableLink id="lehrkraft-link" label="Lehrkraft-Link (geheim halten)" href={teacherLink} secret />
    <h2>Für Ihre Klasse</h2>
    <JoinAccess joinCode={classRow.joinCode} joinLink={joinLink} />
    <p>
      <a href={`/klassen/lehrkraft/${classRow.id}/zugangsblatt`}>Zugangsblatt zum Ausdrucken</a> ·{" "}
      <a href={`/klassen/lehrkraft/${classRow.id}`}>Weiter zur Übersicht</a>
    </p>
  </Layout>
);

/** The teacher link once more, for a device that still opens the class. */
export const TeacherLinkPage: FC<{ classId: string; className: string; teacherLink: string }> = ({ classId, className, teacherLink }) => (
  <Layout title={`Lehrkraft-Link – ${className}`}>
    <h1>Ihr Lehrkraft-Link für {className}</h1>
    <p>
      Mit diesem Link öffnen Sie die Übersicht auf jedem Gerät. Bewahren Sie ihn auf (Lesezeichen, Passwortmanager) und geben Sie ihn nicht weiter: Wer ihn hat,
      sieht alle Antworten der Klasse.
    </p>
    <CopyableLink id="lehrkraft-link" label="Lehrkraft-Link (geheim halten)" href={teacherLink} secret />
    <p>
      <a href={`/klassen/lehrkraft/${classId}`}>Zurück zur Übersicht</a>
    </p>
  </Layout>
);

/** One printable page for the classroom: how to get in, without the teacher's secret. */
export const AccessSheetPage: FC<{ classId: string; className: string; joinCode: string; joinLink: string; qr?: Child }> = ({
  classId,
  className,
  joinCode,
  joinLink,
  qr,
}) => (
  <Layout title={`Zugang – ${className}`}>
    <div class="access-sheet">
      <h1>Zugang zu {className}</h1>
      <ol>
        <li>
          Öffne <strong>{joinLink.replace(/\?.*$/, "")}</strong> oder scanne den QR-Code.
        </li>
        <li>
          Gib den Klassencode ein:{" "}
          <strong class="code big-code" data-testid="join-code">
            {formatJoinCode(joinCode)}
          </strong>
        </li>
        <li>Wähle einen Spitznamen, nicht deinen vollen Namen.</li>
        <li>
          Auf einem neuen Gerät: Erstelle auf deiner Klassenseite einen Code und gib ihn auf dem neuen Gerät ein, dann geht es mit deinem Spitznamen weiter.
        </li>
      </ol>
      {qr}
      <p class="link-text">{joinLink}</p>
    </div>
    <p class="no-print">
      <button type="button" data-drucken hidden>
        Drucken
      </button>{" "}
      <a href={`/klassen/lehrkraft/${classId}`}>Zurück zur Übersicht</a>
    </p>
  </Layout>
);
