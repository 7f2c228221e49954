import "server-only";
// Owns the review session: which card comes next (ts-fsrs state + the pure
// queue builder, with Anki-style custom study), grading with a stale-card
// check, bury, suspend, flag and reset, and undo of any of the session's
// actions by its id (each is recorded as a CardAction with what it changed).
// Every query filters by the learner; each write is one transaction: load,
// check, transition (pure), write, log. A card whose question a quiz in
// progress still asks is held out of the queue and its counts until it is
// answered there (the exam lock, exam-lock.ts): its back is the quiz's key.
// A grade buries the card's siblings (same fact, same sentence) until the
// next study day when the learner's setting says so; undoing the grade
// undoes that burying too.
import type { Db } from "@/lib/server/db";
import { serializableTransaction } from "@/lib/server/transaction";
import { NO_USER_ID } from "@/lib/server/viewer-id";
import { z } from "zod";
import type { CardActionKind, Prisma } from "@/lib/generated/prisma/client";
import {
  addExtraNewCards,
  buildReviewQueue,
  extraNewCardsToday,
  nextStudyDayStart,
  isSibling,
  newCardState,
  previewRatings,
  SCHEDULED,
  siblingsToBury,
  startOfStudyDay,
  undoRating,
  type CustomStudyOffer,
  type Grade,
  type QueueCard,
  type StoredCard,
  type StudyMode,
} from "@/lib/domain/scheduling";
import { reviewFront, reviewSeed } from "@/lib/domain/review-front";
import { familyOf } from "@/lib/domain/questions/family";
import { evidenceHref } from "@/lib/server/data/evidence";
import { getUserSettings, type UserSettings } from "@/lib/server/data/settings";
import type { Failure } from "@/lib/domain/quiz/feedback";
import type { ReviewCardView, ReviewCounts, ReviewView, SessionSummary } from "@/lib/domain/review-view";
import { displayCorrectAnswer, toGradable } from "@/lib/server/questions";
import { rateCard, storedCardOf } from "@/lib/server/cards/memory";
import { getExamLocks } from "@/lib/server/data/exam-lock";
import { studyableArticles, studyableQuestions } from "@/lib/server/articles/access";

const fail = (error: string, status: Failure["status"] = 400): Failure => ({ ok: false, error, status });
const TX = { timeout: 20_000, maxWait: 10_000 } as const;

export type ReviewScope = { articleSlug?: string };

export type ReviewState = {
  scope: { slug: string; title: string } | null;
  counts: ReviewCounts;
  current: ReviewCardView | null;
  /** When the next card (not suspended) falls due, for "come back at". */
  nextDue: Date | null;
  /** The session's custom study, if any, and what custom study could add now. */
  mode: StudyMode;
  more: CustomStudyOffer;
  /** The learner's zone, for showing times. */
  timeZone: string;
  /** Cards held out of this session because a quiz in progress asks them, and that quiz. */
  heldForQuiz: { count: number; attemptId: string } | null;
};

type Settings = UserSettings;

