export default function Loading() {
  return (
    <div role="status" aria-label="Loading cards" className="animate-pulse">
      <div className="h-9 w-40 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-4 h-12 rounded-lg bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="mt-3 h-14 rounded bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
