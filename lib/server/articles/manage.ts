import "server-only";
// Owns managing one article: what the manage page shows, and its changes
// (rename, regenerate the questions, archive / restore, publish / make
// private, delete), plus the "your articles" list. Who may do what is asked of
// access.ts on every call, on the server; an article the actor may not edit is
// "not found" (404), as if it did not exist. Each change reads, checks and
// writes in one transaction, except regenerate, whose write is the seed's own
// transaction (lib/server/seed/write.ts) after the check.
import { ARTICLE_NOT_FOUND } from "@/lib/server/articles/access";
import type { Db } from "@/lib/server/db";
import { DomainError } from "@/lib/domain/errors";
import { generateQuestions } from "@/lib/domain/generation";
import { segmentArticle } from "@/lib/domain/article/segment";
import { confirmsTitle } from "@/lib/domain/article/manage";
import { isoDay } from "@/lib/format";
import { canDeleteArticle, canPublishArticle, findArticleFor, type ArticleActor } from "@/lib/server/articles/access";
import { deleteArticlesWithHistory } from "@/lib/server/articles/delete";
import { writeGeneratedQuestions } from "@/lib/server/seed/generated";
import type { WriteCounts } from "@/lib/server/seed/write";

export { ARTICLE_NOT_FOUND };
export const PUBLISH_REFUSED =
  "Learners cannot publish: ask an admin to publish yours (authors publish their own imports). Until then only you can see it.";
export const DELETE_SHIPPED_REFUSED = "Only an admin can delete an article that ships with Recall (the next start would bring it back). Archive it instead.";

const notFound = () => new DomainError(ARTICLE_NOT_FOUND, 404);

export type QuestionCounts = { active: number; draft: number; retired: number };

export type ManagedArticle = {
  id: string;
  slug: string;
  title: string;
  visibility: "private" | "public";
  archivedAt: Date | null;
  /** Null: it ships with Recall (seeded). */
  ownerId: string | null;
  ownerEmail: string | null;
  sourceUrl: string | null;
  createdAt: Date;
  wordCount: number;
  questions: QuestionCounts & { edited: number };
  /** What this actor may do besides editing (which they may, or they would not have it). */
  can: { publish: boolean; delete: boolean };
};

async function countQuestions(db: Db, articleIds: string[]): Promise<Map<string, QuestionCounts>> {
  const groups = await db.question.groupBy({ by: ["articleId", "status"], where: { articleId: { in: articleIds } }, _count: { _all: true } });
  const out = new Map<string, QuestionCounts>(articleIds.map((id) => [id, { active: 0, draft: 0, retired: 0 }]));
  for (const g of groups) out.get(g.articleId)![g.status] = g._count._all;
  return out;
}

/** The article as its manage page shows it, or null when the actor may not edit it. */
export async function getManagedArticle(db: Db, actor: ArticleActor, slug: string): Promise<ManagedArticle | null> {
  const row = await findArticleFor(db, actor, slug, "edit", {
    id: true,
    slug: true,
    title: true,
    sourceUrl: true,
    createdAt: true,
    wordCount: true,
    owner: { select: { email: true } },
  });
  if (!row) return null;
  const [counts, edited] = await Promise.all([
    countQuestions(db, [row.id]),
    db.question.count({ where: { articleId: row.id, editedAt: { not: null } } }),
  ]);
  const { owner, ...rest } = row;
  return {
    ...rest,
    ownerEmail: owner?.email ?? null,
    questions: { ...counts.get(row.id)!, edited },
    can: { publish: canPublishArticle(actor, row), delete: canDeleteArticle(actor, row) },
  };
}

/** A new title; the slug stays, so every link to the article keeps working. Changing it moves updatedAt, which the reader's cache keys on. */
export async function renameArticle(db: Db, actor: ArticleActor, input: { slug: string; title: string }): Promise<{ title: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const row = await findArticleFor(tx, actor, input.slug, "edit", { id: true, title: true });
    if (!row) throw notFound();
    if (row.title === input.title) return { title: row.title, changed: false };
    await tx.article.update({ where: { id: row.id }, data: { title: input.title } });
    return { title: input.title, changed: true };
  });
}

export type RegenerateReport = WriteCounts & { active: number; drafts: number };

/**
 * Runs the question generator over the article's text again, as the seed
 * does, and writes what it makes keyed by content: an unchanged question keeps
 * its row (and every learner's cards, attempts and reviews of it), one the
 * generator no longer makes is retired, and one a person edited is left alone.
 */
