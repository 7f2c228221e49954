import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/server/db";
import { requireRole } from "@/lib/server/gate";
import { getRejectedDrafts } from "@/lib/server/data/items";

export const metadata: Metadata = { title: "Rejected drafts" };

export default async function DraftsPage() {
  // Again here: the layout and the page render in parallel, and this page reads nothing for a non-author.
  const viewer = await requireRole("author");
  const { total, byReason, rows } = await getRejectedDrafts(db, viewer);
  return (
    <div>
      <p className="text-sm">
        <Link href="/progress/questions" className="underline">
          Question quality
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight">Rejected generated drafts</h1>
      <p className="mt-2 max-w-[70ch] text-stone-600 dark:text-stone-300">
        Questions the generator made but its checks refused. They are kept with their reasons so authors can see what the generator tried; learners never see them.
      </p>
      <p className="mt-3 text-sm" data-testid="drafts-summary">
        {total} drafts.{" "}
        {byReason.map(([reason, n]) => `${reason} ${n}`).join(" · ")}
      </p>
      {rows.length === 0 ? (
        <p className="mt-6 text-stone-600 dark:text-stone-300">No rejected drafts.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Rejected drafts with their reasons</caption>
            <thead className="text-stone-600 dark:text-stone-400">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Draft</th>
                <th scope="col" className="py-2 pr-3 font-medium">Answer</th>
                <th scope="col" className="py-2 font-medium">Why it was rejected</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-stone-200 align-top dark:border-stone-800">
                  <td className="py-2 pr-3">
                    <span className="block max-w-prose">{r.prompt}</span>
                    <span className="text-xs text-stone-500">
                      {r.kind.replace("_", " ")} · {r.key}
                    </span>
                  </td>
                  <td className="py-2 pr-3">{r.answer}</td>
                  <td className="py-2">{r.reasons.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > rows.length && <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Showing the first {rows.length} of {total}.</p>}
        </div>
      )}
    </div>
  );
}
