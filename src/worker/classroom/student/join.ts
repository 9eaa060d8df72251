/**
 * Joining a class with its code and a nickname, as a use case: each way it can end is a value the
 * route turns into a page, a status and a message. Rate limits count per client address: wrong codes
 * (so codes cannot be guessed) and successful joins (so a script cannot fill a class).
 */
import type { Db } from "../../../db";
import { countRateLimited, isRateLimited } from "../../rate-limit";
import { addMember, findClassByJoinCode, findMembership, JOIN_LIMIT, MAX_MEMBERS, memberCount, WRONG_JOIN_CODE_LIMIT } from "../store";

export type JoinOutcome =
  | { outcome: "joined"; classId: string }
  | { outcome: "already-member"; classId: string }
  | { outcome: "unknown-code" }
  | { outcome: "nickname-taken" }
  | { outcome: "class-full"; maxMembers: number }
  | { outcome: "too-many-wrong-codes"; retryAfterSeconds: number }
  | { outcome: "too-many-joins"; retryAfterSeconds: number };

export interface JoinRequest {
  /** As normalizeJoinCode gives it ("ABCDEFGH"). */
  code: string;
  /** As cleanNickname gives it, and its key for uniqueness. */
  nickname: string;
  nicknameKey: string;
  addressHash: string;
  now: number;
  /** The learner who joins, created (row and cookie) only once the code is known to be right. */
  learner: () => Promise<string>;
}

export async function joinClass(db: Db, request: JoinRequest): Promise<JoinOutcome> {
  const { addressHash, now } = request;
  if (await isRateLimited(db, WRONG_JOIN_CODE_LIMIT, addressHash, now)) {
    return { outcome: "too-many-wrong-codes", retryAfterSeconds: WRONG_JOIN_CODE_LIMIT.windowMs / 1000 };
  }
  const classRow = await findClassByJoinCode(db, request.code);
  if (!classRow) {
    await countRateLimited(db, WRONG_JOIN_CODE_LIMIT, addressHash, now);
    return { outcome: "unknown-code" };
  }
  const learnerId = await request.learner();
  if (await findMembership(db, classRow.id, learnerId)) return { outcome: "already-member", classId: classRow.id };
  if (await isRateLimited(db, JOIN_LIMIT, addressHash, now)) {
    return { outcome: "too-many-joins", retryAfterSeconds: JOIN_LIMIT.windowMs / 1000 };
  }
  if ((await memberCount(db, classRow.id)) >= MAX_MEMBERS) return { outcome: "class-full", maxMembers: MAX_MEMBERS };
  const added = await addMember(db, classRow.id, learnerId, request.nickname, request.nicknameKey);
  if (added > 0) {
    await countRateLimited(db, JOIN_LIMIT, addressHash, now);
    return { outcome: "joined", classId: classRow.id };
  }
  // A lost race against the learner's own double submit is a join, not a taken nickname.
  if (await findMembership(db, classRow.id, learnerId)) return { outcome: "already-member", classId: classRow.id };
  return { outcome: "nickname-taken" };
}
