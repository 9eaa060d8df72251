import { describe, expect, it } from "vitest";
import { contentId } from "../../../src/generate/ids";
import { hashHex } from "../../../src/shared/hash";

/** The id as two calls of hashHex make it: contentId steps through the parts once for both hashes. */
const byTwoHashes = (...parts: string[]) => `q_${hashHex(...parts)}${hashHex("quellenquiz", ...parts)}`;

describe("contentId", () => {
  it("is the two hashes of the parts, unsalted and salted", () => {
    const samples: string[][] = [
      [],
      [""],
      ["", ""],
      ["doc", "single", "quantity", "who"],
      ["001", "numeric", "quantity", "14:Prozent:Rund 14 Prozent der Befragten „stimmten“ zu – sagte er."],
      ["emoji 😀 and a lone \ud800 surrogate", "\udc00 low first", "end high \ud83d"],
      ["quellenquiz"],
    ];
    for (const parts of samples) expect(contentId(...parts)).toBe(byTwoHashes(...parts));
  });
});
