import { ArticleList } from "@/components/article-list";
import { requireUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listArticles } from "@/lib/server/data/articles";

export default async function HomePage() {
  const [user, articles] = await Promise.all([requireUser(), listArticles(db)]);
  return (
    <>
      <div className="mb-8 max-w-[70ch]">
        <h1 className="text-3xl font-semibold tracking-tight">Learn what you read</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-300">
          Read an article, then test yourself on it. Every question points back to the sentence it comes from.
        </p>
        {user.kind === "guest" && (
          <p className="mt-2 text-sm text-stone-500 dark:text-stone-400">
            You are studying as a guest: your progress is kept for this browser.
          </p>
        )}
      </div>
      <ArticleList articles={articles} />
    </>
  );
}
