// Owns Recall's own exchange file: JSON that carries every field of a
// question (key, kind, content, evidence with its offset, topics, difficulty,
// status, origin and the generator's provenance), so an export imported again
// changes nothing. Drafts and retired questions are included, with their status.
import { z } from "@/lib/domain/zod";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import type { ExchangeProblem, ExchangeQuestion, ExportResult, ParseResult, ParsedQuestion } from "./types";

export const JSON_FORMAT_ID = "recall-questions";
export const JSON_FORMAT_VERSION = 1;

type ArticleHead = { slug: string; title: string };

/** The file's question object, field by field (the content rules are the bank schema's, checked on import). */
const JsonQuestionSchema = z.object({
  key: z.string().nullish(),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string(),
  answer: z.union([z.string(), z.boolean()]).optional(),
  acceptedAnswers: z.array(z.string()).default([]),
  choices: z.array(z.string()).nullish(),
  items: z.array(z.string()).nullish(),
  pairs: z.array(z.object({ left: z.string(), right: z.string() })).nullish(),
  explanation: z.string().nullish(),
  evidence: z.string().nullish(),
  evidenceStart: z.number().int().min(0).nullish(),
  topics: z.array(z.string()).default([]),
  difficulty: z.number().int().default(2),
  status: z.enum(["active", "draft", "retired"]).default("active"),
  origin: z.enum(["handwritten", "generated"]).nullish(),
  generatorVersion: z.string().nullish(),
  score: z.number().nullish(),
  rejectReasons: z.array(z.string()).nullish(),
});

const JsonFileSchema = z.object({
  format: z.literal(JSON_FORMAT_ID, { error: `"format" must be "${JSON_FORMAT_ID}"` }),
  version: z.literal(JSON_FORMAT_VERSION, { error: `"version" must be ${JSON_FORMAT_VERSION}` }),
  article: z.object({ slug: z.string(), title: z.string() }).partial().optional(),
  questions: z.array(z.unknown()),
});

export function exportJson(article: ArticleHead, questions: ExchangeQuestion[]): ExportResult {
  const file = {
    format: JSON_FORMAT_ID,
    version: JSON_FORMAT_VERSION,
    article: { slug: article.slug, title: article.title },
    questions: questions.map((q) => ({
      key: q.key,
      kind: q.kind,
      prompt: q.prompt,
      answer: q.answer,
      acceptedAnswers: q.acceptedAnswers,
      choices: q.choices,
      items: q.items,
      pairs: q.pairs,
      explanation: q.explanation,
      evidence: q.evidenceText,
      evidenceStart: q.evidenceStart,
      topics: q.topics,
      difficulty: q.difficulty,
      status: q.status,
      origin: q.origin,
      generatorVersion: q.generatorVersion,
      score: q.score,
      rejectReasons: q.rejectReasons,
    })),
  };
  return { text: `${JSON.stringify(file, null, 2)}\n`, included: questions.length, skipped: [] };
}

export function parseJson(text: string): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ line: jsonErrorLine(text, error), field: "file", message: `not valid JSON (${(error as Error).message})` }] };
  }
  const head = JsonFileSchema.safeParse(doc);
  if (!head.success) {
    const issue = head.error.issues[0]!;
    return { ok: false, problems: [{ line: 1, field: issue.path.join(".") || "file", message: issue.message }] };
  }
  const lines = questionLines(text);
  const problems: ExchangeProblem[] = [];
  const questions: ParsedQuestion[] = [];
  head.data.questions.forEach((raw, i) => {
    const line = lines[i] ?? 1;
    const parsed = JsonQuestionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, field: issue.path.join(".") || `questions[${i}]`, message: issue.message });
      return;
    }
    const q = parsed.data;
    questions.push({
      line,
      question: {
        key: q.key ?? null,
        kind: q.kind,
        prompt: q.prompt,
        answer: typeof q.answer === "boolean" ? String(q.answer) : (q.answer ?? ""),
        acceptedAnswers: q.acceptedAnswers,
        choices: q.choices ?? null,
        items: q.items ?? null,
        pairs: q.pairs ?? null,
        explanation: q.explanation ?? null,
        evidenceText: q.evidence ?? null,
        evidenceStart: q.evidenceStart ?? null,
        topics: q.topics,
        difficulty: q.difficulty,
        status: q.status,
        origin: q.origin ?? null,
        generatorVersion: q.generatorVersion ?? null,
        score: q.score ?? null,
        rejectReasons: q.rejectReasons ?? null,
      },
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questions };
}

/** The line a JSON.parse error points at ("... at position 123" in V8's message), else 1. */
function jsonErrorLine(text: string, error: unknown): number {
  const m = /position (\d+)/.exec((error as Error).message ?? "");
  if (!m) return 1;
  return lineAt(text, Number(m[1]));
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The 1-based line each element of the top-level "questions" array starts on:
 * a scan that tracks strings and nesting, so a problem names the line the
 * person sees in their editor.
 */
export function questionLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let lastKey = "";
  let stringStart = 0;
  let questionsDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      stringStart = i;
    } else if (ch === "{" || ch === "[") {
      if (ch === "[" && depth === 1 && lastKey === "questions") questionsDepth = depth + 1;
      if (ch === "{" && depth === questionsDepth) lines.push(line);
      depth++;
    } else if (ch === "}" || ch === "]") {
      depth--;
      if (depth < questionsDepth) questionsDepth = -1;
    }
  }
  return lines;
}
