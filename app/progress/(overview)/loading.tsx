import { FiguresSkeleton } from "@/components/progress/figures";
import { ChartsSkeleton } from "@/components/progress/charts";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading your progress" className="grid gap-8">
      <div className="h-9 w-64 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
      <FiguresSkeleton />
      <ChartsSkeleton />
    </div>
  );
}
