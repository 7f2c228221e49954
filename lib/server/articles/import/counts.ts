import "server-only";
// Owns the figures the reader shows right after an import ("Imported: N
// questions ready (M drafts)"): only to someone who may edit the article
// (its owner, authors, admins), since drafts are an editor's business.
import type { Db } from "@/lib/server/db";
import { findArticleFor, type ArticleActor } from "@/lib/server/articles/access";

export type ImportedCounts = { active: number; drafts: number };

export async function importedCounts(db: Db, actor: ArticleActor, slug: string): Promise<ImportedCounts | null> {
  const article = await findArticleFor(db, actor, slug, "edit", { id: true });
  if (!article) return null;
  const rows = await db.question.groupBy({ by: ["status"], where: { articleId: article.id, status: { in: ["active", "draft"] } }, _count: { _all: true } });
  const count = (status: string) => rows.find((r) => r.status === status)?._count._all ?? 0;
  return { active: count("active"), drafts: count("draft") };
}
