/**
 * A live session's answers into the class, as if the players had done an assignment: an assignment row of
 * the session's own (`live_at` set to when the session started, beside any homework of the same quiz, which
 * keeps its results as the students did it), one attempt per player with the questions asked, closed (a
 * question missed in class stays unanswered: ../quiz/routes.tsx refuses later answers), and the graded
 * answers. The dashboard and the CSV read them as they read any assignment (members -> attempts ->
 * answers), as a column of its own. Players who are no longer members of the class (they left it during
 * the session) are left out, and so are their answers.
 *
 * A live answer is an answer: it moves the player's review card of the question (FSRS, ../review/cards.ts)
 * as an answer in a quiz does, rated the same way, at the time it was given; the review queue then asks
 * the questions missed in class again. Cards move only together with the attempt's first write, so a
 * retried write moves nothing twice, and only while the stored card is still the one read: a card that
 * a self-study answer moved in the meantime keeps that move (as of two answers at once in ../quiz).
 *
 * One D1 batch (one transaction), a handful of statements: D1 allows 100 bound parameters per statement
 * and, on the free plan, 50 queries per invocation, so the rows travel as JSON in one parameter and are
 * unpacked by json_each. Every insert ignores rows already there: a retried write adds nothing.
 */
import { and, eq, sql } from "drizzle-orm";
import { isOwnTextId } from "../../bank/ids";
import { database } from "../../db";
import { assignments, classes, classMembers } from "../../db/schema/classroom";
import { answers, attempts, learners } from "../../db/schema/progress";
import { randomId } from "../classroom/secrets";
import { ratingFor, reviewCard, type StoredCard } from "../review/cards";
import { cardPath } from "../review/store";
import type { LiveQuestion } from "./questions";
import type { AnswerRow, PlayerRow, SessionRow } from "./store";

/** Answers per statement: keeps a statement's JSON parameter far below D1's 2 MB per value. */
const ANSWERS_PER_STATEMENT = 500;

const now = sql<Date>`cast(unixepoch('subsecond') * 1000 as integer)`;

/**
 * Writes the results; returns D1's rows written (0 when nothing was asked, or the class or the class's own text the
 * session asked is gone: the teacher deleted it during the session, and its answers would stand for a quiz nobody knows).
 */
export async function writeResults(
  binding: D1Database,
  session: SessionRow,
  players: PlayerRow[],
  given: AnswerRow[],
  questionAt: (position: number) => LiveQuestion,
): Promise<number> {
  if (session.position === 0 || players.length === 0) return 0;
  const db = database(binding);
  const { classId, quizId } = session;
  const there = await db
    .select({
      // Qualified by hand: drizzle writes bare column names here, and a bare "id" would mean own_texts.id.
      ownTextId: sql<string | null>`(select "own_texts"."id" from "own_texts" where "own_texts"."id" = ${quizId} and "own_texts"."class_id" = "classes"."id")`,
    })
    .from(classes)
    .where(eq(classes.id, classId))
    .get();
  if (!there || (isOwnTextId(quizId) && there.ownTextId === null)) return 0;

  const questionIds = Array.from({ length: session.position }, (_, index) => questionAt(index + 1).question.id);
  const attemptOf = new Map(players.map((player) => [player.learnerId, player.attemptId]));
  // The session's own row: found again by when the session started, so a retried write adds none.
  const liveAt = session.createdAt;
  const assignmentId = db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.classId, classId), eq(assignments.quizId, quizId), eq(assignments.liveAt, liveAt)));

  const attemptRows = JSON.stringify(players.map((player) => [player.attemptId, player.learnerId]));
  const insertAttempts = db
    .insert(attempts)
    .select((select) =>
      select
        .select({
          id: sql<string>`value ->> 0`.as("id"),
          learnerId: sql<string>`value ->> 1`.as("learner_id"),
          quizId: sql<string>`${quizId}`.as("quiz_id"),
          questionIds: sql<string[]>`${JSON.stringify(questionIds)}`.as("question_ids"),
          assignmentId: sql<string>`(${assignmentId})`.as("assignment_id"),
          closedAt: now.as("closed_at"),
          createdAt: now.as("created_at"),
        })
        .from(sql`json_each(${attemptRows})`)
        .where(sql`exists (select 1 from ${classMembers} where ${classMembers.classId} = ${classId} and ${classMembers.learnerId} = value ->> 1)`),
    )
    .onConflictDoNothing();

  const { updateCards } = await reviewCardsUpdate(db, players, given, questionAt, classId);

  const answerRows = given.flatMap((answer) => {
    const attemptId = attemptOf.get(answer.learnerId);
    return attemptId ? [[attemptId, questionIds[answer.position - 1], JSON.stringify(answer.response), answer.score]] : [];
  });
  const insertAnswers = [];
  for (let start = 0; start < answerRows.length; start += ANSWERS_PER_STATEMENT) {
    const chunk = JSON.stringify(answerRows.slice(start, start + ANSWERS_PER_STATEMENT));
    insertAnswers.push(
      db
        .insert(answers)
        .select((select) =>
          select
            .select({
              id: sql<number>`null`.as("id"),
              attemptId: sql<string>`value ->> 0`.as("attempt_id"),
              questionId: sql<string>`value ->> 1`.as("question_id"),
              response: sql<unknown>`value ->> 2`.as("response"),
              score: sql<number>`value ->> 3`.as("score"),
              createdAt: now.as("created_at"),
            })
            .from(sql`json_each(${chunk})`)
            // Only into attempts that were written: a player who left the class has none.
            .where(sql`exists (select 1 from ${attempts} where ${attempts.id} = value ->> 0)`),
        )
        .onConflictDoNothing(),
    );
  }

  const results = await db.batch([
    db.insert(assignments).values({ id: randomId(), classId, quizId, dueDate: null, liveAt }).onConflictDoNothing(),
    // Before the attempts: it moves cards only of players whose attempt is not written yet.
    updateCards,
    insertAttempts,
    ...insertAnswers,
  ]);
  return results.reduce((sum, result) => sum + result.meta.rows_written, 0);
}

