/**
 * Hostile and unusual input on the classroom's routes, through real requests: invisible characters in
 * class names and nicknames, look-alike nicknames, formulas in CSV cells, due dates as teachers type them,
 * JSON clients, malformed ids and secrets, cross-site form posts, and the teacher link
 * reopened later.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { getQuestion, listDocuments, quizPool } from "../../../src/bank";
import { attemptQuestionIds, count, createClass, dueDate, joinAs, parseCsv } from "./helpers";
import { Browser, ORIGIN, redirectTarget, visibleText } from "../browser";

describe("class names", () => {
  it("drop control characters, right-to-left overrides and zero-width characters", async () => {
    const { teacher, classId } = await createClass("\u202E9b\u200B Politik\u0007\u00AD\n");
    const row = await env.DB.prepare("select name from classes where id = ?").bind(classId).first<{ name: string }>();
    expect(row!.name).toBe("9b Politik");
    await teacher.post(`/klassen/lehrkraft/${classId}/name`, { name: "\u2066\u200F\uFEFF" });
    const renamed = await env.DB.prepare("select name from classes where id = ?").bind(classId).first<{ name: string | null }>();
    expect(renamed!.name).toBeNull(); // nothing visible left: the class shows its code again
  });
});

describe("nicknames", () => {
  it.each([
    ["=1+1", "Im Spitznamen gehen nur"],
    ["+49 Anna", "Im Spitznamen gehen nur"],
    ["-Anna", "Im Spitznamen gehen nur"],
    ["@Anna", "Im Spitznamen gehen nur"],
    ["An\u200Bna", "Im Spitznamen gehen nur"],
    ["\u202EannA", "Im Spitznamen gehen nur"],
    ["Anna\u0000", "Im Spitznamen gehen nur"],
    ["\u0410nna", "ganz in einer Schrift"], // Cyrillic А
    ["Ann\u03B1", "ganz in einer Schrift"], // Greek α
    ["x".repeat(5000), "höchstens 20 Zeichen"],
    ["   ", "Bitte gib einen Spitznamen ein."],
  ])("refuses %j with a German message and joins nobody", async (nickname, message) => {
    const { classId, joinCode } = await createClass();
    const response = await new Browser("192.0.2.60").post("/klassen/beitreten", { code: joinCode, nickname });
    expect(response.status).toBe(400);
    expect(visibleText(await response.text())).toContain(message);
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(0);
  });

  it("are unique regardless of case and width, as a teacher reads them; other scripts are welcome", async () => {
    const { classId, joinCode } = await createClass();
    await joinAs(joinCode, "Anna", "192.0.2.61");
    for (const taken of ["anna", "ANNA", " Anna ", "Ａｎｎａ"]) {
      const response = await new Browser("192.0.2.61").post("/klassen/beitreten", { code: joinCode, nickname: taken });
      expect(response.status, taken).toBe(409);
      expect(visibleText(await response.text())).toContain("Diesen Spitznamen gibt es in der Klasse schon.");
    }
    await joinAs(joinCode, "Анна", "192.0.2.61"); // Cyrillic throughout: another name
    await joinAs(joinCode, "Ännä", "192.0.2.61");
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(3);
  });
});

describe("CSV export", () => {
  it("never starts a cell with a formula: neither a typed answer nor a nickname that got into the database", async () => {
    const { teacher, classId, joinCode } = await createClass();
    for (const document of listDocuments()) await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: document.id });
    const { student, classPath } = await joinAs(joinCode, "Mallory", "192.0.2.62");
    const startPaths = [...(await (await student.get(classPath)).text()).matchAll(/action="([^"]+\/starten)"/g)].map((match) => match[1]!);
    // The first assignment whose questions include a gap text, where any text can be typed.
    let gap: { attemptPath: string; position: number } | undefined;
    for (const startPath of startPaths) {
      const attemptPath = redirectTarget(await student.post(startPath));
      const position = (await attemptQuestionIds(attemptPath)).findIndex((id) => getQuestion(id)?.type === "cloze") + 1;
      if (position > 0) {
        gap = { attemptPath, position };
        break;
      }
    }
    expect(gap, "an assignment with a gap text").toBeDefined();
    const formula = '=HYPERLINK("https://boese.example";"klick")';
    expect((await student.post(`${gap!.attemptPath}/frage/${gap!.position}`, { antwort: formula })).status).toBe(303);
    // Nicknames starting with = + - @ are refused at the door; this one is written around that check.
    await env.DB.prepare("update class_members set nickname = '@SUMME(1;2)' where class_id = ?").bind(classId).run();

    const questions = parseCsv((await (await teacher.get(`/klassen/lehrkraft/${classId}/export/fragen.csv`)).text()).slice(1));
    // As typed (not folded to small letters), and still no formula.
    const wrongCell = questions.map((row) => row[8]!).find((cell) => cell.includes("HYPERLINK"))!;
    expect(wrongCell).toMatch(/^'=HYPERLINK/);
    const students = parseCsv((await (await teacher.get(`/klassen/lehrkraft/${classId}/export/schueler.csv`)).text()).slice(1));
    expect(students[1]![0]).toBe("'@SUMME(1;2)");
    for (const cell of [...questions, ...students].flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("due dates", () => {
  it("accept the date field's format and the German one, from today to a year ahead", async () => {
    const { teacher, classId } = await createClass();
    const inTwoWeeks = dueDate(14);
    const documentQuiz = listDocuments().find((document) => quizPool(document.id).length > 0)!.id;
    expect((await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: documentQuiz, dueDate: inTwoWeeks.typed })).status).toBe(303);
    const row = await env.DB.prepare("select due_date from assignments where class_id = ?").bind(classId).first<{ due_date: string }>();
    expect(row!.due_date).toBe(inTwoWeeks.iso);

    for (const [typed, message] of [
      [dueDate(-2).iso, "zwischen heute und einem Jahr"],
      [dueDate(400).iso, "zwischen heute und einem Jahr"],
      ["0000-01-01", "zwischen heute und einem Jahr"],
      ["2026-02-30", "Den 2026-02-30 gibt es im Kalender nicht"],
      ["morgen", "Bitte ein gültiges Datum angeben"],
    ] as const) {
      const refused = await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: "gemischt", dueDate: typed });
      expect(refused.status, typed).toBe(400);
      const html = await refused.text();
      expect(visibleText(html), typed).toContain(message);
      // What the teacher chose stays chosen.
      expect(html).toMatch(/<option value="gemischt" selected="">/);
    }
    expect(await count("select count(*) as n from assignments where class_id = ?", classId)).toBe(1);
  });
});

describe("the teacher link", () => {
  it("is shown on the welcome page right after creating the class, and not when that page is opened later", async () => {
    const { teacher, classId, secret } = await createClass();
    await env.DB.prepare("update classes set created_at = created_at - 20 * 60 * 1000 where id = ?").bind(classId).run();
    const later = await teacher.get(`/klassen/lehrkraft/${classId}/willkommen`);
    expect(redirectTarget(later)).toBe(`/klassen/lehrkraft/${classId}`);
    expect(await later.text()).not.toContain(secret);
  });

  it("a malformed secret or class id opens nothing and sets no cookie", async () => {
    const { classId, secret } = await createClass();
    for (const [path, status] of [
      [`/klassen/lehrkraft/${classId}/zugang/${secret.slice(1)}`, 403],
      [`/klassen/lehrkraft/${classId}/zugang/${secret}x`, 403],
      [`/klassen/lehrkraft/${classId}/zugang/${"A".repeat(4000)}`, 403],
      [`/klassen/lehrkraft/${classId}/zugang/%00`, 403],
      [`/klassen/lehrkraft/kurz/zugang/${secret}`, 404],
      [`/klassen/lehrkraft/${classId}%27--/zugang/${secret}`, 404],
    ] as const) {
      const visitor = new Browser();
      const response = await visitor.get(path);
      expect(response.status, path).toBe(status);
      expect(visitor.cookies.has("qq_lehrkraft"), path).toBe(false);
    }
  });

  it("a forged, oversized or foreign cookie opens nothing", async () => {
    const { classId } = await createClass();
    const other = await createClass();
    for (const cookie of ["A".repeat(43), "A".repeat(8000), other.secret, "%ZZ"]) {
      expect((await new Browser().get(`/klassen/lehrkraft/${classId}`, { qq_lehrkraft: cookie })).status).toBe(403);
    }
  });
});

describe("JSON clients", () => {
  const json = (client: Browser, path: string, form: Record<string, string>) =>
    client.send(path, { method: "POST", body: new URLSearchParams(form), headers: { Origin: ORIGIN, Accept: "application/json" } });

  it("get German errors as JSON", async () => {
    const wrongCode = await json(new Browser("192.0.2.63"), "/klassen/beitreten", { code: "ZZZZ-ZZZZ", nickname: "Bob" });
    expect(wrongCode.status).toBe(404);
    expect(wrongCode.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await wrongCode.json()).toEqual({
      fehler: "Diesen Klassencode gibt es nicht. Bitte prüfe ihn.",
      fehlerListe: ["Diesen Klassencode gibt es nicht. Bitte prüfe ihn."],
    });

    const empty = await json(new Browser("192.0.2.63"), "/klassen/beitreten", { code: "", nickname: "" });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ fehlerListe: ["Bitte gib den Klassencode ein.", "Bitte gib einen Spitznamen ein."] });

    const { classId } = await createClass();
    const noAccess = await new Browser().send(`/klassen/lehrkraft/${classId}`, { headers: { Accept: "application/json" } });
    expect(noAccess.status).toBe(403);
    expect(await noAccess.json()).toMatchObject({ fehler: expect.stringContaining("Lehrkraft-Link") });
  });
});

describe("cross-site and repeated posts", () => {
  it("are refused for every content type a cross-site form can send, and change nothing", async () => {
    const { teacher, classId } = await createClass();
    for (const headers of [
      { Origin: "https://boese.example", "Content-Type": "application/x-www-form-urlencoded" } as Record<string, string>,
      { Origin: "https://boese.example", "Content-Type": "text/plain" },
      { "Sec-Fetch-Site": "same-site", "Content-Type": "application/x-www-form-urlencoded" },
    ]) {
      const response = await teacher.send(`/klassen/lehrkraft/${classId}/loeschen`, { method: "POST", body: "bestaetigung=ja", headers });
      expect(response.status).toBe(403);
    }
    expect(await count("select count(*) as n from classes where id = ?", classId)).toBe(1);
  });

  it("a student's double submission of the join form (no JavaScript, new browser) joins once and keeps the membership", async () => {
    const { classId, joinCode } = await createClass();
    const student = new Browser("192.0.2.64");
    expect((await student.get(`/klassen/beitreten?code=${joinCode}`)).status).toBe(200);
    const [first, second] = await Promise.all([
      student.post("/klassen/beitreten", { code: joinCode, nickname: "Doppel" }),
      student.post("/klassen/beitreten", { code: joinCode, nickname: "Doppel" }),
    ]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(1);
    // The browser's cookie is the member's: the class opens.
    expect((await student.get(redirectTarget(second))).status).toBe(200);
  });
});
