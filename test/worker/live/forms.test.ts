/**
 * Without JavaScript: the phone answers by plain form posts on a page that reloads itself while there is
 * nothing to type, and the projector's buttons are forms too. Who may see and do what.
 */
import { describe, expect, it } from "vitest";
import { Browser, escapeHtml, ORIGIN, redirectTarget, visibleText } from "../browser";
import { listDocuments, defaultQuiz } from "../../../src/bank";
import { assignableQuizzes } from "../../../src/worker/classroom/quizzes";
import { rightForm, wrongForm } from "../quiz/client";
import { createClass, eventually, joinSession, LiveSocket, startSession, stubOf } from "./helpers";

const quizId = listDocuments()[1]!.id;
const questions = defaultQuiz(quizId);
const REFRESH = '<meta http-equiv="refresh" content="4"/>';

/** Posts an answer form as the phone's page does. */
function postAnswer(student: Browser, code: string, question: number, form: Record<string, string | string[]>) {
  const body = new URLSearchParams({ frage: String(question) });
  for (const value of [form.antwort ?? []].flat()) body.append("antwort", value);
  return student.post(`/live/${code}/antwort`, body);
}

describe("a phone without JavaScript", () => {
  it("waits on a page that reloads itself, answers by form, and sees result and evidence", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const student = await joinSession(code, "Kim");
    const other = await joinSession(code, "Pat", "192.0.2.31");

    const lobby = await (await student.get(`/live/${code}`)).text();
    expect(lobby).toContain(REFRESH);
    expect(visibleText(lobby)).toContain("Du spielst als Kim");

    // The projector's button, posted as a form.
    expect(redirectTarget(await created.teacher.post(`${presenterPath}/weiter`, { phase: "lobby", frage: "0" }))).toBe(presenterPath);
    const open = await (await student.get(`/live/${code}`)).text();
    expect(open, "no reload while the answer may be typed").not.toContain('http-equiv="refresh"');
    expect(open).toContain(`action="/live/${code}/antwort"`);
    expect(open).toContain(escapeHtml(questions[0]!.stem));

    const empty = await postAnswer(student, code, 1, {});
    expect(empty.status).toBe(409);
    expect(visibleText(await empty.text())).toMatch(/Bitte (wähle|gib|fülle)/);

    expect(redirectTarget(await postAnswer(student, code, 1, rightForm(questions[0]!)))).toBe(`/live/${code}`);
    const waiting = await (await student.get(`/live/${code}`)).text();
    expect(waiting).toContain(REFRESH);
    expect(visibleText(waiting)).toContain("Antwort gespeichert");

    const again = await postAnswer(student, code, 1, wrongForm(questions[0]!).form);
    expect(again.status).toBe(409);
    expect(visibleText(await again.text())).toContain("Du hast diese Frage schon beantwortet. Es zählt deine erste Antwort.");

    // Pat's answer closes the question (everyone has answered); then the evidence.
    expect(redirectTarget(await postAnswer(other, code, 1, wrongForm(questions[0]!).form))).toBe(`/live/${code}`);
    const result = visibleText(await (await student.get(`/live/${code}`)).text());
    expect(result).toContain("Richtig!");
    expect(result).toContain("1 Punkt · Platz 1 von 2");
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "results", frage: "1" });
    const evidence = await (await student.get(`/live/${code}`)).text();
    expect(evidence).toContain(`<mark>${escapeHtml(questions[0]!.evidence.quote)}</mark>`);

    const late = await postAnswer(other, code, 1, rightForm(questions[0]!));
    expect(late.status).toBe(409);
    expect(visibleText(await late.text())).toContain("Diese Frage ist schon geschlossen.");

    expect(redirectTarget(await created.teacher.post(`${presenterPath}/beenden`))).toBe(presenterPath);
    const end = await (await student.get(`/live/${code}`)).text();
    expect(end).not.toContain('http-equiv="refresh"');
    expect(visibleText(end)).toContain("Geschafft!");
    // The projector's page at the end: final, neither reloading nor saying it does.
    const podium = await (await created.teacher.get(presenterPath)).text();
    expect(visibleText(podium)).toContain("Siegerehrung");
    expect(podium).not.toContain('http-equiv="refresh"');
    expect(podium).not.toContain("aktualisiert sich");
    // Both name the lesson's results as the class's lists do: the text's title alone is its homework's.
    const title = assignableQuizzes()
      .find((quiz) => quiz.id === quizId)!
      .title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const lessonTitle = new RegExp(`${title} \\(Live-Stunde am \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d\\)`);
    const classPage = await eventually(
      "the lesson in the student's class",
      async () => visibleText(await (await student.get(`/klassen/meine/${created.classId}`)).text()),
      (text) => lessonTitle.test(text),
    );
    const listed = lessonTitle.exec(classPage)![0];
    expect(visibleText(end)).toContain(`in deiner Klasse unter „${listed}“.`);
    expect(visibleText(podium)).toContain(`Übersicht der Klasse unter „${listed}“.`);
  });

  it("the lobby can be called off: nothing is saved, and projector and phone say so instead of a podium", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const student = await joinSession(code, "Kim");
    const lobby = await (await created.teacher.get(presenterPath)).text();
    expect(lobby).toContain(`action="${presenterPath}/beenden"`);
    expect(visibleText(lobby)).toContain("Abbrechen");

    expect(redirectTarget(await created.teacher.post(`${presenterPath}/beenden`))).toBe(presenterPath);
    const projector = visibleText(await (await created.teacher.get(presenterPath)).text());
    expect(projector).toContain("Live-Quiz abgebrochen");
    expect(projector).toContain("Es wurde keine Frage gestellt, darum ist nichts gespeichert.");
    expect(projector).not.toContain("Siegerehrung");
    expect(projector).not.toContain("Die Antworten stehen");
    const phone = visibleText(await (await student.get(`/live/${code}`)).text());
    expect(phone).toContain("Deine Lehrkraft hat das Live-Quiz beendet, bevor die erste Frage kam.");
    expect(phone).not.toContain("Geschafft!");
    expect(await stubOf(code).summary()).toMatchObject({ phase: "end" });
    expect(visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text())).not.toContain("Live-Stunde");
  });

  it("after a refused answer, the page's own reload leads back into the lesson, not to a 404", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const student = await joinSession(code, "Ben");
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "lobby", frage: "0" });
    // The only player answers: the question closes; a second try is refused on the form's own address.
    expect(redirectTarget(await postAnswer(student, code, 1, wrongForm(questions[0]!).form))).toBe(`/live/${code}`);
    const late = await postAnswer(student, code, 1, rightForm(questions[0]!));
    expect(late.status).toBe(409);
    const refused = await late.text();
    // Without JavaScript that page reloads itself: the browser then asks for the form's address with GET.
    expect(refused).toContain(REFRESH);
    const reload = await student.get(`/live/${code}/antwort`);
    expect(redirectTarget(reload)).toBe(`/live/${code}`);
    const page = visibleText(await (await student.get(redirectTarget(reload))).text());
    expect(page).toContain("Frage 1 von");
    expect(page).not.toContain("Seite nicht gefunden");
    // Without a seat it leads on, by the player's page, to the join form.
    const stranger = new Browser();
    expect(redirectTarget(await stranger.get(`/live/${code}/antwort`))).toBe(`/live/${code}`);
    expect(redirectTarget(await stranger.get(`/live/${code}`))).toBe(`/live?code=${code}`);
  });

  it("is sent to the join form without a seat", async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    const redirect = await new Browser().get(`/live/${code}`);
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("Location")).toBe(`/live?code=${code}`);
    const gone = await new Browser().get(`/live?code=${code === "999999" ? "999998" : "999999"}`);
    expect(gone.status).toBe(404);
    expect(visibleText(await gone.text())).toContain("Dieses Live-Quiz gibt es nicht (mehr). Bitte prüfe den Code.");
  });
});

