// Owns a learner's activity by study day: which answers count as activity,
// the heatmap, the daily streak and answer accuracy over the last N study
// days. Pure: `now` and the IANA `timeZone` are arguments; days come from
// studyDayOf (04:00 local rollover).
//
// Counting each answer once: a quiz answer writes a QuizResponse *and* a
// ReviewLog with source "quiz" (the rating it gave the card). Activity and
// accuracy count the QuizResponse and skip the "quiz" logs, so a flashcard
// review is a ReviewLog with source "review" and a quiz answer is an answered
// QuizResponse, each counted once.
import { studyDayOf } from "@/lib/domain/scheduling";
import { assertValidNow, monthLabelOf, shiftStudyDay, studyDaysEndingAt, weekdayOf } from "./days";
import { isPassingRating, isRightAnswer, shareOf, type StatsResponse, type StatsReviewLog } from "./rows";

export type ActivityReview = Pick<StatsReviewLog, "review" | "source">;
export type ActivityResponse = Pick<StatsResponse, "answeredAt">;

export interface HeatmapDay {
  /** Study day "YYYY-MM-DD". */
  day: string;
  /** Flashcard reviews (ReviewLog, source "review"). */
  reviews: number;
  /** Quiz answers (answered QuizResponse rows). */
  answers: number;
  total: number;
}

export interface Streak {
  /** Consecutive active study days ending today, or ending yesterday while today is still open. */
  current: number;
  /** The longest run of consecutive active study days ever (at least `current`). */
  best: number;
  /** Whether today already has activity; when false a current streak > 0 ends unless the learner studies today. */
  activeToday: boolean;
  lastActiveDay: string | null;
}

export interface AccuracyFigure {
  /** Passed reviews plus right quiz answers. */
  correct: number;
  total: number;
  /** correct / total, or null when there was nothing to score. */
  accuracy: number | null;
}

/** The study day of every flashcard review and quiz answer, each answer once (see the module note). */
function activityInstants(reviews: readonly ActivityReview[], responses: readonly ActivityResponse[]): Date[] {
  const instants: Date[] = [];
  for (const log of reviews) if (log.source === "review") instants.push(log.review);
  for (const response of responses) if (response.answeredAt) instants.push(response.answeredAt);
  return instants;
}

/** The study days, up to and including today's, with at least one review or quiz answer. */
export function activeStudyDays(
  reviews: readonly ActivityReview[],
  responses: readonly ActivityResponse[],
  now: Date,
  timeZone: string,
): Set<string> {
  assertValidNow(now);
  const today = studyDayOf(now, timeZone);
  const days = new Set<string>();
  for (const instant of activityInstants(reviews, responses)) {
    const day = studyDayOf(instant, timeZone);
    // Rows stamped after `now` (clock skew between servers) are not activity yet.
    if (day <= today) days.add(day);
  }
  return days;
}

/**
 * The daily streak. A study day counts when it has any flashcard review or
 * quiz answer. The current streak counts back from today when today is
 * active; when today has no activity yet but yesterday had, the streak is
 * still alive (the learner has until the 04:00 rollover) and counts back from
 * yesterday; otherwise it is 0.
 */
export function dailyStreak(activeDays: ReadonlySet<string>, today: string): Streak {
  const days = [...activeDays].filter((day) => day <= today).sort();
  let best = 0;
  let run = 0;
  let previous: string | undefined;
  for (const day of days) {
    run = previous !== undefined && shiftStudyDay(previous, 1) === day ? run + 1 : 1;
    best = Math.max(best, run);
    previous = day;
  }

  const activeToday = activeDays.has(today);
  let current = 0;
  let cursor = activeToday ? today : shiftStudyDay(today, -1);
  while (activeDays.has(cursor)) {
    current += 1;
    cursor = shiftStudyDay(cursor, -1);
  }
  return { current, best, activeToday, lastActiveDay: days.at(-1) ?? null };
}

