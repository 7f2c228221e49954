"use client";
// Anki-style review, keyboard first:
//   Space / Enter show the answer · 1 Again · 2 Hard · 3 Good · 4 Easy
//   U or Ctrl+Z undo the last grade · B bury until tomorrow · S suspend · F flag
// Each grade button shows the interval it would give (the scheduler's preview).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ReviewCardView, ReviewCounts, SessionSummary } from "@/lib/domain/review-view";
import { changeCardAction, gradeCardAction, sessionSummaryAction, undoReviewAction } from "@/lib/server/actions/review";

type Props = {
  counts: ReviewCounts;
  current: ReviewCardView | null;
  nextDueIso: string | null;
  scopeLabel: string;
};

const GRADE_STYLES: Record<number, string> = {
  1: "bg-red-700 text-white hover:bg-red-600",
  2: "bg-amber-600 text-white hover:bg-amber-500",
  3: "bg-emerald-700 text-white hover:bg-emerald-600",
  4: "bg-sky-700 text-white hover:bg-sky-600",
};

export function ReviewSession({ counts, current, nextDueIso, scopeLabel }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [summary, setSummary] = useState<SessionSummary | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const sessionStart = useRef(new Date().toISOString());
  const shownAt = useRef(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const cardKey = current ? `${current.questionId}:${current.version}` : null;
  const revealed = cardKey !== null && revealedFor === cardKey;

  useEffect(() => {
    shownAt.current = performance.now();
    if (rootRef.current) rootRef.current.dataset.ready = "true";
    rootRef.current?.querySelector<HTMLElement>("[data-card-front]")?.focus();
  }, [cardKey]);

  useEffect(() => {
    if (current) return;
    let live = true;
    void sessionSummaryAction({ since: sessionStart.current }).then((s) => {
      if (live) setSummary(s);
    });
    return () => {
      live = false;
    };
  }, [current]);

  const run = useCallback(
    (work: () => Promise<{ ok: true } | { ok: false; error: string }>, after?: () => void) => {
      setMessage(null);
      startTransition(async () => {
        const result = await work();
        if (!result.ok) setMessage(result.error);
        else after?.();
        router.refresh();
      });
    },
    [router],
  );

  const reveal = useCallback(() => {
    if (cardKey) setRevealedFor(cardKey);
  }, [cardKey]);

  const grade = useCallback(
    (rating: 1 | 2 | 3 | 4) => {
      if (!current || !revealed || pending) return;
      const durationMs = Math.round(performance.now() - shownAt.current);
      run(() => gradeCardAction({ questionId: current.questionId, expectedVersion: current.version, rating, durationMs }), () => setCanUndo(true));
    },
    [current, pending, revealed, run],
  );

  const undo = useCallback(() => {
    if (pending) return;
    run(() => undoReviewAction(), () => setMessage("Undone: the card is back as it was."));
  }, [pending, run]);

  const change = useCallback(
    (kind: "bury" | "suspend" | "flag") => {
      if (!current || pending) return;
      const input = kind === "flag" ? { questionId: current.questionId, change: "flag", flag: current.flag ? 0 : 1 } : { questionId: current.questionId, change: kind };
      const note = kind === "bury" ? "Buried until tomorrow." : kind === "suspend" ? "Suspended: find it in the card browser to bring it back." : null;
      run(() => changeCardAction(input), () => note && setMessage(note));
    },
    [current, pending, run],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === "z") {
        e.preventDefault();
        undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (key === "u") return void (e.preventDefault(), undo());
      if (!current) return;
      if (!revealed && (key === " " || key === "enter")) {
        if (target?.tagName === "BUTTON" || target?.tagName === "A") return;
        e.preventDefault();
        reveal();
      } else if (revealed && ["1", "2", "3", "4"].includes(key)) {
        e.preventDefault();
        grade(Number(key) as 1 | 2 | 3 | 4);
      } else if (key === "b") {
        e.preventDefault();
        change("bury");
      } else if (key === "s") {
        e.preventDefault();
        change("suspend");
      } else if (key === "f") {
        e.preventDefault();
        change("flag");
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [change, current, grade, reveal, revealed, undo]);

  return (
    <div ref={rootRef} className="mx-auto max-w-[70ch]" data-review-card={current?.questionId ?? "none"}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Review{scopeLabel ? `: ${scopeLabel}` : ""}</h1>
        <p className="flex gap-3 text-sm tabular-nums" aria-live="polite" data-testid="review-counts">
          <span className="text-sky-700 dark:text-sky-400">{counts.new} new</span>
          <span className="text-red-700 dark:text-red-400">{counts.learning} learning</span>
          <span className="text-emerald-700 dark:text-emerald-400">{counts.due} due</span>
        </p>
      </div>

      {message && (
        <p role="status" className="mb-4 rounded-lg bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800">
          {message}
        </p>
      )}

      {current ? (
        <section aria-label="Card" className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
          <div data-card-front tabIndex={-1} className="outline-none">
            {current.flag > 0 && <p className="mb-2 text-sm font-medium text-red-700 dark:text-red-400">⚑ Flagged</p>}
            <p className="font-serif text-xl leading-relaxed">{current.front}</p>
            {current.frontList && (
              <ul className="mt-3 list-disc pl-6">
                {current.frontList.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </div>
          {revealed ? (
            <div className="mt-6 border-t border-stone-200 pt-4 dark:border-stone-700" aria-live="polite">
              <p className="text-lg font-semibold" data-testid="card-back">
                {current.back}
              </p>
              <p className="mt-2 text-stone-700 dark:text-stone-300">{current.explanation}</p>
              {current.evidenceHref && (
                <Link href={current.evidenceHref} className="mt-2 inline-block text-sm underline">
                  See in the article
                </Link>
              )}
              <div className="mt-6 grid grid-cols-2 gap-2 sm:grid-cols-4" role="group" aria-label="How well did you remember?">
                {current.previews.map((p) => (
                  <button
                    key={p.rating}
                    type="button"
                    disabled={pending}
                    onClick={() => grade(p.rating)}
                    aria-label={`${p.label}: next in ${p.interval} (key ${p.rating})`}
                    className={`min-h-14 rounded-lg px-3 py-2 text-center disabled:opacity-60 ${GRADE_STYLES[p.rating]}`}
                  >
                    <span className="block text-xs opacity-90">{p.interval}</span>
                    <span className="font-medium">{p.label}</span> <kbd className="text-xs opacity-80">{p.rating}</kbd>
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <button
              type="button"
              onClick={reveal}
              className="mt-6 min-h-11 w-full rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950"
            >
              Show answer <kbd className="ml-2 text-xs opacity-70">Space</kbd>
            </button>
          )}
          <div className="mt-4 flex flex-wrap gap-2 text-sm">
            <button type="button" onClick={undo} disabled={pending || !canUndo} className="rounded px-2 py-1 underline disabled:no-underline disabled:opacity-40">
              Undo <kbd>U</kbd>
            </button>
            <button type="button" onClick={() => change("bury")} disabled={pending} className="rounded px-2 py-1 underline">
              Bury until tomorrow <kbd>B</kbd>
            </button>
            <button type="button" onClick={() => change("suspend")} disabled={pending} className="rounded px-2 py-1 underline">
              Suspend <kbd>S</kbd>
            </button>
            <button type="button" onClick={() => change("flag")} disabled={pending} className="rounded px-2 py-1 underline" aria-pressed={current.flag > 0}>
              {current.flag > 0 ? "Unflag" : "Flag"} <kbd>F</kbd>
            </button>
          </div>
        </section>
      ) : (
        <section aria-label="Session summary" className="rounded-xl border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900" data-testid="review-summary">
          <h2 className="text-xl font-semibold">Nothing more to review right now</h2>
          {summary && summary.reviewed > 0 && (
            <dl className="mt-4 grid grid-cols-3 gap-3 text-center">
              <div>
                <dt className="text-sm text-stone-600 dark:text-stone-400">Reviewed</dt>
                <dd className="text-2xl font-semibold tabular-nums" data-testid="summary-reviewed">{summary.reviewed}</dd>
              </div>
              <div>
                <dt className="text-sm text-stone-600 dark:text-stone-400">Time</dt>
                <dd className="text-2xl font-semibold tabular-nums">{Math.max(1, Math.round(summary.timeMs / 60000))} min</dd>
              </div>
              <div>
                <dt className="text-sm text-stone-600 dark:text-stone-400">Again</dt>
                <dd className="text-2xl font-semibold tabular-nums">{summary.againRate === null ? "—" : `${Math.round(summary.againRate * 100)}%`}</dd>
              </div>
            </dl>
          )}
          <p className="mt-4 text-stone-700 dark:text-stone-300">
            {nextDueIso ? <>Next card due <NextDue iso={nextDueIso} />.</> : "No cards are scheduled yet."}
          </p>
          <button type="button" onClick={undo} disabled={pending || !canUndo} className="mt-3 text-sm underline disabled:no-underline disabled:opacity-40">
            Undo the last grade <kbd>U</kbd>
          </button>
        </section>
      )}
    </div>
  );
}

function NextDue({ iso }: { iso: string }) {
  const date = new Date(iso);
  const text = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
  return <time dateTime={iso} suppressHydrationWarning>{text}</time>;
}
