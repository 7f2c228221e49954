import "server-only";
// Owns the write side of a learner's memory of one question: load (or create)
// the card, apply a rating with ts-fsrs (via lib/domain/scheduling), write the
// new state and append a review log row. Called inside the caller's
// transaction so a quiz answer and its card update land together.
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyRating, newCardState, undoRating, type Grade, type StoredCard } from "@/lib/domain/scheduling";

type Tx = Prisma.TransactionClient;
export type MemorySettings = { desiredRetention: number; maximumInterval: number };

export function storedCardOf(row: StoredCard): StoredCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

export async function settingsOf(tx: Tx, userId: string): Promise<MemorySettings> {
  return tx.user.findUniqueOrThrow({ where: { id: userId }, select: { desiredRetention: true, maximumInterval: true } });
}

/** What rating reads of a card: its row and the ts-fsrs state (not the learner's bury, suspend or flag). */
export const RATED_CARD = {
  id: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const satisfies Prisma.CardSelect;
export type RatedCard = StoredCard & { id: string };

/**
 * Applies a rating to the learner's card for a question (creating it if new)
 * and appends the log; returns the card's new version and the log's id. A
 * caller that has already read the card or the learner's settings in this
 * transaction passes them (`card`, null for none; `settings`) so they are not
 * read twice.
 */
export async function rateCard(
  tx: Tx,
  input: {
    userId: string;
    questionId: string;
    rating: Grade;
    now: Date;
    source: "review" | "quiz";
    durationMs?: number | null;
    card?: RatedCard | null;
    settings?: MemorySettings;
  },
): Promise<{ version: number; reviewLogId: string }> {
  const settings = input.settings ?? (await settingsOf(tx, input.userId));
  const existing =
    input.card !== undefined
      ? input.card
      : await tx.card.findUnique({ where: { userId_questionId: { userId: input.userId, questionId: input.questionId } }, select: RATED_CARD });
  const before = existing ? storedCardOf(existing) : newCardState(input.now);
  // A card last reviewed "after" now (clock skew between processes) is rated as of its last review.
  const at = before.lastReview && before.lastReview > input.now ? before.lastReview : input.now;
  const { card, log } = applyRating(before, input.rating, at, { ...settings, enableFuzz: false });
  const saved = existing
    ? await tx.card.update({ where: { id: existing.id, userId: input.userId }, data: { ...card, version: { increment: 1 } }, select: { id: true, version: true } })
    : await tx.card.create({ data: { userId: input.userId, questionId: input.questionId, ...card, version: 1 }, select: { id: true, version: true } });
  const logRow = await tx.reviewLog.create({
    data: {
      userId: input.userId,
      cardId: saved.id,
      questionId: input.questionId,
      source: input.source,
      durationMs: input.durationMs ?? null,
      previousDue: before.due,
      ...log,
    },
    select: { id: true },
  });
  return { version: saved.version, reviewLogId: logRow.id };
}

/**
 * Replaces the quiz's rating of a card with another (an "I was right"
 * override turns Again into Hard): the quiz's log row is removed, the card
 * rolled back with ts-fsrs, and the new rating applied as of the same moment.
 */
export async function reRateQuizAnswer(
  tx: Tx,
  input: { userId: string; questionId: string; answeredAt: Date; rating: Grade },
): Promise<void> {
  const card = await tx.card.findUnique({ where: { userId_questionId: { userId: input.userId, questionId: input.questionId } } });
  if (!card) return;
  const latest = await tx.reviewLog.findFirst({ where: { userId: input.userId, cardId: card.id }, orderBy: { review: "desc" } });
  // Only the card's newest log can be replaced; if the learner reviewed it since, leave the schedule alone.
  if (!latest || latest.source !== "quiz" || latest.review.getTime() !== input.answeredAt.getTime()) return;
  const restored = undoRating(storedCardOf(card), latest, latest.previousDue ?? undefined);
  const settings = await settingsOf(tx, input.userId);
  const { card: next, log } = applyRating(restored, input.rating, input.answeredAt, { ...settings, enableFuzz: false });
  await tx.reviewLog.delete({ where: { id: latest.id, userId: input.userId } });
  await tx.card.update({ where: { id: card.id, userId: input.userId }, data: { ...next, version: { increment: 1 } } });
  await tx.reviewLog.create({
    data: {
      userId: input.userId,
      cardId: card.id,
      questionId: input.questionId,
      source: "quiz",
      durationMs: latest.durationMs,
      previousDue: restored.due,
      ...log,
    },
  });
}
