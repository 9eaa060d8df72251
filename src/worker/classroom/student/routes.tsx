/** The students' side of the classroom: joining, "Meine Klassen", one's own class, starting an assignment, leaving. */
import { zValidator } from "@hono/zod-validator";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { questionSource } from "../../content";
import { jsonErrors, messageResponse } from "../../errors";
import { MessagePage } from "../../layout/message";
import { continueAsLearner, ensureLearnerCookie, getLearnerId, learnerIdWithoutRow } from "../../learner";
import { attemptUrl, learnerClassUrl, startClassAttempt } from "../../quiz/attempts";
import { attemptsOfLearner } from "../../quiz/store";
import type { AppEnv } from "../../types";
import { attemptsOfAssignment } from "../assignment-store";
import { ClassId, confirmation, validForm, knownClassParams, noClass } from "../forms";
import { nicknameKey } from "../nickname";
import { clientAddressHash } from "../../rate-limit";
import { RecoveryCodePanel } from "../../recovery/pages";
import { recoveryCodeStatus } from "../../recovery/store";
import { berlinDate, germanNumericDate } from "../../../shared/berlin-days";
import { answeringState } from "../schedule";
import { className } from "../parts";
import { classesOfLearner, deleteMember, findAssignment, findClass, findMembership } from "../store";
import { taughtClassIds } from "../teacher/access";
import { loadStudentAssignments } from "./assignments";
import { joinForm, joinQuery } from "./forms";
import { type JoinOutcome, joinClass } from "./join";
import { JoinPage, MyClassesPage, MyClassPage, WhoAreYouPage } from "./pages";

export const studentRoutes = new Hono<AppEnv>();

const renderJoin = (c: Context<AppEnv>, errors: string[], input: Record<string, string>, status: 400 | 404 | 409 | 429) =>
  jsonErrors(c, status, errors) ?? c.html(<JoinPage errors={errors} code={input.code} nickname={input.nickname} />, status);

/** What the student reads when joining did not work, with its status. */
function refusal(outcome: Exclude<JoinOutcome, { outcome: "joined" | "already-member" | "other-member-on-device" }>): {
  status: 404 | 409 | 429;
  message: string;
} {
  switch (outcome.outcome) {
    case "too-many-wrong-codes":
      return { status: 429, message: "Zu viele falsche Codes von diesem Anschluss. Bitte warte 15 Minuten und frag deine Lehrkraft nach dem Code." };
    case "unknown-code":
      return { status: 404, message: "Diesen Klassencode gibt es nicht. Bitte prüfe ihn." };
    case "too-many-joins":
      return { status: 429, message: "Von diesem Anschluss sind gerade sehr viele beigetreten. Bitte warte 15 Minuten." };
    case "class-full":
      return { status: 409, message: `Diese Klasse ist voll (höchstens ${outcome.maxMembers} Schülerinnen und Schüler).` };
    case "nickname-taken":
      return {
        status: 409,
        message:
          "Diesen Spitznamen gibt es in der Klasse schon. Bist du das auf einem neuen Gerät? Dann erstelle auf deinem alten Gerät auf der Klassenseite einen Code und gib ihn unter „Ich habe schon einen Code“ ein. Sonst wähle bitte einen anderen Spitznamen.",
      };
    case "lookalike-taken":
      return { status: 409, message: "In der Klasse gibt es schon einen Spitznamen, der genauso aussieht. Bitte wähle einen anderen." };
  }
}

studentRoutes.get("/beitreten", zValidator("query", joinQuery), async (c) => {
  await ensureLearnerCookie(c);
  return c.html(<JoinPage code={c.req.valid("query").code} />);
});

studentRoutes.post(
  "/beitreten",
  validForm(joinForm, (c: Context<AppEnv>, errors, input) => renderJoin(c, errors, input, 400)),
  async (c) => {
    const { code, nickname, jemandAnderes } = c.req.valid("form");
    const typed = await c.req.parseBody();
    const joined = await joinClass(c.var.db, {
      code,
      nickname,
      nicknameKey: nicknameKey(nickname),
      addressHash: await clientAddressHash(c),
      now: Date.now(),
      learner: () => learnerIdWithoutRow(c),
      someoneElse: jemandAnderes ? (learnerId) => continueAsLearner(c, learnerId) : undefined,
    });
    if (joined.outcome === "joined" || joined.outcome === "already-member") return c.redirect(learnerClassUrl(joined.classId), 303);
    if (joined.outcome === "other-member-on-device") {
      return c.html(<WhoAreYouPage code={String(typed.code ?? "")} nickname={nickname} member={joined.member} className={className(joined.classRow)} />);
    }
    if ("retryAfterSeconds" in joined) c.header("Retry-After", String(joined.retryAfterSeconds));
    const { status, message } = refusal(joined);
    return renderJoin(c, [message], { code: String(typed.code ?? ""), nickname }, status);
  },
);

studentRoutes.get("/meine", async (c) => {
  const learnerId = await getLearnerId(c);
  const memberships = learnerId ? await classesOfLearner(c.var.db, learnerId) : [];
  // Deleted classes drop out; whether this device still opens a class, its dashboard checks.
  const taught = (await Promise.all(taughtClassIds(c).map((id) => findClass(c.var.db, id)))).filter((classRow) => classRow !== undefined);
  return c.html(
    <MyClassesPage
      taught={taught.map((classRow) => ({ id: classRow.id, name: className(classRow) }))}
      joined={memberships.map(({ classRow, member }) => ({ id: classRow.id, name: className(classRow), nickname: member.nickname }))}
    />,
  );
});

