// The home page's list of articles: title, date, length, question count and
// the ways in (read, quiz, review).
import Link from "next/link";
import { formatArticleDate, isoDay, plural } from "@/lib/format";
import { ArticleBadges } from "@/components/article/status-badges";

export type ArticleListItem = {
  slug: string;
  title: string;
  publishedAt: Date | null;
  wordCount: number;
  questionCount: number;
  /** Only its owner sees it (an import not yet published): shown as a "Private" badge. */
  isPrivate?: boolean;
};

export function ArticleList({ articles }: { articles: ArticleListItem[] }) {
  if (articles.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-600 dark:border-stone-700 dark:text-stone-300">
        No articles yet. Add one to <code>seeds/articles/</code> and run <code>npm run db:seed</code>.
      </p>
    );
  }
  return (
    <ul className="grid gap-4" aria-label="Articles">
      {articles.map((a) => (
        <li key={a.slug}>
          <article className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <h3 className="font-serif text-xl font-semibold leading-snug">
              <Link href={`/articles/${a.slug}`} className="hover:underline">
                {a.title}
              </Link>
              {a.isPrivate && (
                <>
                  {" "}
                  <ArticleBadges visibility="private" />
                </>
              )}
            </h3>
            <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
              {a.publishedAt && (
                <div className="flex gap-1">
                  <dt className="sr-only">Published</dt>
                  <dd>
                    <time dateTime={isoDay(a.publishedAt)}>{formatArticleDate(a.publishedAt)}</time>
                  </dd>
                </div>
              )}
              <div className="flex gap-1">
                <dt className="sr-only">Length</dt>
                <dd>{plural(a.wordCount, "word")}</dd>
              </div>
              <div className="flex gap-1">
                <dt className="sr-only">Questions</dt>
                <dd>{plural(a.questionCount, "question")}</dd>
              </div>
            </dl>
            <div className="mt-4 flex flex-wrap gap-3">
              <Link
                href={`/articles/${a.slug}`}
                className="inline-flex min-h-11 items-center rounded-lg bg-stone-900 px-4 text-sm font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
                aria-label={`Read “${a.title}”`}
              >
                Read
              </Link>
              <Link
                href={`/articles/${a.slug}/quiz`}
                className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
                aria-label={`Quiz on “${a.title}”`}
              >
                Quiz
              </Link>
              <Link
                href={`/articles/${a.slug}/review`}
                className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
                aria-label={`Review cards of “${a.title}”`}
              >
                Review
              </Link>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}

export function ArticleListSkeleton({ count = 1 }: { count?: number }) {
  return (
    <ul className="grid gap-4" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="animate-pulse rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
          <div className="h-6 w-3/4 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="mt-3 h-4 w-1/2 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="mt-5 h-11 w-20 rounded-lg bg-stone-200 dark:bg-stone-800" />
        </li>
      ))}
    </ul>
  );
}
