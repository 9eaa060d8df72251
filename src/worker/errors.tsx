/** Answers for unknown addresses and failed requests: German, as HTML or JSON as the client asks. */
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { MessagePage } from "./pages/message";

const wantsJson = (c: Context) => {
  const accept = c.req.header("Accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
};

/** A German message with a 4xx status: a page for browsers, `{ fehler }` for clients that ask for JSON. */
export function messageResponse(c: Context, status: 400 | 403 | 404, title: string, message: string) {
  if (wantsJson(c)) return c.json({ fehler: message }, status);
  return c.html(<MessagePage title={title} message={message} />, status);
}

export const handleNotFound: NotFoundHandler = (c) => {
  const message = "Diese Adresse gibt es nicht (mehr).";
  if (wantsJson(c)) return c.json({ fehler: message }, 404);
  return c.html(<MessagePage title="Seite nicht gefunden" message={message} />, 404);
};

export const handleError: ErrorHandler = (error, c) => {
  // Client errors raised by middleware: a failed CSRF check (403), an unreadable body (400).
  const clientError = error instanceof HTTPException && error.status < 500;
  const status = clientError ? error.status : 500;
  if (!clientError) console.error(error);
  const message = !clientError
    ? "Auf dem Server ist etwas schiefgegangen. Deine bisherigen Antworten sind gespeichert. Bitte versuche es gleich noch einmal."
    : status === 403
      ? "Diese Anfrage kam nicht von dieser Seite und wurde deshalb abgelehnt. Bitte lade die Seite neu und versuche es noch einmal."
      : "Diese Anfrage konnte nicht gelesen werden. Bitte lade die Seite neu und versuche es noch einmal.";
  if (wantsJson(c)) return c.json({ fehler: message }, status);
  return c.html(<MessagePage title={clientError ? "Anfrage abgelehnt" : "Fehler"} message={message} />, status);
};
