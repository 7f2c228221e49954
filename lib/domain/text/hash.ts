// Owns the one short, stable text hash: generated question keys and fact keys use it.

/** FNV-1a, 32 bits, as 8 hex digits. Stable across runs and platforms. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
