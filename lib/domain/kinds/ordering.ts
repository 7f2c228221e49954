// Put in order: items shown shuffled, never in their correct order, in a
// quiz and in review alike (the correct order would be the answer).
import { shuffleHidingOrder } from "@/lib/domain/quiz/shuffle";
import type { KindModule } from "./types";

export const ordering: KindModule<"ordering"> = {
  kind: "ordering",
  label: "Put in order",
  overridable: false,
  answerTerms: () => [],
  present: (q, seed) => ({ items: shuffleHidingOrder(q.items ?? [], seed) }),
  correctAnswer: (q) => (q.items ?? []).join(" → "),
  response: (r) => r.order.join(" → "),
  parts: () => null,
  reviewFront: (q, seed) => ({ front: q.prompt, frontList: shuffleHidingOrder(q.items ?? [], seed), frontMatches: null }),
};
