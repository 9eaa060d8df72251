/** Caps and rate limits under parallel requests: never one more than the limit, keyed by IPv4 address or IPv6 /64. */

// Dozens of requests at once: on a loaded 2-core machine they may take long; what counts is the statuses.
const PARALLEL_TIMEOUT_MS = 240_000;
import { env } from "cloudflare:test";
import { afterEach, expect, it, vi } from "vitest";
import { CREATE_CLASS_LIMIT, MAX_MEMBERS, WRONG_JOIN_CODE_LIMIT } from "../../../src/worker/classroom/store";
import { Browser } from "../browser";
import { holdClockMidWindow } from "../clock";
import { count, createClass } from "./helpers";

afterEach(() => {
  vi.useRealTimers();
});

const statuses = (responses: Response[]) => responses.map((response) => response.status).sort();
const wrongCodeFor = (joinCode: string) => (joinCode.startsWith("A") ? "BBBB-BBBB" : "AAAA-AAAA");

it(
  "parallel joins never take a class past its cap",
  async () => {
    const { classId, joinCode } = await createClass();
    const statements = [];
    for (let index = 0; index < MAX_MEMBERS - 3; index++) {
      const learnerId = `cap-${classId}-${index}`;
      statements.push(env.DB.prepare("insert into learners (id) values (?)").bind(learnerId));
      statements.push(
        env.DB.prepare("insert into class_members (class_id, learner_id, nickname, nickname_key, lookalike_key) values (?, ?, ?, ?, ?)").bind(
          classId,
          learnerId,
          `Kind ${index}`,
          `kind ${index}`,
          `klnd ${index}`,
        ),
      );
    }
    await env.DB.batch(statements);
    const joins = await Promise.all(
      Array.from({ length: 12 }, (_, index) => new Browser(`192.0.2.${100 + index}`).post("/klassen/beitreten", { code: joinCode, nickname: `Neu ${index}` })),
    );
    expect(statuses(joins)).toEqual([...Array(3).fill(303), ...Array(9).fill(409)]);
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(MAX_MEMBERS);
  },
  PARALLEL_TIMEOUT_MS,
);

it(
  "parallel wrong codes from one address get exactly the limit's worth of tries",
  async () => {
    holdClockMidWindow(WRONG_JOIN_CODE_LIMIT.windowMs);
    const { joinCode } = await createClass();
    const guesser = new Browser("198.18.0.7");
    const tries = await Promise.all(
      Array.from({ length: WRONG_JOIN_CODE_LIMIT.limit + 5 }, () => guesser.post("/klassen/beitreten", { code: wrongCodeFor(joinCode), nickname: "Rate" })),
    );
    expect(statuses(tries)).toEqual([...Array(WRONG_JOIN_CODE_LIMIT.limit).fill(404), ...Array(5).fill(429)]);
  },
  PARALLEL_TIMEOUT_MS,
);

it(
  "parallel new classes from one address stop at the hourly limit",
  async () => {
    holdClockMidWindow(CREATE_CLASS_LIMIT.windowMs);
    const teacher = new Browser("198.18.0.8");
    const before = await count("select count(*) as n from classes");
    const created = await Promise.all(Array.from({ length: CREATE_CLASS_LIMIT.limit + 5 }, () => teacher.post("/klassen/neu", {})));
    expect(statuses(created)).toEqual([...Array(CREATE_CLASS_LIMIT.limit).fill(303), ...Array(5).fill(429)]);
    expect(await count("select count(*) as n from classes")).toBe(before + CREATE_CLASS_LIMIT.limit);
  },
  PARALLEL_TIMEOUT_MS,
);

it(
  "keys IPv6 clients by their /64: rotating addresses inside it does not escape the limit",
  async () => {
    holdClockMidWindow(WRONG_JOIN_CODE_LIMIT.windowMs);
    const { joinCode } = await createClass();
    const wrong = wrongCodeFor(joinCode);
    const inPrefix = (index: number) => new Browser(`2001:db8:16:1:${index.toString(16)}::${((index * 7919) % 0x10000).toString(16)}`);
    for (let index = 0; index < WRONG_JOIN_CODE_LIMIT.limit; index++) {
      expect((await inPrefix(index).post("/klassen/beitreten", { code: wrong, nickname: "Rate" })).status).toBe(404);
    }
    // Another address of the same /64, written another way (leading zeros, full form): limited.
    expect((await new Browser("2001:0db8:0016:0001:ffff:ffff:ffff:fffe").post("/klassen/beitreten", { code: wrong, nickname: "Rate" })).status).toBe(429);
    // The neighbouring /64 is someone else.
    expect((await new Browser("2001:db8:16:2::1").post("/klassen/beitreten", { code: wrong, nickname: "Rate" })).status).toBe(404);
  },
  PARALLEL_TIMEOUT_MS,
);
