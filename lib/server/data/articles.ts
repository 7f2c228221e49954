import "server-only";
// Owns the reads of articles for the home and reader pages. Which articles a
// viewer sees is decided in lib/server/articles/access.ts.
import type { Db } from "@/lib/server/db";
import { ARTICLE_ACCESS_SELECT, studyableArticles, visibleArticles, type ArticleActor } from "@/lib/server/articles/access";

export type ArticleSummary = {
  id: string;
  slug: string;
  title: string;
  publishedAt: Date | null;
  wordCount: number;
  questionCount: number;
  /** Only its owner sees it (an import not yet published). */
  isPrivate: boolean;
};

/** The articles this learner studies from: public ones and their own imports, not archived. */
export async function listArticles(database: Db, userId: string): Promise<ArticleSummary[]> {
  const rows = await database.article.findMany({
    where: studyableArticles(userId),
    // Undated articles last: SQLite sorts NULL lowest and PostgreSQL highest,
    // so the NULL position is spelled out to list the same on both.
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      publishedAt: true,
      wordCount: true,
      visibility: true,
      _count: { select: { questions: { where: { status: "active" } } } },
    },
  });
  return rows.map(({ _count, visibility, ...a }) => ({ ...a, questionCount: _count.questions, isPrivate: visibility === "private" }));
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
  /** Who may see it (access.ts): the page shows "private" / "archived" and, to editors, the manage links. */
  access: { ownerId: string | null; visibility: "private" | "public"; archivedAt: Date | null };
  sourceUrl: string | null;
};

/**
 * The split text of each article, kept in memory per version: the article's
 * id, updatedAt and contentHash (any edit of the text or title changes one of
 * them, on any instance). A page view then reads one small row, not every
 * paragraph and sentence. The question count is read fresh each time.
 * Callers must not mutate what they get (it is shared between requests).
 */
type CachedReaderArticle = Omit<ReaderArticle, "questionCount" | "access">;
const readerCache = new Map<string, { stamp: string; article: CachedReaderArticle }>();
const READER_CACHE_MAX = 200;

/** The article split for reading: numbered paragraphs of addressable sentences; null if no such slug, or one the actor may not see. */
export async function getReaderArticle(database: Db, slug: string, actor: ArticleActor): Promise<ReaderArticle | null> {
  const head = await database.article.findFirst({
    where: { slug, ...visibleArticles(actor) },
    select: { id: true, updatedAt: true, contentHash: true, ...ARTICLE_ACCESS_SELECT, _count: { select: { questions: { where: { status: "active" } } } } },
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
  return {
    ...hit.article,
    questionCount: head._count.questions,
    access: { ownerId: head.ownerId, visibility: head.visibility, archivedAt: head.archivedAt },
  };
}

async function loadReaderArticle(database: Db, id: string): Promise<CachedReaderArticle | null> {
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
    sourceUrl: article.sourceUrl,
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
