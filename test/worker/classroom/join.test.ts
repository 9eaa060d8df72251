import { env, SELF } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { holdClockMidWindow } from "../clock";
import { hashSecret } from "../../../src/worker/classroom/secrets";
import { CREATE_CLASS_LIMIT, JOIN_LIMIT, WRONG_JOIN_CODE_LIMIT } from "../../../src/worker/classroom/store";
import { MAX_MEMBERS } from "../../../src/worker/classroom/store";
import { count, createClass, joinAs } from "./helpers";
import { Browser, redirectTarget, visibleText } from "../browser";

afterEach(() => {
  vi.useRealTimers();
});

describe("creating a class", () => {
  it("stores only the hash of the teacher secret and shows the teacher link and join code", async () => {
    const { classId, secret, joinCode, teacherLink } = await createClass("9b Politik");
    const row = await env.DB.prepare("select * from classes where id = ?").bind(classId).first<Record<string, unknown>>();
    expect(row).toMatchObject({ name: "9b Politik", join_code: joinCode.replace("-", ""), teacher_secret_hash: await hashSecret(secret) });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(teacherLink).toBe(`https://quellenquiz.test/klassen/lehrkraft/${classId}/zugang/${secret}`);
  });

  it("works without a name and sets the secret cookie HttpOnly on the class path only", async () => {
    const teacher = new Browser();
    const created = await teacher.post("/klassen/neu", {});
    expect(created.status).toBe(303);
    const classId = redirectTarget(created).split("/")[3]!;
    const cookie = created.headers.getAll("Set-Cookie").find((header) => header.startsWith("qq_lehrkraft="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toContain(`Path=/klassen/lehrkraft/${classId}`);
    expect(await count("select count(*) as n from classes where id = ? and name is null", classId)).toBe(1);
  });

  it("rejects a too long name with a German message", async () => {
    const response = await new Browser().post("/klassen/neu", { name: "x".repeat(61) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("höchstens 60 Zeichen");
  });

  it("limits new classes per address", async () => {
    holdClockMidWindow(CREATE_CLASS_LIMIT.windowMs);
    const teacher = new Browser("198.51.100.251");
    for (let created = 0; created < CREATE_CLASS_LIMIT.limit; created++) expect((await teacher.post("/klassen/neu", {})).status).toBe(303);
    const limited = await teacher.post("/klassen/neu", {});
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain("zu viele Klassen");
    expect((await new Browser("198.51.100.252").post("/klassen/neu", {})).status).toBe(303);
  });

  it("moves the secret from the link into a cookie, without cross-site Referer and without caching", async () => {
    const { classId, secret } = await createClass();
    const laptop = new Browser();
    const opened = await laptop.get(`/klassen/lehrkraft/${classId}/zugang/${secret}`);
    expect(redirectTarget(opened)).toBe(`/klassen/lehrkraft/${classId}`);
    // The app-wide policy: no Referer ever leaves the site.
    expect(["no-referrer", "same-origin"]).toContain(opened.headers.get("Referrer-Policy"));
    expect(opened.headers.get("Cache-Control")).toBe("no-store");
    expect(laptop.cookies.get("qq_lehrkraft")).toBe(secret);
    const dashboard = await laptop.get(`/klassen/lehrkraft/${classId}`);
    expect(dashboard.status).toBe(200);
    expect(["no-referrer", "same-origin"]).toContain(dashboard.headers.get("Referrer-Policy"));
    expect(dashboard.headers.get("Cache-Control")).toBe("no-store");
    expect(await dashboard.text()).not.toContain(secret);
  });
});

describe("joining", () => {
  it("joins with the code in any spelling and a nickname, and shows the class", async () => {
    const { classId, joinCode } = await createClass("Kurs Sozialkunde");
    const { student, classPath } = await joinAs(joinCode.toLowerCase().replace("-", " "), "  Lena  K ");
    expect(classPath).toBe(`/klassen/meine/${classId}`);
    const page = await student.get(classPath);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Kurs Sozialkunde");
    expect(html).toContain("Lena K");
    expect(await count("select count(*) as n from class_members where class_id = ? and nickname = 'Lena K'", classId)).toBe(1);

    const mine = await (await student.get("/klassen/meine")).text();
    expect(mine).toContain(`/klassen/meine/${classId}`);
  });

  it("joins with the code as pasted from elsewhere: another dash, invisible characters, full-width letters", async () => {
    const { classId, joinCode } = await createClass();
    const fullWidth = [...joinCode].map((sign) => (sign === "-" ? sign : String.fromCharCode(sign.charCodeAt(0) + 0xfee0))).join("");
    for (const [index, pasted] of [joinCode.replace("-", "\u2013"), joinCode.replace("-", "\u2011"), `\u200b${joinCode}\u200b`, fullWidth].entries()) {
      const { classPath } = await joinAs(pasted, `Gast ${["eins", "zwei", "drei", "vier"][index]}`);
      expect(classPath, pasted).toBe(`/klassen/meine/${classId}`);
    }
  });

  it("rejects a wrong code with 404 and a malformed one with 400, and joins nobody", async () => {
    const { classId, joinCode } = await createClass();
    const student = new Browser("192.0.2.31");
    const wrongCode = joinCode.startsWith("A") ? "BBBB-BBBB" : "AAAA-AAAA";
    const wrong = await student.post("/klassen/beitreten", { code: wrongCode, nickname: "Max" });
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain("Diesen Klassencode gibt es nicht");
    const malformed = await student.post("/klassen/beitreten", { code: "12", nickname: "Max" });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("Der Klassencode hat 8 Zeichen");
    // Eight characters, one of them a letter codes leave out (an O for a zero): not "has 8 characters".
    const lookalike = await student.post("/klassen/beitreten", { code: "ABCD-EFGO", nickname: "Max" });
    expect(lookalike.status).toBe(400);
    const lookalikeText = await lookalike.text();
    expect(lookalikeText).toContain("Im Klassencode kommen nur die Buchstaben A bis Z ohne I, L und O und die Ziffern 2 bis 9 vor.");
    expect(lookalikeText).not.toContain("Der Klassencode hat 8 Zeichen");
    const missing = await student.post("/klassen/beitreten", { nickname: "Max" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Bitte gib den Klassencode ein.");
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(0);
  });

  it("rejects a nickname taken in the class, in any case, but allows it in another class", async () => {
    const first = await createClass();
    const second = await createClass();
    await joinAs(first.joinCode, "Mika");
    const duplicate = await new Browser().post("/klassen/beitreten", { code: first.joinCode, nickname: "MIKA" });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.text()).toContain("Diesen Spitznamen gibt es in der Klasse schon");
    await joinAs(second.joinCode, "Mika");
    expect(await count("select count(*) as n from class_members where nickname_key = 'mika' and class_id in (?, ?)", first.classId, second.classId)).toBe(2);
  });

  it("rejects lookalikes of a nickname in the class: Cyrillic, Greek, digits, I for l", async () => {
    const { classId, joinCode } = await createClass();
    await joinAs(joinCode, "TOM");
    await joinAs(joinCode, "Ina", "192.0.2.21");
    for (const lookalike of ["\u0422\u041e\u041c", "\u03a4\u039f\u039c", "T0M", "lna"]) {
      const response = await new Browser().post("/klassen/beitreten", { code: joinCode, nickname: lookalike });
      expect(response.status, lookalike).toBe(409);
      expect(await response.text()).toContain("der genauso aussieht");
    }
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(2);
    await joinAs(joinCode, "\u0410\u043d\u043d\u0430", "192.0.2.22"); // "Анна": Cyrillic Н looks like no Latin letter
  });

  it.each([
    ["Hit1er", "Dieser Spitzname ist nicht erlaubt"],
    ["F\u0475ck", "Dieser Spitzname ist nicht erlaubt"],
    ["H\u0131tler", "Dieser Spitzname ist nicht erlaubt"],
    ["\u13bb\u13a5\u13a2\u13de\u13ac\u13a1", "Dieser Spitzname ist nicht erlaubt"],
    ["\u0410nna", "ganz in einer Schrift"],
  ])("rejects the lookalike nickname %j", async (nickname, expected) => {
    const { classId, joinCode } = await createClass();
    const response = await new Browser().post("/klassen/beitreten", { code: joinCode, nickname });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(expected);
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(0);
  });

  it.each([
    ["", "Bitte gib einen Spitznamen ein."],
    ["   ", "Bitte gib einen Spitznamen ein."],
    ["A", "mindestens 2 Zeichen"],
    ["x".repeat(21), "höchstens 20 Zeichen"],
    ["<script>", "Im Spitznamen gehen nur Buchstaben"],
    ["Arschloch", "Dieser Spitzname ist nicht erlaubt"],
    ["Wichser99", "Dieser Spitzname ist nicht erlaubt"],
    // Leetspeak and insults the LDNOOBW list lacks ("Spast").
    ["Sp4st", "Dieser Spitzname ist nicht erlaubt, weil er wie ein Schimpfwort aussieht."],
    ["$pasti", "Dieser Spitzname ist nicht erlaubt"],
    ["M0ng0", "Dieser Spitzname ist nicht erlaubt"],
    ["M1ssgeburt", "Dieser Spitzname ist nicht erlaubt"],
  ])("rejects the nickname %j with a clear message", async (nickname, expected) => {
    const { classId, joinCode } = await createClass();
    const response = await new Browser().post("/klassen/beitreten", { code: joinCode, nickname });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(expected);
    expect(html).toContain('role="alert"');
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(0);
  });

  it.each(["Lena2", "Tom_07", "L3na", "Ben10", "Mia 2012"])("lets %j join: digits in an ordinary nickname", async (nickname) => {
    const { classId, joinCode } = await createClass();
    await joinAs(joinCode, nickname);
    expect(await count("select count(*) as n from class_members where class_id = ? and nickname = ?", classId, nickname)).toBe(1);
  });

  it.each([
    ["O'Brien", "O'Brien"],
    // A phone's keyboard types the right single quotation mark: the same name.
    ["O\u2019Brien", "O'Brien"],
    ["D'Angelo", "D'Angelo"],
  ])("lets %j join: an apostrophe belongs to many names", async (nickname, stored) => {
    const { classId, joinCode } = await createClass();
    await joinAs(joinCode, nickname);
    expect(await count("select count(*) as n from class_members where class_id = ? and nickname = ?", classId, stored)).toBe(1);
  });

  it("the join form's hint names the apostrophe among the characters a nickname may have", async () => {
    const form = await (await new Browser().get("/klassen/beitreten")).text();
    const hint = /<p class="muted" id="nickname-hinweis">([\s\S]*?)<\/p>/.exec(form)?.[1] ?? "";
    expect(visibleText(hint)).toBe("2 bis 20 Zeichen: Buchstaben, Ziffern, Leerzeichen, Punkt, Apostroph, - und _.");
  });

  it("refuses an apostrophe at a nickname's start, with the characters it allows", async () => {
    const { joinCode } = await createClass();
    const response = await new Browser().post("/klassen/beitreten", { code: joinCode, nickname: "'Tom" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Punkt, Apostroph, - und _.");
  });

  it("joining the same class again keeps the first membership; another nickname is asked about, not taken over", async () => {
    const { classId, joinCode } = await createClass();
    const { student } = await joinAs(joinCode, "Jonas");
    expect(redirectTarget(await student.post("/klassen/beitreten", { code: joinCode, nickname: "Jonas" }))).toBe(`/klassen/meine/${classId}`);
    const again = await student.post("/klassen/beitreten", { code: joinCode, nickname: "Jonas2" });
    expect(again.status).toBe(200);
    expect(visibleText(await again.text())).toContain("Bist du Jonas?");
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(1);
  });

  it("limits wrong codes per address, not correct joins from the same address", async () => {
    holdClockMidWindow(WRONG_JOIN_CODE_LIMIT.windowMs);
    const { joinCode } = await createClass();
    const guesser = new Browser("192.0.2.99");
    const wrongCode = joinCode.startsWith("C") ? "DDDD-DDDD" : "CCCC-CCCC";
    for (let attempt = 0; attempt < WRONG_JOIN_CODE_LIMIT.limit; attempt++) {
      expect((await guesser.post("/klassen/beitreten", { code: wrongCode, nickname: "Rate" })).status).toBe(404);
    }
    const limited = await guesser.post("/klassen/beitreten", { code: joinCode, nickname: "Rate" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("900");
    expect(await limited.text()).toContain("Zu viele falsche Codes");

    // Another address (another school) is not affected; many correct joins from one address are fine.
    await joinAs(joinCode, "Andere Schule", "192.0.2.100");
    for (let student = 0; student < WRONG_JOIN_CODE_LIMIT.limit + 5; student++) await joinAs(joinCode, `Kind ${student}`, "192.0.2.101");
  });

  it("limits successful joins per address and the size of a class", async () => {
    holdClockMidWindow(JOIN_LIMIT.windowMs);
    const { classId, joinCode } = await createClass();
    for (let student = 0; student < JOIN_LIMIT.limit; student++) await joinAs(joinCode, `Schüler ${student}`, "192.0.2.150");
    const limited = await new Browser("192.0.2.150").post("/klassen/beitreten", { code: joinCode, nickname: "Noch einer" });
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain("sehr viele beigetreten");

    const statements = [];
    for (let extra = JOIN_LIMIT.limit; extra < MAX_MEMBERS; extra++) {
      statements.push(env.DB.prepare("insert into learners (id) values (?)").bind(`voll-${classId}-${extra}`));
      statements.push(
        env.DB.prepare("insert into class_members (class_id, learner_id, nickname, nickname_key) values (?, ?, ?, ?)").bind(
          classId,
          `voll-${classId}-${extra}`,
          `Kind ${extra}`,
          `kind ${extra}`,
        ),
      );
    }
    await env.DB.batch(statements);
    const full = await new Browser("192.0.2.151").post("/klassen/beitreten", { code: joinCode, nickname: "Zu spät" });
    expect(full.status).toBe(409);
    expect(await full.text()).toContain("Diese Klasse ist voll");
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(MAX_MEMBERS);
  });

  it("refuses a cross-site form post (CSRF)", async () => {
    const { joinCode } = await createClass();
    const response = await SELF.fetch("https://quellenquiz.test/klassen/beitreten", {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ code: joinCode, nickname: "Opfer" }),
    });
    expect(response.status).toBe(403);
  });
});
