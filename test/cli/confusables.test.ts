/** The lookalike table of the nickname filter is what scripts/confusables.mjs derives from the package, not hand-edited. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("src/worker/classroom/confusables.generated.ts is up to date with unhomoglyph", async () => {
  const { stderr } = await promisify(execFile)("node", ["scripts/confusables.mjs", "--check"]);
  expect(stderr).toBe("");
});
