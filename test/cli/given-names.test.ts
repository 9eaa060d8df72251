/** The first-name data in src/extract is what scripts/given-names.mjs derives from the package, not hand-edited. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("src/extract/data/given-names.generated.ts is up to date with gender-detection-from-name", async () => {
  const { stderr } = await promisify(execFile)("node", ["scripts/given-names.mjs", "--check"]);
  expect(stderr).toBe("");
});
