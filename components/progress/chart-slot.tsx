"use client";
// Where a progress chart is drawn. recharts is most of the page's script, and
// the numbers are already on the page in each chart's server-rendered table,
// so the chart code is fetched only after the page's load event and once a
// chart's box comes near the viewport (never as part of the page's first
// script, never by a prefetch of /progress from another page, and its parse
// and render never block a page that is not scrolled to the charts). Until it
// is drawn, a box of the chart's exact size holds its place, so nothing moves.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
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

/** True once the element has come within 200 px of the viewport (and stays true). */
function useNearViewport(element: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (near || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, near]);
  return near;
}

export function ChartSlot({ spec, height }: { spec: ChartSpec; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const loaded = usePageLoaded();
  const near = useNearViewport(box);
  return (
    // Axis text is currentColor: stone-700 / stone-300 keep it above 4.5:1 on the card in both themes.
    <div ref={box} className="w-full text-xs text-stone-700 dark:text-stone-300" style={{ height }} aria-hidden="true">
      {loaded && near ? <RechartsChart spec={spec} /> : <ChartPlaceholder />}
    </div>
  );
}