export async function regenerateArticle(db: Db, actor: ArticleActor, input: { slug: string }): Promise<RegenerateReport> {
  const row = await findArticleFor(db, actor, input.slug, "edit", {
    slug: true,
    title: true,
    publishedAt: true,
    sourceNote: true,
    body: true,
    contentHash: true,
    wordCount: true,
  });
  if (!row) throw notFound();
  const generation = generateQuestions({
    slug: row.slug,
    body: row.body,
    title: row.title,
    ...(row.publishedAt ? { date: isoDay(row.publishedAt) } : {}),
  });
  // The article's own fields as stored: the write finds nothing to change on
  // the article, so only its generated questions are written.
  const article = {
    slug: row.slug,
    title: row.title,
    publishedAt: row.publishedAt,
    sourceNote: row.sourceNote,
    body: row.body,
    contentHash: row.contentHash,
    wordCount: row.wordCount,
    paragraphs: segmentArticle(row.body),
  };
  const written = await writeGeneratedQuestions(db, article, generation.questions);
  return { ...written.questions, active: generation.stats.active, drafts: generation.stats.drafts };
}

/** Archive (out of every study surface, history kept) or restore. Archiving twice keeps the first date. */
export async function setArticleArchived(db: Db, actor: ArticleActor, input: { slug: string; archived: boolean }, now: Date): Promise<{ archivedAt: Date | null }> {
  return db.$transaction(async (tx) => {
    const row = await findArticleFor(tx, actor, input.slug, "edit", { id: true });
    if (!row) throw notFound();
    if (input.archived === (row.archivedAt !== null)) return { archivedAt: row.archivedAt };
    const archivedAt = input.archived ? now : null;
    await tx.article.update({ where: { id: row.id }, data: { archivedAt } });
    return { archivedAt };
  });
}

/** Publish (everybody sees it) or make private again (only its owner, and admins). */
export async function setArticleVisibility(
  db: Db,
  actor: ArticleActor,
  input: { slug: string; visibility: "private" | "public" },
): Promise<{ visibility: "private" | "public" }> {
  return db.$transaction(async (tx) => {
    const row = await findArticleFor(tx, actor, input.slug, "edit", { id: true });
    if (!row) throw notFound();
    if (!canPublishArticle(actor, row)) throw new DomainError(PUBLISH_REFUSED, 400);
    if (input.visibility === "private" && row.ownerId === null) {
      throw new DomainError("An article that ships with Recall has no owner to keep it private for. Archive it to take it off the study pages.", 400);
    }
    if (row.visibility !== input.visibility) await tx.article.update({ where: { id: row.id }, data: { visibility: input.visibility } });
    return { visibility: input.visibility };
  });
}

/**
 * Deletes the article with its questions and every learner's cards, reviews
 * and attempts of it, all in one transaction, once the person has typed its
 * title. Refused (and nothing removed) for a wrong confirmation; "not found"
 * for anyone who may not edit it.
 */
export async function deleteArticle(db: Db, actor: ArticleActor, input: { slug: string; confirmTitle: string }): Promise<{ title: string }> {
  return db.$transaction(
    async (tx) => {
      const row = await findArticleFor(tx, actor, input.slug, "edit", { id: true, title: true });
      if (!row) throw notFound();
      if (!canDeleteArticle(actor, row)) throw new DomainError(DELETE_SHIPPED_REFUSED, 400);
      if (!confirmsTitle(input.confirmTitle, row.title)) throw new DomainError("Nothing was deleted: type the article's title exactly as shown to confirm.", 400);
      await deleteArticlesWithHistory(tx, { id: row.id });
      return { title: row.title };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

export type ListedArticle = {
  slug: string;
  title: string;
  visibility: "private" | "public";
  archivedAt: Date | null;
  createdAt: Date;
  questions: QuestionCounts;
};
/** `owner` null: its owner is gone (a guest whose rows were removed); email null: a guest's. */
export type OthersPrivateArticle = ListedArticle & { owner: { email: string | null } | null };
export type YourArticles = {
  own: ListedArticle[];
  /** Admins only (null for anyone else): every other user's private article, to open and publish. */
  othersPrivate: OthersPrivateArticle[] | null;
};

const LISTED_SELECT = { id: true, slug: true, title: true, visibility: true, archivedAt: true, createdAt: true } as const;

/** The actor's own articles (archived and private ones too), newest first; for an admin also everybody else's private ones. */
export async function listYourArticles(db: Db, actor: ArticleActor): Promise<YourArticles> {
  const [own, others] = await Promise.all([
    db.article.findMany({ where: { ownerId: actor.id }, orderBy: [{ createdAt: "desc" }, { slug: "asc" }], select: LISTED_SELECT }),
    actor.role === "admin"
      ? db.article.findMany({
          // Spelled out with the null case: SQL's "ownerId <> x" leaves out rows with no owner, which an admin must see too.
          where: { visibility: "private", OR: [{ ownerId: null }, { ownerId: { not: actor.id } }] },
          orderBy: [{ createdAt: "desc" }, { slug: "asc" }],
          select: { ...LISTED_SELECT, owner: { select: { email: true } } },
        })
      : Promise.resolve(null),
  ]);
  const counts = await countQuestions(db, [...own, ...(others ?? [])].map((a) => a.id));
  const listed = ({ id, ...a }: (typeof own)[number]): ListedArticle => ({ ...a, questions: counts.get(id)! });
  return {
    own: own.map(listed),
    othersPrivate: others ? others.map(({ owner, ...a }) => ({ ...listed(a), owner })) : null,
  };
}
