import "server-only";
// Owns moving an article's questions in and out of the exchange formats
// (lib/domain/exchange): the export reads them, the import checks a whole
// file against the article and writes it in one transaction, or nothing.
//
// Both are for people who may edit the article (findArticleFor "edit"): an
// export carries every answer, and a learner must never see answers before
// answering. Anyone else gets "not found", as for a missing article.
//
// Import rules:
// - Every question is checked (resolveQuestions: the seed's per-kind schema,
//   evidence in the article) before anything is written; one problem refuses
//   the whole file.
// - A key already in this article updates that row in place (same id, so
//   learners' cards, answers and reviews stay attached), content hash
//   recomputed as the seed does, editedAt/editedById set so a reseed or a
//   regeneration leaves it alone. Same content and status: left untouched.
//   Its kind cannot change (answers and cards were given to that kind).
// - A key of another article's question is a problem naming the line (the
//   other article is not named: it may be someone's private import).
// - New questions are hand-written unless the file (JSON) says otherwise, and
//   get editedAt too: a reseed retires hand-written rows missing from the
//   seed file unless a person wrote them.
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { findArticleFor, type ArticleActor } from "@/lib/server/articles/access";
import { rowData } from "@/lib/server/seed/write";
import { ARTICLE_NOT_FOUND } from "@/lib/server/editor/questions";
import { isUniqueViolation } from "@/lib/server/transaction";
import { DomainError } from "@/lib/domain/errors";
import { contentHash } from "@/lib/domain/questions/content-hash";
import { factKeyAfterEdit } from "@/lib/domain/questions/family";
import { CLOZE_BLANK } from "@/lib/domain/questions/bank-schema";
import {
  carriesAcceptedAnswers,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_QUESTIONS,
  detectFormat,
  exportQuestions,
  parseQuestions,
  resolveQuestions,
  type ExchangeFormat,
  type ExchangeProblem,
  type ExchangeQuestion,
  type ExportResult,
  type QuestionStatus,
  type ResolvedQuestion,
} from "@/lib/domain/exchange";


const QUESTION_COLUMNS = {
  id: true,
  key: true,
  articleId: true,
  kind: true,
  prompt: true,
  answer: true,
  acceptedAnswers: true,
  choices: true,
  items: true,
  pairs: true,
  explanation: true,
  evidenceText: true,
  evidenceStart: true,
  topics: true,
  difficulty: true,
  status: true,
  origin: true,
  generatorVersion: true,
  score: true,
  rejectReasons: true,
  contentHash: true,
  factKey: true,
} as const satisfies Prisma.QuestionSelect;
type QuestionRow = Prisma.QuestionGetPayload<{ select: typeof QUESTION_COLUMNS }>;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

function toExchange(row: QuestionRow): ExchangeQuestion {
  return {
    key: row.key,
    kind: row.kind,
    prompt: row.prompt,
    answer: row.answer,
    acceptedAnswers: strings(row.acceptedAnswers),
    choices: Array.isArray(row.choices) ? strings(row.choices) : null,
    items: Array.isArray(row.items) ? strings(row.items) : null,
    pairs: Array.isArray(row.pairs) ? (row.pairs as { left: string; right: string }[]) : null,
    explanation: row.explanation,
    evidenceText: row.evidenceText,
    evidenceStart: row.evidenceStart,
    topics: strings(row.topics),
    difficulty: row.difficulty,
    status: row.status,
    origin: row.origin,
    generatorVersion: row.generatorVersion,
    score: row.score,
    rejectReasons: Array.isArray(row.rejectReasons) ? strings(row.rejectReasons) : null,
  };
}

export type ArticleExport = ExportResult & { slug: string; format: ExchangeFormat };

/** The article's questions in `format`, for someone who may edit it; null: not found. */
export async function exportArticleQuestions(db: Db, actor: ArticleActor, slug: string, format: ExchangeFormat): Promise<ArticleExport | null> {
  const article = await findArticleFor(db, actor, slug, "edit", { id: true, slug: true, title: true });
  if (!article) return null;
  const rows = await db.question.findMany({ where: { articleId: article.id }, select: QUESTION_COLUMNS, orderBy: [{ evidenceStart: "asc" }, { key: "asc" }] });
  return { ...exportQuestions(format, article, rows.map(toExchange)), slug: article.slug, format };
}

export type PlanRow = { line: number; key: string; kind: string; prompt: string };
export type ImportPlan = {
  format: ExchangeFormat;
  created: PlanRow[];
  updated: PlanRow[];
  unchanged: PlanRow[];
  problems: ExchangeProblem[];
};
export type ImportOutcome = ImportPlan & { written: boolean };

export type ImportInput = { text: string; format: ExchangeFormat | "auto"; dryRun: boolean };

type Write = { q: ResolvedQuestion; row: QuestionRow | null; data: Omit<ReturnType<typeof rowData>, "status"> & { status: QuestionStatus }; hash: string };

