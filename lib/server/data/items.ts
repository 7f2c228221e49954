import "server-only";
// Owns the authors' item analysis: every learner's answered quiz responses
// (aggregate only: no learner is named or shown), analysed on first attempts
// by lib/domain/stats/itemAnalysis, joined to the questions for display.
import type { Db } from "@/lib/server/db";
import { itemAnalysis, type ItemFlag, type ItemStats } from "@/lib/domain/stats";
import { sentenceHref, sentenceNumberAt } from "@/lib/domain/article/anchors";
import { visibleArticles, type ArticleActor } from "@/lib/server/articles/access";

export type ItemRow = ItemStats & {
  key: string;
  kind: string;
  origin: string;
  prompt: string;
  articleSlug: string;
  evidenceHref: string | null;
  markedForReview: boolean;
};

/** A question to look at again: too hard, or answered right more often by those who do worse on the rest of the quiz. */
export function isMarkedForReview(flags: readonly ItemFlag[]): boolean {
  return flags.includes("hard") || flags.includes("negative-discrimination");
}

/** The item-analysis flags of one article's questions (those with answers), for its question editor. */
export async function getItemFlagsForArticle(db: Db, articleId: string): Promise<Map<string, ItemFlag[]>> {
  const responses = await db.quizResponse.findMany({
    where: { answeredAt: { not: null }, question: { articleId } },
    select: { attemptId: true, userId: true, questionId: true, credit: true, answeredAt: true },
  });
  return new Map(itemAnalysis(responses.map((r) => ({ ...r, credit: r.credit ?? 0 }))).map((s) => [s.questionId, s.flags]));
}

export async function getItemAnalysis(db: Db, actor: ArticleActor): Promise<ItemRow[]> {
  const responses = await db.quizResponse.findMany({
    where: { answeredAt: { not: null }, question: { status: "active", article: visibleArticles(actor) } },
    select: { attemptId: true, userId: true, questionId: true, credit: true, answeredAt: true },
  });
  const stats = itemAnalysis(responses.map((r) => ({ ...r, credit: r.credit ?? 0 })));
  const questions = await db.question.findMany({
    where: { id: { in: stats.map((s) => s.questionId) } },
    select: {
      id: true, key: true, kind: true, origin: true, prompt: true, evidenceStart: true, articleId: true,
      article: { select: { slug: true, sentences: { select: { index: true, start: true, end: true } } } },
    },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return stats
    .flatMap((s) => {
      const q = byId.get(s.questionId);
      if (!q) return [];
      const sentence = sentenceNumberAt(q.article.sentences, q.evidenceStart);
      return [{
        ...s,
        key: q.key,
        kind: q.kind,
        origin: q.origin,
        prompt: q.prompt,
        articleSlug: q.article.slug,
        evidenceHref: sentence ? sentenceHref(q.article.slug, sentence) : null,
        markedForReview: isMarkedForReview(s.flags),
      }];
    })
    .sort((a, b) => Number(b.markedForReview) - Number(a.markedForReview) || a.facility - b.facility || a.key.localeCompare(b.key));
}

export type DraftRow = { id: string; key: string; kind: string; prompt: string; answer: string; reasons: string[]; articleSlug: string; score: number | null };

/** Generated questions the checks rejected, with their reasons: for authors; never quizzed or reviewed. */
export async function getRejectedDrafts(db: Db, actor: ArticleActor, limit = 300): Promise<{ total: number; byReason: [string, number][]; rows: DraftRow[] }> {
  const drafts = await db.question.findMany({
    where: { status: "draft", origin: "generated", article: visibleArticles(actor) },
    select: { id: true, key: true, kind: true, prompt: true, answer: true, rejectReasons: true, score: true, article: { select: { slug: true } } },
    orderBy: [{ articleId: "asc" }, { evidenceStart: "asc" }, { key: "asc" }],
  });
  const counts = new Map<string, number>();
  const rows = drafts.map((d) => {
    const reasons = Array.isArray(d.rejectReasons) ? d.rejectReasons.filter((r): r is string => typeof r === "string") : [];
    for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
    return { id: d.id, key: d.key, kind: d.kind, prompt: d.prompt, answer: d.answer, reasons, articleSlug: d.article.slug, score: d.score };
  });
  return { total: rows.length, byReason: [...counts].sort((a, b) => b[1] - a[1]), rows: rows.slice(0, limit) };
}
