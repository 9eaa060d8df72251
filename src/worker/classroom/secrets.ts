/** Random ids, join codes and the teacher secret. */
import { formatCode, normalizeCode, randomCode } from "../typed-codes";

/** Read off a projector and typed by students: ../typed-codes.ts. */
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
  return randomCode(JOIN_CODE_LENGTH);
}

/** What a student typed ("abcd-efgh", "ABCD EFGH") to the stored form, or null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  return normalizeCode(input, JOIN_CODE_LENGTH);
}

/** "ABCDEFGH" -> "ABCD-EFGH", easier to read aloud. */
export const formatJoinCode = formatCode;

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
