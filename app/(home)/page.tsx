import Link from "next/link";
import { ArticleList } from "@/components/article-list";
import { StudyNow } from "@/components/home/study-now";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listArticles } from "@/lib/server/data/articles";
import { getHomeNow } from "@/lib/server/data/home";

export default async function HomePage() {
  const user = await getViewer();
  const [articles, now] = await Promise.all([listArticles(db, user.id), getHomeNow(db, user.id, new Date())]);
  const first = articles[0];
  return (
    <>
      <div className="mb-6 max-w-[70ch]">
        <h1 className="text-3xl font-semibold tracking-tight">Learn what you read</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-300">
          Read an article, then test yourself on it. Every question points back to the sentence it comes from.
        </p>
        {user.kind === "guest" && (
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
            You are studying as a guest: your progress is kept for this browser.
          </p>
        )}
      </div>
      <StudyNow now={now} firstArticle={first ? { slug: first.slug, title: first.title } : null} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-semibold">Articles</h2>
        <Link
          href="/articles/new"
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:border-stone-700 dark:hover:bg-stone-800"
        >
          Import an article
        </Link>
      </div>
      <ArticleList articles={articles} />
    </>
  );
}
