export default function Loading() {
  return (
    <div role="status" aria-label="Loading the question" className="mx-auto max-w-[70ch] animate-pulse">
      <div className="h-2 rounded-full bg-stone-200 dark:bg-stone-800" />
      <div className="mt-8 h-8 w-5/6 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="mt-3 h-12 rounded-lg bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
