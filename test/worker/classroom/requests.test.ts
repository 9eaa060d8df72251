/** What a request may bring: only forms to form routes, links from the configured address, one framing policy. */
import { env, SELF } from "cloudflare:test";
import { afterEach, expect, it, vi } from "vitest";
import { holdClockMidWindow } from "../clock";
import { MIXED_QUIZ_ID } from "../../../src/bank";
import { ANSWER_LIMIT, NEW_LEARNER_LIMIT } from "../../../src/worker/quiz/routes";
import { hashClientAddress } from "../../../src/worker/rate-limit";
import { Browser, ORIGIN, redirectTarget } from "../browser";
import { questionsOfAttempt, rightForm, storedAnswers } from "../quiz/client";
import { count, createClass, joinAs } from "./helpers";

afterEach(() => {
  vi.useRealTimers();
});

it("refuses a JSON body to a form route with 415 and German text, and changes nothing", async () => {
  const { teacher, classId } = await createClass("Bleibt so");
  const cookie = `qq_lehrkraft=${teacher.cookies.get("qq_lehrkraft")}`;
  for (const [type, body] of [
    ["application/json", JSON.stringify({ name: "" })],
    ["text/plain", "name="],
  ] as const) {
    const response = await SELF.fetch(`${ORIGIN}/klassen/lehrkraft/${classId}/name`, {
      method: "POST",
      body,
      headers: { "Content-Type": type, Origin: ORIGIN, Cookie: cookie, "CF-Connecting-IP": "203.0.113.90" },
      redirect: "manual",
    });
    expect(response.status, type).toBe(415);
    expect(await response.text()).toContain("nimmt nur Formulare an");
  }
  expect(await count("select count(*) as n from classes where id = ? and name = 'Bleibt so'", classId)).toBe(1);
  // The same change as a form works.
  expect((await teacher.post(`/klassen/lehrkraft/${classId}/name`, { name: "Neu" })).status).toBe(303);
});

it("builds the join and teacher links from PUBLIC_URL, not from the Host of the request", async () => {
  expect(env.PUBLIC_URL).toBe(ORIGIN);
  const { teacher, classId } = await createClass();
  const cookie = `qq_lehrkraft=${teacher.cookies.get("qq_lehrkraft")}`;
  const dashboard = await SELF.fetch(`https://angreifer.example/klassen/lehrkraft/${classId}`, { headers: { Cookie: cookie } });
  expect(dashboard.status).toBe(200);
  const html = await dashboard.text();
  expect(html).toContain(`${ORIGIN}/klassen/beitreten?code=`);
  expect(html).not.toContain("angreifer.example");
});

it("forbids framing the same way in both headers", async () => {
  const page = await SELF.fetch(`${ORIGIN}/`);
  expect(page.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  expect(page.headers.get("X-Frame-Options")).toBe("DENY");
});

it("limits new practice quizzes per address, and new learners more tightly; resuming is free", async () => {
  holdClockMidWindow(NEW_LEARNER_LIMIT.windowMs);
  const address = "198.18.1.1";
  // Fill the new-learner window of this address as if its whole allowance of browsers had started a quiz in this hour.
  const learners = new Browser(address);
  const first = await learners.post(`/quiz/${MIXED_QUIZ_ID}/starten`);
  expect(first.status).toBe(303);
  const salt = await env.DB.prepare("select value from app_secrets where name = 'rate_limit_salt'").first<{ value: string }>();
  const key = `${NEW_LEARNER_LIMIT.scope}:${await hashClientAddress(address, salt!.value)}`;
  await env.DB.prepare("update rate_limits set count = ? where key = ?").bind(NEW_LEARNER_LIMIT.limit, key).run();
  const learnersBefore = await count("select count(*) as n from learners");
  const refused = await new Browser(address).post(`/quiz/${MIXED_QUIZ_ID}/starten`);
  expect(refused.status).toBe(429);
  expect(refused.headers.get("Retry-After")).toBe("3600");
  expect(await refused.text()).toContain("sehr viele Quizze begonnen");
  expect(await count("select count(*) as n from learners")).toBe(learnersBefore);
  // A browser that already has its learner resumes its unfinished quiz without touching a limit.
  expect((await learners.post(`/quiz/${MIXED_QUIZ_ID}/starten`)).headers.get("Location")).toBe(first.headers.get("Location"));
  // Another address is someone else.
  expect((await new Browser("198.18.1.2").post(`/quiz/${MIXED_QUIZ_ID}/starten`)).status).toBe(303);
});

it("limits practice answers per address, also under parallel posts; a refused answer writes nothing, a class's answers count against nothing", async () => {
  holdClockMidWindow(ANSWER_LIMIT.windowMs);
  const address = "198.18.1.3";
  const learner = new Browser(address);
  const attemptId = await learner.startQuiz(MIXED_QUIZ_ID);
  const questions = await questionsOfAttempt(attemptId);
  // Fill this address's window but for two answers.
  const salt = await env.DB.prepare("select value from app_secrets where name = 'rate_limit_salt'").first<{ value: string }>();
  const key = `${ANSWER_LIMIT.scope}:${await hashClientAddress(address, salt!.value)}`;
  const start = Date.now() - (Date.now() % ANSWER_LIMIT.windowMs);
  await env.DB.prepare(
    "insert into rate_limits (key, window_start, count) values (?, ?, ?) on conflict (key) do update set window_start = excluded.window_start, count = excluded.count",
  )
    .bind(key, start, ANSWER_LIMIT.limit - 2)
    .run();
  const cardsBefore = await env.DB.prepare("select review_cards from learners where id = (select learner_id from attempts where id = ?)")
    .bind(attemptId)
    .first();
  const posts = await Promise.all(
    questions.slice(0, 6).map((question, index) => learner.post(`/versuch/${attemptId}/frage/${index + 1}`, rightForm(question))),
  );
  expect(posts.map((response) => response.status).sort()).toEqual([303, 303, 429, 429, 429, 429]);
  const refused = posts.find((response) => response.status === 429)!;
  expect(refused.headers.get("Retry-After")).toBe("3600");
  expect(await refused.text()).toContain("sehr viele Antworten");
  expect(await storedAnswers(attemptId)).toHaveLength(2);
  // Two cards moved on, not six.
  const cardsAfter = await env.DB.prepare("select review_cards from learners where id = (select learner_id from attempts where id = ?)")
    .bind(attemptId)
    .first<{ review_cards: string }>();
  expect(
    Object.keys(JSON.parse(cardsAfter!.review_cards)).length - Object.keys(JSON.parse((cardsBefore as { review_cards: string }).review_cards)).length,
  ).toBe(2);
  // A class's assignment from the same address is answered all the same. The real clock again: the class's
  // welcome page compares the time D1 stamped with the Worker's.
  vi.useRealTimers();
  const { joinCode, teacher, classId } = await createClass();
  await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: MIXED_QUIZ_ID });
  const { student, classPath } = await joinAs(joinCode, "Ada", address);
  const page = await (await student.get(classPath)).text();
  const classAttempt = redirectTarget(await student.post(page.match(/action="([^"]+\/starten)"/)![1]!));
  const [classQuestion] = await questionsOfAttempt(classAttempt.split("/").pop()!);
  expect((await student.post(`${classAttempt}/frage/1`, rightForm(classQuestion!))).status).toBe(303);
}, 60_000);
