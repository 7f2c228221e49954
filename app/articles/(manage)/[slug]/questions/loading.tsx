export default function Loading() {
  return (
    <div role="status" aria-label="Loading the questions" className="mx-auto max-w-5xl animate-pulse">
      <div className="h-9 w-72 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-4 h-24 rounded-xl bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="mt-3 h-14 rounded bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
