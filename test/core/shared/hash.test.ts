/** Content hashes: ids and "random" choices must not change when the hash is rewritten for speed. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash, hashHex, hashHexUnsaltedAndSalted } from "../../../src/shared/hash";

/** The hash as specified, written plainly: FNV-1a by code point, parts joined by U+0000, then a final mix. */
function plainHash(...parts: string[]): number {
  let value = 0x811c9dc5;
  parts.forEach((part, index) => {
    if (index > 0) value = Math.imul(value, 0x01000193) >>> 0;
    for (const char of part) value = Math.imul(value ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  });
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

describe("hash", () => {
  it("keeps the values question ids were made with", () => {
    expect(hash("")).toBe(plainHash(""));
    expect(hashHex("quellenquiz", "a")).toBe(plainHash("quellenquiz", "a").toString(16).padStart(8, "0"));
    // Values of the hash before its rewrite.
    expect([hash(""), hash("quellenquiz", "a"), hash("Präsident „sofort“ 😀"), hash("\ud800x")]).toEqual([2872998923, 745135341, 3910862308, 3097795570]);
  });

  it("is an unsigned 32-bit value equal to the plain FNV-1a for any parts (lone surrogates too)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 5 }), (parts) => {
        const value = hash(...parts);
        expect(value).toBe(plainHash(...parts));
        expect(value >= 0 && value <= 0xffffffff && Number.isInteger(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("makes both halves of an id in one pass as hashHex makes each (salts and parts with lone surrogates too)", () => {
    expect(hashHexUnsaltedAndSalted("quellenquiz", [])).toBe(hashHex() + hashHex("quellenquiz"));
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.array(fc.string({ unit: "binary" }), { maxLength: 5 }), (salt, parts) => {
        expect(hashHexUnsaltedAndSalted(salt, parts)).toBe(hashHex(...parts) + hashHex(salt, ...parts));
      }),
      { numRuns: 2000 },
    );
  });
});
