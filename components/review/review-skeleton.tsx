// The review screen while it loads: the loading files of both review pages, and a session waiting for fresh data after Back.
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
