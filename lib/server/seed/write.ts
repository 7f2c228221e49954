import "server-only";
// Owns writing seed data to the database, idempotently and keyed by the
// stable question key: unchanged rows are left alone, edited questions are
// updated in place (so every learner's responses, cards and reviews stay
// attached), and hand-written questions that left the file are retired, never
// deleted. A question a person changed in the editor (editedAt) is never
// overwritten or retired here: the edit wins over a reseed or a regeneration.
// Each article is written in one transaction.
import type { Db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { contentHash } from "@/lib/domain/questions/content-hash";
import type { QuestionContent } from "@/lib/domain/questions/bank-schema";
import { factKeyFor } from "@/lib/domain/questions/family";
import type { ParagraphSpan } from "@/lib/domain/article/segment";

const dbNull = Prisma.DbNull;
/** Rows retired per statement. */
const RETIRE_CHUNK = 500;
/** Rows created per statement (about 25 parameters each, well under SQLite's 32,766). */
const CREATE_CHUNK = 200;

export type ArticleInput = {
  slug: string;
  title: string;
  publishedAt: Date | null;
  sourceNote: string | null;
  body: string;
  contentHash: string;
  wordCount: number;
  paragraphs: ParagraphSpan[];
  /**
   * Set only on creation, for an imported article (its importer, "private",
   * the page it came from); the seed leaves them out, so seeded articles stay
   * public and ownerless, and a rewrite never changes who owns an article.
   */
  ownerId?: string | null;
  visibility?: "private" | "public";
  sourceUrl?: string | null;
};

/** Thrown (and the transaction rolled back) when a create-only write finds its slug taken. */
export class SlugTakenError extends Error {
  override readonly name = "SlugTakenError";
  constructor(readonly slug: string) {
    super(`an article with slug "${slug}" already exists`);
  }
}

export type QuestionInput = QuestionContent & {
  evidenceStart: number;
  evidenceEnd: number;
  origin: "handwritten" | "generated";
  generatorVersion?: string | null;
  score?: number | null;
  rejectReasons?: string[] | null;
};

export type WriteCounts = { created: number; updated: number; unchanged: number; retired: number };
export type ArticleWriteReport = {
  slug: string;
  article: "created" | "updated" | "unchanged";
  questions: WriteCounts;
};

/**
 * Writes one article and the full set of its questions of one origin.
 * Questions of that origin not in `questions` are retired.
 */
export async function writeArticleWithQuestions(
  db: Db,
  article: ArticleInput,
  questions: QuestionInput[],
  origin: "handwritten" | "generated",
  options: { createOnly?: boolean } = {},
): Promise<ArticleWriteReport> {
  return db.$transaction(
    async (tx) => {
      const { id: articleId, outcome } = await upsertArticle(tx, article, options.createOnly ?? false);
      const counts = await upsertQuestions(tx, articleId, questions, origin, options.createOnly ?? false, article.slug);
      return { slug: article.slug, article: outcome, questions: counts };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function upsertArticle(tx: Prisma.TransactionClient, a: ArticleInput, createOnly: boolean) {
  const existing = await tx.article.findUnique({ where: { slug: a.slug } });
  if (existing && createOnly) throw new SlugTakenError(a.slug);
  const fields = {
    title: a.title,
    publishedAt: a.publishedAt,
    sourceNote: a.sourceNote,
    body: a.body,
    contentHash: a.contentHash,
    wordCount: a.wordCount,
  };
  if (!existing) {
    const ownership = {
      ...(a.ownerId !== undefined ? { ownerId: a.ownerId } : {}),
      ...(a.visibility !== undefined ? { visibility: a.visibility } : {}),
      ...(a.sourceUrl !== undefined ? { sourceUrl: a.sourceUrl } : {}),
    };
    const created = await tx.article.create({ data: { slug: a.slug, ...fields, ...ownership } });
    await writeStructure(tx, created.id, a.paragraphs);
    return { id: created.id, outcome: "created" as const };
  }
  const metaChanged =
    existing.title !== a.title ||
    existing.publishedAt?.getTime() !== a.publishedAt?.getTime() ||
    existing.sourceNote !== a.sourceNote ||
    existing.wordCount !== a.wordCount;
  const textChanged = existing.contentHash !== a.contentHash;
  if (!metaChanged && !textChanged) return { id: existing.id, outcome: "unchanged" as const };
  await tx.article.update({ where: { id: existing.id }, data: fields });
  if (textChanged) {
    await tx.paragraph.deleteMany({ where: { articleId: existing.id } });
    await writeStructure(tx, existing.id, a.paragraphs);
  }
  return { id: existing.id, outcome: "updated" as const };
}

async function writeStructure(tx: Prisma.TransactionClient, articleId: string, paragraphs: ParagraphSpan[]) {
  for (const p of paragraphs) {
    await tx.paragraph.create({
      data: {
        articleId,
        index: p.index,
        start: p.start,
        end: p.end,
        sentences: {
          create: p.sentences.map((s) => ({ articleId, index: s.index, start: s.start, end: s.end })),
        },
      },
    });
  }
}

/**
 * The columns a question's content is written as (and hashed from, with its article): the editor and the question
 * import write the same. The fact key is among them, so a reseed writes it on rows stored before it existed.
 */
export function rowData(q: QuestionInput) {
  return {
    kind: q.kind,
    prompt: q.prompt,
    answer: q.answer,
    acceptedAnswers: q.acceptedAnswers,
    choices: q.choices ?? undefined,
    items: q.items ?? undefined,
    pairs: q.pairs ?? undefined,
    explanation: q.explanation,
    evidenceText: q.evidenceText,
    evidenceStart: q.evidenceStart,
    evidenceEnd: q.evidenceEnd,
    topics: q.topics,
    difficulty: q.difficulty,
    origin: q.origin,
    generatorVersion: q.generatorVersion ?? null,
    score: q.score ?? null,
    rejectReasons: q.rejectReasons ?? undefined,
    status: q.status,
    factKey: factKeyFor(q),
  };
}

async function upsertQuestions(
  tx: Prisma.TransactionClient,
  articleId: string,
  questions: QuestionInput[],
  origin: "handwritten" | "generated",
  createOnly = false,
  slug = "",
): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0, retired: 0 };
  const existing = await tx.question.findMany({
    where: { key: { in: questions.map((q) => q.key) } },
    select: { id: true, key: true, contentHash: true, status: true, editedAt: true },
  });
  // A new article never takes over another's questions: keys carry the slug they were generated under,
  // and an article renamed since keeps its old keys, so a clash means "pick another slug".
  if (createOnly && existing.length > 0) throw new SlugTakenError(slug);
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const fresh: Prisma.QuestionCreateManyInput[] = [];
  for (const q of questions) {
    const data = rowData(q);
    const hash = contentHash({ ...data, articleId });
    const row = byKey.get(q.key);
    if (row?.editedAt) {
      counts.unchanged++;
    } else if (!row) {
      fresh.push({ key: q.key, articleId, contentHash: hash, ...data });
    } else if (row.contentHash !== hash || row.status !== q.status) {
      await tx.question.update({
        where: { id: row.id },
        // Explicit nulls clear a structure the edited question no longer has.
        data: {
          articleId,
          contentHash: hash,
          ...data,
          choices: q.choices ?? dbNull,
          items: q.items ?? dbNull,
          pairs: q.pairs ?? dbNull,
          rejectReasons: q.rejectReasons ?? dbNull,
        },
      });
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  // New rows in batches: an imported book can bring tens of thousands of generated questions and drafts.
  for (let i = 0; i < fresh.length; i += CREATE_CHUNK) {
    counts.created += (await tx.question.createMany({ data: fresh.slice(i, i + CREATE_CHUNK) })).count;
  }
  // Which rows left the set is worked out here, not with a NOT IN of every key: a long article has
  // more questions than a statement may carry parameters (SQLite's limit is 32,766).
  const kept = new Set(questions.map((q) => q.key));
  const live = await tx.question.findMany({ where: { articleId, origin, status: { not: "retired" }, editedAt: null }, select: { id: true, key: true } });
  const leaving = live.filter((row) => !kept.has(row.key)).map((row) => row.id);
  for (let i = 0; i < leaving.length; i += RETIRE_CHUNK) {
    const retired = await tx.question.updateMany({ where: { id: { in: leaving.slice(i, i + RETIRE_CHUNK) } }, data: { status: "retired" } });
    counts.retired += retired.count;
  }
  return counts;
}
