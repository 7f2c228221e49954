// Matching: left sides shuffled, right sides shuffled away from their
// partners; feedback marks each pair right or wrong.
import { shuffleAwayFromOrder, shuffleWithSeed } from "@/lib/domain/quiz/shuffle";
import type { KindModule } from "./types";

export const matching: KindModule<"matching"> = {
  kind: "matching",
  label: "Matching",
  overridable: false,
  present: (q, seed) => {
    const pairs = q.pairs ?? [];
    return {
      lefts: shuffleWithSeed(pairs.map((p) => p.left), seed),
      rights: shuffleAwayFromOrder(pairs.map((p) => p.right), seed + 1),
    };
  },
  correctAnswer: (q) => (q.pairs ?? []).map((p) => `${p.left} → ${p.right}`).join("; "),
  response: (r) => r.pairs.map((p) => `${p.left} → ${p.right}`).join("; "),
  parts: (q, r) => {
    const chosen = new Map(r.pairs.map((p) => [p.left.trim(), p.right.trim()]));
    return (q.pairs ?? []).map((p) => {
      const yours = chosen.get(p.left.trim()) ?? "—";
      return { label: p.left, yours, right: p.right, correct: yours === p.right.trim() };
    });
  },
  reviewFront: (q, seed) => ({ front: q.prompt, list: shuffleWithSeed((q.pairs ?? []).map((p) => p.left), seed) }),
};
