import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import seed from "../../corpus/000_da9cece58f689f55.txt?raw";

it("reads the corpus, and D1 with every migration applied", async () => {
  expect(seed.startsWith("Treffen der Anti-IS-Koalition")).toBe(true);
  const applied = await env.DB.prepare("select name from d1_migrations order by id").all<{ name: string }>();
  expect(applied.results.map((row) => row.name)).toEqual(env.TEST_MIGRATIONS!.map((migration) => migration.name));
  const row = await env.DB.prepare("select count(*) as n from learners").first<{ n: number }>();
  expect(row?.n).toBeTypeOf("number");
});
