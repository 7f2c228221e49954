// Headline figures of the progress page: plain numbers with what they mean.
import type { ProgressData } from "@/lib/server/data/progress";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

export function HeadlineFigures({ data }: { data: Pick<ProgressData, "headline" | "questionCount"> }) {
  const h = data.headline;
  const items: { label: string; value: string; hint: string; testId: string }[] = [
    { label: "Questions seen", value: `${h.questionsSeen} / ${data.questionCount}`, hint: "answered in a quiz or reviewed at least once", testId: "fig-seen" },
    { label: "Mastered", value: String(h.mastered), hint: "cards you would still recall in 3 weeks (stability ≥ 21 days)", testId: "fig-mastered" },
    { label: "Accuracy, 7 days", value: pct(h.accuracy7.accuracy), hint: `${h.accuracy7.correct} of ${h.accuracy7.total} answers and reviews`, testId: "fig-acc7" },
    { label: "Accuracy, 30 days", value: pct(h.accuracy30.accuracy), hint: `${h.accuracy30.correct} of ${h.accuracy30.total}`, testId: "fig-acc30" },
    { label: "Streak", value: `${h.streak.current} day${h.streak.current === 1 ? "" : "s"}`, hint: `best ${h.streak.best}${h.streak.current > 0 && !h.streak.activeToday ? "; study today to keep it" : ""}`, testId: "fig-streak" },
    { label: "Due today", value: String(h.dueToday), hint: `${h.dueTomorrow} more tomorrow`, testId: "fig-due" },
    { label: "Estimated knowledge", value: pct(h.knowledge), hint: "your chance of recalling a random question right now", testId: "fig-knowledge" },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <dt className="text-sm text-stone-600 dark:text-stone-400">{item.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={item.testId}>
            {item.value}
          </dd>
          <dd className="mt-1 text-xs text-stone-500 dark:text-stone-400">{item.hint}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FiguresSkeleton() {
  return (
    <div className="grid animate-pulse grid-cols-2 gap-3 sm:grid-cols-4" aria-hidden="true">
      {Array.from({ length: 7 }, (_, i) => (
        <div key={i} className="h-24 rounded-xl bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
