"use client";
// Where a progress chart is drawn. recharts is most of the page's script, and
// the numbers are already on the page in each chart's server-rendered table,
// so the chart code is fetched only after the page's load event and once a
// chart's box comes near the viewport (never as part of the page's first
// script, never by a prefetch of /progress from another page, and its parse
// and render never block a page that is not scrolled to the charts). Until it
// is drawn, a box of the chart's exact size holds its place, so nothing moves.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import type { ChartSpec } from "./recharts-chart";

type ChartModule = typeof import("./recharts-chart");
let chartModule: Promise<ChartModule> | null = null;
/** The chart code, fetched once for the page (a separate chunk: nothing else imports it). */
const loadChartModule = () => (chartModule ??= import("./recharts-chart"));

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

/**
 * Charts are drawn one per task, in page order, each after the browser has
 * had a chance to paint and handle input: a page of charts never makes one
 * long task of all of them, so scrolling and typing stay responsive while
 * they appear.
 */
const waiting: (() => void)[] = [];
let draining = false;
function drawInTurn(draw: () => void): () => void {
  waiting.push(draw);
  if (!draining) {
    draining = true;
    setTimeout(drainOne, 0);
  }
  return () => {
    const at = waiting.indexOf(draw);
    if (at >= 0) waiting.splice(at, 1);
  };
}
function drainOne() {
  const next = waiting.shift();
  if (next) flushSync(next);
  if (waiting.length > 0) setTimeout(drainOne, 0);
  else draining = false;
}

export function ChartSlot({ spec, height }: { spec: ChartSpec; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const loaded = usePageLoaded();
  const near = useNearViewport(box);
  const [drawn, setDrawn] = useState<{ Chart: ChartModule["RechartsChart"]; size: { width: number; height: number } } | null>(null);
  useEffect(() => {
    if (!loaded || !near || drawn) return;
    let cancel: (() => void) | null = null;
    let live = true;
    void loadChartModule().then((m) => {
      if (live) cancel = drawInTurn(() => setDrawn({ Chart: m.RechartsChart, size: { width: box.current?.clientWidth ?? 0, height } }));
    });
    return () => {
      live = false;
      cancel?.();
    };
  }, [drawn, height, loaded, near]);
  return (
    // Axis text is currentColor: stone-700 / stone-300 keep it above 4.5:1 on the card in both themes.
    <div ref={box} className="w-full text-xs text-stone-700 dark:text-stone-300" style={{ height }} aria-hidden="true">
      {drawn ? <drawn.Chart spec={spec} initialSize={drawn.size} /> : <ChartPlaceholder />}
    </div>
  );
}
