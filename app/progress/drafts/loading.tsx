export default function Loading() {
  return (
    <div role="status" aria-label="Loading item analysis" className="animate-pulse">
      <div className="h-9 w-64 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="mt-3 h-10 rounded bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
