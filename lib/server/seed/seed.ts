import "server-only";
// Owns a whole seed run: load and validate seeds/, then for each article write
// it with its hand-written questions, and run the question generator over it
// and write what it makes. Nothing is written if validation fails.
import type { Db } from "@/lib/server/db";
import { generateQuestions } from "@/lib/domain/generation";
import { loadSeedDirectory, type SeedArticle } from "@/lib/server/seed/load";
import { writeGeneratedQuestions } from "@/lib/server/seed/generated";
import { writeArticleWithQuestions, type WriteCounts } from "@/lib/server/seed/write";
import { isoDay } from "@/lib/format";

export type SeedArticleReport = {
  slug: string;
  article: "created" | "updated" | "unchanged";
  handwritten: WriteCounts;
  generated: WriteCounts & { active: number; drafts: number };
};
export type SeedReport = { articles: SeedArticleReport[] };

export async function seedDatabase(db: Db, seedDir: string): Promise<SeedReport> {
  const data = await loadSeedDirectory(seedDir);
  const articles: SeedArticleReport[] = [];
  for (const article of data.articles) {
    const questions = data.questions
      .filter((q) => q.articleSlug === article.slug)
      .map(({ articleSlug: _slug, ...q }) => ({ ...q, origin: "handwritten" as const }));
    const handwritten = await writeArticleWithQuestions(db, article, questions, "handwritten");
    const generation = generateForArticle(article);
    const generated = await writeGeneratedQuestions(db, article, generation.questions);
    articles.push({
      slug: article.slug,
      article: handwritten.article,
      handwritten: handwritten.questions,
      generated: { ...generated.questions, active: generation.stats.active, drafts: generation.stats.drafts },
    });
  }
  return { articles };
}

function generateForArticle(article: Omit<SeedArticle, "file">) {
  return generateQuestions({
    slug: article.slug,
    body: article.body,
    title: article.title,
    ...(article.publishedAt ? { date: isoDay(article.publishedAt) } : {}),
  });
}
