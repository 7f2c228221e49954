import "server-only";
// Owns the reads behind the progress pages. Every query filters by the
// learner's id and uses an index that starts with userId (Card_userId_*,
// ReviewLog_userId_review_idx, QuizResponse_userId_answeredAt_idx,
// QuizAttempt_userId_startedAt_idx); figures are computed by lib/domain/stats.
import { studyableArticles } from "@/lib/server/articles/access";
import type { Db } from "@/lib/server/db";
import { getUserSettings } from "@/lib/server/data/settings";
import { NO_USER_ID } from "@/lib/server/viewer-id";
import {
  accuracyByKind,
  accuracyByTopic,
  activityHeatmap,
  buildHeadline,
  dueForecast,
  gradeSpread,
  paragraphMastery,
  quizScoresOverTime,
  retentionByInterval,
  type MemoryMap,
} from "@/lib/domain/stats";
import { z } from "zod";

const Topics = z.array(z.string()).catch([]);

/** How many of the learner's latest finished quizzes the score chart shows. */
export const QUIZ_SCORE_ATTEMPTS = 200;

/**
 * The learner's rows, optionally for one article (articleId), loaded in
 * parallel. A quiz answer's kind and topics are its question's: the
 * questions read (questionsOf: the active ones the learner can study, and
 * any other they answered) are few (hundreds, whoever the learner), so they
 * are read once, scalars only, and joined to the responses in memory; a nested
 * select would make Prisma send a second query with every response's
 * question id in an IN list, which costs more than the responses themselves
 * for a learner with thousands of answers. The same read gives the count of
 * active questions.
 *
 * Review logs are the flashcard reviews only (source "review"): a quiz answer
 * also writes a "quiz" log, and every figure counts the QuizResponse instead
 * (lib/domain/stats/activity), so those rows would be read to be skipped.
 * The source is then known, so it is set in memory rather than read: Prisma
 * maps an enum column slowly, and this is the learner's biggest read.
 */
export async function loadLearnerRows(db: Db, userId: string, articleId: string | null, now: Date) {
  const questionFilter = articleId ? { question: { articleId } } : {};
  const since = new Date(now.getTime() - 366 * 24 * 3600_000);
  const [user, cards, flashcardLogs, answers, finishedAttempts, studyable] = await Promise.all([
    getUserSettings(db, userId),
    db.card.findMany({
      // The cards the learner studies now: of active questions of articles they still study (not archived, not made private by someone else).
      where: { userId, ...questionFilter, question: { status: "active", ...(articleId ? { articleId } : {}), article: studyableArticles(userId) } },
      select: { questionId: true, due: true, stability: true, state: true, reps: true, lastReview: true, suspended: true },
    }),
    db.reviewLog.findMany({
      where: { userId, review: { gte: since }, source: "review", ...questionFilter },
      select: { rating: true, state: true, elapsedDays: true, review: true },
    }),
    db.quizResponse.findMany({
      where: { userId, answeredAt: { not: null, gte: since }, ...questionFilter },
      select: { questionId: true, correct: true, overridden: true, answeredAt: true },
    }),
    db.quizAttempt.findMany({
      where: { userId, status: "finished", ...(articleId ? { articleId } : {}) },
      // Finished ones only, so the status (an enum, like the review log's source) is set below rather than read.
      select: { id: true, finishedAt: true, score: true, maxScore: true },
      // The newest 200 (the index's order, newest first); the chart puts them oldest first.
      orderBy: { startedAt: "desc" },
      take: QUIZ_SCORE_ATTEMPTS,
    }),
    db.article.findMany({ where: { ...studyableArticles(userId), ...(articleId ? { id: articleId } : {}) }, select: { id: true } }),
  ]);
  const reviews = flashcardLogs.map((log) => Object.assign(log, { source: "review" as const }));
  const attempts = finishedAttempts.map((attempt) => Object.assign(attempt, { status: "finished" as const }));
  const questions = await questionsOf(db, studyable.map((a) => a.id), answers);
  const responses = withQuestionFacets(answers, questions);
  // Out of the questions the learner can study: others' private imports and archived articles do not count.
  const questionCount = questions.reduce((n, q) => (q.active ? n + 1 : n), 0);
  // Any answer in the year counts as history, a quiz-sourced log included; asked only when nothing else was read.
  const hasHistory =
    reviews.length > 0 ||
    responses.length > 0 ||
    (await db.reviewLog.findFirst({ where: { userId, review: { gte: since }, ...questionFilter }, select: { id: true } })) !== null;
  return { timeZone: user.timeZone, cards, reviews, responses, attempts, questionCount, hasHistory };
}

