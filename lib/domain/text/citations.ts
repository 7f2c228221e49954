// Owns citation debris: the reference and note marks that text copied from
// an encyclopedia carries ("[12]", "[note 2]", "[citation needed]",
// ":121,154"), how to find them, and how to take them out of a string shown
// to a learner. The sentence splitter uses the same finder so that a mark
// after a full stop stays with the sentence it annotates.

export type MarkSpan = { start: number; end: number };

/** Page numbers of a reference: "5", "121,154", "2–10"; `gap` is what may follow each comma. */
const pages = (gap: string) => String.raw`\d+(?:[–-]\d+)?(?:,${gap}\d+(?:[–-]\d+)?)*`;
const PAGES = pages("");
/** After a bracketed mark, the pages may be spaced as printed: "[14]: 108, 112–114". */
const SPACED_PAGES = pages(" ?");
/** "[...]" with up to 40 characters inside, on one line; its content decides whether it is a mark. */
const BRACKETED = String.raw`\[([^\[\]\n]{1,40})\](?:: ?${SPACED_PAGES})*`;
/**
 * Page marks with no bracket ("weak, and gravitational.:2–10:79"), left when
 * a reference's number was lost but its page kept. Only after a letter,
 * closing bracket, quote or , . ; so that times ("17:16:20"), scores and
 * verses ("John 3:16") are never touched.
 */
const BARE_PAGES = String.raw`(?<=[\p{L}\p{M}.,;)\]"'”’])(?::${PAGES})+(?![\p{L}\p{N}])`;
const MARK_SOURCE = `${BRACKETED}|${BARE_PAGES}`;
const MARK_GLOBAL = new RegExp(MARK_SOURCE, "gu");
const MARK_STICKY = new RegExp(MARK_SOURCE, "uy");

/** Wikipedia's inline maintenance tags, as their rendered text reads. */
const TAGS = new RegExp(
  "^(?:" +
    [
      "vague", "update", "dubious", "discuss", "specify", "quantify", "clarify", "contradictory", "non sequitur",
      "weasel words", "dead link", "permanent dead link", "failed verification", "not in citation given",
      "citation not found", "irrelevant citation", "self-published source", "promotional language", "peacock term",
      "needs update", "date missing", "broken anchor", "neutrality is disputed", "original research",
      "(?:dubious|disputed) [–—-] discuss",
    ].join("|") +
    ")$",
  "iu",
);

/** Whether the text inside "[...]" is a reference or note mark rather than an editor's insertion like "[Wilson]" or "[sic]". */
function isNoteContent(inner: string): boolean {
  return (
    /^\d{1,3}(?:\s?[,–-]\s?\d{1,3})*$/u.test(inner) || // [12], [12, 13], [12–14]
    /^(?:note|nb|n|fn)\s?\d{1,3}[a-z]?$/iu.test(inner) || // [note 2], [nb 1], [n 3a]
    /^(?:note|nb|fn)\s[a-z]$/iu.test(inner) || // [note a]
    /^(?:[a-z]|ii|iii|iv|vi|vii|viii|ix|xi|xii)$/u.test(inner) || // [a], [iv]: lettered and numbered footnotes
    /^[a-z][a-z '’-]* needed$/iu.test(inner) || // [citation needed], [clarification needed]
    /^[a-z][a-z '’-]*\?$/u.test(inner) || // [when?], [by whom?], [unreliable source?]
    TAGS.test(inner)
  );
}

/** Whether a regex match is a mark: bracketed content checked, bare pages not after a one-letter word ("x:1" is a ratio). */
function isMark(text: string, m: RegExpExecArray): boolean {
  if (m[1] !== undefined) return isNoteContent(m[1]);
  const before = text.slice(Math.max(0, m.index - 2), m.index);
  return !/(?:^|[^\p{L}\p{M}])\p{L}$/u.test(before);
}

/**
 * Where the run of marks that begins exactly at `at` ends ("[note 2][note 1]"
 * is one run); `at` itself when no mark begins there.
 */
export function citationRunEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    MARK_STICKY.lastIndex = end;
    const m = MARK_STICKY.exec(text);
    if (!m || !isMark(text, m)) return end;
    end = m.index + m[0].length;
  }
}

/** Every run of citation marks in `text`, in order, adjacent marks merged. */
export function findCitationMarks(text: string): MarkSpan[] {
  const spans: MarkSpan[] = [];
  MARK_GLOBAL.lastIndex = 0;
  for (let m = MARK_GLOBAL.exec(text); m; m = MARK_GLOBAL.exec(text)) {
    if (!isMark(text, m)) {
      // Look for a mark inside a bracket that was not one, e.g. "[Wilson][3]" at "[3]".
      MARK_GLOBAL.lastIndex = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    const last = spans[spans.length - 1];
    if (last && last.end === m.index) last.end = end;
    else spans.push({ start: m.index, end });
  }
  return spans;
}

/** Whether a string still carries citation debris (for a generator check and for measuring). */
export function hasCitationDebris(text: string): boolean {
  return findCitationMarks(text).length > 0;
}

/**
 * Old Style / New Style dates in square brackets ("9 June [O.S. 30 May]
 * 1672"). They are content, not debris: a learner may be asked about either
 * date. But square brackets inside a question read as an editor's note, so
 * on display they become parentheses, which say the same thing ("an
 * alternative date") in ordinary prose.
 */
const CALENDAR_NOTE = /\[((?:O\.S\.|N\.S\.)\s[^\[\]\n]{1,40})\]/gu;

/**
 * `text` as it should be shown in a question stem, statement or choice:
 * citation and note marks removed, with the spaces they leave tidied
 * ("word [3]." -> "word.", "(760 mi),[note 2][note 1] with" -> "(760 mi),
 * with"), and bracketed Old Style dates turned into parenthesised ones.
 * Asides that are content, like "(see below)" or "[sic]", stay.
 */
export function stripCitations(text: string): string {
  const marks = findCitationMarks(text);
  const dated = text.search(CALENDAR_NOTE) >= 0;
  if (marks.length === 0 && !dated) return text;
  let out = "";
  let cursor = 0;
  for (const { start, end } of marks) {
    let from = start;
    while (from > cursor && /[ \t]/.test(text[from - 1]!)) from--;
    out += text.slice(cursor, from);
    // "word [3] next" loses " [3]"; "word [3]next" keeps one space between the words.
    const next = text[end] ?? "";
    if (from < start && /[\p{L}\p{N}(\["“‘]/u.test(next)) out += " ";
    cursor = end;
  }
  out += text.slice(cursor);
  return out
    .replace(CALENDAR_NOTE, "($1)")
    .replace(/\s*\(\s*\)/gu, "") // "word ([3])" leaves an empty pair
    .replace(/^\s+|\s+$/gu, "");
}
