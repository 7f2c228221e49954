// The home page's "Today" panel: what to do now. Cards to review today (the
// review page's counts), a quiz left half-way with Resume, and the streak; a
// brand-new learner is pointed at a first quiz instead.
import Link from "next/link";
import type { HomeNow } from "@/lib/server/data/home";
import { plural } from "@/lib/format";

const primary =
  "inline-flex min-h-11 items-center rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200";
const secondary = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-5 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";
const panel = "mb-8 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900";

type Props = { now: HomeNow; firstArticle: { slug: string; title: string } | null };

export function StudyNow({ now, firstArticle }: Props) {
  const { counts, streak, inProgress } = now;
  const due = counts.learning + counts.due;
  const toReview = due + counts.new;
  const brandNew = !now.hasHistory && !inProgress && due === 0;
  return (
    <section aria-labelledby="today-heading" className={panel}>
      <h2 id="today-heading" className="text-xl font-semibold">
        Today
      </h2>
      {brandNew ? (
        <>
          <p className="mt-2 text-stone-700 dark:text-stone-300">
            Nothing due yet — start with a quiz. Every answer becomes a review card, and this is where you will find them.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            {firstArticle && (
              <Link href={`/articles/${firstArticle.slug}/quiz`} className={primary}>
                Start a quiz<span className="sr-only"> on “{firstArticle.title}”</span>
              </Link>
            )}
            {counts.new > 0 && (
              <Link href="/review" className={secondary}>
                Or learn {plural(counts.new, "new card")}
              </Link>
            )}
          </div>
        </>
      ) : (
        <>
          <dl className="mt-3 grid grid-cols-2 gap-3">
            <div className="rounded-lg bg-stone-100 p-3 dark:bg-stone-800">
              <dt className="text-sm text-stone-600 dark:text-stone-300">Due today</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid="home-due">
                {due}
              </dd>
              <dd className="text-sm text-stone-600 dark:text-stone-300">
                and <span data-testid="home-new">{counts.new}</span> new
              </dd>
            </div>
            <div className="rounded-lg bg-stone-100 p-3 dark:bg-stone-800">
              <dt className="text-sm text-stone-600 dark:text-stone-300">Streak</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid="home-streak">
                {plural(streak.current, "day")}
              </dd>
              <dd className="text-sm text-stone-600 dark:text-stone-300">
                {streak.activeToday ? "You studied today" : streak.current > 0 ? "Study today to keep it" : "Study today to start one"}
              </dd>
            </div>
          </dl>
          {inProgress && (
            <div className="mt-4 rounded-lg border border-amber-500 bg-amber-50 p-3 dark:border-amber-600 dark:bg-amber-950" data-testid="home-in-progress">
              <p>
                Quiz in progress{inProgress.article && <> on “{inProgress.article.title}”</>}: {inProgress.answered} of {inProgress.maxScore} answered.
              </p>
              <Link href={`/quiz/${inProgress.id}`} className={`${primary} mt-2`}>
                Resume the quiz
              </Link>
            </div>
          )}
          <div className="mt-4 flex flex-wrap gap-3">
            {toReview > 0 ? (
              <Link href="/review" className={inProgress ? secondary : primary}>
                Review {plural(toReview, "card")}
              </Link>
            ) : (
              <p className="text-stone-700 dark:text-stone-300">Nothing left to review today.</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}

export function StudyNowSkeleton() {
  return (
    <div className={`${panel} animate-pulse`} aria-hidden="true">
      <div className="h-6 w-24 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-3 grid grid-cols-2 gap-3">
        <div className="h-20 rounded-lg bg-stone-200 dark:bg-stone-800" />
        <div className="h-20 rounded-lg bg-stone-200 dark:bg-stone-800" />
      </div>
      <div className="mt-4 h-11 w-40 rounded-lg bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
