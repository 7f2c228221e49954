export default function Loading() {
  return (
    <div role="status" aria-label="Loading the results" className="mx-auto max-w-[70ch] animate-pulse">
      <div className="h-9 w-56 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-4 grid grid-cols-3 gap-3">
        {Array.from({ length: 3 }, (_, i) => (
          <div key={i} className="h-20 rounded-xl bg-stone-200 dark:bg-stone-800" />
        ))}
      </div>
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="mt-4 h-36 rounded-xl bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
