"use client";
// The progress charts (recharts), each in a figure with a caption and a table
// alternative that carries the same numbers.
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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

function ChartFigure({ title, empty, children, table }: { title: string; empty: string | null; children: React.ReactNode; table: React.ReactNode }) {
  return (
    <figure className="min-w-0 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      {empty ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{empty}</p>
      ) : (
        <>
          <div className="h-52 w-full text-xs" aria-hidden="true">
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
const axis = { stroke: "currentColor", fontSize: 11 };

export type ChartsData = {
  quizScores: { date: string; percent: number }[];
  forecast: { day: string; due: number }[];
  byKind: { key: string; correct: number; total: number; accuracy: number }[];
  byTopic: { key: string; correct: number; total: number; accuracy: number }[];
  retention: { label: string; passed: number; total: number; retention: number | null }[];
  grades: { label: string; count: number; share: number | null }[];
};

export function ProgressCharts({ data }: { data: ChartsData }) {
  const accuracy = (rows: ChartsData["byKind"]) => rows.map((r) => ({ ...r, percent: r.accuracy * 100 }));
  const retention = data.retention.map((r) => ({ ...r, percent: r.retention === null ? 0 : r.retention * 100 }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFigure
        title="Quiz score per attempt"
        empty={data.quizScores.length === 0 ? "Finish a quiz to see your scores here." : null}
        table={<DataTable caption="Quiz scores" rows={data.quizScores} columns={[{ key: "date", label: "Finished" }, { key: "percent", label: "Score", format: percent }]} />}
      >
        <LineChart data={data.quizScores}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="date" tick={axis} />
          <YAxis domain={[0, 100]} tick={axis} unit="%" />
          <Tooltip />
          <Line type="monotone" dataKey="percent" name="Score %" stroke="#d97706" strokeWidth={2} dot isAnimationActive={false} />
        </LineChart>
      </ChartFigure>
      <ChartFigure
        title="Cards due, next 30 days"
        empty={data.forecast.every((d) => d.due === 0) ? "Nothing scheduled yet: review some cards first." : null}
        table={<DataTable caption="Due forecast" rows={data.forecast.filter((d) => d.due > 0)} columns={[{ key: "day", label: "Day" }, { key: "due", label: "Due" }]} />}
      >
        <BarChart data={data.forecast}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="day" tick={axis} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip />
          <Bar dataKey="due" name="Due" fill="#059669" isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
      <ChartFigure
        title="Accuracy by question kind"
        empty={data.byKind.length === 0 ? "Answer some quiz questions to see this." : null}
        table={<DataTable caption="Accuracy by kind" rows={data.byKind} columns={[{ key: "key", label: "Kind" }, { key: "correct", label: "Right" }, { key: "total", label: "Answered" }, { key: "accuracy", label: "Accuracy", format: share }]} />}
      >
        <BarChart data={accuracy(data.byKind)} layout="vertical">
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis type="number" domain={[0, 100]} tick={axis} unit="%" />
          <YAxis type="category" dataKey="key" width={110} tick={axis} />
          <Tooltip />
          <Bar dataKey="percent" name="Accuracy %" fill="#2563eb" isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
      <ChartFigure
        title="Accuracy by topic"
        empty={data.byTopic.length === 0 ? "Answer some tagged questions to see this." : null}
        table={<DataTable caption="Accuracy by topic" rows={data.byTopic} columns={[{ key: "key", label: "Topic" }, { key: "correct", label: "Right" }, { key: "total", label: "Answered" }, { key: "accuracy", label: "Accuracy", format: share }]} />}
      >
        <BarChart data={accuracy(data.byTopic)} layout="vertical">
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis type="number" domain={[0, 100]} tick={axis} unit="%" />
          <YAxis type="category" dataKey="key" width={110} tick={axis} />
          <Tooltip />
          <Bar dataKey="percent" name="Accuracy %" fill="#7c3aed" isAnimationActive={false} />
        </BarChart>
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
          <Tooltip />
          <Bar dataKey="percent" name="Retention %" fill="#0d9488" isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
      <ChartFigure
        title="Answer grades"
        empty={data.grades.every((g) => g.count === 0) ? "Grade some cards in a review to see this." : null}
        table={<DataTable caption="Grades" rows={data.grades} columns={[{ key: "label", label: "Grade" }, { key: "count", label: "Reviews" }, { key: "share", label: "Share", format: share }]} />}
      >
        <BarChart data={data.grades}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="label" tick={axis} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip />
          <Bar dataKey="count" name="Reviews" fill="#dc2626" isAnimationActive={false} />
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