/** Checks a whole file against the article (and, unless dryRun, writes it in one transaction); throws 404 for an article the actor may not edit. */
export async function importArticleQuestions(db: Db, actor: ArticleActor, slug: string, input: ImportInput, now: Date): Promise<ImportOutcome> {
  const article = await findArticleFor(db, actor, slug, "edit", {
    id: true,
    slug: true,
    body: true,
    sentences: { select: { start: true, end: true }, orderBy: { index: "asc" } },
  });
  if (!article) throw new DomainError(ARTICLE_NOT_FOUND, 404);
  const format = input.format === "auto" ? detectFormat(input.text) : input.format;
  const empty: ImportOutcome = { format, created: [], updated: [], unchanged: [], problems: [], written: false };
  const refuse = (problem: ExchangeProblem): ImportOutcome => ({ ...empty, problems: [problem] });

  const bytes = Buffer.byteLength(input.text, "utf8");
  if (bytes > MAX_IMPORT_BYTES) return refuse({ line: 1, field: "file", message: `the file is ${bytes} bytes; the limit is ${MAX_IMPORT_BYTES} bytes (2 MB)` });
  if (input.text.trim() === "") return refuse({ line: 1, field: "file", message: "the file is empty" });
  const parsed = parseQuestions(format, input.text);
  if (!parsed.ok) return { ...empty, problems: parsed.problems };
  if (parsed.questions.length > MAX_IMPORT_QUESTIONS) {
    return refuse({ line: 1, field: "file", message: `the file has ${parsed.questions.length} questions; the limit is ${MAX_IMPORT_QUESTIONS}` });
  }
  const keys = parsed.questions.map((p) => p.question.key).filter((k): k is string => k !== null);
  const existing = await db.question.findMany({ where: { key: { in: keys } }, select: QUESTION_COLUMNS });
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const plan: ImportOutcome = { ...empty };
  // A question exactly as this article stores it is left alone without being checked again: a JSON
  // export carries the generator's rejected drafts, which never passed the checks a new question must.
  const firstLine = new Map<string, number>();
  const toResolve = parsed.questions.filter((p) => {
    const key = p.question.key;
    if (key !== null && firstLine.has(key)) return true; // resolveQuestions refuses the repeat, naming the first line
    const row = key ? byKey.get(key) : undefined;
    if (!row || row.articleId !== article.id || !isDeepStrictEqual(toExchange(row), p.question)) return true;
    firstLine.set(row.key, p.line);
    plan.unchanged.push({ line: p.line, key: row.key, kind: row.kind, prompt: row.prompt });
    return false;
  });
  const resolved = resolveQuestions(article, toResolve, firstLine);
  const problems = [...resolved.problems];
  const writes: Write[] = [];
  for (const q of resolved.questions) {
    const row = byKey.get(q.key) ?? null;
    const planRow = { line: q.line, key: q.key, kind: q.kind, prompt: q.prompt };
    if (row && row.articleId !== article.id) {
      problems.push({ line: q.line, field: "key", message: `key "${q.key}" belongs to a question of another article; give this question another key` });
      continue;
    }
    if (row && row.kind !== q.kind) {
      problems.push({ line: q.line, field: "kind", message: `"${q.key}" is a ${row.kind} question here; a file cannot change its kind (give it a new key)` });
      continue;
    }
    // GIFT and Anki write every cloze gap as ___: an unchanged question keeps the gap it had.
    const prompt = row && q.kind === "cloze" && sameGap(row.prompt, q.prompt) ? row.prompt : q.prompt;
    const data = {
      ...rowData({
        ...q,
        prompt,
        acceptedAnswers: row && !carriesAcceptedAnswers(format, q.kind) ? strings(row.acceptedAnswers) : q.acceptedAnswers,
        status: "active",
        origin: q.origin ?? row?.origin ?? "handwritten",
        generatorVersion: q.origin ? q.generatorVersion : (row?.generatorVersion ?? null),
        score: q.origin ? q.score : (row?.score ?? null),
        rejectReasons: q.origin ? q.rejectReasons : row ? (Array.isArray(row.rejectReasons) ? strings(row.rejectReasons) : null) : null,
        // An updated row keeps its family unless its evidence or answer changed.
        factKey: row ? factKeyAfterEdit(row, q) : null,
      }),
      status: q.status,
    };
    const hash = contentHash({ ...data, articleId: article.id });
    if (!row) plan.created.push(planRow);
    else if (row.contentHash === hash && row.status === q.status) {
      plan.unchanged.push(planRow);
      continue;
    } else plan.updated.push(planRow);
    writes.push({ q, row, data, hash });
  }
  plan.problems = problems.sort((a, b) => a.line - b.line);
  if (problems.length > 0 || input.dryRun || writes.length === 0) return plan;

  try {
    await db.$transaction(
      async (tx) => {
        for (const w of writes) {
          const edited = { editedAt: now, editedById: actor.id };
          if (!w.row) {
            await tx.question.create({ data: { key: w.q.key, articleId: article.id, contentHash: w.hash, ...w.data, ...edited } });
            continue;
          }
          const done = await tx.question.updateMany({
            where: { id: w.row.id, articleId: article.id },
            data: {
              ...w.data,
              contentHash: w.hash,
              // Explicit nulls clear a structure the question no longer has.
              choices: w.data.choices ?? Prisma.DbNull,
              items: w.data.items ?? Prisma.DbNull,
              pairs: w.data.pairs ?? Prisma.DbNull,
              rejectReasons: w.data.rejectReasons ?? Prisma.DbNull,
              ...edited,
            },
          });
          if (done.count !== 1) throw new DomainError(`Question "${w.q.key}" changed while importing; nothing was written. Check the file again.`, 409);
        }
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("Another import added one of these keys meanwhile; nothing was written. Check the file again.", 409);
    throw error;
  }
  return { ...plan, written: true };
}

function sameGap(a: string, b: string): boolean {
  return a.replace(CLOZE_BLANK, "___") === b.replace(CLOZE_BLANK, "___");
}
