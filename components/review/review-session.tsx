"use client";
// Anki-style review, keyboard first:
//   Space / Enter show the answer · 1 Again · 2 Hard · 3 Good · 4 Easy
//   U or Ctrl+Z undo the last action · B bury until tomorrow · S suspend · F flag
// Each grade button shows the interval it would give (the scheduler's preview).
// Grades, bury, suspend and flag go on the session's undo stack by the id the
// server gave them; undo sends the id of the newest, so a repeat of the same
// undo can never take back a second action. When the review runs dry, custom
// study offers what is left (learning cards later today, more new cards,
// reviewing ahead).
// The screen shows a ReviewView: the page's at first, then the one each
// action answers with (refusals too: the card as the server has it now), so a
// grade is one request and no render of the page; a new one from the page
// (custom study, a refresh) replaces it. A page view read before this tab's
// last write (Back to a page the router kept) waits for the refresh that
// brings a fresh one (components/study/fresh-after-writes.tsx).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { formatDateTimeInZone } from "@/lib/format";
import { ReviewSkeleton } from "@/components/review/review-skeleton";
import { noteStudyWrite, readBeforeLastWrite, refreshAfterWrites } from "@/components/study/fresh-after-writes";
import { ShortcutHelp } from "@/components/study/shortcut-help";
import { ReportProblem } from "@/components/report/report-problem";
import { useStudyKeys } from "@/components/study/use-study-keys";
import type { ReviewView, SessionSummary } from "@/lib/domain/review-view";
// The zod- and ts-fsrs-free parts of scheduling, by path: the index would bring both into the browser.
import {
  DEFAULT_EXTRA_NEW_CARDS,
  DEFAULT_REVIEW_AHEAD_DAYS,
  MAX_EXTRA_NEW_CARDS,
  MAX_REVIEW_AHEAD_DAYS,
  reviewAheadCount,
  type StudyMode,
} from "@/lib/domain/scheduling/custom-study-limits";
import type { CustomStudyOffer } from "@/lib/domain/scheduling/queue";
import {
  changeCardAction,
  gradeCardAction,
  learnMoreNewCardsAction,
  sessionSummaryAction,
  undoCardActionAction,
  type ReviewAnswer,
} from "@/lib/server/actions/review";

type Props = {
  /** The session as the page read it. */
  view: ReviewView;
  /** The page this session lives on (/review or an article's), for custom-study links. */
  basePath: string;
  /** A message about the address (a bad custom-study option). */
  notice: string | null;
};

type UndoEntry = { actionId: string; what: string };

const SCHEDULED: StudyMode = { kind: "scheduled" };

// White text on each: ≥ 4.5:1 at rest and on hover (amber-600 was 3.2:1).
const GRADE_STYLES: Record<number, string> = {
  1: "bg-red-700 text-white hover:bg-red-800",
  2: "bg-amber-800 text-white hover:bg-amber-900",
  3: "bg-emerald-700 text-white hover:bg-emerald-800",
  4: "bg-sky-700 text-white hover:bg-sky-800",
};