/**
 * One UPDATE that moves every player's cards of the questions they answered: the new cards, computed here
 * from the stored ones, travel as one JSON parameter and are merged into each learner's cards
 * (json_patch), 1 row written per player. Only for players who are members of the class and whose
 * attempt is not written yet; and only the cards whose stored review count is still the one they were
 * computed from (checked in the same statement), so an answer given elsewhere between the read and this
 * write is never overwritten.
 */
async function reviewCardsUpdate(
  db: ReturnType<typeof database>,
  players: PlayerRow[],
  given: AnswerRow[],
  questionAt: (position: number) => LiveQuestion,
  classId: string,
) {
  const learnerIds = JSON.stringify(players.map((player) => player.learnerId));
  const stored = await db
    .select({ id: learners.id, cards: learners.reviewCards })
    .from(learners)
    .where(sql`${learners.id} in (select value from json_each(${learnerIds}))`);
  const cardsOf = new Map(stored.map((row) => [row.id, row.cards]));
  const patches = players.flatMap((player) => {
    const cards = cardsOf.get(player.learnerId) ?? {};
    const patch: Record<string, { card: StoredCard; reps: number }> = {};
    const theirs = given.filter((answer) => answer.learnerId === player.learnerId).sort((a, b) => a.answeredAt - b.answeredAt);
    for (const answer of theirs) {
      const { question } = questionAt(answer.position);
      cardPath(question.id); // throws for an id that cannot be a key in the path below
      const previous = patch[question.id]?.card ?? cards[question.id];
      const card = reviewCard(previous, ratingFor(question, answer.response, answer.score), new Date(answer.answeredAt));
      patch[question.id] = { card, reps: cards[question.id]?.reps ?? 0 };
    }
    return theirs.length > 0 ? [[player.learnerId, JSON.stringify(patch), player.attemptId]] : [];
  });
  const rows = JSON.stringify(patches);
  // The player's cards whose stored review count is still the one read: a self-study answer in between moved it on.
  const unchangedCards = sql`(select json_group_object(entry.key, json(entry.value ->> '$.card'))
    from json_each((select player.value ->> 1 from json_each(${rows}) as player where player.value ->> 0 = ${learners.id})) as entry
    where coalesce(json_extract(${learners.reviewCards}, '$."' || entry.key || '".reps'), 0) = entry.value ->> '$.reps')`;
  // In an object: an awaited query builder would run at once, outside the batch.
  const updateCards = db
    .update(learners)
    .set({ reviewCards: sql`json_patch(${learners.reviewCards}, ${unchangedCards})` })
    .where(
      sql`${learners.id} in (select value ->> 0 from json_each(${rows})
        where not exists (select 1 from ${attempts} where ${attempts.id} = value ->> 2)
        and exists (select 1 from ${classMembers} where ${classMembers.classId} = ${classId} and ${classMembers.learnerId} = value ->> 0))`,
    );
  return { updateCards };
}
