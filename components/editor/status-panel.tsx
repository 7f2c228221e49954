"use client";
// A question's status and what may be done to it: approve a draft (with the
// reasons the generator's checks rejected it), retire an active question (out
// of new quizzes and review, history kept), restore a retired one.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { changeQuestionStatusAction } from "@/lib/server/actions/editor";

type Status = "active" | "draft" | "retired";

const EXPLAIN: Record<Status, string> = {
  active: "Active: asked in quizzes and reviewed.",
  draft: "Draft: never quizzed or reviewed until approved.",
  retired: "Retired: out of new quizzes and review; learners' history is kept.",
};

export function StatusPanel({ slug, questionId, status, rejectReasons }: { slug: string; questionId: string; status: Status; rejectReasons: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const busy = useRef(false);

  function change(c: "approve" | "retire" | "restore") {
    if (busy.current) return;
    busy.current = true;
    setMessage(null);
    startTransition(async () => {
      const result = await changeQuestionStatusAction({ slug, questionId, change: c });
      busy.current = false;
      if (result.ok) {
        setMessage({ tone: "ok", text: `Done: the question is ${result.status} now.` });
        router.refresh();
      } else setMessage({ tone: "error", text: result.error });
    });
  }

  const button = "min-h-11 rounded-lg px-4 font-medium disabled:opacity-60";
  return (
    <section aria-labelledby="status-heading" className="rounded-xl border border-stone-300 p-4 dark:border-stone-700" data-status={status}>
      <h2 id="status-heading" className="font-semibold">
        Status
      </h2>
      <p className="mt-1" data-testid="question-status">
        {EXPLAIN[status]}
      </p>
      {status === "draft" && rejectReasons.length > 0 && (
        <div className="mt-2">
          <p className="text-sm font-medium">The generator&rsquo;s checks rejected it because:</p>
          <ul className="mt-1 list-disc pl-6 text-sm" aria-label="Reject reasons">
            {rejectReasons.map((r) => (
              <li key={r}>{r.replaceAll("-", " ")}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {status === "draft" && (
          <button type="button" disabled={pending} onClick={() => change("approve")} className={`${button} bg-emerald-800 text-white hover:bg-emerald-900`}>
            Approve
          </button>
        )}
        {status !== "retired" && (
          <button type="button" disabled={pending} onClick={() => change("retire")} className={`${button} border border-stone-500 hover:bg-stone-100 dark:hover:bg-stone-800`}>
            Retire
          </button>
        )}
        {status === "retired" && (
          <button type="button" disabled={pending} onClick={() => change("restore")} className={`${button} border border-stone-500 hover:bg-stone-100 dark:hover:bg-stone-800`}>
            Restore
          </button>
        )}
      </div>
      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={`mt-2 text-sm ${message.tone === "error" ? "text-red-800 dark:text-red-300" : ""}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
