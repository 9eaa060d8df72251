/** Addresses browsers and people type: /favicon.ico, and paths with a trailing slash. */
import { describe, expect, it } from "vitest";
import { Browser, ORIGIN, visibleText } from "./browser";

describe("/favicon.ico", () => {
  it("is a small icon, not a 404", async () => {
    const response = await new Browser().get("/favicon.ico");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/x-icon");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // An ICO header (reserved 0, type 1, one image) around a PNG.
    expect([...bytes.slice(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(new TextDecoder().decode(bytes.slice(23, 26))).toBe("PNG");
    expect(bytes.length).toBeLessThan(1024);
  });
});

describe("a trailing slash", () => {
  it("leads to the page without it, the query kept, for GET and HEAD", async () => {
    const browser = new Browser();
    for (const [typed, target] of [
      ["/klassen/beitreten/", "/klassen/beitreten"],
      ["/klassen/beitreten//?code=ABCD-EFGH", "/klassen/beitreten?code=ABCD-EFGH"],
      ["/fortschritt/", "/fortschritt"],
    ] as const) {
      for (const method of ["GET", "HEAD"]) {
        const response = await browser.send(typed, { method });
        expect(response.status, `${method} ${typed}`).toBe(301);
        expect(new URL(response.headers.get("Location")!, ORIGIN).href).toBe(`${ORIGIN}${target}`);
      }
      const page = await browser.get(target);
      expect(page.status, target).toBe(200);
    }
    expect((await browser.get("/")).status).toBe(200);
  });

  it("is not redirected for a POST, nor to a path a browser would read as another host", async () => {
    const browser = new Browser();
    const posted = await browser.post("/klassen/beitreten/", { code: "ABCD-EFGH", nickname: "Test" });
    expect(posted.status).toBe(404);
    for (const typed of ["//example.org/", "///example.org//"]) {
      const response = await browser.get(typed);
      expect(response.headers.get("Location"), typed).toBeNull();
      expect(response.status, typed).toBe(404);
      expect(visibleText(await response.text())).toContain("Diese Adresse gibt es nicht");
    }
  });
});
