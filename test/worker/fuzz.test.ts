/**
 * Fuzzing every route of the app (fast-check): random methods, paths built from the app's own routes with
 * parameters both real (a class, its teacher, a learner in a quiz) and hostile, form fields the pages use
 * with random values, bodies of every content type, cookies real, forged and oversized. Thousands of
 * requests through the Worker; none may get a 5xx. A failure prints the shortest request that fails.
 */
import { env, SELF } from "cloudflare:test";
import fc from "fast-check";
import { expect, it } from "vitest";
import { listDocuments, MIXED_QUIZ_ID } from "../../src/bank";
import { app } from "../../src/worker/app";
import { ORIGIN } from "./browser";
import { createClass, joinAs } from "./classroom/helpers";

/** How many requests: enough to reach every route many times, and about 20 s on the shared two-core machine. */
const RUNS = 3000;

/** The routes as the app declares them (middleware, registered for every method on "*", left out). */
const routes = [...new Set(app.routes.filter((route) => route.method !== "ALL").map((route) => `${route.method} ${route.path}`))].map((entry) => {
  const [method, path] = entry.split(" ") as [string, string];
  return { method, path };
});

/** Every form field name the app's pages use (from their markup in src/worker). */
const FIELD_NAMES = [
  ..."antwort antworten antworttext anzahl auch aussage beleg belegStart bestaetigung bis closesAtDue code datei datum dueDate einheit frage jemandAnderes korrektur luecke nach name nickname openFrom phase quelle quizId richtig tempo text titel typ umfang von vor zahl zeit ziel zurueck".split(
    " ",
  ),
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "ja",
    "nein",
    "0",
    "-1",
    "1e308",
    "NaN",
    "99999999999999999999",
    "1,5",
    "<script>alert(1)</script>",
    "'; drop table classes; --",
    "=SUM(A1)",
    "\u0000",
    "\u202e",
    "../../etc/passwd",
    "%00",
    "a".repeat(5000),
  ),
);

it(`${RUNS} random requests over every route: no 5xx`, async () => {
  expect(routes.length).toBeGreaterThan(40);
  // Real ids and cookies, so that the requests get past the first checks into the handlers.
  const { teacher, classId, joinCode } = await createClass("Fuzz");
  await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: MIXED_QUIZ_ID });
  const { student } = await joinAs(joinCode, "Fuzzi", "192.0.2.200");
  const attemptId = await student.startQuiz(listDocuments()[0]!.id);
  const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(classId).first<{ id: string }>())!.id;
  const documentId = listDocuments()[0]!.id;
  /** Real values for the routes' parameters, by name, so that a request reaches what is behind the id. */
  const realByName: Record<string, string[]> = {
    classId: [classId],
    attemptId: [attemptId],
    assignmentId: [assignmentId],
    documentId: [documentId],
    quizId: [MIXED_QUIZ_ID, documentId],
    position: ["1", "2", "10"],
    memberId: ["1"],
    code: [joinCode, "123456"],
    secret: ["x".repeat(43)],
  };
  const realValues = Object.values(realByName).flat();
  const cookies = {
    teacher: `qq_lehrkraft=${teacher.cookies.get("qq_lehrkraft")}`,
    learner: `qq_lernende=${student.cookies.get("qq_lernende")}`,
  };

  const paramValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...realValues) }, { weight: 1, arbitrary: hostileText });
  const request = fc.record({
    route: fc.constantFrom(...routes),
    // Mostly the route's own method; now and then another.
    otherMethod: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS") },
    ),
    // Per parameter: its real value (by name) or something hostile.
    params: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileText }), { minLength: 6, maxLength: 6 }),
    query: fc.dictionary(fc.constantFrom("code", "von", "bis", "weiter", "klasse", "spieler", "seit", "frage"), hostileText, { maxKeys: 3 }),
    fields: fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) },
          {
            weight: 1,
            // workerd's multipart encoder refuses a field name ending in a backslash (a TypeError in the test, before any request).
            arbitrary: fc.string({ maxLength: 10 }).map((name) => name.replaceAll("\\", "/")),
          },
        ),
        fc.oneof(paramValue, hostileText),
      ),
      { maxLength: 8 },
    ),
    bodyType: fc.constantFrom("form", "form", "form", "multipart", "json", "text", "none", "garbage-type"),
    cookie: fc.constantFrom("none", "teacher", "learner", "both", "forged", "oversized"),
    crossSite: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  });

  const failures: string[] = [];
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(request, async (input) => {
      let index = 0;
      const path = input.route.path
        .replace(/:([a-zA-Z]+)(\{[^}]*\})?/g, (_, name: string) => {
          const hostile = input.params[index++ % input.params.length];
          const real = realByName[name] ?? realValues;
          return encodeURIComponent(hostile ?? real[index % real.length]!);
        })
        .replace(/\*$/, "x");
      const url = new URL(`${ORIGIN}${path}`);
      for (const [name, value] of Object.entries(input.query)) url.searchParams.set(name, value);
      const method = input.otherMethod ?? input.route.method;
      // Addresses of their own (documentation IPv6, a /64 each), so that the fuzz's rate-limit counters meet no other test's.
      const headers = new Headers({ "CF-Connecting-IP": `2001:db8:f022:${(path.length * 31 + input.fields.length) % 200}::1` });
      if (!input.crossSite) headers.set("Origin", ORIGIN);
      else headers.set("Origin", "https://fremd.example");
      const cookie = {
        none: "",
        teacher: cookies.teacher,
        learner: cookies.learner,
        both: `${cookies.teacher}; ${cookies.learner}`,
        forged: "qq_lernende=00000000-0000-0000-0000-000000000000.AAAA; qq_lehrkraft=gefaelscht%FF",
        oversized: `qq_lernende=${"x".repeat(3000)}`,
      }[input.cookie];
      if (cookie) headers.set("Cookie", cookie);
      let body: BodyInit | undefined;
      if (method !== "GET" && method !== "HEAD") {
        const form = new URLSearchParams(input.fields);
        if (input.bodyType === "form") body = form;
        else if (input.bodyType === "multipart") {
          const data = new FormData();
          for (const [name, value] of input.fields) data.append(name, value);
          body = data;
        } else if (input.bodyType === "json") {
          body = JSON.stringify(Object.fromEntries(input.fields));
          headers.set("Content-Type", "application/json");
        } else if (input.bodyType === "text") {
          body = form.toString();
          headers.set("Content-Type", "text/plain");
        } else if (input.bodyType === "garbage-type") {
          body = form.toString();
          headers.set("Content-Type", "application/x-www-form-urlencoded; charset=x-unbekannt; boundary=");
        }
      }
      const response = await SELF.fetch(url, { method, headers, body, redirect: "manual" });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500) failures.push(`${response.status} ${method} ${url.pathname}${url.search} (${input.bodyType}, ${input.cookie})`);
      return response.status < 500;
    }),
    { numRuns: RUNS, endOnFailure: true },
  );
  expect(failures).toEqual([]);
  console.log("statuses of the fuzzed requests", Object.fromEntries([...statuses].sort(([a], [b]) => a - b)));
  // The requests get into the handlers: many pages and redirects, not only refusals at the door.
  const through = [...statuses].filter(([status]) => status < 400).reduce((sum, [, times]) => sum + times, 0);
  expect(through).toBeGreaterThan(RUNS / 5);
}, 240_000);
