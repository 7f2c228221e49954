// A year of study activity as a calendar grid (weeks as columns, months
// labelled above), with a text summary and a table of active days as its
// accessible alternative.
import { Fragment } from "react";
import { calendarWeeks, type HeatmapDay } from "@/lib/domain/stats";

function level(total: number, max: number): string {
  if (total === 0) return "bg-stone-200 dark:bg-stone-800";
  const r = total / Math.max(1, max);
  if (r > 0.75) return "bg-emerald-700 dark:bg-emerald-400";
  if (r > 0.5) return "bg-emerald-600 dark:bg-emerald-500";
  if (r > 0.25) return "bg-emerald-400 dark:bg-emerald-700";
  return "bg-emerald-200 dark:bg-emerald-900";
}

export function ActivityHeatmap({ days }: { days: HeatmapDay[] }) {
  const active = days.filter((d) => d.total > 0);
  const max = active.reduce((m, d) => Math.max(m, d.total), 0);
  const busiest = active.reduce<HeatmapDay | null>((b, d) => (!b || d.total > b.total ? d : b), null);
  const weeks = calendarWeeks(days);
  return (
    <figure>
      <figcaption className="mb-2 font-medium">Study activity, last 365 days</figcaption>
      {/* row-reverse: the scroll area starts at its right end, so a narrow screen opens on the latest weeks;
          mr-auto keeps the calendar at the left when it fits, pr-6 leaves room for a label over the last week. */}
      <div className="flex flex-row-reverse overflow-x-auto pb-2">
        <div className="mr-auto grid w-max shrink-0 grid-flow-col grid-rows-[auto_repeat(7,11px)] gap-[3px] pr-6" aria-hidden="true">
          {weeks.map((week, w) => (
            <Fragment key={week.days.find((d) => d)?.day ?? w}>
              <div className="h-4 w-[11px] overflow-visible whitespace-nowrap text-[11px] leading-4 text-stone-600 dark:text-stone-300" {...(week.month ? { "data-month-label": "" } : {})}>
                {week.month}
              </div>
              {week.days.map((d, i) =>
                d ? (
                  <div key={d.day} title={`${d.day}: ${d.reviews} reviews, ${d.answers} quiz answers`} className={`h-[11px] w-[11px] rounded-[2px] ${level(d.total, max)}`} />
                ) : (
                  <div key={`pad-${i}`} className="h-[11px] w-[11px]" />
                ),
              )}
            </Fragment>
          ))}
        </div>
      </div>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Active on {active.length} of the last {days.length} days
        {busiest && `; busiest ${busiest.day} with ${busiest.total} reviews and answers`}.
      </p>
      {active.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Activity as a table</summary>
          <table className="mt-2">
            <thead>
              <tr>
                <th scope="col" className="pr-4 text-left">Day</th>
                <th scope="col" className="pr-4 text-right">Reviews</th>
                <th scope="col" className="text-right">Quiz answers</th>
              </tr>
            </thead>
            <tbody>
              {active.map((d) => (
                <tr key={d.day}>
                  <td className="pr-4">{d.day}</td>
                  <td className="pr-4 text-right tabular-nums">{d.reviews}</td>
                  <td className="text-right tabular-nums">{d.answers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
