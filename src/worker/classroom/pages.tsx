/** Pages of the classroom: server-rendered, plain forms, no script needed. Teachers are addressed with "Sie", students with "du". */
import type { Child, FC } from "hono/jsx";
import { Layout } from "../pages/layout";
import { CONTINUE_PATH } from "../recovery/pages";
import { NICKNAME_MAX_LENGTH } from "./nickname";
import { CopyableLink } from "./teacher/overview-page";
import { formatJoinCode } from "./secrets";
import type { ClassRow } from "./store";

const className = (classRow: ClassRow) => classRow.name ?? `Klasse ${formatJoinCode(classRow.joinCode)}`;

const Page: FC<{ title: string; current?: string; children: Child }> = ({ title, current, children }) => (
  <Layout title={title} current={current}>
    {children}
  </Layout>
);

const Errors: FC<{ errors: string[] }> = ({ errors }) =>
  errors.length === 0 ? null : (
    <div role="alert" class="fehler" id="fehler">
      <p>Bitte korrigieren:</p>
      <ul>
        {errors.map((error) => (
          <li>{error}</li>
        ))}
      </ul>
    </div>
  );

export const MessagePage: FC<{ title: string; message: string; link?: { href: string; text: string } }> = ({ title, message, link }) => (
  <Page title={title}>
    <h1>{title}</h1>
    <p>{message}</p>
    {link && (
      <p>
        <a href={link.href}>{link.text}</a>
      </p>
    )}
  </Page>
);

export const NewClassPage: FC<{ errors?: string[]; name?: string }> = ({ errors = [], name = "" }) => (
  <Page title="Klasse anlegen">
    <h1>Klasse anlegen</h1>
    <p>
      Sie brauchen kein Konto. Sie bekommen einen geheimen Lehrkraft-Link für Ihre Übersicht und einen kurzen Code, mit dem Ihre Schülerinnen und Schüler
      beitreten – nur mit einem Spitznamen.
    </p>
    <Errors errors={errors} />
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
  </Page>
);

export const TeacherWelcomePage: FC<{ classRow: ClassRow; teacherLink: string; joinLink: string }> = ({ classRow, teacherLink, joinLink }) => (
  <Page title={`${className(classRow)} angelegt`}>
    <h1>{className(classRow)} ist angelegt</h1>
    <h2>Ihr Lehrkraft-Link</h2>
    <p>
      <strong>Speichern Sie diesen Link jetzt</strong> (Lesezeichen, Passwortmanager oder E-Mail an sich selbst). Er ist der Schlüssel zu Ihrer Übersicht.
      Gespeichert ist nur ein Fingerabdruck (Hash) davon; wir können ihn nicht wiederherstellen. Solange dieses Gerät die Klasse öffnet, finden Sie ihn unter
      „Einstellungen“ wieder.
    </p>
    <CopyableLink id="lehrkraft-link" label="Lehrkraft-Link (geheim halten)" href={teacherLink} secret />
    <h2>Für Ihre Klasse</h2>
    <p>
      Klassencode:{" "}
      <strong class="code" data-testid="join-code">
        {formatJoinCode(classRow.joinCode)}
      </strong>
    </p>
    <CopyableLink id="beitritts-link" label="Link zum Beitreten" href={joinLink} />
    <p>
      <a href={`/klassen/lehrkraft/${classRow.id}/zugangsblatt`}>Zugangsblatt zum Ausdrucken</a> ·{" "}
      <a href={`/klassen/lehrkraft/${classRow.id}`}>Weiter zur Übersicht</a>
    </p>
  </Page>
);

/** The teacher link once more, for a device that still opens the class. */
export const TeacherLinkPage: FC<{ classId: string; className: string; teacherLink: string }> = ({ classId, className, teacherLink }) => (
  <Page title={`Lehrkraft-Link – ${className}`}>
    <h1>Ihr Lehrkraft-Link für {className}</h1>
    <p>
      Mit diesem Link öffnen Sie die Übersicht auf jedem Gerät. Bewahren Sie ihn auf (Lesezeichen, Passwortmanager) und geben Sie ihn nicht weiter: Wer ihn hat,
      sieht alle Antworten der Klasse.
    </p>
    <CopyableLink id="lehrkraft-link" label="Lehrkraft-Link (geheim halten)" href={teacherLink} secret />
    <p>
      <a href={`/klassen/lehrkraft/${classId}`}>Zurück zur Übersicht</a>
    </p>
  </Page>
);

/** One printable page for the classroom: how to get in, without the teacher's secret. */
export const AccessSheetPage: FC<{ classId: string; className: string; joinCode: string; joinLink: string; qr?: Child }> = ({
  classId,
  className,
  joinCode,
  joinLink,
  qr,
}) => (
  <Page title={`Zugang – ${className}`}>
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
  </Page>
);

