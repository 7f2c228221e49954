// Owns the data behind the progress page's charts: quiz scores over time,
// accuracy by question kind and by topic, true retention by interval and the
// spread of review grades. Pure: rows in, chart rows out, in a stable order.
import { KIND_LABELS } from "@/lib/domain/quiz/config";
import { GRADE_LABELS, GRADES, State, studyDayOf, type Grade } from "@/lib/domain/scheduling";
import { mergeTopicTags, topicLabel } from "./topics";
import { isPassingRating, isRightAnswer, shareOf, type StatsAttempt, type StatsResponse, type StatsReviewLog } from "./rows";

export interface QuizScorePoint {
  attemptId: string;
  /** When the attempt finished. */
  date: Date;
  /** The learner's study day it finished on. */
  day: string;
  /** 100 × score / maxScore (credit-weighted, so partial credit counts). */
  percent: number;
}

/** Finished attempts, oldest first, as a percentage. Unfinished attempts and attempts with no questions are left out. */
export function quizScoresOverTime(attempts: readonly StatsAttempt[], timeZone: string): QuizScorePoint[] {
  const points: QuizScorePoint[] = [];
  for (const attempt of attempts) {
    if (attempt.status !== "finished" || !attempt.finishedAt || attempt.score === null || !(attempt.maxScore > 0)) continue;
    points.push({ attemptId: attempt.id, date: attempt.finishedAt, day: studyDayOf(attempt.finishedAt, timeZone), percent: (100 * attempt.score) / attempt.maxScore });
  }
  return points.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0));
}

/** Where each new day begins among points in order: the indexes of the first point of each day, for one axis tick per day. */
export function dayTicks(points: readonly { day: string }[]): number[] {
  return points.flatMap((point, i) => (i === 0 || points[i - 1]!.day !== point.day ? [i] : []));
}

export interface AccuracyRow {
  key: string;
  /** How a chart and its table name the row: "Short answer", "People". */
  label: string;
  /** Right answers: graded correct or accepted by an "I was right" override. */
  correct: number;
  /** Answered responses. */
  total: number;
  /** correct / total (total is never 0 in a row). */
  accuracy: number;
}

type ScoredResponse = Pick<StatsResponse, "correct" | "overridden" | "answeredAt">;

/** Answered responses grouped under each of their keys (`keysOf` lists each key once), most answered first, then by key. */
function accuracyBy<R extends ScoredResponse>(responses: readonly R[], keysOf: (response: R) => readonly string[], labelOf: (key: string) => string): AccuracyRow[] {
  const rows = new Map<string, AccuracyRow>();
  for (const response of responses) {
    if (!response.answeredAt) continue;
    for (const key of keysOf(response)) {
      const row = rows.get(key) ?? { key, label: labelOf(key), correct: 0, total: 0, accuracy: 0 };
      row.total += 1;
      if (isRightAnswer(response)) row.correct += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()]
    .map((row) => ({ ...row, accuracy: row.correct / row.total }))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Quiz accuracy per question kind; rows are QuizResponse joined with their Question's kind. */
export function accuracyByKind(responses: readonly (ScoredResponse & { kind: string })[]): AccuracyRow[] {
  return accuracyBy(responses, (response) => [response.kind], (kind) => (KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind);
}

/**
 * Quiz accuracy per topic; rows are QuizResponse joined with their Question's
 * topics (parsed from its JSON). Singular and plural tags are one topic
 * (mergeTopicTags). An answer counts once in each topic of its question; a
 * question without topics adds to none.
 */
export function accuracyByTopic(responses: readonly (ScoredResponse & { topics: readonly string[] })[]): AccuracyRow[] {
  // The answers to one question usually share its topics array: each distinct array is merged once.
  const tagLists = new Set(responses.map((response) => response.topics));
  const topicOf = mergeTopicTags([...tagLists].flat());
  const topicsOf = new Map([...tagLists].map((tags) => [tags, [...new Set(tags.map((tag) => topicOf.get(tag) ?? tag))]]));
  return accuracyBy(responses, (response) => topicsOf.get(response.topics)!, topicLabel);
}

export interface IntervalBucket {
  key: "1d" | "2-3d" | "4-7d" | "8-14d" | "15-30d" | "1-3mo" | "3mo+";
  label: string;
  minDays: number;
  /** Inclusive; null for the open-ended last bucket. */
  maxDays: number | null;
}

/** Months are 30 days, as in the interval labels. The first bucket also takes same-day reviews (0 days). */
export const RETENTION_BUCKETS: readonly IntervalBucket[] = [
  { key: "1d", label: "1d", minDays: 0, maxDays: 1 },
  { key: "2-3d", label: "2–3d", minDays: 2, maxDays: 3 },
  { key: "4-7d", label: "4–7d", minDays: 4, maxDays: 7 },
  { key: "8-14d", label: "8–14d", minDays: 8, maxDays: 14 },
  { key: "15-30d", label: "15–30d", minDays: 15, maxDays: 30 },
  { key: "1-3mo", label: "1–3mo", minDays: 31, maxDays: 90 },
  { key: "3mo+", label: "3mo+", minDays: 91, maxDays: null },
];

export interface RetentionRow extends IntervalBucket {
  passed: number;
  total: number;
  /** passed / total, or null for an empty bucket. */
  retention: number | null;
}

/**
 * True retention by interval: among answers to cards that were in the Review
 * state (the log's `state`, taken before the answer), the share passed
 * (rating > 1), bucketed by the log's `elapsedDays`, the days since the
 * card's previous review. Learning and relearning steps are left out: they
 * test minutes-old memories. Logs of both sources count (a quiz answer to a
 * Review card tests the same memory); pass only `source: "review"` rows for
 * flashcards alone. Every bucket is returned, empty ones with retention null.
 */
export function retentionByInterval(reviews: readonly Pick<StatsReviewLog, "rating" | "state" | "elapsedDays">[]): RetentionRow[] {
  const rows: RetentionRow[] = RETENTION_BUCKETS.map((bucket) => ({ ...bucket, passed: 0, total: 0, retention: null }));
  for (const log of reviews) {
    if (log.state !== State.Review || !Number.isFinite(log.elapsedDays)) continue;
    const days = Math.max(0, log.elapsedDays);
    const row = rows.find((bucket) => days >= bucket.minDays && (bucket.maxDays === null || days <= bucket.maxDays));
    if (!row) continue;
    row.total += 1;
    if (isPassingRating(log.rating)) row.passed += 1;
  }
  return rows.map((row) => ({ ...row, retention: shareOf(row.passed, row.total) }));
}

export interface GradeCount {
  rating: Grade;
  label: "Again" | "Hard" | "Good" | "Easy";
  count: number;
  /** count / all graded reviews, or null when there are none. */
  share: number | null;
}

/**
 * How often each grade was given, Again to Easy. Counts every log passed in;
 * quiz-sourced logs carry the rating the quiz outcome mapped to, so pass only
 * `source: "review"` rows for the learner's own button presses.
 */
export function gradeSpread(reviews: readonly Pick<StatsReviewLog, "rating">[]): GradeCount[] {
  const counts = GRADES.map((rating) => reviews.filter((log) => log.rating === rating).length);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return GRADES.map((rating, i) => {
    const count = counts[i] ?? 0;
    return { rating, label: GRADE_LABELS[rating], count, share: shareOf(count, total) };
  });
}
