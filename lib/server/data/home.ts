import "server-only";
// Owns the read behind the home page's "Today" panel: a handful of indexed,
// user-scoped queries in parallel (Card by userId, ReviewLog_userId_review,
// QuizResponse_userId_answeredAt, QuizAttempt_userId_startedAt) plus the
// active question ids; the figures come from lib/domain/stats (studyNow).
// Cards held for a quiz in progress (the exam lock) are left out, as the
// review page leaves them out, so the counts match.
import type { Db } from "@/lib/server/db";
import { studyNow, type StudyNow } from "@/lib/domain/stats";
import { getUserSettings } from "@/lib/server/data/settings";
import { NO_USER_ID } from "@/lib/server/viewer-id";
import { getExamLocks } from "@/lib/server/data/exam-lock";
import { studyableQuestions } from "@/lib/server/articles/access";

export type QuizInProgress = { id: string; answered: number; maxScore: number; article: { slug: string; title: string } | null };
export type HomeNow = StudyNow & { inProgress: QuizInProgress | null };

/** The streak looks back at most this far (as the progress page does). */
const LOOKBACK_MS = 366 * 24 * 3600_000;

export async function getHomeNow(db: Db, userId: string, now: Date): Promise<HomeNow> {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const [settings, questions, rows, locks] = await Promise.all([
    getUserSettings(db, userId),
    db.question.findMany({ where: { status: "active", ...studyableQuestions(userId) }, select: { id: true } }),
    learnerRows(db, userId, since),
    getExamLocks(db, userId),
  ]);
  const { cards, reviews, responses, attempt } = rows;
  const figures = studyNow({
    questionIds: questions.map((q) => q.id).filter((id) => !locks.has(id)),
    cards: cards.filter((c) => !locks.has(c.questionId)),
    reviews,
    responses,
    newCardsPerDay: settings.newCardsPerDay,
    now,
    timeZone: settings.timeZone,
  });
  return {
    ...figures,
    inProgress: attempt ? { id: attempt.id, answered: attempt._count.responses, maxScore: attempt.maxScore, article: attempt.article } : null,
  };
}

/** The learner's own rows for the panel; a visitor without a session has none, so nothing is read. */
async function learnerRows(db: Db, userId: string, since: Date) {
  if (userId === NO_USER_ID) return { cards: [], reviews: [], responses: [], attempt: null };
  const [cards, reviews, responses, attempt] = await Promise.all([
    db.card.findMany({ where: { userId }, select: { questionId: true, state: true, due: true, suspended: true, buriedUntil: true, createdAt: true } }),
    db.reviewLog.findMany({ where: { userId, review: { gte: since } }, select: { review: true, source: true, state: true } }),
    db.quizResponse.findMany({ where: { userId, answeredAt: { not: null, gte: since } }, select: { answeredAt: true } }),
    db.quizAttempt.findFirst({
      where: { userId, status: "in_progress" },
      orderBy: { startedAt: "desc" },
      select: {
        id: true,
        maxScore: true,
        article: { select: { slug: true, title: true } },
        _count: { select: { responses: { where: { userId, answeredAt: { not: null } } } } },
      },
    }),
  ]);
  return { cards, reviews, responses, attempt };
}