/** The session at `now`: counts and the next card to show (null when nothing is left today), in the given custom-study mode. */
export async function getReviewState(db: Db, userId: string, scope: ReviewScope, now: Date, mode: StudyMode = SCHEDULED): Promise<ReviewState | null> {
  const article = scope.articleSlug
    ? await db.article.findFirst({ where: { slug: scope.articleSlug, ...studyableArticles(userId) }, select: { id: true, slug: true, title: true } })
    : null;
  if (scope.articleSlug && !article) return null;
  const [settings, scoped, locks] = await Promise.all([
    getUserSettings(db, userId),
    db.question.findMany({
      where: { status: "active", ...(article ? { articleId: article.id } : studyableQuestions(userId)) },
      select: { id: true, createdAt: true },
      orderBy: [{ articleId: "asc" }, { evidenceStart: "asc" }, { key: "asc" }],
    }),
    getExamLocks(db, userId),
  ]);
  // Held out rather than shown without a back: a card that cannot be turned over cannot be graded honestly.
  const questions = scoped.filter((q) => !locks.has(q.id));
  const held = scoped.filter((q) => locks.has(q.id));
  // The learner's cards through the question relation (one query, not an IN
  // list of every question id), kept to the active questions listed above.
  const active = new Set(questions.map((q) => q.id));
  const cards = (
    userId === NO_USER_ID
      ? []
      : await db.card.findMany({
          where: { userId, ...(article ? { question: { articleId: article.id } } : {}) },
          // Whole rows: the card shown next is among them, so cardView does not read it again.
        })
  ).filter((c) => active.has(c.questionId));
  const cardByQuestion = new Map(cards.map((c) => [c.questionId, c]));
  const queueCards: QueueCard[] = questions.map((q, position) => {
    const card = cardByQuestion.get(q.id);
    return card
      ? { id: q.id, state: card.state, due: card.due, suspended: card.suspended, buriedUntil: card.buriedUntil, createdAt: card.createdAt, position }
      : { id: q.id, state: 0, due: now, suspended: false, buriedUntil: null, createdAt: q.createdAt, position };
  });
  const introducedToday =
    userId === NO_USER_ID ? 0 : await db.reviewLog.count({ where: { userId, state: 0, review: { gte: startOfStudyDay(now, settings.timeZone) } } });
  const { queue, counts, more } = buildReviewQueue(queueCards, now, {
    timeZone: settings.timeZone,
    newCardsPerDay: settings.newCardsPerDay,
    newCardsIntroducedToday: introducedToday,
    extraNewCardsToday: extraNewCardsToday(settings, now, settings.timeZone),
    mode,
  });
  const nextId = queue[0];
  const upcoming = cards
    .filter((c) => !c.suspended && c.state !== 0 && c.due > now)
    .reduce<Date | null>((min, c) => (min === null || c.due < min ? c.due : min), null);
  return {
    scope: article ? { slug: article.slug, title: article.title } : null,
    counts,
    current: nextId ? await cardView(db, userId, nextId, cardByQuestion.get(nextId) ?? null, now, settings) : null,
    nextDue: upcoming,
    mode,
    more,
    timeZone: settings.timeZone,
    heldForQuiz: held[0] ? { count: held.length, attemptId: locks.get(held[0].id)! } : null,
  };
}

/** The session at `now` as the review screen receives it (the page's props, every review action's answer); null when the article is gone. */
export async function getReviewView(db: Db, userId: string, scope: ReviewScope, now: Date, mode: StudyMode = SCHEDULED): Promise<ReviewView | null> {
  const state = await getReviewState(db, userId, scope, now, mode);
  return state && reviewViewOf(state, now, userId !== NO_USER_ID);
}

/** A ReviewState as it crosses to the browser: times as ISO strings, and when it was read. */
export function reviewViewOf(state: ReviewState, at: Date, forLearner: boolean): ReviewView {
  const { nextDue, ...rest } = state;
  return { ...rest, forLearner, nextDueIso: nextDue ? nextDue.toISOString() : null, atIso: at.toISOString() };
}

