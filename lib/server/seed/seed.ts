import "server-only";
// Owns a whole seed run: load and validate seeds/, then write each article
// with its hand-written questions. Nothing is written if validation fails.
import type { Db } from "@/lib/server/db";
import { loadSeedDirectory } from "@/lib/server/seed/load";
import { writeArticleWithQuestions, type ArticleWriteReport } from "@/lib/server/seed/write";

export type SeedReport = { articles: ArticleWriteReport[] };

export async function seedDatabase(db: Db, seedDir: string): Promise<SeedReport> {
  const data = await loadSeedDirectory(seedDir);
  const articles: ArticleWriteReport[] = [];
  for (const article of data.articles) {
    const questions = data.questions
      .filter((q) => q.articleSlug === article.slug)
      .map(({ articleSlug: _slug, ...q }) => ({ ...q, origin: "handwritten" as const }));
    articles.push(await writeArticleWithQuestions(db, article, questions, "handwritten"));
  }
  return { articles };
}
