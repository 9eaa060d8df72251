/** What the teacher's and the students' pages share: the class's name, quiz titles, bars, points, the privacy page. */
import type { FC } from "hono/jsx";
import { Layout } from "../layout/page";
import { formatPoints } from "../../shared/german";
import { percent } from "./results";
import { NICKNAME_MAX_LENGTH } from "./nickname";
import { formatJoinCode } from "./secrets";
import type { ClassRow } from "./store";

/** A quiz's title as the page's question source resolved it (own texts live in D1, ../content). */
export const titleIn = (titles: Map<string, string>, quizId: string) => titles.get(quizId) ?? "Unbekanntes Quiz";

export const className = (classRow: ClassRow) => classRow.name ?? `Klasse ${formatJoinCode(classRow.joinCode)}`;

/**
 * A nickname inside a page's <title>, which takes no <bdi>: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE,
 * so that a right-to-left one ('مريم924') does not reorder the title around it. Only there: CSV cells stay as typed.
 */
export const isolatedInTitle = (nickname: string) => `\u2068${nickname}\u2069`;

/** The nickname's label and field, as the student who joins and the teacher who renames fill them in. */
export const NicknameField: FC<{ value: string; describedBy: string | undefined }> = ({ value, describedBy }) => (
  <>
    <label for="nickname">Spitzname</label>
    <input id="nickname" name="nickname" type="text" required maxlength={NICKNAME_MAX_LENGTH} autocomplete="off" value={value} aria-describedby={describedBy} />
  </>
);

/** A horizontal bar; decorative, the number always stands next to it as text. */
export const Bar: FC<{ share: number }> = ({ share }) => (
  <svg class="bar" width="120" height="12" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect width="100" height="10" fill="#e3e3e3" />
    <rect width={Math.max(0, Math.min(100, share))} height="10" fill="#1a6b45" />
  </svg>
);

/** "1,5 von 10 Punkten (15 %)" */
export const PointsText: FC<{ points: number; of: number }> = ({ points, of }) => <>{`${formatPoints(points)} von ${of} Punkten (${percent(points, of)} %)`}</>;

export const PrivacyPage: FC = () => (
  <Layout title="Klassen: Was wird gespeichert?">
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
        <strong>Live-Quiz:</strong> Während des Spiels liegen Spitznamen und Antworten in einem eigenen Speicher des Live-Quiz. Am Ende kommen die Antworten in
        die Klasse; der Speicher wird 30 Minuten nach dem Ende gelöscht. Wer mit einem Spitznamen mitspielt, tritt damit der Klasse bei.
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
  </Layout>
);
