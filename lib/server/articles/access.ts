import "server-only";
// Owns who may see and change an article: the one place the ownership rules
// live, so every query of articles and their questions asks here.
//
// - Shipped (seeded) articles are public and have no owner.
// - An imported article belongs to its importer and is private: only they see
//   it, until an author or admin publishes it (an author publishes their own;
//   an admin any). Admins see every article, to review and publish.
// - Archived articles leave every study surface (lists, new quizzes, review,
//   the card browser); their owner and editors still see them, to restore.
// - Editing (questions, rename, regenerate, archive, delete) is for the owner,
//   and for authors and admins on any article they can see.
// - Deleting a shipped article (no owner) is for admins only: the seed would
//   bring it back on the next start, so for anyone else archiving is the way.
//
// Someone who may not see an article gets "not found", never "forbidden".
import type { Prisma } from "@/lib/generated/prisma/client";

export type Role = "learner" | "author" | "admin";
export type ArticleActor = { id: string; role: Role };
export type ArticleAccessRow = { ownerId: string | null; visibility: "private" | "public"; archivedAt: Date | null };

/** Articles a learner studies from: public or their own, not archived. Role plays no part: an admin studies like anyone. */
export function studyableArticles(userId: string): Prisma.ArticleWhereInput {
  return { archivedAt: null, OR: [{ visibility: "public" }, { ownerId: userId }] };
}

/** Questions of studyable articles (the review pool, the card browser, quiz pools). */
export function studyableQuestions(userId: string): Prisma.QuestionWhereInput {
  return { article: studyableArticles(userId) };
}

/** Articles an actor may open at all (reader, editor, export, manage). */
export function visibleArticles(actor: ArticleActor): Prisma.ArticleWhereInput {
  if (actor.role === "admin") return {};
  if (actor.role === "author") return { OR: [{ visibility: "public" }, { ownerId: actor.id }] };
  return { OR: [{ visibility: "public", archivedAt: null }, { ownerId: actor.id }] };
}

export function canSeeArticle(actor: ArticleActor, a: ArticleAccessRow): boolean {
  if (actor.role === "admin" || a.ownerId === actor.id) return true;
  if (a.visibility !== "public") return false;
  return actor.role === "author" || a.archivedAt === null;
}

/** Edit its questions, rename, regenerate, archive, delete. */
export function canEditArticle(actor: ArticleActor, a: ArticleAccessRow): boolean {
  if (!canSeeArticle(actor, a)) return false;
  return a.ownerId === actor.id || actor.role === "author" || actor.role === "admin";
}

/** Make public (or private again). Learners cannot publish, even their own imports. */
export function canPublishArticle(actor: ArticleActor, a: ArticleAccessRow): boolean {
  if (!canEditArticle(actor, a)) return false;
  return actor.role === "admin" || (actor.role === "author" && a.ownerId === actor.id);
}

/** Delete it with every learner's history of it: its editors, except that a shipped (ownerless) article is an admin's call. */
export function canDeleteArticle(actor: ArticleActor, a: ArticleAccessRow): boolean {
  if (!canEditArticle(actor, a)) return false;
  return a.ownerId !== null || actor.role === "admin";
}

/** What anyone who may not see (or edit) an article is told: the same as for a slug that does not exist. */
export const ARTICLE_NOT_FOUND = "That article was not found.";

export const ARTICLE_ACCESS_SELECT = { ownerId: true, visibility: true, archivedAt: true } as const;

/**
 * The article with this slug if the actor may see it (mode "see") or edit it
 * (mode "edit"); null otherwise, which callers answer as "not found".
 */
export async function findArticleFor<S extends Prisma.ArticleSelect>(
  db: { article: { findFirst: (args: { where: Prisma.ArticleWhereInput; select: S & typeof ARTICLE_ACCESS_SELECT }) => Promise<unknown> } },
  actor: ArticleActor,
  slug: string,
  mode: "see" | "edit",
  select: S,
): Promise<(Prisma.ArticleGetPayload<{ select: S & typeof ARTICLE_ACCESS_SELECT }>) | null> {
  const row = (await db.article.findFirst({ where: { slug, ...visibleArticles(actor) }, select: { ...select, ...ARTICLE_ACCESS_SELECT } })) as
    | Prisma.ArticleGetPayload<{ select: S & typeof ARTICLE_ACCESS_SELECT }>
    | null;
  if (!row) return null;
  if (mode === "edit" && !canEditArticle(actor, row as unknown as ArticleAccessRow)) return null;
  return row;
}
