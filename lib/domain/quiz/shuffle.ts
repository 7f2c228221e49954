// Owns the per-attempt shuffle: a small seeded PRNG (mulberry32) so an
// attempt's question order and choice order are fixed by its stored seed and
// can be rebuilt exactly, with no Math.random in the domain.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; the input is not modified. */
export function shuffleWithSeed<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A shuffle that never hands back the correct order itself (when there is any other order). */
export function shuffleAwayFromOrder<T>(items: readonly T[], seed: number): T[] {
  let shuffled = shuffleWithSeed(items, seed);
  for (let k = 1; k < 8 && items.length > 1 && shuffled.every((x, i) => x === items[i]); k++) {
    shuffled = shuffleWithSeed(items, seed + k);
  }
  if (items.length > 1 && shuffled.every((x, i) => x === items[i])) shuffled = [...items.slice(1), items[0]!];
  return shuffled;
}

/** A 31-bit seed derived from a string (attempt seed + question id), so each question shuffles differently. */
export function seedFrom(base: number, salt: string): number {
  let h = (base ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x01000193) >>> 0;
  return h & 0x7fffffff;
}

/** Fewer than three items have no order that is both shuffled and uninformative (two would always be reversed): those stay random. */
export const MIN_ITEMS_TO_HIDE_ORDER = 3;

/** The shuffle for lists shown before answering: never the correct order for three or more items. */
export function shuffleHidingOrder<T>(items: readonly T[], seed: number): T[] {
  return items.length >= MIN_ITEMS_TO_HIDE_ORDER ? shuffleAwayFromOrder(items, seed) : shuffleWithSeed(items, seed);
}

/**
 * A matching question's two columns: lefts shuffled, and rights kept from
 * lining up with the lefts as shown (not merely from their stored order).
 */
export function shuffleMatching(pairs: readonly { left: string; right: string }[], seed: number): { lefts: string[]; rights: string[] } {
  const shown = shuffleWithSeed(pairs, seed);
  return { lefts: shown.map((p) => p.left), rights: shuffleHidingOrder(shown.map((p) => p.right), seedFrom(seed, "rights")) };
}
