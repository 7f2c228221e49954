"use client";
// Shared body of the error boundaries: says what happened and offers a retry.
export function ErrorPanel({ title, reset }: { title: string; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-[70ch] rounded-xl border border-red-300 bg-red-50 p-6 dark:border-red-800 dark:bg-red-950">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Something went wrong while loading this page. Your data is safe.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 min-h-11 rounded-lg bg-stone-900 px-4 text-sm font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:hover:bg-amber-200 dark:text-stone-950"
      >
        Try again
      </button>
    </div>
  );
}
