"use client";
// The progress charts (recharts), each in a figure with a caption and a table
// alternative that carries the same numbers.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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

function ChartFigure({ title, empty, children, table, height = 208 }: { title: string; empty: string | null; children: React.ReactNode; table: React.ReactNode; height?: number }) {
  return (
    <figure className="min-w-0 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      {empty ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{empty}</p>
      ) : (
        <>
          {/* Axis text is currentColor: stone-700 / stone-300 keep it above 4.5:1 on the card in both themes. */}
          <div className="w-full text-xs text-stone-700 dark:text-stone-300" style={{ height }} aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              {children as React.ReactElement}
            </ResponsiveContainer>
          </div>
          {table}
        </>
      )}
    </figure>
  );
}

const percent = (v: unknown) => (typeof v === "number" ? `${Math.round(v)}%` : "—");
const share = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 100)}%` : "—");
const axis = { fill: "currentColor", fontSize: 12 };

/** One colour per grade, Again to Easy, each at least 3:1 against the card in its theme (white / stone-900). */
const GRADE_FILLS: Record<number, string> = {
  1: "fill-red-600 dark:fill-red-400",
  2: "fill-amber-600 dark:fill-amber-300",
  3: "fill-green-700 dark:fill-green-400",
  4: "fill-blue-600 dark:fill-blue-400",
};

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

function AccuracyChart({ rows, fill }: { rows: AccuracyRow[]; fill: string }) {
  return (
    <BarChart data={rows.map((r) => ({ ...r, percent: r.accuracy * 100 }))} layout="vertical" margin={{ right: 16 }}>
      <CartesianGrid strokeOpacity={0.2} />
      <XAxis type="number" domain={[0, 100]} tick={axis} unit="%" />
      {/* interval 0: every row keeps its label. */}
      <YAxis type="category" dataKey="label" width={136} interval={0} tick={axis} />
      <Tooltip formatter={(v) => percent(v)} />
      <Bar dataKey="percent" name="Accuracy" fill={fill} isAnimationActive={false} />
    </BarChart>
  );
}

export function ProgressCharts({ data }: { data: ChartsData }) {
  const retention = data.retention.map((r) => ({ ...r, percent: r.retention === null ? 0 : r.retention * 100 }));
  const dayOf = (n: unknown) => (typeof n === "number" ? (data.quizScores[n]?.dayLabel ?? "") : "");
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
      >
        <LineChart data={data.quizScores} margin={{ right: 16 }}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="n" type="number" domain={["dataMin", "dataMax"]} ticks={data.scoreTicks} tickFormatter={dayOf} tick={axis} />
          <YAxis domain={[0, 100]} tick={axis} unit="%" />
          <Tooltip labelFormatter={dayOf} formatter={(v) => percent(v)} />
          <Line type="monotone" dataKey="percent" name="Score" stroke="#d97706" strokeWidth={2} dot={data.quizScores.length <= 60} isAnimationActive={false} />
        </LineChart>
      </ChartFigure>
      <ChartFigure
        title="Cards due, next 30 days"
        empty={data.forecast.every((d) => d.due === 0) ? "Nothing scheduled yet: review some cards first." : null}
        table={<DataTable caption="Due forecast" rows={data.forecast.filter((d) => d.due > 0)} columns={[{ key: "day", label: "Day" }, { key: "due", label: "Due" }]} />}
      >
        <BarChart data={data.forecast}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="dayLabel" tick={axis} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip />
          <Bar dataKey="due" name="Due" fill="#059669" isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
      <ChartFigure
        title="Accuracy by question kind"
        empty={data.byKind.length === 0 ? "Answer some quiz questions to see this." : null}
        height={rowsHeight(data.byKind.length)}
        table={<DataTable caption="Accuracy by kind" rows={data.byKind} columns={accuracyColumns("Kind")} />}
      >
        <AccuracyChart rows={data.byKind} fill="#2563eb" />
      </ChartFigure>
      <ChartFigure
        title="Accuracy by topic"
        empty={data.byTopic.length === 0 ? "Answer some tagged questions to see this." : null}
        height={rowsHeight(data.byTopic.length)}
        table={<DataTable caption="Accuracy by topic" rows={data.byTopic} columns={accuracyColumns("Topic")} />}
      >
        <AccuracyChart rows={data.byTopic} fill="#7c3aed" />
      </ChartFigure>
      <ChartFigure
        title="True retention by interval"
        empty={data.retention.every((r) => r.total === 0) ? "Reviews of cards you already know will show here." : null}
        table={<DataTable caption="Retention" rows={data.retention} columns={[{ key: "label", label: "Since last review" }, { key: "passed", label: "Passed" }, { key: "total", label: "Reviews" }, { key: "retention", label: "Retention", format: share }]} />}
      >
        <BarChart data={retention}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="label" tick={axis} />
          <YAxis domain={[0, 100]} tick={axis} unit="%" />
          <Tooltip formatter={(v) => percent(v)} />
          <Bar dataKey="percent" name="Retention" fill="#0d9488" isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
      <ChartFigure
        title="Answer grades"
        empty={data.grades.every((g) => g.count === 0) ? "Grade some cards in a review to see this." : null}
        table={<DataTable caption="Grades" rows={data.grades} columns={[{ key: "label", label: "Grade" }, { key: "count", label: "Reviews" }, { key: "share", label: "Share", format: share }]} />}
      >
        <BarChart data={data.grades} margin={{ top: 20 }}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="label" tick={axis} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip />
          <Bar dataKey="count" name="Reviews" isAnimationActive={false}>
            {data.grades.map((g) => (
              <Cell key={g.rating} className={GRADE_FILLS[g.rating]} />
            ))}
            <LabelList dataKey="count" position="top" fill="currentColor" />
          </Bar>
        </BarChart>
      </ChartFigure>
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
