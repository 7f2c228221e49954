// The numbers of custom study that the review screen shows and checks in the
// browser: the limits and defaults of its requests, and the count a
// review-ahead would bring. Its own module, free of zod and ts-fsrs, so the
// review screen does not ship the schemas (./custom-study) or the scheduler. Pure.

export const MAX_EXTRA_NEW_CARDS = 100;
export const MAX_REVIEW_AHEAD_DAYS = 365;
export const DEFAULT_EXTRA_NEW_CARDS = 10;
export const DEFAULT_REVIEW_AHEAD_DAYS = 7;

/** How a session picks its cards: what is scheduled, or one of the custom-study extras on top. */
export type StudyMode = { kind: "scheduled" } | { kind: "learning-ahead" } | { kind: "review-ahead"; days: number };

/** Review cards due within the next `days` study days, from a histogram by day (index 0 = tomorrow). */
export function reviewAheadCount(dueByDay: readonly number[], days: number): number {
  return dueByDay.slice(0, Math.max(0, Math.floor(days))).reduce((sum, n) => sum + n, 0);
}
