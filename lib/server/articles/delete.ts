import "server-only";
// Owns removing articles with everything that hangs off them. A quiz response
// keeps its question from being deleted (it is history), so the attempts and
// responses of the article go first; the article's delete then cascades to
// its paragraphs, sentences, questions, and every learner's cards, review
// logs, undo journal and reports of those questions. Callers run this inside
// their transaction, so it is all or nothing.
import type { Prisma } from "@/lib/generated/prisma/client";

export async function deleteArticlesWithHistory(tx: Prisma.TransactionClient, where: Prisma.ArticleWhereInput): Promise<number> {
  const articles = await tx.article.findMany({ where, select: { id: true } });
  if (articles.length === 0) return 0;
  const ids = articles.map((a) => a.id);
  await tx.quizResponse.deleteMany({ where: { question: { articleId: { in: ids } } } });
  await tx.quizAttempt.deleteMany({ where: { articleId: { in: ids } } });
  const { count } = await tx.article.deleteMany({ where: { id: { in: ids } } });
  return count;
}