/** The card shown: its question, read here, and the learner's card row (null: never studied), read with the queue. */
async function cardView(db: Db, userId: string, questionId: string, card: CardRow | null, now: Date, settings: Settings): Promise<ReviewCardView> {
  const question = await db.question.findUniqueOrThrow({ where: { id: questionId } });
  const q = toGradable(question);
  const stored: StoredCard = card ? storedCardOf(card) : newCardState(now);
  const href = await evidenceHref(db, question);
  // A new order for every learner and every review of the card (reps counts them).
  const { front, frontList, frontMatches } = reviewFront(q, reviewSeed(userId, questionId, stored.reps));
  const at = stored.lastReview && stored.lastReview > now ? stored.lastReview : now;
  return {
    questionId,
    version: card?.version ?? 0,
    kind: q.kind,
    state: stored.state,
    front,
    frontList,
    frontMatches,
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
/** A recorded session action: `actionId` names it for undo. */
export type RecordedActionResult = { ok: true; actionId: string } | Failure;

/** What a CardAction keeps of the card before the action (see prisma/schema.prisma, CardAction.before). */
const BeforeSchema = z.union([
  z.object({ existed: z.literal(false) }),
  z.object({
    existed: z.literal(true),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
    buriedUntil: z.iso.datetime().nullable().optional(),
    suspended: z.boolean().optional(),
    flag: z.number().int().optional(),
  }),
]);
type Before = z.infer<typeof BeforeSchema>;

type CardRow = NonNullable<Awaited<ReturnType<Prisma.TransactionClient["card"]["findUnique"]>>>;

function beforeOf(card: CardRow | null, kind: CardActionKind): Before {
  if (!card) return { existed: false };
  const base = { existed: true as const, version: card.version, updatedAt: card.updatedAt.toISOString() };
  switch (kind) {
    case "bury":
      return { ...base, buriedUntil: card.buriedUntil?.toISOString() ?? null };
    case "suspend":
      return { ...base, suspended: card.suspended };
    case "flag":
      return { ...base, flag: card.flag };
    case "grade":
      return base; // the scheduling columns come back from the review log (ts-fsrs rollback)
  }
}

async function recordAction(
  tx: Prisma.TransactionClient,
  input: { userId: string; questionId: string; kind: CardActionKind; before: Before; versionAfter: number; reviewLogId?: string; causedById?: string },
): Promise<string> {
  const row = await tx.cardAction.create({ data: { ...input, before: input.before }, select: { id: true } });
  return row.id;
}

/** What a grade reads of its question: enough to find its siblings. */
const GRADED_QUESTION = { id: true, articleId: true, factKey: true, evidenceText: true, answer: true, evidenceStart: true, evidenceEnd: true } as const satisfies Prisma.QuestionSelect;
type GradedQuestion = Prisma.QuestionGetPayload<{ select: typeof GRADED_QUESTION }>;

/**
 * Grades the card shown at `expectedVersion`; a grade for a card that changed since (another tab) is refused.
 * With the learner's "bury related cards" setting on, the card's siblings are buried until the next study day
 * in the same transaction, each recorded as a bury caused by this grade, so undoing the grade undoes them.
 */
export async function gradeCard(
  db: Db,
  userId: string,
  input: { questionId: string; expectedVersion: number; rating: Grade; durationMs: number | null },
  now: Date,
): Promise<RecordedActionResult> {
  return serializableTransaction(db, async (tx) => {
    const question = await tx.question.findFirst({ where: { id: input.questionId, status: "active", ...studyableQuestions(userId) }, select: GRADED_QUESTION });
    if (!question) return fail("That card no longer exists.", 404);
    const card = await tx.card.findUnique({ where: { userId_questionId: { userId, questionId: input.questionId } } });
    if ((card?.version ?? 0) !== input.expectedVersion) {
      return fail("This card changed since it was shown (perhaps in another tab). It has been reloaded; grade it again.", 409);
    }
    if (card?.suspended) return fail("This card is suspended.", 409);
    const settings = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { desiredRetention: true, maximumInterval: true, timeZone: true, burySiblings: true } });
    const rated = await rateCard(tx, { userId, questionId: input.questionId, rating: input.rating, now, source: "review", durationMs: input.durationMs, card, settings });
    const actionId = await recordAction(tx, {
      userId,
      questionId: input.questionId,
      kind: "grade",
      before: beforeOf(card, "grade"),
      versionAfter: rated.version,
      reviewLogId: rated.reviewLogId,
    });
    if (settings.burySiblings) await burySiblings(tx, userId, question, actionId, now, settings.timeZone);
    return { ok: true as const, actionId };
  }, TX);
}

/**
 * Buries the graded question's siblings for this learner (lib/domain/scheduling/siblings.ts decides which):
 * the other active questions of its article with the same fact key or the same evidence sentence. A sibling
 * without a card yet (a new card not introduced) gets one, new and buried, which undo removes again.
 */