describe("the projector's buttons", () => {
  it("a step form without its fields is a German 400 with the way back, not the validator's JSON, and changes nothing", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const forms: Record<string, string | string[]>[] = [
      {},
      { phase: "lobby" },
      { phase: "spaeter", frage: "0" },
      { phase: "lobby", frage: "-1" },
      { phase: ["lobby", "end"], frage: "0" },
    ];
    for (const form of forms) {
      const response = await created.teacher.post(`${presenterPath}/weiter`, form);
      expect(response.status, JSON.stringify(form)).toBe(400);
      expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
      const html = await response.text();
      expect(visibleText(html)).toContain("Dieser Schritt konnte nicht gelesen werden.");
      expect(html).toContain(`href="${presenterPath}"`);
    }
    expect(await stubOf(code).summary()).toMatchObject({ phase: "lobby" });
  });
});

describe("who may present and play", () => {
  it("only the class's teacher opens the projector, its socket and its buttons", async () => {
    const created = await createClass();
    const other = await createClass("Andere Klasse");
    const { code, presenterPath } = await startSession(created, { quizId });

    expect((await new Browser().get(presenterPath)).status).toBe(403);
    expect((await new Browser().get(`/klassen/lehrkraft/${created.classId}/live`)).status).toBe(403);
    // Another class's teacher, on their own class's path with this code: no such session there.
    const foreign = `/klassen/lehrkraft/${other.classId}/live/${code}`;
    expect((await other.teacher.get(foreign)).status).toBe(404);
    const socket = await other.teacher.send(`${foreign}/verbindung`, { method: "GET", headers: { Upgrade: "websocket", Origin: ORIGIN } }, {});
    expect(socket.status).toBe(403);
    await other.teacher.post(`${foreign}/weiter`, { phase: "lobby", frage: "0" });
    await other.teacher.post(`${foreign}/beenden`);
    expect(await stubOf(code).summary()).toMatchObject({ phase: "lobby" });

    const page = await created.teacher.get(presenterPath);
    expect(page.status).toBe(200);
    expect(page.headers.get("Cache-Control")).toBe("no-store");
  });

  it("a socket needs a seat, an upgrade, and a page of this origin", async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    const student = await joinSession(code, "Sam");
    const stranger = new Browser("192.0.2.77");
    const open = (client: Browser, headers: Record<string, string>) => client.send(`/live/${code}/verbindung`, { method: "GET", headers }, {});

    expect((await open(stranger, { Upgrade: "websocket", Origin: ORIGIN })).status).toBe(403);
    expect((await open(student, {})).status).toBe(400);
    expect((await open(student, { Upgrade: "websocket", Origin: "https://evil.example" })).status).toBe(403);
    const socket = await LiveSocket.open(student, `/live/${code}/verbindung`);
    expect(await socket.view("lobby", 0)).toMatchObject({ nickname: "Sam", answered: false });
    socket.close();
  });

  it("a flood of messages closes the socket", async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    const student = await joinSession(code, "Flut");
    const socket = await LiveSocket.open(student, `/live/${code}/verbindung`);
    for (let message = 0; message < 40; message++) socket.send({ type: "answer", question: 1, antwort: "a" });
    await socket.waitFor("closed", () => socket.closed !== undefined).catch(() => undefined);
    expect(socket.closed?.code).toBe(1008);
    expect(socket.received.some((message) => message.type === "error" && message.message.startsWith("Zu viele Nachrichten"))).toBe(true);
  });
});

