// Owns which questions a quiz asks: a seeded draw that spreads the quiz over
// the chosen kinds (round robin across kinds, each kind's questions shuffled),
// so a 10-question quiz over seven kinds asks every kind at least once, then
// a final seeded shuffle of the order.
import { seedFrom, shuffleWithSeed } from "./shuffle";

export function selectQuizQuestions<T extends { id: string; kind: string }>(candidates: readonly T[], limit: number, seed: number): string[] {
  const byKind = new Map<string, string[]>();
  for (const c of [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c.id]);
  }
  const queues = shuffleWithSeed([...byKind.keys()].sort(), seed).map((kind) => shuffleWithSeed(byKind.get(kind)!, seedFrom(seed, kind)));
  const picked: string[] = [];
  while (picked.length < limit && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      if (picked.length >= limit) break;
      const next = queue.shift();
      if (next !== undefined) picked.push(next);
    }
  }
  return shuffleWithSeed(picked, seedFrom(seed, "order"));
}
