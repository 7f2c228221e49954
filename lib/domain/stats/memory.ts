// Owns what the figures say about a learner's memory of one card: whether it
// has been studied, how likely it is to be recalled now (ts-fsrs's
// retrievability, never a formula of our own) and when it counts as
// mastered. Pure: `now` is an argument.
import { schedulerFor, State } from "@/lib/domain/scheduling";

/**
 * The same FSRS model the scheduler uses (default FSRS-6 weights). The
 * probability of recall depends only on the weights' decay, not on the
 * desired retention or maximum interval given here.
 */
const MEMORY_MODEL = schedulerFor({ desiredRetention: 0.9, maximumInterval: 36_500 });

/**
 * A card is mastered once its stability reaches three weeks: FSRS then
 * expects a 90% chance of recall 21 days after a review (Anki calls cards
 * with an interval of 21 days or more "mature").
 */
export const MASTERED_STABILITY_DAYS = 21;

export interface MemoryCard {
  /** 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  stability: number;
  lastReview: Date | null;
}

/** A card with a memory to measure: answered at least once and not reset to New. */
export const isStudied = (card: Pick<MemoryCard, "state" | "lastReview">): boolean =>
  card.state !== State.New && card.lastReview !== null;

export const isMastered = (card: MemoryCard): boolean => isStudied(card) && card.stability >= MASTERED_STABILITY_DAYS;

/**
 * The probability (0..1) that the learner recalls the card at `now`, from
 * ts-fsrs's `get_retrievability`: it counts whole days since the last review
 * (so a card reviewed earlier today is at 1) and gives 0 for a New card. A
 * card that has never been studied is 0 here too.
 */
export function retrievabilityAt(card: MemoryCard, now: Date): number {
  if (!isStudied(card) || !(card.stability > 0)) return 0;
  // get_retrievability reads only state, stability and last_review; the other
  // ts-fsrs Card fields are required by the type but not used.
  const r = MEMORY_MODEL.get_retrievability(
    {
      state: card.state,
      stability: card.stability,
      last_review: card.lastReview,
      due: now,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
    },
    now,
    false,
  );
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
