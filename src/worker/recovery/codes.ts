/**
 * Recovery codes: 12 letters of the unambiguous alphabet (59 bits), shown as ABCD-EFGH-JKMN. Guessing
 * one of a million stored codes takes about 8 * 10^11 tries on average; the rate limit allows 30 wrong tries
 * per address in 15 minutes.
 *
 * Stored only as an HMAC-SHA-256 keyed with the learner cookie key: a copy of the database alone does
 * not let anyone try codes offline when the key is configured outside it (COOKIE_SECRET).
 */
import { formatCode, normalizeCode, randomCode } from "../typed-codes";

export const RECOVERY_CODE_LENGTH = 12;

export const newRecoveryCode = () => randomCode(RECOVERY_CODE_LENGTH);

/** What was typed ("abcd efgh-jkmn") to the code, or null when it cannot be one. */
export const normalizeRecoveryCode = (input: string) => normalizeCode(input, RECOVERY_CODE_LENGTH);

export const formatRecoveryCode = formatCode;

/** Hex HMAC-SHA-256 of the code. */
export async function recoveryCodeHash(code: string, key: string): Promise<string> {
  const encoder = new TextEncoder();
  const hmacKey = await crypto.subtle.importKey("raw", encoder.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const signature = await crypto.subtle.sign("HMAC", hmacKey, encoder.encode(`recovery:${code}`));
  return [...new Uint8Array(signature)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
