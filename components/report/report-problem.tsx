"use client";
// "Report a problem" under quiz feedback and a review card's answer: a
// disclosure with the reason (wrong answer, unclear, duplicate, other) and an
// optional note, sent without leaving or refreshing the page. Its fields are
// form fields, so the study shortcuts (Enter, digits, letters) leave them
// alone while they have focus; once sent, focus moves to the thanks, from
// where the page's shortcuts work again. Reporting again updates the
// learner's open report.
import { useId, useRef, useState, useTransition } from "react";
import { REPORT_NOTE_MAX, REPORT_REASONS, REPORT_REASON_LABELS, type ReportReason } from "@/lib/domain/questions/report-reasons";
import { reportQuestionAction } from "@/lib/server/actions/reports";

type Props = { questionId: string; from: { source: "quiz"; attemptId: string } | { source: "review" } };

export function ReportProblem({ questionId, from }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [thanks, setThanks] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const busy = useRef(false);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const summaryRef = useRef<HTMLElement>(null);

  function send() {
    if (busy.current) return;
    if (!reason) {
      setError("Choose what is wrong.");
      return;
    }
    busy.current = true;
    setError(null);
    startTransition(async () => {
      const result = await reportQuestionAction({ questionId, reason, note, from });
      busy.current = false;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setThanks(result.message);
      setOpen(false);
      requestAnimationFrame(() => thanksRef.current?.focus());
    });
  }

  if (thanks) {
    return (
      <p ref={thanksRef} tabIndex={-1} role="status" className="inline-flex min-h-11 items-center px-1 text-sm outline-none" data-testid="report-thanks">
        {thanks}
      </p>
    );
  }

  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="w-full text-sm" data-testid="report-problem">
      <summary ref={summaryRef} className="inline-flex min-h-11 cursor-pointer items-center px-1 font-medium underline">Report a problem</summary>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
        className="mt-2 grid gap-3 rounded-lg border border-stone-400 bg-white p-3 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <fieldset className="grid gap-1">
          <legend className="font-medium">What is wrong with this question?</legend>
          {REPORT_REASONS.map((r) => (
            <label key={r} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} />
              {REPORT_REASON_LABELS[r]}
            </label>
          ))}
        </fieldset>
        <label className="grid gap-1 font-medium">
          Note (optional)
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={REPORT_NOTE_MAX}
            rows={3}
            className="rounded-lg border border-stone-500 bg-white px-3 py-2 font-normal dark:bg-stone-950"
            aria-describedby={`${id}-count`}
          />
          <span id={`${id}-count`} className="text-xs font-normal text-stone-700 dark:text-stone-300">
            {note.length} / {REPORT_NOTE_MAX} characters
          </span>
        </label>
        {error && (
          <p id={`${id}-error`} role="alert" className="text-red-800 dark:text-red-300">
            {error}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={pending} className="min-h-11 rounded-lg bg-stone-900 px-4 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200">
            {pending ? "Sending…" : "Send report"}
          </button>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              setError(null);
              summaryRef.current?.focus();
            }}
            className="min-h-11 rounded-lg px-3 underline"
          >
            Cancel
          </button>
        </div>
      </form>
    </details>
  );
}
