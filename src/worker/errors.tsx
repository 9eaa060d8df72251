/** Answers for unknown addresses and failed requests: German, as HTML or JSON as the client asks. */
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { MessagePage } from "./layout/message";

export type ClientErrorStatus = 400 | 403 | 404 | 409 | 413 | 429;

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

export const handleError: ErrorHandler = (error, c) => {
  // Client errors raised by middleware: a failed CSRF check (403), an unreadable body (400), a too large one (413).
  const clientError = error instanceof HTTPException && error.status < 500;
  const status = clientError ? error.status : 500;
  if (!clientError) console.error(error);
  const message = !clientError
    ? "Auf dem Server ist etwas schiefgegangen. Deine bisherigen Antworten sind gespeichert. Bitte versuche es gleich noch einmal."
    : status === 403
      ? "Diese Anfrage kam nicht von dieser Seite und wurde deshalb abgelehnt. Bitte lade die Seite neu und versuche es noch einmal."
      : status === 413
        ? "Diese Anfrage ist zu groß. Bitte lade die Seite neu und versuche es noch einmal."
        : "Diese Anfrage konnte nicht gelesen werden. Bitte lade die Seite neu und versuche es noch einmal.";
  if (wantsJson(c)) return c.json({ fehler: message }, status);
  return c.html(<MessagePage title={clientError ? "Anfrage abgelehnt" : "Fehler"} message={message} />, status);
};
