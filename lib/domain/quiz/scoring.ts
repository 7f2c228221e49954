// Owns what an answered question is worth and who may mark it right: shared
// by the quiz service (which writes scores) and the results page (which
// shows them), so both count an "I was right" override the same way.
export type ScoredRow = { credit: number | null; overridden: boolean };

/** A question's credit: full when the learner's "I was right" was accepted. */
export function creditOf(row: ScoredRow): number {
  return row.overridden ? 1 : (row.credit ?? 0);
}

export function attemptScore(rows: readonly ScoredRow[]): number {
  return rows.reduce((sum, r) => sum + creditOf(r), 0);
}

/** Only typed answers can be overridden: a choice either was the answer or was not. */
export const OVERRIDABLE_KINDS: ReadonlySet<string> = new Set(["cloze", "short_answer"]);

export function canOverride(row: { kind: string; correct: boolean | null; overridden: boolean }): boolean {
  return OVERRIDABLE_KINDS.has(row.kind) && row.correct !== true && !row.overridden;
}