async function burySiblings(tx: Prisma.TransactionClient, userId: string, graded: GradedQuestion, causedById: string, now: Date, timeZone: string): Promise<void> {
  const family = familyOf(graded);
  // Narrowed by the index on (articleId, factKey) and by the sentence's text and place; the keys decide below
  // (a row from before fact keys has none stored, but shares the sentence).
  const near = await tx.question.findMany({
    where: {
      articleId: graded.articleId,
      status: "active",
      id: { not: graded.id },
      OR: [{ factKey: family.factKey }, { evidenceText: graded.evidenceText }, { evidenceStart: { lt: graded.evidenceEnd }, evidenceEnd: { gt: graded.evidenceStart } }],
    },
    select: { id: true, factKey: true, evidenceText: true, answer: true },
  });
  const related = near.map((q) => ({ questionId: q.id, family: familyOf(q) })).filter((q) => isSibling(q.family, family));
  if (related.length === 0) return;
  const cards = await tx.card.findMany({ where: { userId, questionId: { in: related.map((q) => q.questionId) } } });
  const cardOf = new Map(cards.map((c) => [c.questionId, c]));
  const { until, questionIds } = siblingsToBury(
    { questionId: graded.id, family },
    related.map((q) => ({ ...q, card: cardOf.get(q.questionId) ?? null })),
    now,
    timeZone,
  );
  if (questionIds.length === 0) return;
  // In bulk, at most three statements however many siblings: the cards were read in this transaction, so each
  // one's version after the bury is known without reading it back.
  const existing = questionIds.flatMap((id) => cardOf.get(id) ?? []);
  const created = questionIds.filter((id) => !cardOf.has(id));
  if (existing.length > 0) {
    await tx.card.updateMany({ where: { userId, id: { in: existing.map((c) => c.id) } }, data: { buriedUntil: until, version: { increment: 1 } } });
  }
  if (created.length > 0) {
    await tx.card.createMany({ data: created.map((questionId) => ({ userId, questionId, ...newCardState(now), buriedUntil: until, version: 1 })) });
  }
  await tx.cardAction.createMany({
    data: questionIds.map((questionId) => {
      const card = cardOf.get(questionId) ?? null;
      return { userId, questionId, kind: "bury" as const, before: beforeOf(card, "bury"), versionAfter: card ? card.version + 1 : 1, causedById };
    }),
  });
}

/**
 * Takes back the sibling burying a grade caused: each sibling still as the bury left it goes back exactly
 * (or is removed, if the bury made it); one that changed since (answered in a quiz, buried again by hand)
 * keeps its later state.
 */
async function unburySiblings(tx: Prisma.TransactionClient, userId: string, gradeActionId: string, now: Date): Promise<void> {
  const caused = await tx.cardAction.findMany({ where: { userId, causedById: gradeActionId, undoneAt: null } });
  for (const action of caused) {
    const card = await tx.card.findUnique({ where: { userId_questionId: { userId, questionId: action.questionId } } });
    if (card && card.version === action.versionAfter) {
      const before = BeforeSchema.parse(action.before);
      if (before.existed) {
        await tx.card.update({
          where: { id: card.id, userId },
          data: { buriedUntil: before.buriedUntil ? new Date(before.buriedUntil) : null, version: before.version, updatedAt: new Date(before.updatedAt) },
        });
      } else {
        await tx.card.delete({ where: { id: card.id, userId } });
      }
    }
    await tx.cardAction.update({ where: { id: action.id, userId }, data: { undoneAt: now } });
  }
}

/**
 * Undoes one recorded action of the learner (a grade, bury, suspend or flag):
 * the card goes back exactly as it was before it, every column, or is removed
 * again if the action created it; a grade's log row is removed. Refused, with
 * nothing changed, when the action was already undone or the card changed
 * since (answered in a quiz, a later action not undone first). Someone else's
 * action is "not found".
 */
