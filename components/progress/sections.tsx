// The two streamed sections of the progress page, from one learner's data:
// the headline figures (with the empty state) and the activity calendar with
// the charts. app/progress/page.tsx renders them in its Suspense slots, and
// the progress benchmark renders these same components to time the page.
import Link from "next/link";
import type { ProgressData } from "@/lib/server/data/progress";
import { dayTicks, studyDayLabel } from "@/lib/domain/stats";
import { HeadlineFigures } from "./figures";
import { ActivityHeatmap } from "./heatmap";
import { ProgressCharts, type ChartsData } from "./charts";

export function chartsData(data: ProgressData): ChartsData {
  return {
    quizScores: data.quizScores.map((p, n) => ({ n, day: p.day, dayLabel: studyDayLabel(p.day), percent: Math.round(p.percent) })),
    scoreTicks: dayTicks(data.quizScores),
    forecast: data.forecast.map((d) => ({ ...d, dayLabel: studyDayLabel(d.day) })),
    byKind: data.byKind,
    byTopic: data.byTopic,
    retention: data.retention.map(({ label, passed, total, retention }) => ({ label, passed, total, retention })),
    grades: data.grades.map(({ rating, label, count, share }) => ({ rating, label, count, share })),
  };
}

export function FiguresSection({ data }: { data: ProgressData }) {
  return (
    <div className="grid gap-4">
      {!data.hasHistory && (
        <div className="rounded-xl border border-dashed border-stone-300 p-5 dark:border-stone-700" data-testid="progress-empty">
          <h2 className="font-semibold">No study yet</h2>
          <p className="mt-1 text-stone-600 dark:text-stone-300">
            Take a quiz or review a few cards, and your figures and charts will appear here.{" "}
            <Link href="/" className="underline">
              Choose an article
            </Link>{" "}
            or{" "}
            <Link href="/review" className="underline">
              start reviewing
            </Link>
            .
          </p>
        </div>
      )}
      <HeadlineFigures data={data} />
    </div>
  );
}

export function ChartsSection({ data }: { data: ProgressData }) {
  return (
    <div className="grid gap-6 [&>*]:min-w-0">
      <ActivityHeatmap days={data.heatmap} />
      <ProgressCharts data={chartsData(data)} />
    </div>
  );
}
