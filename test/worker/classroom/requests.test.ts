/** What a request may bring: only forms to form routes, links from the configured address, one framing policy. */
import { env, SELF } from "cloudflare:test";
import { expect, it } from "vitest";
import { MIXED_QUIZ_ID } from "../../../src/bank";
import { NEW_LEARNER_LIMIT } from "../../../src/worker/quiz/routes";
import { hashClientAddress } from "../../../src/worker/rate-limit";
import { Browser, ORIGIN } from "../browser";
import { count, createClass } from "./helpers";

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
