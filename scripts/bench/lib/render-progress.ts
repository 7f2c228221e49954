// Owns timing the progress page's server render for scripts/bench/progress.ts.
// It runs in a child process without the react-server condition, because
// react-dom/server refuses to load under it while lib/server (server-only)
// needs it: the parent loads the data, this process renders it.
//   forked by scripts/bench/progress.ts; receives { file, data, warmup, runs }
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

export type RenderRequest = { file: string; data: unknown; warmup: number; runs: number };
export type RenderResult = { ok: true; times: number[]; htmlLength: number } | { ok: false; reason: string };

async function render(request: RenderRequest): Promise<RenderResult> {
  const mod = (await import(pathToFileURL(request.file).href)) as { ProgressView?: unknown; default?: { ProgressView?: unknown } };
  const view = mod.ProgressView ?? mod.default?.ProgressView;
  if (typeof view !== "function") return { ok: false, reason: "progress-view.tsx does not export a ProgressView component" };
  const ProgressView = view as ComponentType<{ data: unknown }>;
  const once = () => renderToString(createElement(ProgressView, { data: request.data }));
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
