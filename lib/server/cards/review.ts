import "server-only";
// Owns the review session: which card comes next (ts-fsrs state + the pure
// queue builder), grading with a stale-card check, undo, bury, suspend, flag
// and reset. Every query filters by the learner; each write is one
// transaction: load, check, transition (pure), write, log.
import type { Db } from "@/lib/server/db";
import { serializableTransaction } from "@/lib/server/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  buildReviewQueue,
  nextStudyDayStart,
  newCardState,
  previewRatings,
  startOfStudyDay,
  undoRating,
  type Grade,
  type QueueCard,
  type StoredCard,
} from "@/lib/domain/scheduling";
import { evidenceHref } from "@/lib/server/data/evidence";
import type { Failure } from "@/lib/domain/quiz/feedback";
import type { ReviewCardView, ReviewCounts, SessionSummary } from "@/lib/domain/review-view";
import { displayCorrectAnswer, toGradable } from "@/lib/server/questions";
import { rateCard, storedCardOf } from "@/lib/server/cards/memory";

const fail = (error: string, status: Failure["status"] = 400): Failure => ({ ok: false, error, status });
const TX = { timeout: 20_000, maxWait: 10_000 } as const;

export type ReviewScope = { articleSlug?: string };

export type ReviewState = {
  scope: { slug: string; title: string } | null;
  counts: ReviewCounts;
  current: ReviewCardView | null;
  /** When the next card (not suspended) falls due, for "come back at". */
  nextDue: Date | null;
};

type Settings = { timeZone: string; newCardsPerDay: number; desiredRetention: number; maximumInterval: number };

async function userSettings(db: Db | Prisma.TransactionClient, userId: string): Promise<Settings> {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, newCardsPerDay: true, desiredRetention: true, maximumInterval: true },
  });
}

/** The session at `now`: counts and the next card to show (null when nothing is left today). */
export async function getReviewState(db: Db, userId: string, scope: ReviewScope, now: Date): Promise<ReviewState | null> {
  const article = scope.articleSlug
    ? await db.article.findUnique({ where: { slug: scope.articleSlug }, select: { id: true, slug: true, title: true } })
    : null;
  if (scope.articleSlug && !article) return null;
  const settings = await userSettings(db, userId);
  const questions = await db.question.findMany({
    where: { status: "active", ...(article ? { articleId: article.id } : {}) },
    select: { id: true, createdAt: true, evidenceStart: true, article: { select: { publishedAt: true, slug: true } } },
    orderBy: [{ articleId: "asc" }, { evidenceStart: "asc" }, { key: "asc" }],
  });
  const cards = await db.card.findMany({
    where: { userId, questionId: { in: questions.map((q) => q.id) } },
    select: { questionId: true, state: true, due: true, suspended: true, buriedUntil: true, createdAt: true },
  });
  const cardByQuestion = new Map(cards.map((c) => [c.questionId, c]));
  const queueCards: QueueCard[] = questions.map((q, position) => {
    const card = cardByQuestion.get(q.id);
    return card
      ? { id: q.id, state: card.state, due: card.due, suspended: card.suspended, buriedUntil: card.buriedUntil, createdAt: card.createdAt, position }
      : { id: q.id, state: 0, due: now, suspended: false, buriedUntil: null, createdAt: q.createdAt, position };
  });
  const introducedToday = await db.reviewLog.count({ where: { userId, state: 0, review: { gte: startOfStudyDay(now, settings.timeZone) } } });
  const { queue, counts } = buildReviewQueue(queueCards, now, {
    timeZone: settings.timeZone,
    newCardsPerDay: settings.newCardsPerDay,
    newCardsIntroducedToday: introducedToday,
  });
  const nextId = queue[0];
  const upcoming = cards
    .filter((c) => !c.suspended && c.state !== 0 && c.due > now)
    .reduce<Date | null>((min, c) => (min === null || c.due < min ? c.due : min), null);
  return {
    scope: article ? { slug: article.slug, title: article.title } : null,
    counts,
    current: nextId ? await cardView(db, userId, nextId, now, settings) : null,
    nextDue: upcoming,
  };
}

async function cardView(db: Db, userId: string, questionId: string, now: Date, settings: Settings): Promise<ReviewCardView> {
  const [question, card] = await Promise.all([
    db.question.findUniqueOrThrow({ where: { id: questionId } }),
    db.card.findUnique({ where: { userId_questionId: { userId, questionId } } }),
  ]);
  const q = toGradable(question);
  const stored: StoredCard = card ? storedCardOf(card) : newCardState(now);
  const href = await evidenceHref(db, question);
  let front = q.prompt;
  let frontList: string[] | null = null;
  if (q.kind === "true_false") front = `True or false: ${q.prompt}`;
  if (q.kind === "ordering") frontList = [...(q.items ?? [])].sort((a, b) => a.localeCompare(b));
  if (q.kind === "matching") frontList = (q.pairs ?? []).map((p) => p.left);
  const at = stored.lastReview && stored.lastReview > now ? stored.lastReview : now;
  return {
    questionId,
    version: card?.version ?? 0,
    kind: q.kind,
    state: stored.state,
    front,
    frontList,
    back: displayCorrectAnswer(q),
    explanation: question.explanation,
    evidenceText: question.evidenceText,
    evidenceHref: href,
    flag: card?.flag ?? 0,
    previews: previewRatings(stored, at, { desiredRetention: settings.desiredRetention, maximumInterval: settings.maximumInterval, enableFuzz: false }).map((p) => ({
      rating: p.rating as 1 | 2 | 3 | 4,
      label: p.label,
      interval: p.interval,
    })),
  };
}

