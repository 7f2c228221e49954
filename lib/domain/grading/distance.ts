// Owns the edit distance typed answers are compared with. Pure.

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: insert,
 * delete, substitute and swap two neighbours each cost one edit, so the
 * common slip "Aliyve" for "Aliyev" is one typo rather than two. Works on
 * code points, not UTF-16 units.
 *
 * `limit` lets callers who only care whether the distance is small stop
 * early: any result above it is reported as `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  if (s.length === 0 || t.length === 0) return Math.max(s.length, t.length);

  // Three rolling rows: two back (for transpositions), previous and current.
  let before = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let curr = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      curr[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    // A row's minimum never decreases (a swap costs no less than the substitution
    // beside it), so once a whole row is past the limit, so is the answer.
    if (rowMin > limit) return limit + 1;
    [before, prev, curr] = [prev, curr, before];
  }
  return Math.min(prev[t.length]!, limit + 1);
}
