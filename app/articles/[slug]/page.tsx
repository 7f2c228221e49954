import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleReader } from "@/components/article-reader";
import { EditorBar } from "@/components/article/editor-bar";
import { canEditArticle } from "@/lib/server/articles/access";
import { getViewer } from "@/lib/server/auth";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { RowIdSchema } from "@/lib/domain/ids";
import { db } from "@/lib/server/db";
import { memoryMapOf } from "@/lib/server/data/progress";
import { readerArticle } from "@/lib/server/data/reader";
import { ImportedBanner } from "@/components/articles/imported-banner";
import { importedCounts } from "@/lib/server/articles/import/counts";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?s=<sentence number> highlights that sentence; anything else is ignored. */
const HighlightSchema = z.coerce.number().int().positive().max(100_000);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = ArticleSlugSchema.safeParse((await params).slug);
  const article = slug.success ? await readerArticle(slug.data) : null;
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const slug = ArticleSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const [user, article] = await Promise.all([getViewer(), readerArticle(slug.data)]);
  if (!article) notFound();
  const memory = await memoryMapOf(db, user.id, article, new Date());
  const mastery = memory
    ? { levels: Object.fromEntries(memory.paragraphs.map((p) => [p.index + 1, p.level])), counts: memory.counts }
    : null;
  const query = await searchParams;
  const highlight = HighlightSchema.safeParse(query.s);
  // Opened from a quiz's feedback or results: a way back to the same place (the quiz resumes where it was).
  const fromQuiz = RowIdSchema.safeParse(query.quiz);
  // Right after an import (?imported=1): its question counts, for whoever may edit it.
  const imported = query.imported === "1" && user.signedIn ? await importedCounts(db, user, article.slug) : null;
  // Quiz and review only where they would open (access.ts studyableArticles): not archived, and public or the viewer's own.
  const studyable = article.access.archivedAt === null && (article.access.visibility === "public" || article.access.ownerId === user.id);
  return (
    <>
      {imported && <ImportedBanner active={imported.active} drafts={imported.drafts} />}
      <EditorBar
        slug={article.slug}
        visibility={article.access.visibility}
        archived={article.access.archivedAt !== null}
        isOwner={user.signedIn && article.access.ownerId === user.id}
        canEdit={user.signedIn && canEditArticle(user, article.access)}
      />
      <nav aria-label="Study this article" className="mx-auto mb-6 flex max-w-[70ch] flex-wrap gap-3">
        {fromQuiz.success && (
          <Link
            href={`/quiz/${fromQuiz.data}`}
            className="inline-flex min-h-11 items-center rounded-lg bg-amber-300 px-4 text-sm font-medium text-stone-950 hover:bg-amber-200"
          >
            ← Back to the quiz
          </Link>
        )}
        {studyable && (
          <>
            <Link
              href={`/articles/${article.slug}/quiz`}
              className="inline-flex min-h-11 items-center rounded-lg bg-stone-900 px-4 text-sm font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
            >
              Quiz this article
            </Link>
            <Link
              href={`/articles/${article.slug}/review`}
              className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              Review its cards
            </Link>
          </>
        )}
      </nav>
      <ArticleReader article={article} highlight={highlight.success ? highlight.data : null} mastery={mastery} />
    </>
  );
}
