/**
 * The version of an assignment's results page, as an ETag, so that the page's script can ask every few
 * seconds "anything new?" and mostly get 304 Not Modified without the results being read or computed.
 *
 * ETag = "<newest answer id when computed>.<fingerprint>". Answer ids only grow (the rowid), so "new
 * answers of this assignment since then" is a short range read (./results-queries.ts). Everything else
 * the page shows goes into the fingerprint: the members and their nicknames (a join, a rename, a merge
 * or a removal changes them; answers only disappear with a member or with the assignment), the
 * version of an own text (a teacher's edit or withdrawal shows without a new answer) or of a bank text's quiz (a deploy
 * that regenerated its questions changes which the page lists and how it numbers them), how many attempts were
 * begun (a student who begins leaves "noch nicht begonnen" before answering), the assignment's dates, and which
 * side of its opening and due date `now` is on (statuses turn "überfällig"
 * at midnight without any write).
 */
import { bankQuizVersion } from "../../bank";
import { dueDeadline } from "../../shared/berlin-days";
import { answeringState } from "./schedule";

export interface VersionInputs {
  assignment: { quizId: string; openFrom: string | null; dueDate: string | null; closesAtDue: boolean };
  members: readonly { id: number; nickname: string }[];
  /** The own text's version (its questions edited, it was withdrawn); 0 for a quiz of the bank. */
  contentVersion: number;
  /** How many attempts the members have at the assignment: one begun without an answer leaves "noch nicht begonnen". */
  attemptCount: number;
}

/** FNV-1a, 32 bit: tells versions apart, nothing more. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function resultsFingerprint({ assignment, members, contentVersion, attemptCount }: VersionInputs, now: number): string {
  const pastDue = assignment.dueDate !== null && now >= dueDeadline(assignment.dueDate);
  const parts = [
    assignment.openFrom,
    assignment.dueDate,
    assignment.closesAtDue,
    answeringState(assignment, now),
    pastDue,
    contentVersion,
    bankQuizVersion(assignment.quizId),
    attemptCount,
    ...members.map((member) => `${member.id}:${member.nickname}`),
  ];
  return fnv1a(parts.join("\u0000"));
}

export const resultsEtag = (newestAnswerId: number, fingerprint: string) => `"${newestAnswerId}.${fingerprint}"`;

/** The parts of an ETag this page sent, or undefined for anything else. */
export function parseResultsEtag(header: string | undefined): { since: number; fingerprint: string } | undefined {
  const match = /^(?:W\/)?"(\d{1,15})\.([0-9a-z]{1,8})"$/.exec(header?.trim() ?? "");
  return match ? { since: Number(match[1]), fingerprint: match[2]! } : undefined;
}
