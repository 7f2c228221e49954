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
export type ReaderParagraph = { index: number; number: number; sentences: ReaderSentence[] };
export type ReaderArticle = {
  slug: string;
  title: string;
  publishedAt: Date | null;
  sourceNote: string | null;
  wordCount: number;
  questionCount: number;
  paragraphs: ReaderParagraph[];
};

/** The article split for reading: numbered paragraphs of addressable sentences; null if no such slug. */
export async function getReaderArticle(database: Db, slug: string): Promise<ReaderArticle | null> {
  const article = await database.article.findUnique({
    where: { slug },
    include: {
      paragraphs: { orderBy: { index: "asc" }, include: { sentences: { orderBy: { index: "asc" } } } },
      _count: { select: { questions: { where: { status: "active" } } } },
    },
  });
  if (!article) return null;
  return {
    slug: article.slug,
    title: article.title,
    publishedAt: article.publishedAt,
    sourceNote: article.sourceNote,
    wordCount: article.wordCount,
    questionCount: article._count.questions,
    paragraphs: article.paragraphs.map((p) => ({
      index: p.index,
      number: p.index + 1,
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

export async function articleExists(database: Db, slug: string): Promise<boolean> {
  return (await database.article.count({ where: { slug } })) > 0;
}
