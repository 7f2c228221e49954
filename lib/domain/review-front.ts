// Owns what the front of a review card shows before the answer is revealed.
// Lists (an ordering card's items, a matching card's two columns) are
// shuffled by a seed that is fixed per learner, card and review (see
// reviewSeed), so a learner sees a new order each time the card comes back,
// and a list of three or more is never shown in its correct order: for an
// ordering card that order is the answer. Pure: no clock, no randomness.
import { seedFrom, shuffleAwayFromOrder, shuffleWithSeed } from "@/lib/domain/quiz/shuffle";

export type ReviewFrontQuestion = {
  kind: string;
  prompt: string;
  items: readonly string[] | null;
  pairs: readonly { left: string; right: string }[] | null;
};

export type ReviewFront = {
  front: string;
  /** Ordering: the items to put in order. Matching: the left-hand column. */
  frontList: string[] | null;
  /** Matching: the right-hand column, not aligned with frontList. */
  frontMatches: string[] | null;
};

/** Fewer than three items have no order that is both shuffled and uninformative: keep them random, even if correct. */
const MIN_ITEMS_TO_HIDE_ORDER = 3;

function shuffleList<T>(items: readonly T[], seed: number): T[] {
  return items.length >= MIN_ITEMS_TO_HIDE_ORDER ? shuffleAwayFromOrder(items, seed) : shuffleWithSeed(items, seed);
}

/** The seed of one showing of a card: differs per learner, per card and per review (the card's reps). */
export function reviewSeed(userId: string, questionId: string, reps: number): number {
  return seedFrom(reps, `${userId}:${questionId}`);
}

export function reviewFront(question: ReviewFrontQuestion, seed: number): ReviewFront {
  switch (question.kind) {
    case "true_false":
      return { front: `True or false: ${question.prompt}`, frontList: null, frontMatches: null };
    case "ordering":
      return { front: question.prompt, frontList: shuffleList(question.items ?? [], seed), frontMatches: null };
    case "matching": {
      const pairs = question.pairs ?? [];
      const lefts = shuffleWithSeed(pairs, seed);
      // Away from the order that lines each right up with its left as shown, not from the stored order.
      const rights = shuffleList(lefts.map((p) => p.right), seedFrom(seed, "rights"));
      return { front: question.prompt, frontList: lefts.map((p) => p.left), frontMatches: rights };
    }
    default:
      return { front: question.prompt, frontList: null, frontMatches: null };
  }
}