export const JoinPage: FC<{ errors?: string[]; code?: string; nickname?: string }> = ({ errors = [], code = "", nickname = "" }) => (
  <Page title="Klasse beitreten" current="/klassen/beitreten">
    <h1>Klasse beitreten</h1>
    <p>Du brauchst nur den Code deiner Lehrkraft und einen Spitznamen. Bitte nicht deinen echten vollen Namen.</p>
    <Errors errors={errors} />
    <form method="post" action="/klassen/beitreten">
      <label for="code">Klassencode</label>
      <input
        id="code"
        name="code"
        type="text"
        required
        autocomplete="off"
        autocapitalize="characters"
        value={code}
        placeholder="ABCD-EFGH"
        aria-describedby={errors.length > 0 ? "fehler" : undefined}
      />
      <label for="nickname">Spitzname</label>
      <input
        id="nickname"
        name="nickname"
        type="text"
        required
        maxlength={NICKNAME_MAX_LENGTH}
        autocomplete="off"
        value={nickname}
        aria-describedby={errors.length > 0 ? "fehler nickname-hinweis" : "nickname-hinweis"}
      />
      <p class="muted" id="nickname-hinweis">
        2 bis {NICKNAME_MAX_LENGTH} Zeichen: Buchstaben, Ziffern, Leerzeichen, Punkt, - und _.
      </p>
      <button type="submit">Beitreten</button>
    </form>
    <p>
      <a href={CONTINUE_PATH}>Neues Gerät? Ich habe schon einen Code</a> · <a href="/klassen/meine">Meine Klassen</a> ·{" "}
      <a href="/klassen/datenschutz">Was wird gespeichert?</a>
    </p>
  </Page>
);

/** A join on a device that already holds a member of this class under another nickname. */
export const WhoAreYouPage: FC<{ code: string; nickname: string; member: string; className: string }> = ({ code, nickname, member, className }) => (
  <Page title="Wer bist du?" current="/klassen/beitreten">
    <h1>Bist du {member}?</h1>
    <p>
      Auf diesem Gerät ist schon <strong>{member}</strong> in {className}.
    </p>
    <div class="actions">
      <form method="post" action="/klassen/beitreten">
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="nickname" value={member} />
        <button type="submit">Ja, ich bin {member}</button>
      </form>
      <form method="post" action="/klassen/beitreten">
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="nickname" value={nickname} />
        <input type="hidden" name="jemandAnderes" value="ja" />
        <button type="submit" class="secondary">
          Nein, ich bin {nickname}
        </button>
      </form>
    </div>
    <p class="muted">
      Wenn du {nickname} bist, gehört dieses Gerät danach dir. {member} macht dann mit dem eigenen Code weiter (auf der Klassenseite unter „Auf einem anderen
      Gerät weitermachen“).
    </p>
  </Page>
);

export const MyClassesPage: FC<{ taught: { id: string; name: string }[]; joined: { id: string; name: string; nickname: string }[] }> = ({ taught, joined }) => (
  <Page title="Meine Klassen">
    <h1>Meine Klassen</h1>
    {taught.length > 0 && (
      <section aria-labelledby="unterrichtet">
        <h2 id="unterrichtet">Klassen, die Sie auf diesem Gerät leiten</h2>
        <ul>
          {taught.map((classRow) => (
            <li>
              <a href={`/klassen/lehrkraft/${classRow.id}`}>{classRow.name}</a>
            </li>
          ))}
        </ul>
      </section>
    )}
    <section aria-labelledby="beigetreten">
      <h2 id="beigetreten">{taught.length > 0 ? "Klassen, denen dieses Gerät beigetreten ist" : "Deine Klassen"}</h2>
      {joined.length === 0 ? (
        <p>{taught.length > 0 ? "Keine." : "Du bist auf diesem Gerät noch in keiner Klasse."}</p>
      ) : (
        <ul>
          {joined.map((classRow) => (
            <li>
              <a href={`/klassen/meine/${classRow.id}`}>{classRow.name}</a> (als {classRow.nickname})
            </li>
          ))}
        </ul>
      )}
    </section>
    <p>
      <a href="/klassen/beitreten">Klasse beitreten</a> · <a href="/klassen/neu">Klasse anlegen (für Lehrkräfte)</a>
    </p>
  </Page>
);

export const PrivacyPage: FC = () => (
  <Page title="Klassen: Was wird gespeichert?">
    <h1>Klassen: Was wird gespeichert?</h1>
    <ul>
      <li>
        <strong>Klasse:</strong> der freiwillige Name, der Klassencode und ein Fingerabdruck (SHA-256) des Lehrkraft-Links. Kein Konto, keine E-Mail-Adresse.
      </li>
      <li>
        <strong>Schülerinnen und Schüler:</strong> der Spitzname und eine zufällige Kennung im Cookie des Browsers. Keine echten Namen, keine E-Mail-Adresse.
      </li>
      <li>
        <strong>Antworten:</strong> die gewählte Antwort und ob sie richtig war, mit Zeitpunkt.
      </li>
      <li>
        <strong>Schutz vor Missbrauch:</strong> für falsche Klassencodes, Beitritte und neue Klassen ein Zähler je Anschluss, gespeichert unter einem
        Fingerabdruck der IP-Adresse (nie die Adresse selbst). Er gilt 15 Minuten bzw. eine Stunde.
      </li>
    </ul>
    <h2>Wie lange?</h2>
    <p>
      Bis die Lehrkraft die Klasse löscht, spätestens nach 12 Monaten. Wer eine Klasse verlässt, löscht dabei den eigenen Spitznamen und alle eigenen Antworten
      in dieser Klasse.
    </p>
  </Page>
);
