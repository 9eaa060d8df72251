/** Real headless Chromium (Debian's) driven by playwright-core, and an axe-core accessibility check. */
import axe from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, expect } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * The client address of a test file's browsers, from its path: each file its own, as if each came from another
 * school. The Worker limits what one address may do an hour (CREATE_CLASS_LIMIT classes, joins, own texts), and the
 * local runtime takes the address from CF-Connecting-IP as Cloudflare's edge sets it; with one address for all files,
 * whichever file came after the limit was used up failed. An address of 198.18.0.0/15 (for tests, RFC 2544).
 */
export function addressOfTestFile(path: string): string {
  const [high = 0, low = 0] = createHash("sha256").update(path).digest();
  return `198.${18 + (high & 1)}.${high >> 1}.${low}`;
}

/**
 * For a test file: one Chromium, started before its tests and closed after them, and a `newPage` that
 * opens each page in a context of its own (own cookies: another person's browser), German locale, from the
 * file's own address (addressOfTestFile) unless `extraHTTPHeaders` gives one.
 */
export function chromiumPages(
  baseUrl: string,
): (options: { viewport: { width: number; height: number }; javaScriptEnabled?: boolean; extraHTTPHeaders?: Record<string, string> }) => Promise<Page> {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  return async (options) => {
    const address = { "CF-Connecting-IP": addressOfTestFile(expect.getState().testPath ?? "") };
    const context = await browser.newContext({ baseURL: baseUrl, locale: "de-DE", ...options, extraHTTPHeaders: { ...address, ...options.extraHTTPHeaders } });
    // Fail at the step that hangs, well before the test's own time limit.
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    return context.newPage();
  };
}

type NewPage = ReturnType<typeof chromiumPages>;

/** For a test file: a teacher's projector on the overview of one class, created on first use and opened anew on every later call. */
export function oneClassOverview(newPage: NewPage): () => Promise<Page> {
  let projector: { page: Page; overview: string } | undefined;
  return async () => {
    if (!projector) {
      const page = await newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto("/klassen/neu");
      await page.getByRole("button", { name: "Klasse anlegen" }).click();
      await page.getByRole("link", { name: "Weiter zur Übersicht" }).click();
      projector = { page, overview: page.url() };
    }
    await projector.page.goto(projector.overview);
    return projector.page;
  };
}

/** How long axe-core may take on one page; with JavaScript disabled in the context it would never answer. */
const AXE_TIMEOUT_MS = 20_000;

/**
 * Fails the test when axe-core finds a violation of impact "serious" or "critical" on the page as it is
 * now. axe runs as page script: in a context without JavaScript it fails with a clear message, not a hang.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`axe-core did not answer within ${AXE_TIMEOUT_MS} ms on ${page.url()}: is JavaScript disabled in this context?`)),
      AXE_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([runAxe(page), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runAxe(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
  });
  expect(violations, `axe-core violations on ${page.url()}`).toEqual([]);
}