/**
 * The class and membership of the learner in this request, or undefined: other classes look the same as
 * missing ones. After knownClassParams.
 */
async function ownMembership(c: Context<AppEnv>) {
  const classId = c.req.param("classId") ?? "";
  const learnerId = await getLearnerId(c);
  if (!learnerId) return undefined;
  const member = await findMembership(c.var.db, classId, learnerId);
  const classRow = member && (await findClass(c.var.db, classId));
  return member && classRow ? { member, classRow, learnerId } : undefined;
}

studentRoutes.get("/meine/:classId", knownClassParams, async (c) => {
  const own = await ownMembership(c);
  if (!own) return noClass(c);
  const now = Date.now();
  const [items, recovery] = await Promise.all([
    loadStudentAssignments(c.var.db, own.classRow.id, own.learnerId, now),
    recoveryCodeStatus(c.var.db, own.learnerId),
  ]);
  return c.html(
    <MyClassPage
      classId={own.classRow.id}
      className={className(own.classRow)}
      nickname={own.member.nickname}
      items={items}
      today={berlinDate(now)}
      otherDevice={<RecoveryCodePanel status={recovery} returnTo={learnerClassUrl(own.classRow.id)} />}
    />,
  );
});

const noAssignment = (c: Context) => messageResponse(c, 404, "Nicht gefunden", "Diese Aufgabe gibt es in deiner Klasse nicht.");

studentRoutes.post(
  "/meine/:classId/aufgaben/:assignmentId/starten",
  knownClassParams,
  zValidator("param", z.object({ classId: ClassId, assignmentId: ClassId }), (result, c) => (result.success ? undefined : noAssignment(c))),
  async (c) => {
    const own = await ownMembership(c);
    if (!own) return noClass(c);
    const assignment = await findAssignment(c.var.db, own.classRow.id, c.req.valid("param").assignmentId);
    if (!assignment) return noAssignment(c);
    const state = answeringState(assignment, Date.now());
    const back = { href: learnerClassUrl(own.classRow.id), text: "Zurück zur Klasse" };
    if (state === "not-yet") {
      return messageResponse(c, 409, "Noch nicht freigegeben", `Diese Aufgabe gibt es ab dem ${germanNumericDate(assignment.openFrom ?? "")}. Bis dann!`, back);
    }
    const attempts = await attemptsOfAssignment(c.var.db, own.learnerId, assignment.id);
    // The newest attempt with questions left; else the newest (its results); a closed assignment opens no new one.
    const existing = attempts.find((attempt) => attempt.answered < attempt.questionCount) ?? attempts[0];
    if (existing) return c.redirect(attemptUrl(existing.id), 303);
    if (state === "closed" && assignment.liveAt !== null) {
      return messageResponse(c, 409, "Live-Stunde vorbei", "Das waren die Ergebnisse einer Live-Stunde, die schon beendet ist. Du warst nicht dabei.", back);
    }
    if (state === "closed") {
      return messageResponse(c, 409, "Aufgabe geschlossen", `Diese Aufgabe war bis zum ${germanNumericDate(assignment.dueDate ?? "")} zu erledigen.`, back);
    }
    const source = questionSource(c.var.db, { classId: own.classRow.id });
    const quiz = await source.quiz(assignment.quizId);
    if (!quiz) return messageResponse(c, 404, "Quiz nicht gefunden", "Dieses Quiz gibt es nicht mehr. Bitte sag deiner Lehrkraft Bescheid.");
    // A built-in quiz: the whole class gets its default selection (seeded with its id), as the catalogue
    // announces it. An own text: each attempt its own draw of the teacher's size (seeded with the attempt's
    // id, stored with it, so a reload keeps it), questions the student had in earlier attempts last, as the
    // review page promises; the dashboard counts each question over the attempts that asked it.
    const avoid =
      quiz.origin === "own"
        ? new Set((await attemptsOfLearner(c.var.db, own.learnerId)).filter((attempt) => attempt.quizId === quiz.id).flatMap((attempt) => attempt.questionIds))
        : undefined;
    const drawn = (attemptId: string) =>
      (quiz.origin === "own" ? source.draw(quiz, attemptId, avoid) : source.draw(quiz, quiz.id)).map((question) => question.id);
    const attemptId =
      (await startClassAttempt(c.var.db, own.learnerId, quiz.id, drawn, assignment.id, { onlyOne: true })) ??
      // Not written: a parallel "Starten" was first (then continue its attempt), or the student has just left the class.
      (await attemptsOfAssignment(c.var.db, own.learnerId, assignment.id))[0]?.id;
    if (!attemptId) return noClass(c);
    return c.redirect(attemptUrl(attemptId), 303);
  },
);

studentRoutes.post(
  "/meine/:classId/austreten",
  knownClassParams,
  validForm(confirmation("Bitte bestätige das Löschen mit dem Häkchen."), (c: Context<AppEnv>, errors) =>
    messageResponse(c, 400, "Nicht gelöscht", errors.join(" "), { href: learnerClassUrl(c.req.param("classId") ?? ""), text: "Zurück" }),
  ),
  async (c) => {
    const own = await ownMembership(c);
    if (!own) return noClass(c);
    await deleteMember(c.var.db, own.classRow.id, own.learnerId);
    return c.redirect("/klassen/verlassen", 303);
  },
);

studentRoutes.get("/verlassen", (c) =>
  c.html(
    <MessagePage
      title="Daten gelöscht"
      message="Du hast die Klasse verlassen. Dein Spitzname und deine Antworten in dieser Klasse sind gelöscht."
      link={{ href: "/klassen/beitreten", text: "Einer Klasse beitreten" }}
    />,
  ),
);
