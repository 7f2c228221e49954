import "server-only";
// Owns the shared (not per-user) figures of the quiz setup page.
import type { Db } from "@/lib/server/db";
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import { studyableArticles } from "@/lib/server/articles/access";
import { quizzableQuestions } from "@/lib/server/quiz/service";

export async function getQuizSetupData(db: Db, slug: string, userId: string) {
  const article = await db.article.findFirst({ where: { slug, ...studyableArticles(userId) }, select: { id: true, slug: true, title: true } });
  if (!article) return null;
  const groups = await db.question.groupBy({ by: ["kind"], where: { articleId: article.id, ...quizzableQuestions }, _count: { _all: true } });
  const kindCounts: Partial<Record<QuestionKind, number>> = {};
  for (const g of groups) kindCounts[g.kind] = g._count._all;
  return { ...article, kindCounts, questionCount: groups.reduce((n, g) => n + g._count._all, 0) };
}
