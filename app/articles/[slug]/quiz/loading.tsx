export default function Loading() {
  return (
    <div role="status" aria-label="Loading the quiz setup" className="mx-auto grid max-w-[70ch] animate-pulse gap-6">
      <div className="h-9 w-64 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-16 rounded-lg bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
