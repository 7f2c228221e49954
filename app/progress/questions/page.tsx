import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/server/db";
import { requireRole } from "@/lib/server/gate";
import { getItemAnalysis } from "@/lib/server/data/items";

export const metadata: Metadata = { title: "Question quality" };

const fmt = (v: number | null) => (v === null ? "—" : v.toFixed(2));

export default async function ItemAnalysisPage() {
  // Again here: the layout and the page render in parallel, and this page reads nothing for a non-author.
  const viewer = await requireRole("author");
  const rows = await getItemAnalysis(db, viewer);
  const marked = rows.filter((r) => r.markedForReview).length;
  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">Question quality</h1>
      <p className="mt-2 max-w-[70ch] text-stone-600 dark:text-stone-300">
        Item analysis across all learners, first attempts only. <strong>Facility</strong> is the share answered right (partial credit counts in part).{" "}
        <strong>Discrimination</strong> is the correlation between getting this question right and doing well on the rest of the same quiz: a good question is
        answered right more often by learners who know the article. Questions with facility under 0.20 or negative discrimination are marked for review.
        Figures are aggregates; no learner is shown.
      </p>
      <p className="mt-2 text-sm" data-testid="items-summary">
        {rows.length} questions answered, {marked} marked for review.{" "}
        <Link href="/progress/drafts" className="underline">
          Generated drafts the checks rejected
        </Link>
      </p>
      {rows.length === 0 ? (
        <p className="mt-6 text-stone-600 dark:text-stone-300">No quiz answers yet: item analysis appears once learners take quizzes.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Item analysis per question</caption>
            <thead className="text-stone-600 dark:text-stone-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Question</th>
                <th scope="col" className="py-2 pr-3 font-medium">Kind</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Learners</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Facility</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Discrimination</th>
                <th scope="col" className="py-2 font-medium">Flags</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.questionId} className="border-t border-stone-200 align-top dark:border-stone-800" data-marked={r.markedForReview}>
                  <td className="py-2 pr-3">
                    <span className="block max-w-prose">{r.prompt}</span>
                    <span className="text-xs text-stone-500">
                      {r.key} · {r.origin}
                      {r.evidenceHref && (
                        <>
                          {" · "}
                          <Link href={r.evidenceHref} className="underline">
                            source sentence
                          </Link>
                        </>
                      )}
                    </span>
                  </td>
                  <td className="py-2 pr-3">{r.kind.replace("_", " ")}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{r.n}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{fmt(r.facility)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{fmt(r.discrimination)}</td>
                  <td className="py-2">
                    {r.markedForReview && <span className="mr-1 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900 dark:bg-red-950 dark:text-red-200">review</span>}
                    {r.flags.join(", ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
