// Owns turning questions read from a file into rows an article can take:
// every question is checked with the seed's own per-kind schema
// (BankQuestionSchema), its evidence resolved to offsets in the article body,
// and a question the file gave no key gets one. Pure: the server decides what
// exists already and writes.
//
// Evidence: a quote the file carries must be in the article, word for word.
// A question without one (most GIFT and Anki files) gets the article sentence
// that shares the most words with its prompt and answer; when no sentence
// shares at least MIN_SHARED words and MIN_SHARE of the question's words,
// that is a problem for the line. A missing explanation becomes the evidence
// ("From the article: …"), since every Recall question explains its answer.
import { BankQuestionSchema, toQuestionContent, type QuestionContent } from "@/lib/domain/questions/bank-schema";
import { contentHash } from "@/lib/domain/questions/content-hash";
import type { Span } from "@/lib/domain/article/segment";
import type { ExchangeProblem, ParsedQuestion, QuestionOrigin, QuestionStatus } from "./types";

export const MIN_SHARED = 2;
export const MIN_SHARE = 0.3;

export type ResolvedQuestion = Omit<QuestionContent, "status"> & {
  line: number;
  status: QuestionStatus;
  evidenceStart: number;
  evidenceEnd: number;
  /** Null when the file does not say (GIFT, Anki): a new row is hand-written, an updated one keeps its own. */
  origin: QuestionOrigin | null;
  generatorVersion: string | null;
  score: number | null;
  rejectReasons: string[] | null;
  /** Whether the key was made here (the file had none). */
  keyMade: boolean;
};

export type ResolveArticle = { slug: string; body: string; sentences: Span[] };
export type ResolveResult = { questions: ResolvedQuestion[]; problems: ExchangeProblem[] };

const STOP = new Set(
  "the a an and or of to in on at by for with from as is was were be been are it its this that these those which who whom what when where why how not no did does do has have had into than then there their they he she his her we our you your i".split(
    " ",
  ),
);

/** Content words, lower-cased, with a plain English ending (-ing, -ed, -es, -s) taken off longer words so "design" meets "designed". */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 4 ? w.replace(/(ing|ed|es|s)$/, "") : w));
}

/**
 * The sentence sharing the most distinct words with the question, if it shares
 * enough (see the module comment). Words of the answer count twice in the
 * ranking: the evidence is there to support the answer, not just the topic.
 */
export function bestSentence(body: string, sentences: Span[], question: string, answer = ""): Span | null {
  const answerWords = new Set(words(answer));
  const wanted = new Set([...words(question), ...answerWords]);
  if (wanted.size === 0) return null;
  let best: { span: Span; shared: number; weight: number } | null = null;
  for (const span of sentences) {
    const have = new Set(words(body.slice(span.start, span.end)));
    let shared = 0;
    let weight = 0;
    for (const w of wanted) {
      if (!have.has(w)) continue;
      shared++;
      weight += answerWords.has(w) ? 2 : 1;
    }
    if (!best || weight > best.weight) best = { span, shared, weight };
  }
  if (!best || best.shared < MIN_SHARED || best.shared / wanted.size < MIN_SHARE) return null;
  return best.span;
}

/** A key for a question the file named none: the slug and a digest of the question, stable for the same content. */
export function madeKey(slug: string, q: { kind: string; prompt: string; answer: string }): string {
  return `${slug}.import-${contentHash({ kind: q.kind, prompt: q.prompt, answer: q.answer }).slice(0, 12)}`;
}

/** The bank schema's input for one question (true/false answers are booleans there). */
function bankInput(p: ParsedQuestion["question"], key: string, evidence: string, explanation: string) {
  const base = { key, kind: p.kind, explanation, evidence, topics: p.topics, difficulty: p.difficulty, status: p.status === "draft" ? "draft" : "active" };
  switch (p.kind) {
    case "multiple_choice":
      return { ...base, prompt: p.prompt, answer: p.answer, choices: p.choices ?? [] };
    case "true_false":
      return { ...base, prompt: p.prompt, answer: p.answer === "true" ? true : p.answer === "false" ? false : p.answer };
    case "cloze":
    case "short_answer":
      return { ...base, prompt: p.prompt, answer: p.answer, accepted: p.acceptedAnswers };
    case "ordering":
      return { ...base, prompt: p.prompt, items: p.items ?? [] };
    case "matching":
      return { ...base, prompt: p.prompt, pairs: p.pairs ?? [] };
    case "flashcard":
      return { ...base, front: p.prompt, back: p.answer };
  }
}

