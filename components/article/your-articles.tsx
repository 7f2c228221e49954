// "Your articles": the viewer's imports (and, for admins, other users'
// private ones), each with its badges, question counts and the ways in
// (read, manage).
import Link from "next/link";
import type { ReactNode } from "react";
import { ArticleBadges } from "@/components/article/status-badges";
import { formatDateInZone, plural } from "@/lib/format";
import type { ListedArticle, OthersPrivateArticle } from "@/lib/server/articles/manage";

const button = "inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500";

export function YourArticleList({
  articles,
  timeZone,
  label,
  empty,
}: {
  articles: Array<ListedArticle | OthersPrivateArticle>;
  timeZone: string;
  label: string;
  empty: ReactNode;
}) {
  if (articles.length === 0) {
    return <p className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-700 dark:border-stone-700 dark:text-stone-300">{empty}</p>;
  }
  return (
    <ul className="grid gap-4" aria-label={label}>
      {articles.map((a) => (
        <li key={a.slug}>
          <article className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900" data-slug={a.slug}>
            <h3 className="font-serif text-xl font-semibold leading-snug">
              <Link href={`/articles/${a.slug}`} className="hover:underline">
                {a.title}
              </Link>{" "}
              <ArticleBadges visibility={a.visibility} archived={a.archivedAt !== null} showPublic />
            </h3>
            <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
              {"owner" in a && (
                <div className="flex gap-1">
                  <dt>Owner</dt>
                  <dd>{a.owner ? (a.owner.email ?? "a guest") : "none (its owner is gone)"}</dd>
                </div>
              )}
              <div className="flex gap-1">
                <dt className="sr-only">Added</dt>
                <dd>Added {formatDateInZone(a.createdAt, timeZone)}</dd>
              </div>
              <div className="flex gap-1">
                <dt className="sr-only">Questions</dt>
                <dd>
                  {plural(a.questions.active, "question")} to study
                  {a.questions.draft > 0 && `, plus ${plural(a.questions.draft, "draft")}`}
                </dd>
              </div>
            </dl>
            <div className="mt-4 flex flex-wrap gap-3">
              <Link
                href={`/articles/${a.slug}`}
                className={`${button} bg-stone-900 text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200`}
                aria-label={`Read “${a.title}”`}
              >
                Read
              </Link>
              <Link
                href={`/articles/${a.slug}/manage`}
                className={`${button} border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`}
                aria-label={`Manage “${a.title}”`}
              >
                Manage
              </Link>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
