// Owns the seed of one showing of a review card. What the front shows is
// each kind's own (lib/domain/kinds: reviewFront); lists are shuffled by this
// seed, so a learner sees a new order each time the card comes back, and a
// list of three or more is never in its correct order. Pure.
import { seedFrom } from "@/lib/domain/quiz/shuffle";

export { reviewFront, type ReviewFront } from "@/lib/domain/kinds";

/** The seed of one showing of a card: differs per learner, per card and per review (the card's reps). */
export function reviewSeed(userId: string, questionId: string, reps: number): number {
  return seedFrom(reps, `${userId}:${questionId}`);
}
