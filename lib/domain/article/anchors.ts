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

/** The 1-based number of the sentence that contains a character offset, or null. */
export function sentenceNumberAt(sentences: readonly { index: number; start: number; end: number }[], offset: number): number | null {
  const s = sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? s.index + 1 : null;
}

/** A reader link opened from a quiz: the reader then offers "Back to the quiz" (`?quiz=<attempt id>`). */
export function withReturnToQuiz(href: string, attemptId: string): string {
  const [path, hash] = href.split("#");
  const joined = `${path}${path!.includes("?") ? "&" : "?"}quiz=${encodeURIComponent(attemptId)}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}
