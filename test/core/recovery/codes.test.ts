/** Recovery codes: readable, typed back in any case and grouping, hashed with a key. */
import fc from "fast-check";
import { expect, it } from "vitest";
import { formatRecoveryCode, newRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_LENGTH, recoveryCodeHash } from "../../../src/worker/recovery/codes";
import { CODE_ALPHABET } from "../../../src/worker/typed-codes";

it("a new code has 12 letters of the unambiguous alphabet and reads as ABCD-EFGH-JKMN", () => {
  const code = newRecoveryCode();
  expect(code).toHaveLength(RECOVERY_CODE_LENGTH);
  for (const letter of code) expect(CODE_ALPHABET).toContain(letter);
  expect(formatRecoveryCode(code)).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
});

it("reads back what was typed in lower case, with spaces or dashes", () => {
  fc.assert(
    fc.property(fc.constantFrom(" ", "-", "  ", ""), fc.boolean(), (separator, lower) => {
      const code = newRecoveryCode();
      const typed = formatRecoveryCode(code).replace(/-/g, separator);
      expect(normalizeRecoveryCode(lower ? typed.toLowerCase() : typed)).toBe(code);
    }),
  );
});

it("refuses what cannot be a code", () => {
  for (const typed of ["", "ABCD-EFGH", "ABCD-EFGH-JKMN-P", "ABCD-EFGH-JKM0", "ABCD-EFGH-JKMI", "ÄBCD-EFGH-JKMN"])
    expect(normalizeRecoveryCode(typed)).toBeNull();
});

it("every letter comes up (no letter of the alphabet is left out by the sampling)", () => {
  const seen = new Set(Array.from({ length: 200 }, newRecoveryCode).join(""));
  expect([...seen].sort().join("")).toBe([...CODE_ALPHABET].sort().join(""));
});

it("the stored hash depends on the key", async () => {
  const code = newRecoveryCode();
  const hash = await recoveryCodeHash(code, "key one");
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(await recoveryCodeHash(code, "key one")).toBe(hash);
  expect(await recoveryCodeHash(code, "key two")).not.toBe(hash);
});
