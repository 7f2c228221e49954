export default function Loading() {
  return (
    <div role="status" aria-label="Loading settings" className="mx-auto max-w-[70ch] animate-pulse">
      <div className="h-9 w-56 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="mt-6 h-20 rounded bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
