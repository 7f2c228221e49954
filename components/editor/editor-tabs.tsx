// The question editor's header: the article, and its two views (the questions,
// the open reports), as links so Back, Forward and reload keep the view.
import Link from "next/link";

const tab = "inline-flex min-h-11 items-center rounded-t-lg border-b-2 px-4 font-medium";
const active = "border-amber-600 text-stone-950 dark:border-amber-300 dark:text-stone-50";
const idle = "border-transparent text-stone-700 underline hover:border-stone-400 dark:text-stone-300";

export function EditorTabs({ slug, title, current, openReports }: { slug: string; title: string; current: "questions" | "reports"; openReports: number }) {
  const base = `/articles/${slug}/questions`;
  return (
    <header>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        <Link href={`/articles/${slug}`} className="inline-flex min-h-11 items-center underline">
          {title}
        </Link>
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">Questions</h1>
      <nav aria-label="Question editor" className="mt-4 flex flex-wrap gap-1 border-b border-stone-300 dark:border-stone-700">
        <Link href={base} className={`${tab} ${current === "questions" ? active : idle}`} aria-current={current === "questions" ? "page" : undefined}>
          All questions
        </Link>
        <Link href={`${base}?view=reports`} className={`${tab} ${current === "reports" ? active : idle}`} aria-current={current === "reports" ? "page" : undefined}>
          Reports
          <span className={`ml-2 rounded-full px-2 text-sm ${openReports > 0 ? "bg-red-700 text-white" : "bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-200"}`} data-testid="open-reports">
            {openReports}
            <span className="sr-only"> open</span>
          </span>
        </Link>
      </nav>
    </header>
  );
}
