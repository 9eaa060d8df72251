/** Answers for unknown addresses and failed requests: German, as HTML or JSON as the client asks. */
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { FC } from "hono/jsx";
import { listDocuments } from "../bank";
import { type D1Failure, d1Failure, secondsUntilMidnightUtc } from "./d1-failures";
import { MessagePage } from "./layout/message";
import { Layout } from "./layout/page";

export type ClientErrorStatus = 400 | 403 | 404 | 409 | 413 | 415 | 429;

/** True when the client asks for JSON and not for HTML (`Accept: application/json`). */
export const wantsJson = (c: Context) => {
  const accept = c.req.header("Accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
};

/** A German message with a 4xx status: a page for browsers, `{ fehler }` for clients that ask for JSON. */
export function messageResponse(c: Context, status: ClientErrorStatus, title: string, message: string, link?: { href: string; text: string }) {
  if (wantsJson(c)) return c.json({ fehler: message }, status);
  return c.html(<MessagePage title={title} message={message} link={link} />, status);
}

/**
 * For routes that answer bad input with their form again: `{ fehler, fehlerListe }` for JSON clients,
 * undefined for browsers (the caller renders the form).
 */
export function jsonErrors(c: Context, status: ClientErrorStatus, messages: string[]): Response | undefined {
  return wantsJson(c) ? c.json({ fehler: messages.join(" "), fehlerListe: messages }, status) : undefined;
}

export const handleNotFound: NotFoundHandler = (c) => messageResponse(c, 404, "Seite nicht gefunden", "Diese Adresse gibt es nicht (mehr).");

/**
 * Learners are addressed with "du", teachers with "Sie": a teacher's page (the class's dashboard and
 * everything under it, and the form that creates a class) gets the same messages in the formal form.
 */
const TEACHER_PATH = /^\/klassen\/(lehrkraft\/|neu$)/;
const addressesTeacher = (c: Context) => TEACHER_PATH.test(c.req.path);

/** What a learner (du) or a teacher (Sie) reads when D1 failed, by kind: what happened, that nothing was half-saved, what to do. */
const D1_MESSAGES: Record<D1Failure["kind"], { status: 409 | 503; title: string; message: string; formal: string }> = {
  quota: {
    status: 503,
    title: "Heute ist das Speicherkontingent aufgebraucht",
    message:
      "Quellenquiz läuft auf einem kostenlosen Kontingent, und das ist für heute aufgebraucht. Deine letzte Eingabe wurde nicht gespeichert, bisherige Antworten bleiben erhalten. Ab 1 Uhr nachts (deutsche Winterzeit; Sommerzeit: 2 Uhr) geht es weiter. Die Texte kannst du schon jetzt lesen:",
    formal:
      "Quellenquiz läuft auf einem kostenlosen Kontingent, und das ist für heute aufgebraucht. Ihre letzte Eingabe wurde nicht gespeichert, alles bisher Gespeicherte bleibt erhalten. Ab 1 Uhr nachts (deutsche Winterzeit; Sommerzeit: 2 Uhr) geht es weiter. Die Texte können Sie schon jetzt lesen:",
  },
  busy: {
    status: 503,
    title: "Die Datenbank antwortet gerade nicht",
    message:
      "Deine letzte Eingabe wurde nicht gespeichert, auch nicht halb; bisherige Antworten bleiben erhalten. Bitte versuche es in ein paar Sekunden noch einmal (Seite neu laden oder noch einmal absenden).",
    formal:
      "Ihre letzte Eingabe wurde nicht gespeichert, auch nicht halb; alles bisher Gespeicherte bleibt erhalten. Bitte versuchen Sie es in ein paar Sekunden noch einmal (Seite neu laden oder noch einmal absenden).",
  },
  conflict: {
    status: 409,
    title: "Das hat sich überschnitten",
    message:
      "Gleichzeitig kam eine andere Änderung an, deshalb wurde deine nicht gespeichert, auch nicht halb. Bitte lade die Seite neu und versuche es noch einmal.",
    formal:
      "Gleichzeitig kam eine andere Änderung an, deshalb wurde Ihre nicht gespeichert, auch nicht halb. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
  },
};

/** The bank's texts, which need no database: readable while D1 is out of quota. */
const TextsToRead: FC = () => (
  <ul>
    {listDocuments().map((document) => (
      <li>
        <a href={`/texte/${document.id}`}>{document.title}</a>
      </li>
    ))}
  </ul>
);

function d1FailureResponse(c: Context, failure: D1Failure) {
  const { status, title, message: informal, formal } = D1_MESSAGES[failure.kind];
  const message = addressesTeacher(c) ? formal : informal;
  if (failure.kind !== "conflict") c.header("Retry-After", String(failure.kind === "quota" ? secondsUntilMidnightUtc(Date.now()) : 5));
  c.header("Cache-Control", "no-store");
  if (wantsJson(c)) return c.json({ fehler: message }, status);
  return c.html(
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      {failure.kind === "quota" ? (
        <TextsToRead />
      ) : (
        <p>
          <a href="/">Zur Startseite</a>
        </p>
      )}
    </Layout>,
    status,
  );
}

export const handleError: ErrorHandler = (error, c) => {
  const failure = d1Failure(error);
  if (failure) {
    console.error(`D1 failure (${failure.kind}):`, error instanceof Error ? error.message : error);
    return d1FailureResponse(c, failure);
  }
  // Client errors raised by middleware: a failed CSRF check (403), an unreadable body (400), a too large one (413).
  const clientError = error instanceof HTTPException && error.status < 500;
  const status = clientError ? error.status : 500;
  if (!clientError) console.error(error);
  const teacher = addressesTeacher(c);
  const reload = teacher ? "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal." : "Bitte lade die Seite neu und versuche es noch einmal.";
  const message = !clientError
    ? teacher
      ? "Auf dem Server ist etwas schiefgegangen. Alles bisher Gespeicherte bleibt erhalten. Bitte versuchen Sie es gleich noch einmal."
      : "Auf dem Server ist etwas schiefgegangen. Deine bisherigen Antworten sind gespeichert. Bitte versuche es gleich noch einmal."
    : status === 403
      ? `Diese Anfrage kam nicht von dieser Seite und wurde deshalb abgelehnt. ${reload}`
      : status === 413
        ? `Diese Anfrage ist zu groß. ${reload}`
        : `Diese Anfrage konnte nicht gelesen werden. ${reload}`;
  if (wantsJson(c)) return c.json({ fehler: message }, status);
  return c.html(<MessagePage title={clientError ? "Anfrage abgelehnt" : "Fehler"} message={message} />, status);
};
