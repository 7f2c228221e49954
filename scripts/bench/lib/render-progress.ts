// Owns timing the progress page's server render for scripts/bench/progress.ts:
// the two section components app/progress/page.tsx streams in its Suspense
// slots, rendered to HTML with the same data. It runs in a child process
// without the react-server condition, because react-dom/server refuses to
// load under it while lib/server (server-only) needs it: the parent loads the
// data, this process renders it.
//   forked by scripts/bench/progress.ts; receives { data, warmup, runs }
import { createElement, Fragment } from "react";
import { renderToString } from "react-dom/server";
import { performance } from "node:perf_hooks";
import type { ProgressData } from "@/lib/server/data/progress";

export type RenderRequest = { data: unknown; warmup: number; runs: number };
export type RenderResult = { ok: true; times: number[]; htmlLength: number } | { ok: false; reason: string };

async function render(request: RenderRequest): Promise<RenderResult> {
  const { ChartsSection, FiguresSection } = await import("@/components/progress/sections");
  const data = request.data as ProgressData;
  const once = () => renderToString(createElement(Fragment, null, createElement(FiguresSection, { data }), createElement(ChartsSection, { data })));
  let html = "";
  for (let i = 0; i < request.warmup; i++) html = once();
  const times: number[] = [];
  for (let i = 0; i < request.runs; i++) {
    const t0 = performance.now();
    html = once();
    times.push(performance.now() - t0);
  }
  return { ok: true, times, htmlLength: html.length };
}

process.once("message", (request: RenderRequest) => {
  render(request)
    .catch((error: unknown): RenderResult => ({ ok: false, reason: `render threw: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` }))
    .then((result) => process.send?.(result, () => process.exit(0)));
});
