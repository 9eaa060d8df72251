/**
 * One browser for the Worker tests: sends requests through the Worker (SELF) as a browser would, form
 * posts with Origin, keeps the cookies the Worker sets and drops the ones it deletes, follows no
 * redirect by itself. Each browser has a client address of its own (CF-Connecting-IP), since the
 * Worker counts rate limits per address and the test files share one D1.
 */
import { SELF } from "cloudflare:test";
import { expect } from "vitest";

export const ORIGIN = "https://quellenquiz.test";

/** A random address in 100.64.0.0/10, apart from the documentation ranges that tests name on purpose. */
function freshAddress(): string {
  const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
  return `100.${64 + (a & 63)}.${b}.${c}`;
}

export class Browser {
  readonly cookies = new Map<string, string>();
  /** `worker`: where requests go, the Worker through SELF unless a test gives its own (./instrumented-d1.ts). */
  constructor(
    readonly address = freshAddress(),
    private readonly worker: { fetch(request: Request): Promise<Response> } = { fetch: (request) => SELF.fetch(request) },
  ) {}

  get(path: string, extraCookies: Record<string, string> = {}): Promise<Response> {
    return this.send(path, { method: "GET" }, extraCookies);
  }

  /** A form post; repeated fields (multiple select) as repeated entries. */
  post(path: string, form: Record<string, string | string[]> | URLSearchParams = {}, extraCookies: Record<string, string> = {}): Promise<Response> {
    const body = form instanceof URLSearchParams ? form : new URLSearchParams();
    if (!(form instanceof URLSearchParams)) for (const [name, value] of Object.entries(form)) for (const entry of [value].flat()) body.append(name, entry);
    return this.send(path, { method: "POST", body, headers: { Origin: ORIGIN } }, extraCookies);
  }

  async send(path: string, init: RequestInit, extraCookies: Record<string, string> = {}): Promise<Response> {
    const cookies = new Map([...this.cookies, ...Object.entries(extraCookies)]);
    const headers = new Headers(init.headers);
    headers.set("CF-Connecting-IP", this.address);
    if (cookies.size > 0) headers.set("Cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await this.worker.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers, redirect: "manual" }));
    for (const setCookie of response.headers.getAll("Set-Cookie")) {
      const [pair = ""] = setCookie.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(setCookie)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(separator + 1));
    }
    return response;
  }

  /** GET, following redirects; fails on anything but 200 at the end. */
  async page(path: string): Promise<{ url: string; html: string }> {
    let url = path;
    for (let hops = 0; hops < 5; hops++) {
      const response = await this.get(url);
      if (response.status === 200) return { url, html: await response.text() };
      url = redirectTarget(response);
    }
    throw new Error(`too many redirects from ${path}`);
  }

  /** Starts the quiz of a document (or "gemischt") and returns the attempt id. */
  async startQuiz(quizId: string): Promise<string> {
    const response = await this.post(`/quiz/${quizId}/starten`);
    const match = /^\/versuch\/([0-9a-f-]{36})$/.exec(redirectTarget(response));
    if (!match?.[1]) throw new Error(`unexpected redirect after starting ${quizId}`);
    return match[1];
  }
}

/** Where a redirect leads, on this site: path, query and fragment. */
export function redirectTarget(response: Response): string {
  expect([302, 303], "status of a redirect").toContain(response.status);
  const url = new URL(response.headers.get("Location") ?? "", ORIGIN);
  expect(url.origin).toBe(ORIGIN);
  return url.pathname + url.search + url.hash;
}

/** As hono/jsx escapes text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The visible text of an HTML page, entities decoded, whitespace folded (enough for the pages here). */
export function visibleText(html: string): string {
  return (
    html
      .replace(/<(script|style|title)[^>]*>[\s\S]*?<\/\1>/g, " ")
      // A nickname's isolation (<bdi>) sits inside a sentence ("Bist du Fuchs?") and adds no space there.
      .replace(/<\/?bdi\b[^>]*>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim()
  );
}
