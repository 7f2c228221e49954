export default function Loading() {
  return (
    <div role="status" aria-label="Loading the import page" className="mx-auto max-w-[70ch] animate-pulse">
      <div className="h-9 w-56 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-3 h-12 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-6 h-72 rounded-xl bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
