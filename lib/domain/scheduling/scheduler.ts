// Owns answering a card: preview the four ratings, apply one, undo one. A thin
// wrapper over ts-fsrs (FSRS-6 default weights, learning steps 1m/10m,
// relearning step 10m): Recall does not compute intervals itself. Every
// function takes the card and `now` and returns new values; nothing reads the
// clock or touches storage, and inputs are never mutated (Anki's discipline:
// load, transition here, write in one transaction).
import { fsrs, generatorParameters, Rating, State, type FSRS, type Grade } from "ts-fsrs";
import {
  fromFsrsCard,
  fromFsrsReviewLog,
  toFsrsCard,
  toFsrsReviewLog,
  type StoredCard,
  type StoredReviewLog,
} from "./convert";
import { formatInterval } from "./interval";

export { Rating, State, type Grade };

/** The four answer buttons, in the order they are shown. */
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];

export const GRADE_LABELS: Record<Grade, "Again" | "Hard" | "Good" | "Easy"> = {
  [Rating.Again]: "Again",
  [Rating.Hard]: "Hard",
  [Rating.Good]: "Good",
  [Rating.Easy]: "Easy",
};

export interface SchedulerSettings {
  /** Target probability of recall at the due date, 0.70–0.97 (User.desiredRetention). */
  desiredRetention: number;
  /** Longest interval in days (User.maximumInterval). */
  maximumInterval: number;
  /**
   * Off by default. Fuzz nudges long intervals by a few percent so cards
   * learned together do not stay due together forever. ts-fsrs seeds it from
   * the review time, reps and memory state, so it stays a pure function of
   * (card, now) and a preview still matches the applied answer; but the
   * interval then depends on the exact millisecond of `now`, which would make
   * tests, the quoted interval figures and "what would happen if" previews
   * across different instants irreproducible. The server may turn it on for
   * real answers (pass the same setting to preview and apply).
   */
  enableFuzz?: boolean;
}

export function schedulerFor(settings: SchedulerSettings): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: settings.enableFuzz ?? false,
      // Pinned rather than inherited, so a ts-fsrs upgrade cannot silently change
      // the steps (undoRating relies on Review intervals being whole days).
      enable_short_term: true,
      learning_steps: ["1m", "10m"],
      relearning_steps: ["10m"],
    }),
  );
}

export interface RatingPreview {
  rating: Grade;
  label: "Again" | "Hard" | "Good" | "Easy";
  /** The card as it would be stored after this answer. */
  card: StoredCard;
  due: Date;
  /** due − now in milliseconds. */
  intervalMs: number;
  /** Short label for the button, e.g. "10m", "4d" (see formatInterval). */
  interval: string;
}

function assertValidInstant(now: Date, name = "now"): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError(`${name} must be a valid Date.`);
  }
}

function assertAnswerable(card: StoredCard, now: Date): void {
  assertValidInstant(now);
  // An answer dated before the previous one would give negative elapsed days:
  // a clock error or a stale request, never a real review.
  if (card.lastReview && now.getTime() < card.lastReview.getTime()) {
    throw new RangeError(
      `Cannot answer at ${now.toISOString()}: the card was last reviewed later, at ${card.lastReview.toISOString()}.`,
    );
  }
}

function assertGrade(rating: number): asserts rating is Grade {
  if (!(GRADES as readonly number[]).includes(rating)) {
    throw new RangeError(`Invalid rating ${rating}: expected 1 Again, 2 Hard, 3 Good or 4 Easy.`);
  }
}

/** What each of Again / Hard / Good / Easy would do to `card` if answered at `now`. */
export function previewRatings(card: StoredCard, now: Date, settings: SchedulerSettings): RatingPreview[] {
  assertAnswerable(card, now);
  const preview = schedulerFor(settings).repeat(toFsrsCard(card), now);
  return GRADES.map((rating) => {
    const next = fromFsrsCard(preview[rating].card);
    const intervalMs = next.due.getTime() - now.getTime();
    return { rating, label: GRADE_LABELS[rating], card: next, due: next.due, intervalMs, interval: formatInterval(intervalMs) };
  });
}

export interface AppliedRating {
  /** The card's new scheduling columns. */
  card: StoredCard;
  /** The review log row to append (describes the card before the answer). */
  log: StoredReviewLog;
}

/** Answer `card` with `rating` at `now`: the new card state and the log row to append. */
export function applyRating(card: StoredCard, rating: Grade, now: Date, settings: SchedulerSettings): AppliedRating {
  assertGrade(rating);
  assertAnswerable(card, now);
  const result = schedulerFor(settings).next(toFsrsCard(card), now, rating);
  return { card: fromFsrsCard(result.card), log: fromFsrsReviewLog(result.log) };
}

const rollbackScheduler = fsrs();
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The card exactly as it was before the answer recorded in `log`
 * (`cardAfter` is the card that answer produced).
 *
 * ts-fsrs's rollback restores every field except one: a ReviewLog does not
 * keep the previous due date, so rollback sets `due` to the review instant.
 * That is exact for a card answered on time, but wrong for an early answer
 * (a quiz can answer a Review card weeks early; undoing it must not make the
 * card due now). We restore `due` as follows:
 * - `previousDue` when the caller stored it: always exact;
 * - a New card: the log keeps its old due (ts-fsrs restores it);
 * - a Review card: ts-fsrs scheduled it exactly `scheduledDays` whole days
 *   after its last review (date_scheduler adds days × 24 h, fuzzed or not, and
 *   the steps pinned in schedulerFor are all under a day), and the log keeps
 *   both, so due = log.due (the previous lastReview) + scheduledDays days;
 * - a Learning / Relearning card: its step length in minutes is not in the
 *   log, so `due` is the review instant — the card is due again at once,
 *   which is what an undo in a review session wants anyway.
 */
export function undoRating(cardAfter: StoredCard, log: StoredReviewLog, previousDue?: Date): StoredCard {
  if (log.rating === Rating.Manual) throw new RangeError("A manual rescheduling is not an answer and cannot be undone.");
  const previous = fromFsrsCard(rollbackScheduler.rollback(toFsrsCard(cardAfter), toFsrsReviewLog(log)));
  if (previousDue) {
    assertValidInstant(previousDue, "previousDue");
    return { ...previous, due: new Date(previousDue.getTime()) };
  }
  if (log.state === State.Review && previous.lastReview) {
    return { ...previous, due: new Date(previous.lastReview.getTime() + log.scheduledDays * DAY_MS) };
  }
  return previous;
}
