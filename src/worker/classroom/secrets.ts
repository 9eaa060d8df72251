/** Random ids, join codes and the teacher secret. */

/** No 0/O, 1/I/L: codes are read off a projector and typed by students. */
const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function randomId(bytes = 16): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** 256 bits: long enough that a plain SHA-256 of it is a safe thing to store. */
export function newTeacherSecret(): string {
  return randomId(32);
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** A teacher secret as newTeacherSecret() writes it: 32 bytes in base64url, 43 characters. */
export const TEACHER_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newJoinCode(): string {
  // 31 characters; rejection sampling (248 = 8 x 31) keeps every one equally likely.
  const letters: string[] = [];
  while (letters.length < JOIN_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < 248 && letters.length < JOIN_CODE_LENGTH) letters.push(JOIN_CODE_ALPHABET[byte % 31]!);
    }
  }
  return letters.join("");
}

/** What a student typed ("abcd-efgh", "ABCD EFGH") to the stored form, or null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const letter of code) if (!JOIN_CODE_ALPHABET.includes(letter)) return null;
  return code;
}

/** "ABCDEFGH" -> "ABCD-EFGH", easier to read aloud. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

async function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

export async function hashSecret(secret: string): Promise<string> {
  return hex(await sha256(secret));
}

/** Compares the hash of `secret` with the stored hex hash in constant time. */
export async function secretMatches(secret: string, storedHash: string): Promise<boolean> {
  const given = new Uint8Array(await sha256(secret));
  const stored = new Uint8Array(storedHash.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
  if (stored.length !== given.length) return false;
  return crypto.subtle.timingSafeEqual(given, stored);
}
