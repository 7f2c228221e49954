// The progress charts, each in a figure with a caption and a table
// alternative that carries the same numbers. The figures and tables render on
// the server; only the drawing is client code (ChartSlot), fetched after load.
import { ChartSlot } from "./chart-slot";
import { percent, share } from "./format";
import type { ChartSpec } from "./recharts-chart";

type Column = { key: string; label: string; format?: (v: unknown) => string };

function DataTable({ rows, columns, caption }: { rows: Record<string, unknown>[]; columns: Column[]; caption: string }) {
  return (
    <details className="mt-2 overflow-x-auto text-sm">
      <summary className="cursor-pointer">{caption} as a table</summary>
      <table className="mt-2">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="pr-4 text-left font-medium">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key} className="pr-4 tabular-nums">
                  {c.format ? c.format(r[c.key]) : String(r[c.key] ?? "—")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function ChartFigure({ title, empty, chart, table, height = 208 }: { title: string; empty: string | null; chart: ChartSpec; table: React.ReactNode; height?: number }) {
  return (
    <figure className="min-w-0 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      {empty ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{empty}</p>
      ) : (
        <>
          <ChartSlot spec={chart} height={height} />
          {table}
        </>
      )}
    </figure>
  );
}

/** Height for a horizontal bar chart with a labelled row per category. */
const rowsHeight = (rows: number) => Math.max(208, rows * 28 + 48);

type AccuracyRow = { key: string; label: string; correct: number; total: number; accuracy: number };

export type ChartsData = {
  /** `n` is the attempt's place in the series; the x axis ticks once per day, at `scoreTicks`. */
  quizScores: { n: number; day: string; dayLabel: string; percent: number }[];
  scoreTicks: number[];
  forecast: { day: string; dayLabel: string; due: number }[];
  byKind: AccuracyRow[];
  byTopic: AccuracyRow[];
  retention: { label: string; passed: number; total: number; retention: number | null }[];
  grades: { rating: number; label: string; count: number; share: number | null }[];
};

export function ProgressCharts({ data }: { data: ChartsData }) {
  const retention = data.retention.map((r) => ({ label: r.label, percent: r.retention === null ? 0 : r.retention * 100 }));
  const accuracyColumns = (first: string): Column[] => [
    { key: "label", label: first },
    { key: "correct", label: "Right" },
    { key: "total", label: "Answered" },
    { key: "accuracy", label: "Accuracy", format: share },
  ];
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFigure
        title="Quiz score per attempt"
        empty={data.quizScores.length === 0 ? "Finish a quiz to see your scores here." : null}
        table={<DataTable caption="Quiz scores" rows={data.quizScores} columns={[{ key: "day", label: "Finished" }, { key: "percent", label: "Score", format: percent }]} />}
        chart={{ kind: "scores", points: data.quizScores.map(({ n, dayLabel, percent }) => ({ n, dayLabel, percent })), ticks: data.scoreTicks }}
      />
      <ChartFigure
        title="Cards due, next 30 days"
        empty={data.forecast.every((d) => d.due === 0) ? "Nothing scheduled yet: review some cards first." : null}
        table={<DataTable caption="Due forecast" rows={data.forecast.filter((d) => d.due > 0)} columns={[{ key: "day", label: "Day" }, { key: "due", label: "Due" }]} />}
        chart={{ kind: "forecast", days: data.forecast.map(({ dayLabel, due }) => ({ dayLabel, due })) }}
      />
      <ChartFigure
        title="Accuracy by question kind"
        empty={data.byKind.length === 0 ? "Answer some quiz questions to see this." : null}
        height={rowsHeight(data.byKind.length)}
        table={<DataTable caption="Accuracy by kind" rows={data.byKind} columns={accuracyColumns("Kind")} />}
        chart={{ kind: "accuracy", rows: data.byKind, fill: "#2563eb" }}
      />
      <ChartFigure
        title="Accuracy by topic"
        empty={data.byTopic.length === 0 ? "Answer some tagged questions to see this." : null}
        height={rowsHeight(data.byTopic.length)}
        table={<DataTable caption="Accuracy by topic" rows={data.byTopic} columns={accuracyColumns("Topic")} />}
        chart={{ kind: "accuracy", rows: data.byTopic, fill: "#7c3aed" }}
      />
      <ChartFigure
        title="True retention by interval"
        empty={data.retention.every((r) => r.total === 0) ? "Reviews of cards you already know will show here." : null}
        table={<DataTable caption="Retention" rows={data.retention} columns={[{ key: "label", label: "Since last review" }, { key: "passed", label: "Passed" }, { key: "total", label: "Reviews" }, { key: "retention", label: "Retention", format: share }]} />}
        chart={{ kind: "retention", rows: retention }}
      />
      <ChartFigure
        title="Answer grades"
        empty={data.grades.every((g) => g.count === 0) ? "Grade some cards in a review to see this." : null}
        table={<DataTable caption="Grades" rows={data.grades} columns={[{ key: "label", label: "Grade" }, { key: "count", label: "Reviews" }, { key: "share", label: "Share", format: share }]} />}
        chart={{ kind: "grades", grades: data.grades.map(({ rating, label, count }) => ({ rating, label, count })) }}
      />
    </div>
  );
}

export function ChartsSkeleton() {
  return (
    <div className="grid animate-pulse gap-4 lg:grid-cols-2" aria-hidden="true">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-72 rounded-xl bg-stone-200 dark:bg-stone-800" />
      ))}
    </div>
  );
}
