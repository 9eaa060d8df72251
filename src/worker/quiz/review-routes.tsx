/**
 * "Wiederholen": the questions a learner answered before come back when FSRS says they are due
 * (../review/cards.ts), across all texts, as a quiz of their own. Without an account: the learner cookie.
 */
import { Hono } from "hono";
import { REVIEW_QUIZ_ID } from "../../bank";
import { getLearnerId } from "../learner";
import { ReviewPage } from "./pages/review";
import { REVIEW_SESSION_SIZE } from "../review/queue";
import { learnerReview, learnerReviewQueue } from "../review/store";
import type { AppEnv } from "../types";
import { attemptUrl, startAttempt } from "./attempts";
import { attemptsOfLearner } from "./store";

export const reviewRoutes = new Hono<AppEnv>();

reviewRoutes.get("/wiederholen", async (c) => {
  c.header("Cache-Control", "no-store");
  const now = Date.now();
  const queue = await learnerReviewQueue(c.var.db, await getLearnerId(c), now);
  return c.html(<ReviewPage queue={queue} now={now} />);
});

reviewRoutes.post("/wiederholen/starten", async (c) => {
  const learnerId = await getLearnerId(c);
  if (!learnerId) return c.redirect("/wiederholen", 303);
  const [attempts, { queue, canAsk }] = await Promise.all([attemptsOfLearner(c.var.db, learnerId), learnerReview(c.var.db, learnerId, Date.now())]);
  // A session begun before (a double click, the back button) goes on where it stopped, unless what it has
  // left can no longer be asked (the learner left the class, the teacher changed the question): a new one then.
  const unfinished = attempts.find((attempt) => attempt.quizId === REVIEW_QUIZ_ID && attempt.answered < attempt.questionIds.filter(canAsk).length);
  if (unfinished) return c.redirect(attemptUrl(unfinished.id), 303);
  const { due } = queue;
  if (due.length === 0) return c.redirect("/wiederholen", 303);
  const attemptId = await startAttempt(c.var.db, learnerId, REVIEW_QUIZ_ID, () => due.slice(0, REVIEW_SESSION_SIZE));
  return c.redirect(attemptUrl(attemptId), 303);
});