/**
 * One cell per study day for the `days` study days ending today (oldest
 * first, today last), with the number of flashcard reviews and quiz answers
 * given that day.
 */
export function activityHeatmap(
  reviews: readonly ActivityReview[],
  responses: readonly ActivityResponse[],
  now: Date,
  timeZone: string,
  days = 365,
): HeatmapDay[] {
  assertValidNow(now);
  const cells = studyDaysEndingAt(now, timeZone, days).map((day) => ({ day, reviews: 0, answers: 0, total: 0 }));
  const byDay = new Map(cells.map((cell) => [cell.day, cell]));
  for (const log of reviews) {
    if (log.source !== "review") continue;
    const cell = byDay.get(studyDayOf(log.review, timeZone));
    if (cell) {
      cell.reviews += 1;
      cell.total += 1;
    }
  }
  for (const response of responses) {
    if (!response.answeredAt) continue;
    const cell = byDay.get(studyDayOf(response.answeredAt, timeZone));
    if (cell) {
      cell.answers += 1;
      cell.total += 1;
    }
  }
  return cells;
}

export interface CalendarWeek<D extends { day: string }> {
  /** Sunday to Saturday; null pads the first week before the first day. The last week stops at the last day. */
  days: (D | null)[];
  /** The month label over this column ("Nov"), set on the week that holds a month's 1st. */
  month: string | null;
}

/** Columns before the next label that the first column needs to carry its own month label without the two overlapping. */
const FIRST_LABEL_ROOM = 3;

/**
 * Lays consecutive study days out as calendar columns, one per week starting
 * on Sunday, each month labelled over the week that holds its 1st (and the
 * first column by its month when there is room before the next label).
 */
export function calendarWeeks<D extends { day: string }>(days: readonly D[]): CalendarWeek<D>[] {
  const first = days[0];
  if (!first) return [];
  const padded: (D | null)[] = [...Array.from({ length: weekdayOf(first.day) }, () => null), ...days];
  const weeks: CalendarWeek<D>[] = [];
  for (let i = 0; i < padded.length; i += 7) {
    const week = padded.slice(i, i + 7);
    const firstOfMonth = week.find((d) => d?.day.endsWith("-01"));
    weeks.push({ days: week, month: firstOfMonth ? monthLabelOf(firstOfMonth.day) : null });
  }
  const next = weeks.findIndex((week) => week.month !== null);
  if (weeks[0] && weeks[0].month === null && (next === -1 || next >= FIRST_LABEL_ROOM)) weeks[0].month = monthLabelOf(first.day);
  return weeks;
}

/**
 * Accuracy over the `days` study days ending today (today included): the
 * share of flashcard reviews passed (rating Hard, Good or Easy; Again fails)
 * and quiz answers right (graded correct, or accepted by an "I was right"
 * override), pooled, each answer counted once (see the module note). Reviews
 * in every card state count, learning steps included.
 */
export function accuracyOverStudyDays(
  reviews: readonly Pick<StatsReviewLog, "review" | "source" | "rating">[],
  responses: readonly Pick<StatsResponse, "answeredAt" | "correct" | "overridden">[],
  now: Date,
  timeZone: string,
  days: number,
): AccuracyFigure {
  assertValidNow(now);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`An accuracy window is a whole number of days >= 1, got ${days}.`);
  const today = studyDayOf(now, timeZone);
  const first = shiftStudyDay(today, -(days - 1));
  const inWindow = (instant: Date): boolean => {
    const day = studyDayOf(instant, timeZone);
    return day >= first && day <= today;
  };
  let correct = 0;
  let total = 0;
  for (const log of reviews) {
    if (log.source !== "review" || !inWindow(log.review)) continue;
    total += 1;
    if (isPassingRating(log.rating)) correct += 1;
  }
  for (const response of responses) {
    if (!response.answeredAt || !inWindow(response.answeredAt)) continue;
    total += 1;
    if (isRightAnswer(response)) correct += 1;
  }
  return { correct, total, accuracy: shareOf(correct, total) };
}
