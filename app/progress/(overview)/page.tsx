import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, cache } from "react";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { getViewer } from "@/lib/server/auth";
import { viewerHas } from "@/lib/server/gate";
import { db } from "@/lib/server/db";
import { getProgressData } from "@/lib/server/data/progress";
import { listArticles } from "@/lib/server/data/articles";
import { FiguresSkeleton } from "@/components/progress/figures";
import { ChartsSkeleton } from "@/components/progress/charts";
import { ChartsSection, FiguresSection } from "@/components/progress/sections";

export const metadata: Metadata = { title: "Progress" };

// One load of the learner's rows per request, shared by the streamed sections.
const loadProgress = cache(async (userId: string, articleId: string | null) => getProgressData(db, userId, articleId, new Date()));

export default async function ProgressPage({ searchParams }: PageProps<"/progress">) {
  const raw = (await searchParams).article;
  const slug = ArticleSlugSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  const user = await getViewer();
  const articles = await listArticles(db, user.id);
  const article = slug.success ? (articles.find((a) => a.slug === slug.data) ?? null) : null;
  const articleId = article?.id ?? null;
  return (
    // min-w-0: let wide children (the year of activity) scroll inside their box instead of widening the page.
    <div className="grid gap-8 [&>*]:min-w-0">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Your progress</h1>
          <p className="mt-1 text-stone-600 dark:text-stone-300">{article ? article.title : "All articles"}</p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <form method="get" className="flex min-w-0 items-end gap-2">
            <label className="min-w-0 text-sm font-medium">
              Article
              <select name="article" defaultValue={article?.slug ?? ""} className="mt-1 block min-h-11 w-full max-w-[15rem] rounded-lg border border-stone-300 bg-white px-2 py-2 dark:border-stone-700 dark:bg-stone-900">
                <option value="">All articles</option>
                {articles.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.title}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="min-h-11 min-w-11 rounded-lg border border-stone-300 px-3 text-sm dark:border-stone-700">
              Show
            </button>
          </form>
          <a href="/progress/export" className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 py-2 text-sm dark:border-stone-700" download>
            Export my history (CSV)
          </a>
        </div>
      </div>
      <Suspense fallback={<FiguresSkeleton />}>
        <Figures userId={user.id} articleId={articleId} />
      </Suspense>
      <Suspense fallback={<ChartsSkeleton />}>
        <Charts userId={user.id} articleId={articleId} />
      </Suspense>
      {/* Authors' pages are "not found" for everyone else, so only authors see the link. */}
      {viewerHas(user, "author") && (
        <p className="text-sm">
          <Link href="/progress/questions" className="inline-flex min-h-11 items-center underline">
            Question quality (item analysis for authors)
          </Link>
        </p>
      )}
    </div>
  );
}

async function Figures({ userId, articleId }: { userId: string; articleId: string | null }) {
  return <FiguresSection data={await loadProgress(userId, articleId)} />;
}

async function Charts({ userId, articleId }: { userId: string; articleId: string | null }) {
  return <ChartsSection data={await loadProgress(userId, articleId)} />;
}
