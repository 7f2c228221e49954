export default function Loading() {
  return (
    <div role="status" aria-label="Loading the card" className="mx-auto max-w-[70ch] animate-pulse">
      <div className="h-8 w-5/6 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-4 h-20 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-6 h-40 rounded bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
