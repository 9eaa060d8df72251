/**
 * Joining a class with its code and a nickname, as a use case: each way it can end is a value the
 * route turns into a page, a status and a message. Rate limits count per client address: wrong codes
 * (so codes cannot be guessed) and successful joins (so a script cannot fill a class). The membership
 * itself is written by ../store.ts joinClass, atomically: a refused join writes no learner row.
 */
import type { Db } from "../../../db";
import { giveBackSlotQuery, takeSlot } from "../../rate-limit";
import { hasNickname } from "../roster-store";
import { type ClassRow, findClassByJoinCode, findMembership, JOIN_LIMIT, joinClass as addToClass, MAX_MEMBERS, WRONG_JOIN_CODE_LIMIT } from "../store";

export type JoinOutcome =
  | { outcome: "joined"; classId: string }
  | { outcome: "already-member"; classId: string }
  /** The device holds another member of this class: "Bist du …?" before anything changes. */
  | { outcome: "other-member-on-device"; classRow: ClassRow; member: string }
  | { outcome: "unknown-code" }
  | { outcome: "nickname-taken" }
  /** A member's nickname looks the same ("ТОМ" in Cyrillic letters and "TOM"). */
  | { outcome: "lookalike-taken" }
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
  /** The learner who joins: its id (and cookie); the row is written with the membership. */
  learner: () => Promise<string>;
  /**
   * Given when the one typing said "Ich bin jemand anderes": makes the device the given new learner (its cookie).
   * Used only when the device holds another member of the class and the typed nickname is free there, and only
   * once that learner has joined: a refused join (the class full, too many joins) leaves the device its member.
   */
  someoneElse?: ((learnerId: string) => Promise<void>) | undefined;
}

export async function joinClass(db: Db, request: JoinRequest): Promise<JoinOutcome> {
  const { addressHash, now } = request;
  // Every try takes a wrong-code slot first (one statement: parallel guesses cannot all slip under the
  // limit); a right code gives it back.
  if (!(await takeSlot(db, WRONG_JOIN_CODE_LIMIT, addressHash, now))) {
    return { outcome: "too-many-wrong-codes", retryAfterSeconds: WRONG_JOIN_CODE_LIMIT.windowMs / 1000 };
  }
  const classRow = await findClassByJoinCode(db, request.code);
  if (!classRow) return { outcome: "unknown-code" };
  await giveBackSlotQuery(db, WRONG_JOIN_CODE_LIMIT, addressHash, now);
  let learnerId = await request.learner();
  let switchDevice: (() => Promise<void>) | undefined;
  const onThisDevice = await findMembership(db, classRow.id, learnerId);
  if (onThisDevice) {
    // The same person again: to the class. Someone else on a shared device: never silently the member it holds.
    if (onThisDevice.nicknameKey === request.nicknameKey) return { outcome: "already-member", classId: classRow.id };
    const { someoneElse } = request;
    if (!someoneElse) return { outcome: "other-member-on-device", classRow, member: onThisDevice.nickname };
    // Switching only when the nickname (and every lookalike of it) is free: else the device would lose its member for nothing.
    if (await hasNickname(db, classRow.id, request.nickname)) return { outcome: "nickname-taken" };
    // A new learner, whose row the join writes with the membership.
    const newLearnerId = crypto.randomUUID();
    learnerId = newLearnerId;
    switchDevice = () => someoneElse(newLearnerId);
  }
  if (!(await takeSlot(db, JOIN_LIMIT, addressHash, now))) {
    return { outcome: "too-many-joins", retryAfterSeconds: JOIN_LIMIT.windowMs / 1000 };
  }
  const outcome = await addToClass(db, classRow.id, learnerId, request.nickname);
  // Only joins count against the limit.
  if (outcome !== "joined") await giveBackSlotQuery(db, JOIN_LIMIT, addressHash, now);
  else await switchDevice?.();
  switch (outcome) {
    case "joined":
    // A lost race against the learner's own double submit is a join, not a taken nickname.
    case "already-member":
      return { outcome, classId: classRow.id };
    case "no-class":
      // Deleted while joining.
      return { outcome: "unknown-code" };
    case "full":
      return { outcome: "class-full", maxMembers: MAX_MEMBERS };
    case "nickname-taken":
    case "lookalike-taken":
      return { outcome };
  }
}
