import "server-only";
// Owns the link from a question to its evidence sentence in the reader, for
// pages that show one question at a time (the article's other pages already
// hold its sentences and use sentenceNumberAt directly).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { sentenceHref } from "@/lib/domain/article/anchors";

export async function evidenceHref(
  db: Db | Prisma.TransactionClient,
  question: { articleId: string; evidenceStart: number },
): Promise<string | null> {
  const sentence = await db.sentence.findFirst({
    where: { articleId: question.articleId, start: { lte: question.evidenceStart }, end: { gt: question.evidenceStart } },
    select: { index: true, article: { select: { slug: true } } },
  });
  return sentence ? sentenceHref(sentence.article.slug, sentence.index + 1) : null;
}
