"use client";
// The editors' queue of open reports: reason, note and date (never who sent
// it), the question it is about (a link to edit it), and Resolve (fixed, or
// fine as it is) or Dismiss. A closed report leaves the list; the question
// returns to new quizzes once none of its reports is open.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { REPORT_REASON_LABELS, type ReportReason } from "@/lib/domain/questions/report-reasons";
import { closeReportAction } from "@/lib/server/actions/editor";

export type QueueItem = {
  id: string;
  reason: ReportReason;
  note: string | null;
  date: string;
  dateIso: string;
  question: { id: string; prompt: string; kind: string; status: string };
};

export function ReportQueue({ slug, reports, showQuestion = true }: { slug: string; reports: QueueItem[]; showQuestion?: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [closed, setClosed] = useState<Record<string, "resolved" | "dismissed">>({});
  const [error, setError] = useState<string | null>(null);

  function close(id: string, outcome: "resolved" | "dismissed") {
    if (busyId) return;
    setBusyId(id);
    setError(null);
    startTransition(async () => {
      const result = await closeReportAction({ slug, reportId: id, outcome });
      setBusyId(null);
      if (result.ok) {
        setClosed((c) => ({ ...c, [id]: outcome }));
        router.refresh();
      } else setError(result.error);
    });
  }

  const open = reports.filter((r) => !closed[r.id]);
  const done = Object.keys(closed).length;
  return (
    <section aria-labelledby="report-queue-heading" className="mt-6">
      <h2 id="report-queue-heading" className={showQuestion ? "sr-only" : "text-xl font-semibold"}>
        Open reports
      </h2>
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {done > 0 ? `${done} closed. ` : ""}
        {open.length === 0 ? "No open reports." : `${open.length} open. While a question has an open report, new quizzes leave it out.`}
      </p>
      {error && (
        <p role="alert" className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      {open.length > 0 && (
        <ul className="mt-3 grid gap-3" aria-label="Open reports">
          {open.map((r) => (
            <li key={r.id} className="min-w-0 rounded-xl border border-stone-200 p-4 [overflow-wrap:anywhere] dark:border-stone-800" data-report-id={r.id}>
              <p className="font-medium">{REPORT_REASON_LABELS[r.reason]}</p>
              {r.note ? <p className="mt-1 whitespace-pre-wrap">“{r.note}”</p> : <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">No note.</p>}
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                Reported <time dateTime={r.dateIso}>{r.date}</time>
              </p>
              {showQuestion && (
                <p className="mt-2 text-sm">
                  {r.question.kind} ({r.question.status}):{" "}
                  <Link href={`/articles/${slug}/questions/${r.question.id}`} className="underline">
                    {r.question.prompt}
                  </Link>
                </p>
              )}
              <div className="mt-3 flex flex-wrap gap-2">
                {showQuestion && (
                  <Link href={`/articles/${slug}/questions/${r.question.id}`} className="inline-flex min-h-11 items-center rounded-lg border border-stone-500 px-4 text-sm font-medium hover:bg-stone-100 dark:hover:bg-stone-800">
                    Edit the question
                  </Link>
                )}
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => close(r.id, "resolved")}
                  className="min-h-11 rounded-lg bg-stone-900 px-4 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
                >
                  {busyId === r.id ? "Saving…" : "Resolve"}
                </button>
                <button type="button" disabled={pending} onClick={() => close(r.id, "dismissed")} className="min-h-11 rounded-lg px-4 text-sm font-medium underline disabled:opacity-60">
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
