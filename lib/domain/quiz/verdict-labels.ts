// Owns how a verdict is named to the learner, for the feedback panel and the
// results page alike, so the two never describe one answer differently.
export type VerdictFacts = { correct: boolean; credit: number; overridden: boolean; outcome: string };

export function verdictTone(v: VerdictFacts): "right" | "partial" | "wrong" {
  return v.correct ? "right" : v.credit > 0 ? "partial" : "wrong";
}

export function verdictHeadline(v: VerdictFacts): string {
  if (v.overridden) return "Counted as right (you marked it)";
  if (v.correct) return v.outcome === "typo" ? "Right — mind the spelling" : "Right";
  return v.credit > 0 ? `Partly right (${Math.round(v.credit * 100)}%)` : "Not quite";
}
