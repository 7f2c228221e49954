// The three drawings behind the progress charts: the score line, upright
// bars (forecast, retention, grades) and bars along rows (accuracy). Server
// components: plain HTML and one SVG path, no script. A `title` on each bar
// or point gives its value on hover; the figure's table carries the same
// numbers for assistive technology.
import { ChartFrame } from "./chart-frame";
import { bands, countAxis, percentAxis, scoreLine } from "./chart-geometry";

export function ScoreLineChart({ points, ticks, dots }: { points: { dayLabel: string; percent: number; title: string }[]; ticks: number[]; dots: boolean }) {
  const y = percentAxis();
  const line = scoreLine(
    points.map((p) => p.percent),
    ticks,
    (n) => points[n]?.dayLabel ?? "",
  );
  return (
    <ChartFrame left={y.ticks} bottom={line.ticks} valueAxis="y">
      {/* Stretched to the plot; the stroke keeps its 2 px however the box is scaled. */}
      <svg className="absolute inset-0 h-full w-full overflow-visible" viewBox="0 0 100 100" preserveAspectRatio="none">
        <path d={line.path} fill="none" stroke="#d97706" strokeWidth={2} vectorEffect="non-scaling-stroke" />
      </svg>
      {line.points.map((p, i) => (
        // Every point keeps its hover value; the dot is drawn only while there are few enough to tell apart.
        <span
          key={i}
          data-point=""
          title={points[i]?.title}
          className={`absolute size-2 -translate-x-1/2 -translate-y-1/2 rounded-full ${dots ? "border-2 border-[#d97706] bg-white dark:bg-stone-900" : ""}`}
          style={{ left: `${p.x}%`, top: `${100 - p.y}%` }}
        />
      ))}
    </ChartFrame>
  );
}

type Bar = { label: string; value: number; title: string; fill: string };

/** Upright bars, one per column; `counts` prints each value on top of its bar. */
export function ColumnChart({ columns, scale, counts = false }: { columns: Bar[]; scale: "percent" | "count"; counts?: boolean }) {
  const y = scale === "percent" ? percentAxis() : countAxis(Math.max(0, ...columns.map((c) => c.value)));
  const places = bands(columns.length);
  return (
    <ChartFrame left={y.ticks} bottom={columns.map((c, i) => ({ label: c.label, at: places[i]!.center }))} valueAxis="y" top={counts}>
      {columns.map((c, i) => (
        // The whole column is the hover target, so a thin or empty bar still shows its value.
        <div key={i} title={c.title} className="absolute inset-y-0" style={{ left: `${places[i]!.start}%`, width: `${places[i]!.width}%` }}>
          <div data-bar="" className={`absolute inset-x-0 bottom-0 ${c.fill}`} style={{ height: `${y.at(c.value)}%` }}>
            {counts && <span className="absolute inset-x-0 bottom-full mb-0.5 text-center tabular-nums">{c.value}</span>}
          </div>
        </div>
      ))}
    </ChartFrame>
  );
}

/** Bars along rows, 0-100 %, every row labelled. */
export function RowChart({ rows, fill }: { rows: { label: string; percent: number; title: string }[]; fill: string }) {
  const x = percentAxis();
  const places = bands(rows.length);
  return (
    <ChartFrame left={rows.map((r, i) => ({ label: r.label, at: 100 - places[i]!.center }))} bottom={x.ticks} valueAxis="x" wrapLeft>
      {rows.map((r, i) => (
        <div key={i} title={r.title} className="absolute inset-x-0" style={{ top: `${places[i]!.start}%`, height: `${places[i]!.width}%` }}>
          <div data-bar="" className={`h-full ${fill}`} style={{ width: `${x.at(r.percent)}%` }} />
        </div>
      ))}
    </ChartFrame>
  );
}
