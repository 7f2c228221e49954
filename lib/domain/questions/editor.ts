// Owns the question editor's rules that need no database: the draft a form
// edits (one flat shape for every kind) and its conversion to a bank entry,
// validated by the seed's own schema (BankQuestionSchema) on the client and
// the server alike; the way back from a stored row to a draft; where an
// evidence quote sits in its article; whether an edit changes what a quiz in
// progress already showed (its choices, items or pairs); the list filters of
// the editor page; and the reasons a learner may give in a report. Pure.
import { z } from "@/lib/domain/zod";
import { normaliseAnswer } from "@/lib/domain/grading/normalise";
import { BankQuestionSchema, QUESTION_KINDS, type BankQuestion, type QuestionKind } from "./bank-schema";
import { REPORT_NOTE_MAX } from "./report-reasons";

/** Every field any kind has; a kind reads the ones it needs (see toBankInput). */
export type QuestionDraft = {
  kind: QuestionKind;
  prompt: string;
  /** Typed answer (cloze, short answer). */
  answer: string;
  /** Multiple choice: the index of the right choice in `choices`. */
  correctChoice: number;
  /** True / false. */
  truth: boolean;
  accepted: string[];
  choices: string[];
  /** Ordering: in their correct order. */
  items: string[];
  pairs: { left: string; right: string }[];
  /** Flashcard. */
  front: string;
  back: string;
  explanation: string;
  evidence: string;
  /** Where the evidence starts in the article body (the sentence clicked); -1 when unknown. */
  evidenceStart: number;
  topics: string[];
  difficulty: number;
};

export function emptyDraft(kind: QuestionKind): QuestionDraft {
  const three = () => ["", "", ""];
  return {
    kind,
    prompt: "",
    answer: "",
    correctChoice: 0,
    truth: true,
    accepted: [],
    choices: kind === "multiple_choice" ? ["", "", "", ""] : three(),
    items: three(),
    pairs: [0, 1, 2].map(() => ({ left: "", right: "" })),
    front: "",
    back: "",
    explanation: "",
    evidence: "",
    evidenceStart: -1,
    topics: [],
    difficulty: 2,
  };
}

/** A draft with its free-form lists tidied: accepted answers and topics trimmed, empty ones dropped (a blank line is not an answer). */
export function tidyDraft(d: QuestionDraft): QuestionDraft {
  const tidy = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);
  return { ...d, accepted: tidy(d.accepted), topics: tidy(d.topics) };
}

/** The bank entry (the seed YAML's shape) a draft stands for, before validation. `key` and `status` are the server's. */
export function toBankInput(d: QuestionDraft, key: string, status: "active" | "draft" = "active"): Record<string, unknown> {
  const common = { key, kind: d.kind, explanation: d.explanation, evidence: d.evidence, topics: d.topics, difficulty: d.difficulty, status };
  switch (d.kind) {
    case "multiple_choice":
      return { ...common, prompt: d.prompt, choices: d.choices, answer: d.choices[d.correctChoice] ?? "" };
    case "true_false":
      return { ...common, prompt: d.prompt, answer: d.truth };
    case "cloze":
    case "short_answer":
      return { ...common, prompt: d.prompt, answer: d.answer, accepted: d.accepted };
    case "ordering":
      return { ...common, prompt: d.prompt, items: d.items };
    case "matching":
      return { ...common, prompt: d.prompt, pairs: d.pairs };
    case "flashcard":
      return { ...common, front: d.front, back: d.back };
  }
}

export type DraftErrors = Record<string, string[] | undefined>;
export type DraftCheck = { ok: true; question: BankQuestion } | { ok: false; fieldErrors: DraftErrors };

/** A draft checked by the seed's schema: the bank entry, or the messages per field (choices, pairs, prompt, ...). */
export function checkDraft(d: QuestionDraft, key: string): DraftCheck {
  const parsed = BankQuestionSchema.safeParse(toBankInput(d, key));
  if (parsed.success) return { ok: true, question: parsed.data };
  return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as DraftErrors };
}

/** The stored columns a draft is made from. */
export type StoredQuestion = {
  kind: QuestionKind;
  prompt: string;
  answer: string;
  acceptedAnswers: unknown;
  choices: unknown;
  items: unknown;
  pairs: unknown;
  explanation: string;
  evidenceText: string;
  evidenceStart: number;
  topics: unknown;
  difficulty: number;
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);
const pairsOf = (v: unknown): { left: string; right: string }[] =>
  Array.isArray(v)
    ? v.flatMap((p) => (p && typeof p === "object" && typeof p.left === "string" && typeof p.right === "string" ? [{ left: p.left, right: p.right }] : []))
    : [];

