"use client";
// The recharts drawing of each progress chart, loaded on its own by
// chart-slot.tsx once the page has loaded. Props are plain data, so the
// server-rendered figures (captions, tables) pass them straight through.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { percent } from "./format";

type AccuracyRow = { key: string; label: string; correct: number; total: number; accuracy: number };

export type ChartSpec =
  /** `n` is the attempt's place in the series; the x axis ticks once per day, at `ticks`. */
  | { kind: "scores"; points: { n: number; dayLabel: string; percent: number }[]; ticks: number[] }
  | { kind: "forecast"; days: { dayLabel: string; due: number }[] }
  | { kind: "accuracy"; rows: AccuracyRow[]; fill: string }
  | { kind: "retention"; rows: { label: string; percent: number }[] }
  | { kind: "grades"; grades: { rating: number; label: string; count: number }[] };

const axis = { fill: "currentColor", fontSize: 12 };
// Every chart sits in an aria-hidden box (its table is the accessible
// alternative), so recharts' keyboard layer (a focusable svg) is turned off:
// focus must not land inside content hidden from assistive technology.

/** One colour per grade, Again to Easy, each at least 3:1 against the card in its theme (white / stone-900). */
const GRADE_FILLS: Record<number, string> = {
  1: "fill-red-600 dark:fill-red-400",
  2: "fill-amber-600 dark:fill-amber-300",
  3: "fill-green-700 dark:fill-green-400",
  4: "fill-blue-600 dark:fill-blue-400",
};

function Chart({ spec }: { spec: ChartSpec }) {
  switch (spec.kind) {
    case "scores": {
      const dayOf = (n: unknown) => (typeof n === "number" ? (spec.points[n]?.dayLabel ?? "") : "");
      return (
        <LineChart accessibilityLayer={false} data={spec.points} margin={{ right: 16 }}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="n" type="number" domain={["dataMin", "dataMax"]} ticks={spec.ticks} tickFormatter={dayOf} tick={axis} />
          <YAxis domain={[0, 100]} tick={axis} unit="%" />
          <Tooltip labelFormatter={dayOf} formatter={(v) => percent(v)} />
          <Line type="monotone" dataKey="percent" name="Score" stroke="#d97706" strokeWidth={2} dot={spec.points.length <= 60} isAnimationActive={false} />
        </LineChart>
      );
    }
    case "forecast":
      return (
        <BarChart accessibilityLayer={false} data={spec.days}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="dayLabel" tick={axis} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip />
          <Bar dataKey="due" name="Due" fill="#059669" isAnimationActive={false} />
        </BarChart>
      );
    case "accuracy":
      return (
        <BarChart accessibilityLayer={false} data={spec.rows.map((r) => ({ ...r, percent: r.accuracy * 100 }))} layout="vertical" margin={{ right: 16 }}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis type="number" domain={[0, 100]} tick={axis} unit="%" />
          {/* interval 0: every row keeps its label. */}
          <YAxis type="category" dataKey="label" width={136} interval={0} tick={axis} />
          <Tooltip formatter={(v) => percent(v)} />
          <Bar dataKey="percent" name="Accuracy" fill={spec.fill} isAnimationActive={false} />
        </BarChart>
      );
    case "retention":
      return (
        <BarChart accessibilityLayer={false} data={spec.rows}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="label" tick={axis} />
          <YAxis domain={[0, 100]} tick={axis} unit="%" />
          <Tooltip formatter={(v) => percent(v)} />
          <Bar dataKey="percent" name="Retention" fill="#0d9488" isAnimationActive={false} />
        </BarChart>
      );
    case "grades":
      return (
        <BarChart accessibilityLayer={false} data={spec.grades} margin={{ top: 20 }}>
          <CartesianGrid strokeOpacity={0.2} />
          <XAxis dataKey="label" tick={axis} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip />
          <Bar dataKey="count" name="Reviews" isAnimationActive={false}>
            {spec.grades.map((g) => (
              <Cell key={g.rating} className={GRADE_FILLS[g.rating]} />
            ))}
            <LabelList dataKey="count" position="top" fill="currentColor" />
          </Bar>
        </BarChart>
      );
  }
}

/** `initialSize`: the box's measured size, so the first render draws at it (no second render once measured). */
export function RechartsChart({ spec, initialSize }: { spec: ChartSpec; initialSize?: { width: number; height: number } }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={initialSize}>
      <Chart spec={spec} />
    </ResponsiveContainer>
  );
}