/** The bank schema names a flashcard's fields front/back and a typed answer's alternatives "accepted"; a file says prompt/answer/acceptedAnswers. */
const FIELD_NAMES: Record<string, string> = { front: "prompt", back: "answer", accepted: "acceptedAnswers" };

/** `taken`: keys already accounted for in the same file (key -> line), so a repeat of one is refused. */
export function resolveQuestions(article: ResolveArticle, parsed: ParsedQuestion[], taken: ReadonlyMap<string, number> = new Map()): ResolveResult {
  const problems: ExchangeProblem[] = [];
  const questions: ResolvedQuestion[] = [];
  const seen = new Map<string, number>(taken);
  for (const { line, question: p } of parsed) {
    const problem = (field: string, message: string) => problems.push({ line, field, message });
    const key = p.key ?? madeKey(article.slug, p);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (p.key === null) problem("prompt", `this question repeats the one on line ${earlier} (same kind, prompt and answer)`);
      else problem("key", `key "${key}" is used again (first on line ${earlier})`);
      continue;
    }
    seen.set(key, line);

    let span: Span | null = null;
    if (p.evidenceText !== null && p.evidenceText.trim() !== "") {
      const quote = p.evidenceText;
      const start =
        p.evidenceStart !== null && article.body.startsWith(quote, p.evidenceStart) ? p.evidenceStart : article.body.indexOf(quote);
      if (start < 0) {
        problem("evidence", `the evidence quote is not in this article: "${clip(quote)}"`);
        continue;
      }
      span = { start, end: start + quote.length };
    } else {
      const answer = `${p.answer} ${(p.pairs ?? []).map((x) => `${x.left} ${x.right}`).join(" ")} ${(p.items ?? []).join(" ")}`;
      span = bestSentence(article.body, article.sentences, p.prompt, answer);
      if (!span) {
        problem("evidence", "no sentence of the article shares enough words with this question; add the evidence quote (JSON \"evidence\", or a // recall: {\"evidence\": …} line in GIFT)");
        continue;
      }
    }
    const evidence = article.body.slice(span.start, span.end);
    const explanation = p.explanation?.trim() ? p.explanation : `From the article: “${evidence}”`;
    const checked = BankQuestionSchema.safeParse(bankInput(p, key, evidence, explanation.length > 1000 ? `${explanation.slice(0, 999)}…` : explanation));
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const [first, ...rest] = issue.path.map(String);
        problem([FIELD_NAMES[first ?? ""] ?? first ?? "question", ...rest].join("."), issue.message);
      }
      continue;
    }
    // The bank schema keeps accepted answers for typed kinds only; a generated flashcard or choice
    // question carries some too (the generator's aliases), so the file's list is kept, within the bank's limits.
    const typed = checked.data.kind === "cloze" || checked.data.kind === "short_answer";
    const content = typed ? toQuestionContent(checked.data) : { ...toQuestionContent(checked.data), acceptedAnswers: p.acceptedAnswers };
    const badAccepted = p.acceptedAnswers.length > 20 || p.acceptedAnswers.some((a) => a.trim() === "" || a.length > 200);
    if (badAccepted) {
      problem("acceptedAnswers", "at most 20 accepted answers, each 1 to 200 characters");
      continue;
    }
    questions.push({
      ...content,
      line,
      status: p.status,
      evidenceStart: span.start,
      evidenceEnd: span.end,
      origin: p.origin,
      generatorVersion: p.generatorVersion,
      score: p.score,
      rejectReasons: p.rejectReasons,
      keyMade: p.key === null,
    });
  }
  return { questions, problems };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
