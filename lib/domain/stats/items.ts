// Owns item analysis for authors: how hard each question is and how well it
// separates learners who know the article from those who do not, from quiz
// responses on a learner's first meeting with the question. Classical test
// theory: facility (mean score) and discrimination (item–rest correlation).
// Pure.

/** A QuizResponse row (of any learner); unanswered rows (answeredAt or credit null) are ignored. */
export interface ItemResponse {
  attemptId: string;
  userId: string;
  questionId: string;
  /** 0..1 as graded (an "I was right" override does not change it). */
  credit: number | null;
  answeredAt: Date | null;
}

export type ItemFlag = "hard" | "negative-discrimination" | "few-attempts";

export interface ItemStats {
  questionId: string;
  /** First-attempt responses to the question (one per learner). */
  n: number;
  /** Mean credit over those responses, 0..1. */
  facility: number;
  /**
   * Pearson (point-biserial for right/wrong items) correlation between the
   * item's credit and the learner's score on the rest of the same attempt;
   * null when undefined (fewer than two responses with a rest score, or
   * either score constant).
   */
  discrimination: number | null;
  flags: ItemFlag[];
}

export const HARD_FACILITY = 0.2;
export const FEW_ATTEMPTS = 5;

/**
 * Pearson's correlation of two equally long series, or null when it is
 * undefined (fewer than two points, or a series with zero variance).
 */
export function pearsonCorrelation(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new RangeError(`Series of different lengths: ${xs.length} and ${ys.length}.`);
  const n = xs.length;
  if (n < 2) return null;
  const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Floating-point sums leave rounding dust: a constant series of inexact
  // values (0.1, 0.1, …) has a tiny non-zero variance, and uncorrelated series
  // a correlation of ±1e-17, which must not read as a negative discrimination.
  const EPSILON = 1e-12;
  if (sxx <= EPSILON * n || syy <= EPSILON * n) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  if (Math.abs(r) < 1e-9) return 0;
  return Math.max(-1, Math.min(1, r));
}

type Answered = ItemResponse & { credit: number; answeredAt: Date };

const isAnswered = (row: ItemResponse): row is Answered =>
  row.answeredAt !== null && row.credit !== null && Number.isFinite(row.credit);

/**
 * Item statistics per question, by question id.
 *
 * First attempts are chosen here, from all answered responses: for each
 * learner and question, the response with the earliest `answeredAt` (ties by
 * attempt id). Later meetings are left out because the learner has then seen
 * the answer and the feedback. A question shown but never answered does not
 * count as a meeting.
 *
 * The rest score of a response is the mean credit of the *other* answered
 * questions of its attempt (all of them, first meetings or not: together they
 * are what the attempt says about the learner). With attempts of equal length
 * this is (attempt total − item) / (length − 1), whose correlation with the
 * item equals that of the total minus the item; the mean keeps quizzes of 5
 * and 20 questions, and abandoned ones, comparable. A response alone in its
 * attempt has no rest score: it counts in n and facility only.
 *
 * Flags: "hard" when facility < 0.2, "negative-discrimination" when
 * discrimination < 0 (learners who did well elsewhere tend to miss it: a
 * wrong key or a misleading prompt), "few-attempts" when n < 5 (the figures
 * are not worth much yet).
 */
export function itemAnalysis(responses: readonly ItemResponse[]): ItemStats[] {
  const answered = responses.filter(isAnswered);

  const attemptTotals = new Map<string, { sum: number; count: number }>();
  for (const row of answered) {
    const total = attemptTotals.get(row.attemptId) ?? { sum: 0, count: 0 };
    total.sum += row.credit;
    total.count += 1;
    attemptTotals.set(row.attemptId, total);
  }

  const firstMeetings = new Map<string, Answered>();
  for (const row of answered) {
    const key = JSON.stringify([row.userId, row.questionId]);
    const current = firstMeetings.get(key);
    if (!current || isEarlier(row, current)) firstMeetings.set(key, row);
  }

  const byQuestion = new Map<string, { credits: number[]; paired: number[]; rests: number[] }>();
  for (const row of firstMeetings.values()) {
    const item = byQuestion.get(row.questionId) ?? { credits: [], paired: [], rests: [] };
    item.credits.push(row.credit);
    const total = attemptTotals.get(row.attemptId);
    if (total && total.count > 1) {
      item.paired.push(row.credit);
      item.rests.push((total.sum - row.credit) / (total.count - 1));
    }
    byQuestion.set(row.questionId, item);
  }

  return [...byQuestion.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([questionId, item]) => {
      const n = item.credits.length;
      const facility = item.credits.reduce((sum, credit) => sum + credit, 0) / n;
      const discrimination = pearsonCorrelation(item.paired, item.rests);
      const flags: ItemFlag[] = [];
      if (facility < HARD_FACILITY) flags.push("hard");
      if (discrimination !== null && discrimination < 0) flags.push("negative-discrimination");
      if (n < FEW_ATTEMPTS) flags.push("few-attempts");
      return { questionId, n, facility, discrimination, flags };
    });
}

function isEarlier(a: Answered, b: Answered): boolean {
  const diff = a.answeredAt.getTime() - b.answeredAt.getTime();
  return diff < 0 || (diff === 0 && a.attemptId < b.attemptId);
}
