export default function Loading() {
  return (
    <div role="status" aria-label="Loading your account" className="mx-auto max-w-[70ch] animate-pulse">
      <div className="h-9 w-40 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="mt-6 h-32 rounded-xl bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
