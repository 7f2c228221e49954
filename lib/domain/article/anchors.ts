// Owns the addresses of places in the reader, so every page that links to a
// sentence (quiz feedback, cards, progress) builds the same URL.
export function sentenceAnchor(sentenceNumber: number): string {
  return `s-${sentenceNumber}`;
}

export function paragraphAnchor(paragraphNumber: number): string {
  return `p-${paragraphNumber}`;
}

/** The reader scrolled to a sentence and highlighting it. */
export function sentenceHref(slug: string, sentenceNumber: number): string {
  return `/articles/${encodeURIComponent(slug)}?s=${sentenceNumber}#${sentenceAnchor(sentenceNumber)}`;
}
