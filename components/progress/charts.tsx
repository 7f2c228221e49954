// The progress charts, each in a figure with a caption and a table
// alternative that carries the same numbers. Figures, tables and drawings all
// render on the server: the page runs no chart code.
import { ColumnChart, RowChart, ScoreLineChart } from "./chart-drawings";
import { percent, share } from "./format";

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

function ChartFigure({ title, empty, chart, table, height = 208 }: { title: string; empty: string | null; chart: React.ReactNode; table: React.ReactNode; height?: number }) {
  return (
    <figure className="min-w-0 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      {empty ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{empty}</p>
      ) : (
        <>
          {/* The drawing is hidden from assistive technology: the table below is its alternative.
              Axis text is currentColor: stone-700 / stone-300 keep it above 4.5:1 on the card in both themes. */}
          <div className="w-full text-xs text-stone-700 dark:text-stone-300" style={{ height }} aria-hidden="true" data-chart="">
            {chart}
          </div>
          {table}
        </>
      )}
    </figure>
  );
}

/** Height for a horizontal bar chart with a labelled row per category. */
const rowsHeight = (rows: number) => Math.max(208, rows * 28 + 48);

type AccuracyRow = { key: string; label: string; correct: number; total: number; accuracy: number };

/** One colour per grade, Again to Easy, each at least 3:1 against the card in its theme (white / stone-900). */
const GRADE_FILLS: Record<number, string> = {
  1: "bg-red-600 dark:bg-red-400",
  2: "bg-amber-600 dark:bg-amber-300",
  3: "bg-green-700 dark:bg-green-400",
  4: "bg-blue-600 dark:bg-blue-400",
};

/** Past this many points the dots would run together: the line is drawn alone (each point keeps its hover value). */
const MAX_DOTS = 60;

const accuracyRows = (rows: AccuracyRow[]) => rows.map((r) => ({ label: r.label, percent: r.accuracy * 100, title: `${r.label}: ${share(r.accuracy)} (${r.correct} of ${r.total})` }));

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
  const retention = data.retention.map((r) => ({ label: r.label, value: (r.retention ?? 0) * 100, title: r.total === 0 ? `${r.label}: no reviews` : `${r.label}: ${share(r.retention)} (${r.passed} of ${r.total} passed)`, fill: "bg-[#0d9488]" }));
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
        chart={<ScoreLineChart points={data.quizScores.map((p) => ({ dayLabel: p.dayLabel, percent: p.percent, title: `${p.dayLabel}: ${percent(p.percent)}` }))} ticks={data.scoreTicks} dots={data.quizScores.length <= MAX_DOTS} />}
      />
      <ChartFigure
        title="Cards due, next 30 days"
        empty={data.forecast.every((d) => d.due === 0) ? "Nothing scheduled yet: review some cards first." : null}
        table={<DataTable caption="Due forecast" rows={data.forecast.filter((d) => d.due > 0)} columns={[{ key: "day", label: "Day" }, { key: "due", label: "Due" }]} />}
        chart={<ColumnChart scale="count" columns={data.forecast.map((d) => ({ label: d.dayLabel, value: d.due, title: `${d.dayLabel}: ${d.due} due`, fill: "bg-[#059669]" }))} />}
      />
      <ChartFigure
        title="Accuracy by question kind"
        empty={data.byKind.length === 0 ? "Answer some quiz questions to see this." : null}
        height={rowsHeight(data.byKind.length)}
        table={<DataTable caption="Accuracy by kind" rows={data.byKind} columns={accuracyColumns("Kind")} />}
        chart={<RowChart rows={accuracyRows(data.byKind)} fill="bg-[#2563eb]" />}
      />
      <ChartFigure
        title="Accuracy by topic"
        empty={data.byTopic.length === 0 ? "Answer some tagged questions to see this." : null}
        height={rowsHeight(data.byTopic.length)}
        table={<DataTable caption="Accuracy by topic" rows={data.byTopic} columns={accuracyColumns("Topic")} />}
        chart={<RowChart rows={accuracyRows(data.byTopic)} fill="bg-[#7c3aed]" />}
      />
      <ChartFigure
        title="True retention by interval"
        empty={data.retention.every((r) => r.total === 0) ? "Reviews of cards you already know will show here." : null}
        table={<DataTable caption="Retention" rows={data.retention} columns={[{ key: "label", label: "Since last review" }, { key: "passed", label: "Passed" }, { key: "total", label: "Reviews" }, { key: "retention", label: "Retention", format: share }]} />}
        chart={<ColumnChart scale="percent" columns={retention} />}
      />
      <ChartFigure
        title="Answer grades"
        empty={data.grades.every((g) => g.count === 0) ? "Grade some cards in a review to see this." : null}
        table={<DataTable caption="Grades" rows={data.grades} columns={[{ key: "label", label: "Grade" }, { key: "count", label: "Reviews" }, { key: "share", label: "Share", format: share }]} />}
        chart={<ColumnChart scale="count" counts columns={data.grades.map((g) => ({ label: g.label, value: g.count, title: `${g.label}: ${g.count} review${g.count === 1 ? "" : "s"}`, fill: GRADE_FILLS[g.rating] ?? "" }))} />}
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