/**
 * The questions the figures need: the active ones of the articles the learner
 * can study (`active`: they make the count), then any other the learner
 * answered, which stays in the figures after its question is retired or
 * turned back into a draft (usually none, and then nothing more is read).
 * Never every question: an import keeps its rejected drafts, tens of
 * thousands of rows nobody studies. Both reads go by id or by the
 * (articleId, status) index.
 */
async function questionsOf(db: Db, articleIds: string[], answers: { questionId: string }[]) {
  const select = { id: true, articleId: true, kind: true, topics: true } as const;
  const active = (await db.question.findMany({ where: { articleId: { in: articleIds }, status: "active" }, select })).map((q) => ({ ...q, active: true }));
  const read = new Set(active.map((q) => q.id));
  const missing = [...new Set(answers.map((a) => a.questionId).filter((id) => !read.has(id)))];
  if (missing.length === 0) return active;
  const others = await db.question.findMany({ where: { id: { in: missing } }, select });
  return [...active, ...others.map((q) => ({ ...q, active: false }))];
}

type QuestionFacets = { kind: string; topics: string[] };

/** Each response with its question's kind and topics; a question's topics JSON is parsed once, however many answers it has. */
function withQuestionFacets<R extends { questionId: string }>(
  responses: R[],
  questions: { id: string; kind: string; topics: unknown }[],
): (R & QuestionFacets)[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const facets = new Map<string, QuestionFacets>();
  return responses.map((response) => {
    let facet = facets.get(response.questionId);
    if (!facet) {
      const question = byId.get(response.questionId);
      // Every response has its question (a required relation, and the read above covers the scope the responses are in).
      if (!question) throw new Error(`Quiz response of question ${response.questionId}, which was not read with the questions.`);
      facet = { kind: question.kind, topics: Topics.parse(question.topics) };
      facets.set(response.questionId, facet);
    }
    // Onto the row just read rather than a copy of it: thousands of rows for a heavy learner.
    return Object.assign(response, facet);
  });
}

export type ProgressData = Awaited<ReturnType<typeof buildProgress>>;

/** Everything the progress page shows, from one load of the learner's rows. */
export async function getProgressData(db: Db, userId: string, articleId: string | null, now: Date) {
  return buildProgress(await loadLearnerRows(db, userId, articleId, now), now);
}

function buildProgress(rows: Awaited<ReturnType<typeof loadLearnerRows>>, now: Date) {
  const { timeZone, cards, reviews, responses, attempts, questionCount, hasHistory } = rows;
  const headline = buildHeadline({ cards, reviews, responses, now, timeZone });
  // Every active question is a card; ones never studied count with zero recall.
  const knowledge = questionCount > 0 ? ((headline.knowledge ?? 0) * cards.length) / questionCount : null;
  return {
    timeZone,
    questionCount,
    hasHistory,
    headline: { ...headline, knowledge },
    quizScores: quizScoresOverTime(attempts, timeZone),
    heatmap: activityHeatmap(reviews, responses, now, timeZone),
    forecast: dueForecast(cards, now, timeZone),
    byKind: accuracyByKind(responses),
    byTopic: accuracyByTopic(responses),
    // Flashcard reviews only (loadLearnerRows reads no quiz-sourced logs).
    retention: retentionByInterval(reviews),
    grades: gradeSpread(reviews),
  };
}

/**
 * The memory map of one article for the reader, each paragraph's level for
 * this learner, from the article already in hand (the reader's, with its
 * paragraphs' offsets). The learner's cards come through the question
 * relation, one query however many questions there are; a viewer without a
 * session has none, so nothing is read for them.
 */
export async function memoryMapOf(
  db: Db,
  userId: string,
  article: { id: string; paragraphs: { index: number; start: number; end: number }[] },
  now: Date,
): Promise<MemoryMap> {
  const [questions, cards] = await Promise.all([
    db.question.findMany({ where: { articleId: article.id, status: "active" }, select: { id: true, evidenceStart: true } }),
    userId === NO_USER_ID
      ? []
      : db.card.findMany({
          where: { userId, question: { articleId: article.id, status: "active" } },
          select: { questionId: true, state: true, stability: true, lastReview: true },
        }),
  ]);
  return paragraphMastery(article.paragraphs, questions, cards, now);
}
