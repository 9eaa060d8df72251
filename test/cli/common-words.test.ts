/** The common long words in src/generate are what scripts/common-words.mjs derives from the package, not hand-edited. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("src/generate/data/common-words.generated.ts is up to date with @zxcvbn-ts/language-de", async () => {
  const { stderr } = await promisify(execFile)("node", ["scripts/common-words.mjs", "--check"]);
  expect(stderr).toBe("");
});
