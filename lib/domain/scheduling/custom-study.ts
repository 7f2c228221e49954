// Owns Anki-style custom study for a review that has run dry: which extra
// study a learner may ask for (learning cards due later today, more new cards
// today, reviewing ahead) and the validated shapes of those requests. The
// queue itself is built in ./queue; the extra new cards are stored per study
// day, so they lapse at the learner's 04:00 rollover. Pure.
import { z } from "@/lib/domain/zod";
import { studyDayOf } from "./study-day";
import { MAX_EXTRA_NEW_CARDS, MAX_REVIEW_AHEAD_DAYS, type StudyMode } from "./custom-study-limits";

export * from "./custom-study-limits";

export const SCHEDULED: StudyMode = { kind: "scheduled" };

const ReviewAheadDaysSchema = z.coerce.number().int().min(1).max(MAX_REVIEW_AHEAD_DAYS);

/** `?study=learning` or `?study=ahead&days=N` on the review page. */
export const StudyModeSchema = z.discriminatedUnion("study", [
  z.object({ study: z.literal("learning") }).transform((): StudyMode => ({ kind: "learning-ahead" })),
  z.object({ study: z.literal("ahead"), days: ReviewAheadDaysSchema }).transform(({ days }): StudyMode => ({ kind: "review-ahead", days })),
]);

/** A StudyMode as the review screen sends it back with each action: the mode its page was read in. */
export const StudyModeValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("scheduled") }),
  z.object({ kind: z.literal("learning-ahead") }),
  z.object({ kind: z.literal("review-ahead"), days: ReviewAheadDaysSchema }),
]) satisfies z.ZodType<StudyMode>;

export const ExtraNewCardsSchema = z.object({
  count: z.coerce
    .number({ error: `Choose from 1 to ${MAX_EXTRA_NEW_CARDS} more new cards.` })
    .int(`Choose from 1 to ${MAX_EXTRA_NEW_CARDS} more new cards.`)
    .min(1, `Choose from 1 to ${MAX_EXTRA_NEW_CARDS} more new cards.`)
    .max(MAX_EXTRA_NEW_CARDS, `Choose from 1 to ${MAX_EXTRA_NEW_CARDS} more new cards.`),
});

/** The learner's stored raise of today's new-card limit (User.extraNewCards, User.extraNewCardsDay). */
export type ExtraNewCards = { extraNewCards: number; extraNewCardsDay: string | null };

/** How many extra new cards the learner allowed for the study day containing `now` (0 once that day is over). */
export function extraNewCardsToday(stored: ExtraNewCards, now: Date, timeZone: string): number {
  return stored.extraNewCardsDay === studyDayOf(now, timeZone) ? Math.max(0, stored.extraNewCards) : 0;
}

/** Raises today's limit by `count` more: added to today's raise, or a fresh raise on a new study day. */
export function addExtraNewCards(stored: ExtraNewCards, count: number, now: Date, timeZone: string): ExtraNewCards {
  return { extraNewCards: extraNewCardsToday(stored, now, timeZone) + count, extraNewCardsDay: studyDayOf(now, timeZone) };
}


export const STUDY_MODE_ERROR = `That study option could not be read: ask for the learning cards due later today, or review ahead by 1 to ${MAX_REVIEW_AHEAD_DAYS} days.`;

/** The session's mode from the review page's search params; a bad one falls back to what is scheduled, with a message. */
export function studyModeFrom(params: Record<string, string | string[] | undefined>): { mode: StudyMode; error: string | null } {
  if (params.study === undefined) return { mode: SCHEDULED, error: null };
  const parsed = StudyModeSchema.safeParse({ study: params.study, days: params.days });
  return parsed.success ? { mode: parsed.data, error: null } : { mode: SCHEDULED, error: STUDY_MODE_ERROR };
}
