export default function Loading() {
  return (
    <div role="status" aria-label="Loading the article's settings" className="mx-auto grid max-w-[70ch] animate-pulse gap-6">
      <div className="h-9 w-3/4 rounded bg-stone-200 dark:bg-stone-800" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-32 rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900" />
      ))}
    </div>
  );
}
