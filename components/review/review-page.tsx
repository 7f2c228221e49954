// Shared body of /review and /articles/<slug>/review.
import { ReviewSession } from "./review-session";
import type { ReviewState } from "@/lib/server/cards/review";

export function ReviewPage({ state, basePath, notice }: { state: ReviewState; basePath: string; notice: string | null }) {
  return (
    <ReviewSession
      // Keyed by scope only: switching to custom study keeps the session (and its undo stack).
      key={state.scope?.slug ?? "all"}
      basePath={basePath}
      notice={notice}
      mode={state.mode}
      more={state.more}
      counts={state.counts}
      current={state.current}
      nextDueIso={state.nextDue ? state.nextDue.toISOString() : null}
      timeZone={state.timeZone}
      scopeLabel={state.scope?.title ?? ""}
    />
  );
}

export function ReviewSkeleton() {
  return (
    <div role="status" aria-label="Loading the review" className="mx-auto max-w-[70ch] animate-pulse">
      <div className="flex justify-between">
        <div className="h-8 w-40 rounded bg-stone-200 dark:bg-stone-800" />
        <div className="h-5 w-48 rounded bg-stone-200 dark:bg-stone-800" />
      </div>
      <div className="mt-4 h-56 rounded-xl bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
