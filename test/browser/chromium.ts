/** Real headless Chromium (Debian's) driven by playwright-core, and an axe-core accessibility check. */
import axe from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
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
 * For a test file: one Chromium, started before its tests and closed after them, and a `newPage` that
 * opens each page in a context of its own (own cookies: another person's browser), German locale.
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
    const context = await browser.newContext({ baseURL: baseUrl, locale: "de-DE", ...options });
    // Fail at the step that hangs, well before the test's own time limit.
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    return context.newPage();
  };
}

type NewPage = ReturnType<typeof chromiumPages>;

/**
 * For a test file: a teacher's projector on the overview of one class, created on first use and opened anew on every
 * later call. One class per file: the browser tests all come from one address, which may create only so many classes
 * an hour (CREATE_CLASS_LIMIT); `extraHTTPHeaders` may give the teacher an address of its own (CF-Connecting-IP).
 */
export function oneClassOverview(newPage: NewPage, extraHTTPHeaders?: Record<string, string>): () => Promise<Page> {
  let projector: { page: Page; overview: string } | undefined;
  return async () => {
    if (!projector) {
      const page = await newPage({ viewport: { width: 1280, height: 800 }, extraHTTPHeaders });
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