export async function undoCardAction(db: Db, userId: string, actionId: string, now: Date): Promise<{ ok: true; questionId: string } | Failure> {
  return serializableTransaction(db, async (tx) => {
    const action = await tx.cardAction.findFirst({ where: { id: actionId, userId } });
    if (!action) return fail("That action was not found.", 404);
    if (action.undoneAt) return fail("That action was already undone.", 409);
    const card = await tx.card.findUnique({ where: { userId_questionId: { userId, questionId: action.questionId } } });
    if ((card?.version ?? 0) !== action.versionAfter || !card) {
      return fail("This card changed since (perhaps in a quiz or another tab), so that action can no longer be undone.", 409);
    }
    const before = BeforeSchema.parse(action.before);
    if (action.kind === "grade") {
      const log = action.reviewLogId ? await tx.reviewLog.findFirst({ where: { id: action.reviewLogId, userId, cardId: card.id } }) : null;
      if (!log) return fail("That grade's review is gone, so it can no longer be undone.", 409);
      if (before.existed) {
        const previous = undoRating(storedCardOf(card), log, log.previousDue ?? undefined);
        await tx.card.update({ where: { id: card.id, userId }, data: { ...previous, version: before.version, updatedAt: new Date(before.updatedAt) } });
      }
      await tx.reviewLog.delete({ where: { id: log.id, userId } });
      await unburySiblings(tx, userId, action.id, now);
    } else if (before.existed) {
      const data: Prisma.CardUpdateInput = { version: before.version, updatedAt: new Date(before.updatedAt) };
      if (action.kind === "bury") data.buriedUntil = before.buriedUntil ? new Date(before.buriedUntil) : null;
      if (action.kind === "suspend") data.suspended = before.suspended ?? false;
      if (action.kind === "flag") data.flag = before.flag ?? 0;
      await tx.card.update({ where: { id: card.id, userId }, data });
    }
    // The action made the card's row: undoing it removes the row (and with it the grade's log).
    if (!before.existed) await tx.card.delete({ where: { id: card.id, userId } });
    await tx.cardAction.update({ where: { id: action.id, userId }, data: { undoneAt: now } });
    return { ok: true as const, questionId: action.questionId };
  }, TX);
}

type CardChange = { buriedUntil?: Date | null; suspended?: boolean; flag?: number; reset?: true };

/** The session action a change is, for undo; unsuspend and reset (the card browser's) are not recorded. */
function actionKindOf(change: CardChange): CardActionKind | null {
  if (change.reset) return null;
  if (change.buriedUntil !== undefined) return "bury";
  if (change.suspended === true) return "suspend";
  if (change.flag !== undefined) return "flag";
  return null;
}

/** Bury, suspend, flag or reset one of the learner's cards (creating the card row for a never-seen question). */
export async function changeCard(db: Db, userId: string, questionId: string, change: CardChange, now: Date): Promise<ReviewActionResult & { actionId?: string }> {
  return serializableTransaction(db, async (tx) => {
    const question = await tx.question.findFirst({ where: { id: questionId, status: "active", ...studyableQuestions(userId) }, select: { id: true } });
    if (!question) return fail("That card no longer exists.", 404);
    const { reset, ...fields } = change;
    const data = { ...fields, ...(reset ? { ...newCardState(now), buriedUntil: null } : {}) };
    const existing = await tx.card.findUnique({ where: { userId_questionId: { userId, questionId } } });
    const saved = existing
      ? await tx.card.update({ where: { id: existing.id, userId }, data: { ...data, version: { increment: 1 } } })
      : await tx.card.create({ data: { userId, questionId, ...newCardState(now), ...data, version: 1 } });
    const kind = actionKindOf(change);
    if (!kind) return { ok: true as const };
    const actionId = await recordAction(tx, { userId, questionId, kind, before: beforeOf(existing, kind), versionAfter: saved.version });
    return { ok: true as const, actionId };
  }, TX);
}

export async function buryUntilTomorrow(db: Db, userId: string, questionId: string, now: Date): Promise<ReviewActionResult & { actionId?: string }> {
  const { timeZone } = await getUserSettings(db, userId);
  return changeCard(db, userId, questionId, { buriedUntil: nextStudyDayStart(now, timeZone) }, now);
}

/** Custom study: allows `count` more new cards on the learner's current study day (gone at the next 4 a.m.). */
export async function learnMoreNewCardsToday(db: Db, userId: string, count: number, now: Date): Promise<ReviewActionResult> {
  return serializableTransaction(db, async (tx) => {
    const user = await getUserSettings(tx, userId);
    await tx.user.update({ where: { id: userId }, data: addExtraNewCards(user, count, now, user.timeZone) });
    return { ok: true as const };
  }, TX);
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