export type ReviewActionResult = { ok: true } | Failure;

/** Grades the card shown at `expectedVersion`; a grade for a card that changed since (another tab) is refused. */
export async function gradeCard(
  db: Db,
  userId: string,
  input: { questionId: string; expectedVersion: number; rating: Grade; durationMs: number | null },
  now: Date,
): Promise<ReviewActionResult> {
  return serializableTransaction(db, async (tx) => {
    const question = await tx.question.findFirst({ where: { id: input.questionId, status: "active" }, select: { id: true } });
    if (!question) return fail("That card no longer exists.", 404);
    const card = await tx.card.findUnique({ where: { userId_questionId: { userId, questionId: input.questionId } } });
    if ((card?.version ?? 0) !== input.expectedVersion) {
      return fail("This card changed since it was shown (perhaps in another tab). It has been reloaded; grade it again.", 409);
    }
    if (card?.suspended) return fail("This card is suspended.", 409);
    await rateCard(tx, { userId, questionId: input.questionId, rating: input.rating, now, source: "review", durationMs: input.durationMs });
    return { ok: true as const };
  }, TX);
}

/** Undoes the learner's last review grade: the card goes back exactly as it was and the log row is removed. */
export async function undoLastReview(db: Db, userId: string): Promise<{ ok: true; questionId: string } | Failure> {
  return serializableTransaction(db, async (tx) => {
    const log = await tx.reviewLog.findFirst({ where: { userId, source: "review" }, orderBy: [{ review: "desc" }, { createdAt: "desc" }] });
    if (!log) return fail("There is nothing to undo.", 409);
    const card = await tx.card.findFirst({ where: { id: log.cardId, userId } });
    if (!card) return fail("There is nothing to undo.", 409);
    const newest = await tx.reviewLog.findFirst({ where: { cardId: card.id, userId }, orderBy: [{ review: "desc" }, { createdAt: "desc" }] });
    if (newest?.id !== log.id) return fail("That card was answered again since (in a quiz); its last grade can no longer be undone.", 409);
    const previous = undoRating(storedCardOf(card), log, log.previousDue ?? undefined);
    await tx.card.update({ where: { id: card.id }, data: { ...previous, version: { increment: 1 } } });
    await tx.reviewLog.delete({ where: { id: log.id } });
    return { ok: true as const, questionId: card.questionId };
  }, TX);
}

type CardChange = { buriedUntil?: Date | null; suspended?: boolean; flag?: number; reset?: true };

/** Bury, suspend, flag or reset one of the learner's cards (creating the card row for a never-seen question). */
export async function changeCard(db: Db, userId: string, questionId: string, change: CardChange, now: Date): Promise<ReviewActionResult> {
  return serializableTransaction(db, async (tx) => {
    const question = await tx.question.findFirst({ where: { id: questionId, status: "active" }, select: { id: true } });
    if (!question) return fail("That card no longer exists.", 404);
    const { reset, ...fields } = change;
    const data = { ...fields, ...(reset ? { ...newCardState(now), buriedUntil: null } : {}) };
    const existing = await tx.card.findUnique({ where: { userId_questionId: { userId, questionId } } });
    if (existing) await tx.card.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } });
    else await tx.card.create({ data: { userId, questionId, ...newCardState(now), ...data, version: 1 } });
    return { ok: true as const };
  }, TX);
}

export async function buryUntilTomorrow(db: Db, userId: string, questionId: string, now: Date): Promise<ReviewActionResult> {
  const { timeZone } = await userSettings(db, userId);
  return changeCard(db, userId, questionId, { buriedUntil: nextStudyDayStart(now, timeZone) }, now);
}


/** What the learner did in this review session (review grades since `since`). */
export async function getSessionSummary(db: Db, userId: string, since: Date): Promise<SessionSummary> {
  const logs = await db.reviewLog.findMany({ where: { userId, source: "review", review: { gte: since } }, select: { rating: true, durationMs: true } });
  const again = logs.filter((l) => l.rating === 1).length;
  return {
    reviewed: logs.length,
    timeMs: logs.reduce((sum, l) => sum + (l.durationMs ?? 0), 0),
    againRate: logs.length > 0 ? again / logs.length : null,
  };
}
