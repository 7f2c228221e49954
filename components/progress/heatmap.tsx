// A year of study activity as a calendar grid (weeks as columns), with a
// text summary and a table of active days as its accessible alternative.
import type { HeatmapDay } from "@/lib/domain/stats";

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
  // Pad the front so columns are whole weeks ending today.
  const first = days[0] ? new Date(`${days[0].day}T00:00:00Z`).getUTCDay() : 0;
  const cells: (HeatmapDay | null)[] = [...Array.from({ length: first }, () => null), ...days];
  return (
    <figure>
      <figcaption className="mb-2 font-medium">Study activity, last 365 days</figcaption>
      <div className="overflow-x-auto pb-2">
        <div className="grid w-max grid-flow-col grid-rows-7 gap-[3px]" aria-hidden="true">
          {cells.map((d, i) =>
            d ? <div key={d.day} title={`${d.day}: ${d.reviews} reviews, ${d.answers} quiz answers`} className={`h-[11px] w-[11px] rounded-[2px] ${level(d.total, max)}`} /> : <div key={`pad-${i}`} className="h-[11px] w-[11px]" />,
          )}
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
