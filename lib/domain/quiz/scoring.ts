// Owns what an answered question is worth and who may mark it right: shared
// by the quiz service (which writes scores) and the results page (which
// shows them), so both count an "I was right" override the same way.
import { isOverridableKind } from "@/lib/domain/kinds";

export type ScoredRow = { credit: number | null; overridden: boolean };

/** A question's credit: full when the learner's "I was right" was accepted. */
export function creditOf(row: ScoredRow): number {
  return row.overridden ? 1 : (row.credit ?? 0);
}

export function attemptScore(rows: readonly ScoredRow[]): number {
  return rows.reduce((sum, r) => sum + creditOf(r), 0);
}

/**
 * "I was right" is offered on a wrong typed answer (a choice either was the
 * answer or was not), never after an explicit "I don't know", and once.
 */
export function canOverride(row: { kind: string; correct: boolean | null; overridden: boolean; gaveUp: boolean }): boolean {
  return isOverridableKind(row.kind) && row.correct !== true && !row.overridden && !row.gaveUp;
}
