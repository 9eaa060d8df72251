/**
 * A learner who answers on a live phone always sees either "Antwort gespeichert" or a German message, at any moment
 * of the page's WebSocket: a tap while the socket's first view comes in, an answer the session never confirms, an
 * answer on a socket that closes before the confirmation. Playwright stands between page and server
 * (routeWebSocket), to hold or drop frames the way a slow or lossy network does.
 */
import { type Page, request, type WebSocketRoute } from "playwright-core";
import { expect, inject, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../src/bank";
import { chromiumPages, oneClassOverview, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);

/** A text whose live quiz opens with tiles to tap (a choice or a statement to judge). */
const quiz = listDocuments().find((document) => ["single", "truefalse"].includes(defaultQuiz(document.id)[0]?.type ?? ""))!;
const SOCKET = /\/verbindung$/;

/** The teacher's projector with the class's overview. */
const classOverview = oneClassOverview(newPage);

/**
 * A new live session at its first question, and a phone that joined it and shows that question. A second player
 * joins without a page and never answers: the question stays open after the phone's answer.
 */
async function phoneAtFirstQuestion(nickname: string, classmate: string): Promise<{ phone: Page; teacher: Page }> {
  const teacher = await classOverview();
  await teacher.getByRole("link", { name: "Live-Quiz starten" }).click();
  await teacher.getByLabel("Quiz", { exact: true }).selectOption(quiz.id);
  await teacher.getByRole("button", { name: "Live-Quiz starten" }).click();
  const code = (await teacher.getByTestId("live-code").innerText()).replace(/\s/g, "");
  const phone = await newPage({ viewport: PHONE });
  await phone.goto(`/live?code=${code}`);
  await phone.getByLabel("Spitzname").fill(nickname);
  await phone.getByRole("button", { name: "Mitspielen" }).click();
  await phone.getByTestId("nickname").waitFor();
  const classmateBrowser = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Origin: baseUrl } });
  const joined = await classmateBrowser.post("/live", { form: { code, nickname: classmate }, maxRedirects: 0 });
  expect(joined.status()).toBe(303);
  await classmateBrowser.dispose();
  await teacher.getByRole("button", { name: "Quiz starten" }).click();
  await expect.poll(() => phone.locator("h1").innerText()).toBe(defaultQuiz(quiz.id)[0]!.stem);
  return { phone, teacher };
}

/** Page and server joined through Playwright; `fromPage` decides for each frame the page sends. */
function relay(route: WebSocketRoute, fromPage: (message: string, toServer: (message: string) => void) => void = (message, toServer) => toServer(message)) {
  const server = route.connectToServer();
  route.onMessage((message) => fromPage(String(message), (text) => server.send(text)));
  server.onMessage((message) => route.send(message));
  return server;
}

const isAnswer = (message: string) => message.includes('"type":"answer"');

it("a tap that lasts while the socket's first view comes in still answers", async () => {
  const { phone } = await phoneAtFirstQuestion("Mila", "Ole");
  // After a reload the socket's first view (the same question) is held until the finger is on the tile.
  let release: (() => void) | undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let firstFrame: Promise<void> | undefined;
  await phone.routeWebSocket(SOCKET, (route) => {
    const server = route.connectToServer();
    route.onMessage((message) => server.send(message));
    let first = true;
    server.onMessage((message) => {
      if (!first) return route.send(message);
      first = false;
      firstFrame = held.then(() => route.send(message));
    });
  });
  await phone.reload();
  await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("ja");
  const tile = phone.locator("button.tile").first();
  const box = (await tile.boundingBox())!;
  await phone.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await phone.mouse.down();
  release!();
  await expect.poll(() => firstFrame !== undefined).toBe(true);
  await firstFrame;
  // The page has handled the frame once a task queued after it has run.
  await phone.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await phone.mouse.up();
  await expect.poll(() => phone.locator("h1").innerText()).toBe("Antwort gespeichert");
});

