import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import seed from "../../corpus/000_da9cece58f689f55.txt?raw";

it("reads the corpus and D1", async () => {
  expect(seed.startsWith("Treffen der Anti-IS-Koalition")).toBe(true);
  const row = await env.DB.prepare("select count(*) as n from learners").first<{ n: number }>();
  expect(row?.n).toBe(0);
});
