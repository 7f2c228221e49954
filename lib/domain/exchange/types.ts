// Owns the shape every exchange format (Recall JSON, Moodle GIFT, Anki text)
// reads into and writes from: a question's content (QuestionContent from the
// bank schema) with its evidence and provenance, plus what a parser reports
// when a line cannot be read. Pure: no I/O, no clock.
import type { QuestionContent, QuestionKind } from "@/lib/domain/questions/bank-schema";

export const EXCHANGE_FORMATS = ["json", "gift", "anki"] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

export const FORMAT_LABELS: Record<ExchangeFormat, string> = { json: "Recall JSON", gift: "Moodle GIFT", anki: "Anki text" };
/** The download's file name ending, per format. */
export const FORMAT_EXTENSIONS: Record<ExchangeFormat, string> = { json: "json", gift: "gift.txt", anki: "txt" };
export const FORMAT_MEDIA_TYPES: Record<ExchangeFormat, string> = {
  json: "application/json; charset=utf-8",
  gift: "text/plain; charset=utf-8",
  anki: "text/plain; charset=utf-8",
};

/** Size caps of one import: the text, and the questions in it. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_QUESTIONS = 2000;
/**
 * Through the web page a file is smaller: Recall's HTTP server refuses any
 * request body over 1 MB (scripts/lib/edge/rules.ts, Next's server-action
 * default), and the form's other fields need a little room. The command line
 * takes MAX_IMPORT_BYTES.
 */
export const MAX_WEB_IMPORT_BYTES = 1_000_000;

export type QuestionStatus = "active" | "draft" | "retired";
export type QuestionOrigin = "handwritten" | "generated";

/**
 * One question as a file carries it. Fields a format cannot carry are null:
 * `key` (a new question gets one from the article slug), `evidenceText` (the
 * import picks the article sentence that best matches), `explanation` (the
 * import uses the evidence), `origin` / `generatorVersion` / `score` /
 * `rejectReasons` (a new question is hand-written; an updated one keeps its own).
 */
export type ExchangeQuestion = Omit<QuestionContent, "key" | "status" | "evidenceText" | "explanation"> & {
  key: string | null;
  status: QuestionStatus;
  explanation: string | null;
  evidenceText: string | null;
  /** Where the evidence starts in the article body (JSON only): picks the right one of two equal quotes. */
  evidenceStart: number | null;
  origin: QuestionOrigin | null;
  generatorVersion: string | null;
  score: number | null;
  rejectReasons: string[] | null;
};

/** A question read from a file, with the 1-based line it starts on. */
export type ParsedQuestion = { line: number; question: ExchangeQuestion };

/** What is wrong, where: the 1-based line, the field (prompt, answer, choices, evidence, ...) and why. */
export type ExchangeProblem = { line: number; field: string; message: string };

export type ParseResult = { ok: true; questions: ParsedQuestion[] } | { ok: false; problems: ExchangeProblem[] };

/** What an export left out (a kind the format has no type for), to tell the person exporting. */
export type ExportResult = { text: string; included: number; skipped: { key: string; kind: QuestionKind }[] };

/** A question with no optional structure: the starting point the parsers fill in. */
export function blankQuestion(kind: QuestionKind): ExchangeQuestion {
  return {
    key: null,
    kind,
    prompt: "",
    answer: "",
    acceptedAnswers: [],
    choices: null,
    items: null,
    pairs: null,
    explanation: null,
    evidenceText: null,
    evidenceStart: null,
    topics: [],
    difficulty: 2,
    status: "active",
    origin: null,
    generatorVersion: null,
    score: null,
    rejectReasons: null,
  };
}

/** The answer text a learner reads, derived from the structure as the bank schema does (toQuestionContent). */
export function derivedAnswer(q: Pick<ExchangeQuestion, "kind" | "answer" | "items" | "pairs">): string {
  if (q.kind === "ordering" && q.items) return q.items.join(" → ");
  if (q.kind === "matching" && q.pairs) return q.pairs.map((p) => `${p.left} → ${p.right}`).join("; ");
  return q.answer;
}

/**
 * Whether a format carries a kind's accepted answers. GIFT writes them as
 * further "=" answers of typed questions only; Anki on the back of typed
 * questions and flashcards; JSON always. An update from a format that does not
 * carry them keeps the question's own (the generator's aliases, say).
 */
export function carriesAcceptedAnswers(format: ExchangeFormat, kind: QuestionKind): boolean {
  if (format === "json") return true;
  if (kind === "cloze" || kind === "short_answer") return true;
  return format === "anki" && kind === "flashcard";
}

/** The refusal of a file or text over the web page's cap, for the form and the server alike. */
export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return `That is ${mb(bytes)}; the import page takes up to ${mb(MAX_WEB_IMPORT_BYTES)}. Split the file, or use the command line (npm run questions -- import), which takes 2 MB.`;
}
