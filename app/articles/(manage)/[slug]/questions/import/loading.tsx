export default function Loading() {
  return (
    <div role="status" aria-label="Loading the import page" className="mx-auto max-w-[70ch] animate-pulse">
      <div className="h-4 w-48 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-2 h-9 w-80 max-w-full rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-6 h-48 rounded-xl bg-stone-200 dark:bg-stone-800" />
      <div className="mt-6 h-96 rounded-xl bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
