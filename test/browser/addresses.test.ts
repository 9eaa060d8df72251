import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { addressOfTestFile } from "./chromium";

it("gives every browser test file an address of its own, so no file uses up another's hourly limits", () => {
  const folder = import.meta.dirname;
  const files = readdirSync(folder).filter((file) => file.endsWith(".test.ts"));
  const addresses = files.map((file) => addressOfTestFile(join(folder, file)));
  expect(files.length).toBeGreaterThan(5);
  expect(new Set(addresses).size).toBe(files.length);
  for (const address of addresses) expect(address).toMatch(/^198\.1[89]\.(?:\d{1,3})\.(?:\d{1,3})$/);
  for (const address of addresses) for (const octet of address.split(".")) expect(Number(octet)).toBeLessThan(256);
});
