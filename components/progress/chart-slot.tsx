"use client";
// Where a progress chart is drawn. recharts is most of the page's script, and
// the numbers are already on the page in each chart's server-rendered table,
// so the chart code is fetched only after the page's load event (never as
// part of the page's first script, and never by a prefetch of /progress from
// another page). Until it arrives, a box of the chart's exact size holds its
// place, so nothing moves when it is drawn.
import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";
import type { ChartSpec } from "./recharts-chart";

const RechartsChart = dynamic(() => import("./recharts-chart").then((m) => m.RechartsChart), {
  ssr: false,
  loading: () => <ChartPlaceholder />,
});

function ChartPlaceholder() {
  return <div className="h-full w-full animate-pulse rounded-lg bg-stone-100 dark:bg-stone-800" />;
}

function subscribeToLoad(onChange: () => void) {
  window.addEventListener("load", onChange);
  return () => window.removeEventListener("load", onChange);
}

/** True once the document has loaded (at once after a client-side navigation); false on the server. */
function usePageLoaded(): boolean {
  return useSyncExternalStore(
    subscribeToLoad,
    () => document.readyState === "complete",
    () => false,
  );
}

export function ChartSlot({ spec, height }: { spec: ChartSpec; height: number }) {
  const loaded = usePageLoaded();
  return (
    // Axis text is currentColor: stone-700 / stone-300 keep it above 4.5:1 on the card in both themes.
    <div className="w-full text-xs text-stone-700 dark:text-stone-300" style={{ height }} aria-hidden="true">
      {loaded ? <RechartsChart spec={spec} /> : <ChartPlaceholder />}
    </div>
  );
}
