// The whole progress view for one learner's data (used by the benchmark's
// server render; the page streams the same parts in separate Suspense slots).
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

export function ProgressView({ data }: { data: ProgressData }) {
  return (
    <div className="grid gap-8 [&>*]:min-w-0">
      <HeadlineFigures data={data} />
      <ActivityHeatmap days={data.heatmap} />
      <ProgressCharts data={chartsData(data)} />
    </div>
  );
}
