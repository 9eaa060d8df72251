/**
 * Joining a live session: the code, the class's nickname rules, class members recognised by their
 * browser, non-members joining the class, and the limits (wrong codes per address, seats per session).
 */
import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Browser, visibleText } from "../browser";
import { holdClockMidWindow } from "../clock";
import { listDocuments } from "../../../src/bank";
import { MAX_PLAYERS } from "../../../src/worker/live/store";
import { WRONG_LIVE_CODE_LIMIT } from "../../../src/worker/live/routes";
import { count, joinAs } from "../classroom/helpers";
import { createClass, joinSession, startSession, stubOf } from "./helpers";

const quizId = listDocuments()[0]!.id;

afterEach(() => {
  vi.useRealTimers();
});

describe("joining with code and nickname", () => {
  it("makes a newcomer a member of the session's class, with the class's nickname rules", async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    const student = await joinSession(code, "  Lena   K. ");
    expect(await count("select count(*) as n from class_members where class_id = ? and nickname = 'Lena K.'", created.classId)).toBe(1);
    expect(visibleText(await (await student.get(`/live/${code}`)).text())).toContain("Du spielst als Lena K.");

    for (const [nickname, message] of [
      ["Arschgesicht", "Dieser Spitzname ist nicht erlaubt, weil er wie ein Schimpfwort aussieht. Bitte wähle einen anderen."],
      ["x", "Dein Spitzname braucht mindestens 2 Zeichen."],
      ["", "Bitte gib einen Spitznamen ein."],
      ["Аnna", "Bitte schreib deinen Spitznamen ganz in einer Schrift, ohne lateinische und kyrillische oder griechische Buchstaben zu mischen."],
      ["lena k.", "Diesen Spitznamen gibt es in der Klasse schon. Bitte wähle einen anderen."],
    ]) {
      const refused = await new Browser("192.0.2.41").post("/live", { code, nickname: nickname! });
      expect([400, 409], nickname).toContain(refused.status);
      expect(visibleText(await refused.text()), nickname).toContain(message);
    }
    expect((await stubOf(code).summary())!.players).toBe(1);
  });

  it("reads the code as pasted from elsewhere: another dash, invisible characters", async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    for (const [index, pasted] of [`${code.slice(0, 3)}\u2013${code.slice(3)}`, `\u200b${code.slice(0, 3)}\u2011${code.slice(3)}`].entries()) {
      const joined = await new Browser().post("/live", { code: pasted, nickname: `Gast ${["eins", "zwei"][index]}` });
      expect(joined.status, pasted).toBe(303);
    }
    expect((await stubOf(code).summary())!.players).toBe(2);
  });

  it("recognises a class member by the browser: no nickname asked, the class nickname used", async () => {
    const created = await createClass();
    const { student } = await joinAs(created.joinCode, "Mia");
    const { code } = await startSession(created, { quizId });
    const joinPage = await (await student.get(`/live?code=${code}`)).text();
    expect(joinPage).toContain("Du spielst als <strong><bdi>Mia</bdi></strong>, deinem Spitznamen in der Klasse.");
    expect(joinPage).not.toContain('name="nickname"');
    const joined = await student.post("/live", { code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(joined.headers.get("Location")).toBe(`/live/${code}`);
    expect(await count("select count(*) as n from class_members where class_id = ?", created.classId)).toBe(1);
    expect(
      (
        await stubOf(code).playerView(
          (await env.DB.prepare("select learner_id from class_members where class_id = ?").bind(created.classId).first<{ learner_id: string }>())!.learner_id,
        )
      )?.nickname,
    ).toBe("Mia");
  });

  it("says clearly when a code is wrong, or the session is over, and limits wrong codes per address", async () => {
    holdClockMidWindow(WRONG_LIVE_CODE_LIMIT.windowMs);
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    const malformed = await new Browser("192.0.2.42").post("/live", { code: "12ab", nickname: "Tom" });
    expect(malformed.status).toBe(400);
    expect(visibleText(await malformed.text())).toContain("Der Code hat 6 Ziffern, zum Beispiel 482 913.");

    const guesser = new Browser("198.18.0.7");
    const unused = code === "000000" ? "000001" : "000000";
    // All at once, as a script would guess (the counter is one upsert, so none is lost).
    const guesses = await Promise.all(Array.from({ length: WRONG_LIVE_CODE_LIMIT.limit }, () => guesser.post("/live", { code: unused, nickname: "Tom" })));
    for (const wrong of guesses) {
      expect(wrong.status).toBe(404);
      expect(visibleText(await wrong.text())).toContain("Dieses Live-Quiz gibt es nicht (mehr). Bitte prüfe den Code.");
    }
    // Even the right code waits now: guessing must not pay off.
    const limited = await guesser.post("/live", { code, nickname: "Tom" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("900");
    // The wrong guess created no object storage: an empty object answers "no session".
    expect(await stubOf(unused).summary()).toBeUndefined();

    const teacherView = await created.teacher.post(`/klassen/lehrkraft/${created.classId}/live/${code}/beenden`);
    expect(teacherView.status).toBe(303);
    const late = await new Browser("192.0.2.43").post("/live", { code, nickname: "Zu Spät" });
    expect(late.status).toBe(409);
    expect(visibleText(await late.text())).toContain("Dieses Live-Quiz ist schon vorbei.");
  });

  it("answers a nickname of any length in German: one pasted with hundreds of characters too", async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    for (const nickname of ["Sehr langer Spitzname hier", "Lang".repeat(75)]) {
      const refused = await new Browser("192.0.2.45").post("/live", { code, nickname });
      expect(refused.status).toBe(400);
      const text = visibleText(await refused.text());
      expect(text).toContain("Dein Spitzname darf höchstens 20 Zeichen lang sein.");
      expect(text).not.toMatch(/too big|expected/i);
    }
  });

  it(`seats at most ${MAX_PLAYERS} players`, async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    const stub = stubOf(code);
    for (let seat = 0; seat < MAX_PLAYERS; seat++) expect((await stub.join(crypto.randomUUID(), `Platz ${seat}`)).status).toBe("joined");
    expect(await stub.join(crypto.randomUUID(), "Einer zu viel")).toEqual({ status: "full" });
    const refused = await new Browser("192.0.2.44").post("/live", { code, nickname: "Noch Jemand" });
    expect(refused.status).toBe(409);
    expect(visibleText(await refused.text())).toContain(`Dieses Live-Quiz ist voll (höchstens ${MAX_PLAYERS} Mitspielende).`);
  });
});
