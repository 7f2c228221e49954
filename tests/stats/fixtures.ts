// Row builders for the stats tests: plain objects shaped like the Prisma rows.
import type { StatsCard, StatsResponse, StatsReviewLog } from "@/lib/domain/stats";

export const at = (iso: string): Date => new Date(iso);
export const DAY_MS = 86_400_000;
export const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);

export function review(iso: string, extra: Partial<StatsReviewLog> = {}): StatsReviewLog {
  return { rating: 3, state: 2, elapsedDays: 1, review: at(iso), source: "review", ...extra };
}

export function answer(iso: string | null, extra: Partial<StatsResponse> = {}): StatsResponse {
  return { questionId: "q-answer", correct: iso ? true : null, overridden: false, answeredAt: iso ? at(iso) : null, ...extra };
}

export function card(questionId: string, extra: Partial<StatsCard> = {}): StatsCard {
  return {
    questionId,
    due: at("2026-12-01T00:00:00Z"),
    stability: 5,
    state: 2,
    reps: 3,
    lastReview: at("2026-11-20T00:00:00Z"),
    suspended: false,
    ...extra,
  };
}

/** Throws if any number anywhere in `value` is NaN or infinite. */
export function assertAllFinite(value: unknown, path = "value"): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => assertAllFinite(item, `${path}[${i}]`));
  } else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) assertAllFinite(item, `${path}.${key}`);
  }
}
