import "server-only";
// Owns the reads of articles for the home and reader pages. Articles are
// shared content (not user data), so these take no user id.
import type { Db } from "@/lib/server/db";

export type ArticleSummary = {
  id: string;
  slug: string;
  title: string;
  publishedAt: Date | null;
  wordCount: number;
  questionCount: number;
};

export async function listArticles(database: Db): Promise<ArticleSummary[]> {
  const rows = await database.article.findMany({
    // Undated articles last: SQLite sorts NULL lowest and PostgreSQL highest,
    // so the NULL position is spelled out to list the same on both.
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      publishedAt: true,
      wordCount: true,
      _count: { select: { questions: { where: { status: "active" } } } },
    },
  });
  return rows.map(({ _count, ...a }) => ({ ...a, questionCount: _count.questions }));
}

export type ReaderSentence = { index: number; number: number; text: string; start: number; end: number };
export type ReaderParagraph = { index: number; number: number; start: number; end: number; sentences: ReaderSentence[] };
export type ReaderArticle = {
  id: string;
  slug: string;
  title: string;
  publishedAt: Date | null;
  sourceNote: string | null;
  wordCount: number;
  questionCount: number;
  paragraphs: ReaderParagraph[];
};

/**
 * The split text of each article, kept in memory per version: the article's
 * id, updatedAt and contentHash (any edit of the text or title changes one of
 * them, on any instance). A page view then reads one small row, not every
 * paragraph and sentence. The question count is read fresh each time.
 * Callers must not mutate what they get (it is shared between requests).
 */
const readerCache = new Map<string, { stamp: string; article: Omit<ReaderArticle, "questionCount"> }>();
const READER_CACHE_MAX = 200;

/** The article split for reading: numbered paragraphs of addressable sentences; null if no such slug. */
export async function getReaderArticle(database: Db, slug: string): Promise<ReaderArticle | null> {
  const head = await database.article.findUnique({
    where: { slug },
    select: { id: true, updatedAt: true, contentHash: true, _count: { select: { questions: { where: { status: "active" } } } } },
  });
  if (!head) return null;
  const stamp = `${head.id}:${head.updatedAt.getTime()}:${head.contentHash}`;
  let hit = readerCache.get(slug);
  if (!hit || hit.stamp !== stamp) {
    const article = await loadReaderArticle(database, head.id);
    if (!article) return null; // deleted between the two reads
    if (readerCache.size >= READER_CACHE_MAX) readerCache.delete(readerCache.keys().next().value!);
    hit = { stamp, article };
    readerCache.set(slug, hit);
  }
  return { ...hit.article, questionCount: head._count.questions };
}

async function loadReaderArticle(database: Db, id: string): Promise<Omit<ReaderArticle, "questionCount"> | null> {
  const article = await database.article.findUnique({
    where: { id },
    include: { paragraphs: { orderBy: { index: "asc" }, include: { sentences: { orderBy: { index: "asc" } } } } },
  });
  if (!article) return null;
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    publishedAt: article.publishedAt,
    sourceNote: article.sourceNote,
    wordCount: article.wordCount,
    paragraphs: article.paragraphs.map((p) => ({
      index: p.index,
      number: p.index + 1,
      start: p.start,
      end: p.end,
      sentences: p.sentences.map((s) => ({
        index: s.index,
        number: s.index + 1,
        text: article.body.slice(s.start, s.end),
        start: s.start,
        end: s.end,
      })),
    })),
  };
}
