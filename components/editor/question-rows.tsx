// The editor's list of questions: each with its kind, origin, status, key,
// answer (editors see answers here, never learners), open reports and the
// item analysis's mark; the prompt links to its edit form. A list, not a
// table, so it reads at 360 px wide.
import Link from "next/link";
import type { EditorListRow } from "@/lib/server/editor/questions";

const STATUS_STYLE: Record<EditorListRow["status"], string> = {
  active: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  draft: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  retired: "bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-200",
};
const badge = "rounded px-1.5 py-0.5 text-xs font-medium";
const FLAG_LABELS: Record<string, string> = { hard: "hard", "negative-discrimination": "negative discrimination" };

export function QuestionRows({ slug, rows }: { slug: string; rows: (EditorListRow & { kindLabel: string })[] }) {
  if (rows.length === 0) return <p className="mt-6 text-stone-700 dark:text-stone-300">No questions match. Clear the filters or add a question.</p>;
  return (
    <ul className="mt-4 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800" aria-label="Questions">
      {rows.map((r) => (
        <li key={r.id} className="min-w-0 py-3 [overflow-wrap:anywhere]" data-question-key={r.key}>
          <Link href={`/articles/${slug}/questions/${r.id}`} className="block min-h-11 font-medium underline decoration-stone-400 underline-offset-4 hover:decoration-current">
            {r.prompt}
          </Link>
          <p className="mt-1 text-sm text-stone-800 dark:text-stone-200">
            <span className="font-medium">Answer:</span> {r.answer}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
            <span className={`${badge} ${STATUS_STYLE[r.status]}`}>{r.status}</span>
            <span>{r.kindLabel}</span>
            <span aria-hidden="true">·</span>
            <span>{r.origin === "handwritten" ? "hand-written" : "generated"}</span>
            {r.edited && (
              <>
                <span aria-hidden="true">·</span>
                <span>edited</span>
              </>
            )}
            <span aria-hidden="true">·</span>
            <code className="text-xs">{r.key}</code>
            {r.openReports > 0 && <span className={`${badge} bg-red-700 text-white`}>{r.openReports === 1 ? "1 open report" : `${r.openReports} open reports`}</span>}
            {r.marked && (
              <span className={`${badge} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200`} title="Item analysis: facility under 0.20 or negative discrimination">
                review: {r.flags.filter((f) => f in FLAG_LABELS).map((f) => FLAG_LABELS[f]).join(", ")}
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
