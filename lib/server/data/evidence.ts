import "server-only";
// Owns the link from a question to its evidence sentence in the reader, for
// pages that show one question at a time (the article's other pages already
// hold its sentences and use sentenceNumberAt directly).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { sentenceHref } from "@/lib/domain/article/anchors";

/**
 * Article slugs by id. A slug is the article's identity (the seed finds an
 * article by it and never changes it; another slug is another article), so
 * it is read once per article and process; the sentence, which a reseed of
 * the text rebuilds, is read every time.
 */
const slugs = new Map<string, string>();

/**
 * The reader link to the sentence holding a question's evidence, or null.
 * `sentenceIndex` is that sentence's index when the caller has read it
 * already (null: there is none); otherwise it is read here.
 */
export async function evidenceHref(
  db: Db | Prisma.TransactionClient,
  question: { articleId: string; evidenceStart: number },
  sentenceIndex?: number | null,
): Promise<string | null> {
  const index = sentenceIndex === undefined ? await evidenceSentenceIndex(db, question) : sentenceIndex;
  if (index === null) return null;
  let slug = slugs.get(question.articleId);
  if (slug === undefined) {
    slug = (await db.article.findUniqueOrThrow({ where: { id: question.articleId }, select: { slug: true } })).slug;
    slugs.set(question.articleId, slug);
  }
  return sentenceHref(slug, index + 1);
}

async function evidenceSentenceIndex(db: Db | Prisma.TransactionClient, question: { articleId: string; evidenceStart: number }): Promise<number | null> {
  const sentence = await db.sentence.findFirst({
    where: { articleId: question.articleId, start: { lte: question.evidenceStart }, end: { gt: question.evidenceStart } },
    select: { index: true },
  });
  return sentence?.index ?? null;
}