describe("the start form", () => {
  it("offers no more questions than the largest quiz has, and says each quiz's size for the script", async () => {
    const created = await createClass("Live-Größen");
    const html = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/live`)).text();
    const largest = Math.max(...assignableQuizzes().map((quiz) => quiz.questionCount));
    const offered = [.../<select id="live-anzahl" name="anzahl"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!.matchAll(/<option value="([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(offered).toEqual(["5", "10", "15", "20", "alle"].filter((value) => value === "alle" || Number(value) <= largest));
    // The preselected size is one the form offers.
    expect(/<option value="([^"]+)" selected=""/.exec(/<select id="live-anzahl"[\s\S]*?<\/select>/.exec(html)![0])?.[1]).toBe(
      offered.includes("10") ? "10" : "alle",
    );
    for (const quiz of assignableQuizzes()) expect(html).toContain(`<option value="${quiz.id}" data-fragen="${quiz.questionCount}">`);
  });

  it("without the script, a size above the chosen quiz's asks all of its questions, and the lobby says so", async () => {
    const created = await createClass("Live ohne Skript");
    const html = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/live`)).text();
    expect(visibleText(html)).toContain("Hat das Quiz weniger Fragen, stellt das Live-Quiz alle.");
    const sizes = [.../<select id="live-anzahl"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!.matchAll(/<option value="(\d+)"/g)].map((match) => Number(match[1]));
    // A quiz smaller than a size the form offers, as a browser without the script sends it.
    const small = assignableQuizzes().find((quiz) => quiz.questionCount < Math.max(...sizes))!;
    expect(small, "a quiz smaller than the largest size offered").toBeDefined();
    const chosen = sizes.find((size) => size > small.questionCount)!;
    const started = await created.teacher.post(`/klassen/lehrkraft/${created.classId}/live`, { quizId: small.id, anzahl: String(chosen), zeit: "0" });
    const path = redirectTarget(started);
    expect(path).toMatch(new RegExp(`/live/\\d{6}\\?gewaehlt=${chosen}$`));
    const lobby = visibleText(await (await created.teacher.get(path)).text());
    expect(lobby).toContain(`Sie hatten ${chosen} Fragen gewählt, dieses Quiz hat ${small.questionCount}: Das Live-Quiz stellt alle ${small.questionCount}.`);
    const code = /\/live\/(\d{6})/.exec(path)![1]!;
    const view = await stubOf(code).presenterView(created.classId);
    expect(view?.total).toBe(small.questionCount);

    // A size the quiz has: no note.
    const fits = await created.teacher.post(`/klassen/lehrkraft/${created.classId}/live`, { quizId: small.id, anzahl: "alle", zeit: "0" });
    expect(redirectTarget(fits)).not.toContain("gewaehlt");
  });
});