/** Whether two views are of the same session: the same article (or all) in the same study mode. */
function sameSession(a: ReviewView, b: ReviewView): boolean {
  const days = (m: StudyMode) => (m.kind === "review-ahead" ? m.days : null);
  return (a.scope?.slug ?? null) === (b.scope?.slug ?? null) && a.mode.kind === b.mode.kind && days(a.mode) === days(b.mode);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ReviewSession({ view: pageView, basePath, notice }: Props) {
  const router = useRouter();
  const [shown, setShown] = useState(pageView);
  const [fromPage, setFromPage] = useState(pageView);
  if (fromPage !== pageView) {
    setFromPage(pageView);
    // A render that raced an action (a navigation, a refresh, the first write's
    // cookie) can be older than the answer on screen: for the same session that
    // would step back to a card already graded, so the newer answer stays.
    if (!(sameSession(pageView, shown) && pageView.atIso < shown.atIso)) setShown(pageView);
  }
  const stale = shown === pageView && readBeforeLastWrite(pageView.atIso);
  const { counts, nextDueIso, timeZone, mode, more, heldForQuiz } = shown;
  const current = stale ? null : shown.current;
  const scopeLabel = shown.scope?.title ?? "";
  const slug = shown.scope?.slug ?? null;
  // What every action names, so it can answer with what this session shows next.
  // forLearner: the page was someone's, so an action that finds no session (signed out in another tab) is refused.
  const forLearner = shown.forLearner;
  const session = useMemo(() => ({ articleSlug: slug, mode, forLearner }), [slug, mode, forLearner]);

  // Our own "in flight" flag, not the transition's: the transition also waits for any navigation the
  // action starts (custom study, the first write's cookie), and the next card must take keys at once.
  const [pending, setPending] = useState(false);
  const [, startTransition] = useTransition();
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [summary, setSummary] = useState<SessionSummary | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  // The stack and "a request is in flight" also live in refs, read at key-press
  // time: a key handler registered before the last render must not send an
  // action id that was just undone, nor a second request alongside the first.
  const stackRef = useRef<UndoEntry[]>([]);
  const busy = useRef(false);
  const updateStack = useCallback((next: (stack: UndoEntry[]) => UndoEntry[]) => {
    stackRef.current = next(stackRef.current);
    setUndoStack(stackRef.current);
  }, []);
  const sessionStart = useRef(new Date().toISOString());
  const shownAt = useRef(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const cardKey = current ? `${current.questionId}:${current.version}` : null;
  const revealed = cardKey !== null && revealedFor === cardKey;

  useEffect(() => {
    if (stale) refreshAfterWrites(router);
  }, [stale, router]);

  useEffect(() => {
    shownAt.current = performance.now();
    if (rootRef.current) rootRef.current.dataset.ready = "true";
    rootRef.current?.querySelector<HTMLElement>("[data-card-front]")?.focus();
  }, [cardKey]);

  useEffect(() => {
    if (current || stale) return;
    let live = true;
    void sessionSummaryAction({ since: sessionStart.current }).then((s) => {
      if (live) setSummary(s);
    });
    return () => {
      live = false;
    };
  }, [current, stale]);

  const run = useCallback(
    (work: () => Promise<ReviewAnswer>, after?: (result: ReviewAnswer) => void) => {
      if (busy.current) return;
      busy.current = true;
      setPending(true);
      setMessage(null);
      // In a transition, so that an action that throws (the server unreachable) reaches the error boundary.
      startTransition(async () => {
        try {
          const result = await work();
          if (result.view) {
            if (result.ok) noteStudyWrite(result.view.atIso);
            setShown(result.view);
          } else if (result.view === null) {
            // The session's article is gone: its page says so.
            router.refresh();
          }
          if (!result.ok) setMessage(result.error);
          after?.(result);
        } finally {
          busy.current = false;
          setPending(false);
        }
      });
    },
    [router],
  );

  const remember = useCallback((what: string) => (result: ReviewAnswer) => {
    if (result.ok && result.actionId) {
      const entry = { actionId: result.actionId, what };
      updateStack((stack) => [...stack, entry]);
    }
  }, [updateStack]);

  const reveal = useCallback(() => {
    if (cardKey) setRevealedFor(cardKey);
  }, [cardKey]);

  const grade = useCallback(
    (rating: 1 | 2 | 3 | 4) => {
      if (!current || !revealed || pending) return;
      const durationMs = Math.round(performance.now() - shownAt.current);
      run(() => gradeCardAction({ questionId: current.questionId, expectedVersion: current.version, rating, durationMs, session }), remember("grade"));
    },
    [current, pending, remember, revealed, run, session],
  );

  const top = undoStack.at(-1);
  const undo = useCallback(() => {
    const entry = stackRef.current.at(-1);
    if (busy.current || !entry) return;
    run(
      () => undoCardActionAction({ actionId: entry.actionId, session }),
      (result) => {
        // Done or refused (already undone, the card changed since): either way this entry is finished.
        updateStack((stack) => stack.filter((e) => e.actionId !== entry.actionId));
        if (result.ok) setMessage("Undone: the card is back as it was.");
      },
    );
  }, [run, session, updateStack]);

  const change = useCallback(
    (kind: "bury" | "suspend" | "flag") => {
      if (!current || pending) return;
      const input = kind === "flag" ? { questionId: current.questionId, change: "flag", flag: current.flag ? 0 : 1, session } : { questionId: current.questionId, change: kind, session };
      const note = kind === "bury" ? "Buried until tomorrow." : kind === "suspend" ? "Suspended: find it in the card browser to bring it back." : null;
      run(
        () => changeCardAction(input),
        (result) => {
          remember(kind)(result);
          if (result.ok && note) setMessage(note);
        },
      );
    },
    [current, pending, remember, run, session],
  );

  const learnMore = useCallback(
    (count: string) =>
      run(
        // More new cards are part of what is scheduled: the answer is that session, and the address follows it.
        () => learnMoreNewCardsAction({ count, session: { ...session, mode: SCHEDULED } }),
        (result) => {
          if (result.ok && (mode.kind !== "scheduled" || notice)) router.push(basePath);
        },
      ),
    [basePath, mode.kind, notice, router, run, session],
  );

  useStudyKeys(
    [
      { keys: ["z"], ctrl: true, run: undo },
      { keys: ["u"], run: undo },
      ...(current
        ? [
            ...(!revealed ? [{ keys: [" ", "enter"], run: reveal }] : [{ keys: ["1", "2", "3", "4"], run: (e: KeyboardEvent) => grade(Number(e.key) as 1 | 2 | 3 | 4) }]),
            { keys: ["b"], run: () => change("bury") },
            { keys: ["s"], run: () => change("suspend") },
            { keys: ["f"], run: () => change("flag") },
          ]
        : []),
    ],
    !stale,
  );

  if (stale) return <ReviewSkeleton />;

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

      {heldForQuiz && (
        <p className="mb-4 text-sm text-stone-700 dark:text-stone-300" data-testid="held-for-quiz">
          {plural(heldForQuiz.count, "card waits", "cards wait")} until you answer {heldForQuiz.count === 1 ? "it" : "them"} in your quiz in progress.{" "}
          <Link href={`/quiz/${heldForQuiz.attemptId}`} className="underline">
            Resume the quiz
          </Link>
        </p>
      )}

      {mode.kind !== "scheduled" && (
        <p className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-lg border border-sky-300 px-3 py-2 text-sm dark:border-sky-800" data-testid="custom-study-mode">
          <span>
            Custom study:{" "}
            {mode.kind === "learning-ahead" ? "learning cards due later today, now" : `reviewing ahead, cards due in the next ${plural(mode.days, "day", "days")}`}
          </span>
          <Link href={basePath} className="inline-flex min-h-11 items-center underline">
            Back to what is due
          </Link>
        </p>
      )}

      {notice && (
        <p role="alert" className="mb-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {notice}
        </p>
      )}

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
            {current.frontList && current.frontMatches ? (
              <div className="mt-3 grid gap-4 sm:grid-cols-2">
                <ul aria-label="Match each of these" className="list-disc pl-6">
                  {current.frontList.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
                <ul aria-label="with one of these" className="list-[circle] pl-6">
                  {current.frontMatches.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              </div>
            ) : (
              current.frontList && (
                <ul aria-label={current.kind === "ordering" ? "Put these in order" : undefined} className="mt-3 list-disc pl-6">
                  {current.frontList.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              )
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
              className="mt-6 min-h-11 w-full rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:hover:bg-amber-200 dark:text-stone-950"
            >
              Show answer <kbd className="ml-2 text-xs opacity-70">Space</kbd>
            </button>
          )}
          <div className="mt-4 flex flex-wrap gap-1 text-sm">
            <button type="button" onClick={undo} disabled={pending || !top} title={top ? `Undo the last ${top.what}` : "Nothing to undo"} className={`${SMALL_BUTTON} disabled:no-underline disabled:opacity-40`}>
              Undo <kbd>U</kbd>
            </button>
            <button type="button" onClick={() => change("bury")} disabled={pending} className={SMALL_BUTTON}>
              Bury until tomorrow <kbd>B</kbd>
            </button>
            <button type="button" onClick={() => change("suspend")} disabled={pending} className={SMALL_BUTTON}>
              Suspend <kbd>S</kbd>
            </button>
            <button type="button" onClick={() => change("flag")} disabled={pending} className={SMALL_BUTTON} aria-pressed={current.flag > 0}>
              {current.flag > 0 ? "Unflag" : "Flag"} <kbd>F</kbd>
            </button>
          </div>
          {/* Once the answer is shown; keyed by card so the next one starts closed. */}
          {revealed && (
            <div className="mt-2">
              <ReportProblem key={cardKey} questionId={current.questionId} from={{ source: "review" }} />
            </div>
          )}
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
            {nextDueIso ? <>Next card due <NextDue iso={nextDueIso} timeZone={timeZone} />.</> : "No cards are scheduled yet."}
          </p>
          <button type="button" onClick={undo} disabled={pending || !top} className={`mt-1 text-sm ${SMALL_BUTTON} disabled:no-underline disabled:opacity-40`}>
            Undo the last {top?.what ?? "action"} <kbd>U</kbd>
          </button>
          <CustomStudy
            more={more}
            pending={pending}
            onLearningAhead={() => router.push(`${basePath}?study=learning`)}
            onReviewAhead={(days) => router.push(`${basePath}?study=ahead&days=${days}`)}
            onMoreNew={learnMore}
          />
        </section>
      )}
      <div className="mt-6">
        <ShortcutHelp groups={REVIEW_SHORTCUTS} />
      </div>
    </div>
  );
}

const REVIEW_SHORTCUTS = [
  {
    title: "Review",
    items: [
      { keys: "Space or Enter", action: "Show the answer" },
      { keys: "1", action: "Again: forgot it" },
      { keys: "2", action: "Hard: remembered with effort" },
      { keys: "3", action: "Good: remembered" },
      { keys: "4", action: "Easy: remembered at once" },
      { keys: "U or Ctrl+Z", action: "Undo the last action (grade, bury, suspend, flag), step by step" },
      { keys: "B", action: "Bury until tomorrow" },
      { keys: "S", action: "Suspend the card" },
      { keys: "F", action: "Flag or unflag the card" },
      { keys: "?", action: "Show these shortcuts" },
      { keys: "Esc", action: "Close this list" },
    ],
  },
];

const SMALL_BUTTON = "inline-flex min-h-11 min-w-11 items-center gap-1 rounded px-2 underline";

/** Anki's custom study, offered only where it has cards to give, each saying what it does. */
function CustomStudy({
  more,
  pending,
  onLearningAhead,
  onReviewAhead,
  onMoreNew,
}: {
  more: CustomStudyOffer;
  pending: boolean;
  onLearningAhead: () => void;
  onReviewAhead: (days: number) => void;
  onMoreNew: (count: string) => void;
}) {
  const [extra, setExtra] = useState(String(DEFAULT_EXTRA_NEW_CARDS));
  const [days, setDays] = useState(String(DEFAULT_REVIEW_AHEAD_DAYS));
  const daysNumber = Number(days);
  const daysValid = Number.isInteger(daysNumber) && daysNumber >= 1 && daysNumber <= MAX_REVIEW_AHEAD_DAYS;
  const ahead = daysValid ? reviewAheadCount(more.reviewAheadByDay, daysNumber) : 0;
  const anyAhead = reviewAheadCount(more.reviewAheadByDay, MAX_REVIEW_AHEAD_DAYS) > 0;
  if (more.learningLaterToday === 0 && more.newBeyondLimit === 0 && !anyAhead) return null;
  const option = "flex flex-col gap-2 border-t border-stone-200 pt-4 dark:border-stone-700";
  const action = "inline-flex min-h-11 items-center justify-center rounded-lg bg-stone-900 px-4 py-2 text-left font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200";
  const input = "min-h-11 w-24 rounded-lg border border-stone-300 bg-white px-3 tabular-nums dark:border-stone-600 dark:bg-stone-950";
  return (
    <section aria-labelledby="custom-study-heading" className="mt-6 flex flex-col gap-4" data-testid="custom-study">
      <h3 id="custom-study-heading" className="text-lg font-semibold">
        Study more
      </h3>
      {more.learningLaterToday > 0 && (
        <div className={option}>
          <button type="button" className={action} disabled={pending} onClick={onLearningAhead}>
            Study the {plural(more.learningLaterToday, "learning card", "learning cards")} due later today now
          </button>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            These are in their short learning steps and come back within the day anyway; answering one now is scheduled from now.
          </p>
        </div>
      )}
      {more.newBeyondLimit > 0 && (
        <form
          className={option}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onMoreNew(extra);
          }}
        >
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="extraNewCards" className="text-sm">
              New cards to add
            </label>
            <input id="extraNewCards" type="number" inputMode="numeric" min={1} max={MAX_EXTRA_NEW_CARDS} value={extra} onChange={(e) => setExtra(e.target.value)} className={input} />
            <button type="submit" className={action} disabled={pending}>
              Learn {extra.trim() || "0"} more new {extra.trim() === "1" ? "card" : "cards"} today
            </button>
          </div>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Raises today&rsquo;s new-card limit until the day ends at 4 a.m.; {plural(more.newBeyondLimit, "new card is", "new cards are")} not started yet.
          </p>
        </form>
      )}
      {anyAhead && (
        <form
          className={option}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (daysValid) onReviewAhead(daysNumber);
          }}
        >
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="reviewAheadDays" className="text-sm">
              Days ahead
            </label>
            <input id="reviewAheadDays" type="number" inputMode="numeric" min={1} max={MAX_REVIEW_AHEAD_DAYS} value={days} onChange={(e) => setDays(e.target.value)} className={input} />
            <button type="submit" className={action} disabled={pending || !daysValid || ahead === 0}>
              Review ahead: cards due in the next {daysValid ? plural(daysNumber, "day", "days") : "… days"}
            </button>
          </div>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            {daysValid
              ? `${plural(ahead, "card is", "cards are")} due in the next ${plural(daysNumber, "day", "days")}.`
              : `Choose from 1 to ${MAX_REVIEW_AHEAD_DAYS} days.`}{" "}
            Answering early is scheduled from today, so an early success lengthens the interval less than an on-time one.
          </p>
        </form>
      )}
    </section>
  );
}

function NextDue({ iso, timeZone }: { iso: string; timeZone: string }) {
  return <time dateTime={iso}>{formatDateTimeInZone(new Date(iso), timeZone)}</time>;
}
