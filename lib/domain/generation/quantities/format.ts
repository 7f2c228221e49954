// Owns writing another value the way a quantity is written: same currency,
// scale word, decimals, grouping, words or digits, unit, and a counted noun
// that agrees with the new number ("one year" -> "three years").
import type { Quantity } from "./types";
import { capitalise, cardinalWords, fractionWords, ordinalDigits, ordinalWords, VAGUE_MAGNITUDES } from "./words";

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The number as the key writes it, or null when this style cannot write it (a fraction not in the table, words for 2.5). */
function writeNumber(q: Quantity, value: number): string | null {
  const st = q.style;
  switch (st.type) {
    case "digits": {
      const shown = value / st.scale;
      if (!Number.isFinite(shown)) return null;
      const fixed = Math.abs(shown).toFixed(st.decimals);
      const [intPart, frac] = fixed.split(".") as [string, string | undefined];
      const body = (st.grouping ? groupThousands(intPart) : intPart) + (frac !== undefined ? `.${frac}` : "");
      const minus = q.number.text.startsWith("−") ? "−" : "-";
      return shown < 0 ? `${minus}${body}` : body;
    }
    case "words":
      return Number.isInteger(value) ? cardinalWords(value, st.words) : null;
    case "ordinal-digits":
      return Number.isInteger(value) && value !== 0 ? ordinalDigits(Math.abs(value)) : null;
    case "ordinal-words": {
      const w = Number.isInteger(value) ? ordinalWords(Math.abs(value)) : "";
      return w ? (st.capital ? capitalise(w) : w) : null;
    }
    case "fraction":
      return fractionWords(value, st.fraction);
    case "vague": {
      const v = VAGUE_MAGNITUDES.find((x) => x.value === value);
      return v ? (st.capital ? capitalise(v.text) : v.text) : null;
    }
    case "decade":
      if (!Number.isInteger(value) || value % 10 !== 0 || value < 0) return null;
      return st.short === null ? `${value}s` : `${st.short}${String(value % 100).padStart(2, "0")}s`;
    case "year":
      return Number.isInteger(value) && value !== 0 ? String(Math.abs(value)) : null;
  }
}

/** The number shown in the text, before any scale word: 1.5 for "1.5 million", 3 for "three". */
export function shownValue(q: Quantity, value: number): number {
  return q.style.type === "digits" ? value / q.style.scale : value;
}

/**
 * The phrase `q.text` rewritten for `value` ("$12 million" -> "$8 million",
 * "one year" -> "three years", "45 per cent" -> "60 per cent"); null when the
 * value cannot be written in the key's form.
 */
export function formatQuantityValue(q: Quantity, value: number): string | null {
  const num = writeNumber(q, value);
  if (num === null) return null;
  let suffix = q.suffix;
  if (q.noun) {
    const { offset, singular, plural } = q.noun;
    const current = /^[\p{L}'’-]+/u.exec(suffix.slice(offset))?.[0] ?? "";
    const wanted = shownValue(q, value) === 1 ? singular : plural;
    suffix = suffix.slice(0, offset) + wanted + suffix.slice(offset + current.length);
  }
  return q.prefix + num + suffix;
}
