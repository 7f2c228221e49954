// Owns the mapping between Recall's stored rows (Prisma's camelCase Card and
// ReviewLog columns) and ts-fsrs's Card / ReviewLog objects. Both directions
// are lossless: every ts-fsrs field has a column, and Dates are copied so a
// converted value never aliases its source. Pure: no I/O, no clock.
import { createEmptyCard, Rating, State, type Card as FsrsCard, type ReviewLog as FsrsReviewLog } from "ts-fsrs";

/**
 * The scheduling columns of a Card row. A Prisma `Card` is assignable to it
 * (extra columns are ignored), and it can be spread into a Prisma update.
 */
export interface StoredCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs `State`). */
  state: number;
  lastReview: Date | null;
}

/**
 * The ts-fsrs columns of a ReviewLog row. Note ts-fsrs's convention: a log
 * describes the card as it was *before* the review (`state`, `stability`,
 * `difficulty`, `scheduledDays`, `learningSteps` are the old values and `due`
 * is the previous review, or the old due date for a new card); `review` is
 * when the answer was given and `rating` what it was.
 */
export interface StoredReviewLog {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy (0 Manual is never written by Recall). */
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

const copyDate = (date: Date): Date => new Date(date.getTime());

function checkState(value: number): State {
  if (!Number.isInteger(value) || value < State.New || value > State.Relearning) {
    throw new RangeError(`Invalid card state ${value}: expected 0 New, 1 Learning, 2 Review or 3 Relearning.`);
  }
  return value as State;
}

function checkRating(value: number): Rating {
  if (!Number.isInteger(value) || value < Rating.Manual || value > Rating.Easy) {
    throw new RangeError(`Invalid rating ${value}: expected 1 Again, 2 Hard, 3 Good or 4 Easy.`);
  }
  return value as Rating;
}

export function toFsrsCard(row: StoredCard): FsrsCard {
  return {
    due: copyDate(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: checkState(row.state),
    // ts-fsrs spells "never reviewed" as an undefined last_review (see createEmptyCard).
    last_review: row.lastReview ? copyDate(row.lastReview) : undefined,
  };
}

export function fromFsrsCard(card: FsrsCard): StoredCard {
  return {
    due: copyDate(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? copyDate(card.last_review) : null,
  };
}

export function toFsrsReviewLog(row: StoredReviewLog): FsrsReviewLog {
  return {
    rating: checkRating(row.rating),
    state: checkState(row.state),
    due: copyDate(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    last_elapsed_days: row.lastElapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    review: copyDate(row.review),
  };
}

export function fromFsrsReviewLog(log: FsrsReviewLog): StoredReviewLog {
  return {
    rating: log.rating,
    state: log.state,
    due: copyDate(log.due),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: copyDate(log.review),
  };
}

/** The scheduling columns of a card that has never been reviewed, due at `now`. */
export function newCardState(now: Date): StoredCard {
  return fromFsrsCard(createEmptyCard(copyDate(now)));
}