it("an answer the session never confirms reaches it by the form", async () => {
  const { phone } = await phoneAtFirstQuestion("Tarek", "Pia");
  let dropped = 0;
  await phone.routeWebSocket(SOCKET, (route) =>
    relay(route, (message, toServer) => {
      if (isAnswer(message)) dropped++;
      else toServer(message);
    }),
  );
  await phone.reload();
  await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("ja");
  await phone.locator("button.tile").first().click();
  await expect.poll(() => phone.locator("h1").innerText(), { timeout: 15_000 }).toBe("Antwort gespeichert");
  expect(dropped).toBeGreaterThan(0);
});

it("an answer on a socket that closes before the confirmation is sent again on the next one", async () => {
  const { phone } = await phoneAtFirstQuestion("Ines", "Jan");
  let cut = 0;
  await phone.routeWebSocket(SOCKET, (route) =>
    relay(route, (message, toServer) => {
      if (isAnswer(message) && cut === 0) {
        cut++;
        void route.close({ code: 4001, reason: "Netz weg" });
      } else toServer(message);
    }),
  );
  await phone.reload();
  await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("ja");
  await phone.locator("button.tile").first().click();
  await expect.poll(() => phone.locator("h1").innerText(), { timeout: 15_000 }).toBe("Antwort gespeichert");
  expect(cut).toBe(1);
});

it("the message of an answer refused by form stays when the socket opens after it", async () => {
  const { phone } = await phoneAtFirstQuestion("Ronja", "Sami");
  // No socket for a while (a school network that holds it back): the tap posts the form.
  let blocked = true;
  await phone.routeWebSocket(SOCKET, (route) => {
    if (blocked) void route.close({ code: 4001, reason: "gesperrt" });
    else relay(route);
  });
  await phone.reload();
  await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("nein");
  // Meanwhile the same learner answered in a second tab; this tab's other answer is refused.
  const secondTab = await phone.context().newPage();
  await secondTab.goto(phone.url());
  await secondTab.locator("button.tile").nth(1).click();
  await expect.poll(() => secondTab.locator("h1").innerText()).toBe("Antwort gespeichert");
  await phone.locator("button.tile").first().click();
  const refusal = "Du hast diese Frage schon beantwortet. Es zählt deine erste Antwort.";
  await expect.poll(() => phone.getByRole("alert").innerText()).toBe(refusal);
  expect(await phone.locator("h1").innerText()).toBe("Antwort gespeichert");

  blocked = false;
  await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("ja");
  // The socket's first view is the one on the page; a second later the message is still there.
  await phone.waitForTimeout(1000);
  expect(await phone.getByRole("alert").innerText()).toBe(refusal);
});

it("a socket that looks open but died (a phone that slept) is replaced once the page is back on screen", async () => {
  const { phone, teacher } = await phoneAtFirstQuestion("Lea", "Max");
  let dead = false;
  let sockets = 0;
  await phone.routeWebSocket(SOCKET, (route) => {
    const socket = ++sockets;
    const server = route.connectToServer();
    // The first socket dies without a close: nothing passes either way, as on a phone that slept.
    const passes = () => !(dead && socket === 1);
    route.onMessage((message) => {
      if (passes()) server.send(message);
    });
    server.onMessage((message) => {
      if (passes()) route.send(message);
    });
  });
  await phone.reload();
  await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("ja");
  dead = true;
  await teacher.getByRole("button", { name: "Auflösen" }).click();
  const phase = () => phone.locator("[data-live=view]").getAttribute("data-phase");
  // On its dead socket the phone hears nothing of it ...
  await phone.waitForTimeout(1_000);
  expect(await phase()).toBe("question");
  // ... until it is back on screen: its "ping" gets no "pong", and a new socket brings the session's view.
  await phone.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect.poll(phase, { timeout: 15_000 }).toBe("results");
  expect(sockets).toBe(2);
});
