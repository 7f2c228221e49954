// Matching: left sides shuffled, right sides kept from lining up with their
// partners as shown; feedback marks each pair right or wrong.
import { shuffleMatching } from "@/lib/domain/quiz/shuffle";
import type { KindModule } from "./types";

export const matching: KindModule<"matching"> = {
  kind: "matching",
  label: "Matching",
  overridable: false,
  answerTerms: (q) => (q.pairs ?? []).map((p) => p.right),
  present: (q, seed) => shuffleMatching(q.pairs ?? [], seed),
  correctAnswer: (q) => (q.pairs ?? []).map((p) => `${p.left} → ${p.right}`).join("; "),
  response: (r) => r.pairs.map((p) => `${p.left} → ${p.right}`).join("; "),
  parts: (q, r) => {
    const chosen = new Map(r.pairs.map((p) => [p.left.trim(), p.right.trim()]));
    return (q.pairs ?? []).map((p) => {
      const yours = chosen.get(p.left.trim()) ?? "—";
      return { label: p.left, yours, right: p.right, correct: yours === p.right.trim() };
    });
  },
  reviewFront: (q, seed) => {
    const { lefts, rights } = shuffleMatching(q.pairs ?? [], seed);
    return { front: q.prompt, frontList: lefts, frontMatches: rights };
  },
};
