// The frame a progress chart is drawn in: labels down the left, the plot
// with its gridlines, labels along the bottom. Everything is placed in
// percent of the plot, so one server render fits any width; text stays at
// its size, and x labels a narrow plot has no room for are hidden by a
// container query (labelLevels).
import { LABEL_WIDTHS, labelLevels, type Tick } from "./chart-geometry";

/**
 * Left labels, centred on their `at` (percent from the bottom). Each sits in a
 * zero-height row moved down by `top`, so the column is as wide as its widest
 * label and the labels stay where the ticks are.
 */
function LeftAxis({ ticks, wrap }: { ticks: Tick[]; wrap: boolean }) {
  return (
    <div className="relative h-full pr-1.5">
      {ticks.map((t) => (
        <div key={t.label + t.at} className="relative flex h-0 items-center justify-end" style={{ top: `${100 - t.at}%` }}>
          {/* A long category name takes two lines of a row (28 px a row: rowsHeight). */}
          <span data-y-label="" className={wrap ? "line-clamp-2 max-w-[8.5rem] text-right leading-[14px] break-words" : "whitespace-nowrap"}>{t.label}</span>
        </div>
      ))}
    </div>
  );
}

function BottomAxis({ ticks }: { ticks: Tick[] }) {
  const levels = labelLevels(ticks);
  return (
    <div className="@container relative col-start-2 h-5">
      {ticks.map((t, i) => {
        const level = levels[i];
        if (level === undefined || level === null) return null;
        return (
          <span key={t.label + t.at} data-x-label="" className={`absolute top-1 -translate-x-1/2 whitespace-nowrap ${LABEL_WIDTHS[level]!.show}`} style={{ left: `${t.at}%` }}>
            {t.label}
          </span>
        );
      })}
    </div>
  );
}

/** Light gridlines at the value axis' ticks: across for values up the side, upright for values along the bottom. */
function Gridlines({ ticks, along }: { ticks: Tick[]; along: "x" | "y" }) {
  return ticks.map((t) =>
    along === "y" ? (
      <div key={t.at} className="absolute inset-x-0 border-t border-stone-200 dark:border-stone-700" style={{ bottom: `${t.at}%` }} />
    ) : (
      <div key={t.at} className="absolute inset-y-0 border-l border-stone-200 dark:border-stone-700" style={{ left: `${t.at}%` }} />
    ),
  );
}

/**
 * `valueAxis` says which side carries values (gridlines follow it); the other
 * carries categories or days. `top` leaves room above the plot for a count
 * printed on the tallest bar.
 */
export function ChartFrame({
  left,
  bottom,
  valueAxis,
  wrapLeft = false,
  top = false,
  children,
}: {
  left: Tick[];
  bottom: Tick[];
  valueAxis: "x" | "y";
  wrapLeft?: boolean;
  top?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={`grid h-full grid-cols-[auto_minmax(0,1fr)] grid-rows-[minmax(0,1fr)_auto] pr-4 ${top ? "pt-5" : "pt-2"}`}>
      <LeftAxis ticks={left} wrap={wrapLeft} />
      <div className="relative" data-plot="">
        <Gridlines ticks={valueAxis === "y" ? left : bottom} along={valueAxis} />
        {children}
      </div>
      <BottomAxis ticks={bottom} />
    </div>
  );
}