/** The draft of a stored question (the inverse of toQuestionContent). */
export function draftFromStored(q: StoredQuestion): QuestionDraft {
  const base = emptyDraft(q.kind);
  const common = {
    ...base,
    explanation: q.explanation,
    evidence: q.evidenceText,
    evidenceStart: q.evidenceStart,
    topics: strings(q.topics),
    difficulty: q.difficulty,
  };
  switch (q.kind) {
    case "multiple_choice": {
      const choices = strings(q.choices);
      return { ...common, prompt: q.prompt, choices, correctChoice: Math.max(0, choices.indexOf(q.answer)) };
    }
    case "true_false":
      return { ...common, prompt: q.prompt, truth: q.answer === "true" };
    case "cloze":
    case "short_answer":
      return { ...common, prompt: q.prompt, answer: q.answer, accepted: strings(q.acceptedAnswers) };
    case "ordering":
      return { ...common, prompt: q.prompt, items: strings(q.items) };
    case "matching":
      return { ...common, prompt: q.prompt, pairs: pairsOf(q.pairs) };
    case "flashcard":
      return { ...common, front: q.prompt, back: q.answer };
  }
}

/**
 * Where the evidence quote sits in the article: at `hint` (the sentence the
 * editor clicked) when the body holds it there, else its first occurrence;
 * null when the body does not contain it.
 */
export function locateEvidence(body: string, text: string, hint: number): { start: number; end: number } | null {
  if (text.length === 0) return null;
  if (hint >= 0 && body.slice(hint, hint + text.length) === text) return { start: hint, end: hint + text.length };
  const start = body.indexOf(text);
  return start < 0 ? null : { start, end: start + text.length };
}

export const EVIDENCE_NOT_IN_ARTICLE = "must be a passage of the article: click the sentence it comes from";

type Shown = { kind: string; choices: unknown; items: unknown; pairs: unknown };
const sortedSet = (list: string[]) => JSON.stringify([...list].sort());

/**
 * Whether an edit changes what a quiz shows before the answer (and stores per
 * response as it showed it): its kind, or the set of choices, items, left or
 * right sides. A new right choice among the same ones, or a new correct order
 * of the same items, changes nothing shown.
 */
export function changesWhatWasShown(before: Shown, after: Shown): boolean {
  if (before.kind !== after.kind) return true;
  const left = (p: unknown) => pairsOf(p).map((x) => x.left);
  const right = (p: unknown) => pairsOf(p).map((x) => x.right);
  return (
    sortedSet(strings(before.choices)) !== sortedSet(strings(after.choices)) ||
    sortedSet(strings(before.items)) !== sortedSet(strings(after.items)) ||
    sortedSet(left(before.pairs)) !== sortedSet(left(after.pairs)) ||
    sortedSet(right(before.pairs)) !== sortedSet(right(after.pairs))
  );
}

// ---------------------------------------------------------------- the list's filters

export const EDITOR_PAGE_SIZE = 50;
export const EDITOR_SEARCH_MAX = 200;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

/**
 * The question list's filters, read from the address (a GET form): anything
 * unknown is dropped rather than refused, so an old or hand-edited link still opens the list.
 */
export const EditorFiltersSchema = z.object({
  view: z.enum(["questions", "reports"]).catch("questions").default("questions"),
  kind: optionalEnum(QUESTION_KINDS),
  origin: optionalEnum(["handwritten", "generated"] as const),
  status: optionalEnum(["active", "draft", "retired"] as const),
  reports: optionalEnum(["open", "none"] as const),
  mark: optionalEnum(["marked"] as const),
  q: z
    .string()
    .trim()
    .catch("")
    .default("")
    .transform((s) => s.slice(0, EDITOR_SEARCH_MAX)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type EditorFilters = z.infer<typeof EditorFiltersSchema>;

/** The filters of a search-params object (first value of a repeated key). */
export function parseEditorFilters(params: Record<string, string | string[] | undefined>): EditorFilters {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""));
  return EditorFiltersSchema.parse(first);
}

/**
 * Whether a question matches the editor's search: in its prompt, answer or
 * key, ignoring case, accents and punctuation as answers are compared (the
 * same on SQLite and PostgreSQL, unlike a database LIKE).
 */
export function matchesSearch(search: string, q: { prompt: string; answer: string; key: string }): boolean {
  const needle = normaliseAnswer(search);
  if (!needle) return true;
  return [q.prompt, q.answer, q.key].some((text) => normaliseAnswer(text).includes(needle));
}

// ---------------------------------------------------------------- reports

export const ReportNoteSchema = z
  .string()
  .trim()
  .max(REPORT_NOTE_MAX, `The note must be at most ${REPORT_NOTE_MAX} characters.`)
  .optional()
  .transform((s) => (s ? s : null));

// ---------------------------------------------------------------- what a browser may send

const field = z.string().max(5000);
const list = z.array(field).max(20);

/** A draft as a browser sends it: only its shape is checked here (sizes bounded); its content is checkDraft's. */
export const QuestionDraftSchema = z.strictObject({
  kind: z.enum(QUESTION_KINDS),
  prompt: field,
  answer: field,
  correctChoice: z.number().int().min(0).max(19),
  truth: z.boolean(),
  accepted: list,
  choices: list,
  items: list,
  pairs: z.array(z.strictObject({ left: field, right: field })).max(20),
  front: field,
  back: field,
  explanation: field,
  evidence: field,
  evidenceStart: z.number().int().min(-1).max(10_000_000),
  topics: list,
  difficulty: z.number().int(),
}) satisfies z.ZodType<QuestionDraft>;
