// Benchmark: how heavy each main page is for a learner with some history.
// Builds when .next is not a build of the current sources, serves it with
// the server `npm start` runs (scripts/serve.ts) on a scratch SQLite database and a free 127.0.0.1 port, makes
// a guest with one finished quiz and one open quiz (in Chromium, through the
// real forms), then for home, reader, quiz runner, review and progress:
//   (a) the gzip size of every script the page fetches before its load event
//       (Chromium via playwright-core; bodies gzipped here at zlib's default
//       level, as `next start` compresses them), and whether chart code
//       (d3-shape, d3-scale) is among what it fetches, before or soon after load;
//   (b) Lighthouse 12.2.3 desktop performance and accessibility scores and
//       total blocking time, median of 3 runs, with the learner's cookie as
//       an extra header.
// Budgets: at most 160 KB of script before load on every page, no chart code
// on any page (the progress charts are drawn on the server), and scores of
// 100. Exits 1 naming each miss.
//
//   npm run bench:pages            (add --chunks to list each page's scripts,
//                                   --only=progress[,review...] for some pages)
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { SESSION_COOKIE } from "../../lib/session-token";
import { buildIfStale } from "../lib/build";
import { prepareDatabase } from "../lib/prepare-db";
import { freePort, serveCommand, serveEnv, sleep, stopGroup, waitForServer } from "../lib/serve";
import { CHROMIUM_FLAGS as SHARED_CHROMIUM_FLAGS, CHROMIUM_PATH } from "../lib/chromium";

const CHROMIUM = CHROMIUM_PATH;
const CHROMIUM_FLAGS = ["--headless", ...SHARED_CHROMIUM_FLAGS];
const HOST = "127.0.0.1";
const SCRIPT_BUDGET_BYTES = 160 * 1024;
const SCORE_BUDGET = 100;
const LIGHTHOUSE_RUNS = 3;
/** How long after load to keep listening for prefetched scripts (Link prefetch runs when the browser is idle). */
const AFTER_LOAD_MS = 3000;
/** The whole run, build excluded, must end within this. */
const RUN_LIMIT_MS = 12 * 60_000;
const ARTICLE = "shusha-declaration";
/**
 * Error messages the chart maths keeps through minification: d3-shape's line
 * (and d3-path's), and d3-format's, which every d3-scale number scale brings
 * for its tick labels. A script that contains one is chart code.
 */
const CHART_MARKERS = ["invalid digits: ", "invalid format: "];

const out = (line = "") => process.stdout.write(`${line}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

type PageSpec = { name: string; path: string };
type ScriptLoad = { url: string; gzip: number; raw: number; beforeLoad: boolean; chart: boolean };
type PageScripts = { beforeLoad: number; afterLoad: number; chartBeforeLoad: boolean; chartAfterLoad: boolean; scripts: ScriptLoad[] };
/** `blockingMs`: total blocking time, the figure script work costs a page. */
type Scores = { performance: number; accessibility: number; blockingMs: number; failedAudits: string[] };

// ---------------------------------------------------------------- the learner

/**
 * A guest who has finished one quiz (five cloze and short-answer questions,
 * each "I don't know", so cards are due for review and the progress page has
 * figures) and has a second quiz open. Returns the cookie and the open quiz's id.
 */
async function makeLearner(browser: Browser, baseURL: string): Promise<{ token: string; openQuizId: string }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const startQuiz = async (kinds: string[] | null, size: string | null) => {
    await page.goto(`/articles/${ARTICLE}/quiz`);
    if (kinds) {
      for (const box of await page.locator("input[name=kinds]").all()) await box.setChecked(kinds.includes((await box.getAttribute("value")) ?? ""));
    }
    if (size) await page.locator(`input[name=size][value='${size}']`).check();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    await page.locator("[data-ready=true]").waitFor();
    return page.url().split("/").pop()!;
  };
  await startQuiz(["cloze", "short_answer"], "5");
  for (;;) {
    await page.getByRole("button", { name: "I don't know" }).click();
    const next = page.getByRole("button", { name: /Next question|See results/ });
    await next.waitFor();
    const last = (await next.textContent())?.includes("See results") ?? false;
    await next.click();
    if (last) break;
    await page.locator("[data-ready=true]").waitFor();
  }
  await page.waitForURL(/\/results$/);
  const openQuizId = await startQuiz(null, null);
  const token = (await context.cookies(baseURL)).find((c) => c.name === SESSION_COOKIE)?.value;
  await context.close();
  if (!token) throw new Error(`the server set no ${SESSION_COOKIE} cookie`);
  return { token, openQuizId };
}

// ---------------------------------------------------------------- (a) script bytes

async function measureScripts(browser: Browser, baseURL: string, token: string, spec: PageSpec): Promise<PageScripts> {
  // A fresh context per page: an empty cache, so every script is fetched.
  const context = await browser.newContext({ baseURL, viewport: { width: 1350, height: 940 } });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL }]);
  const page: Page = await context.newPage();
  let loaded = false;
  const startedBeforeLoad = new WeakSet<object>();
  const bodies: Promise<ScriptLoad | null>[] = [];
  page.on("request", (request) => {
    if (!loaded) startedBeforeLoad.add(request);
  });
  page.on("response", (response) => {
    const request = response.request();
    if (request.resourceType() !== "script") return;
    const beforeLoad = startedBeforeLoad.has(request);
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), gzip: gzipSync(body).length, raw: body.length, beforeLoad, chart: CHART_MARKERS.some((marker) => body.includes(marker)) }),
        () => null,
      ),
    );
  });
  page.on("load", () => (loaded = true));
  const response = await page.goto(spec.path, { waitUntil: "load", timeout: 60_000 });
  if (!response?.ok()) throw new Error(`${spec.path} answered ${response?.status()}`);
  await sleep(AFTER_LOAD_MS);
  const seen = new Set<string>();
  const scripts = (await Promise.all(bodies)).filter((s): s is ScriptLoad => s !== null && !seen.has(s.url) && !!seen.add(s.url));
  await context.close();
  const sum = (list: ScriptLoad[]) => list.reduce((n, s) => n + s.gzip, 0);
  return {
    beforeLoad: sum(scripts.filter((s) => s.beforeLoad)),
    afterLoad: sum(scripts.filter((s) => !s.beforeLoad)),
    chartBeforeLoad: scripts.some((s) => s.beforeLoad && s.chart),
    chartAfterLoad: scripts.some((s) => !s.beforeLoad && s.chart),
    scripts,
  };
}

// ---------------------------------------------------------------- (b) Lighthouse

/** Chromium with a DevTools port for Lighthouse: the same binary and flags, a fresh profile. */
async function launchDebuggableChromium(profile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, "--remote-debugging-port=0", "about:blank"], { stdio: "ignore", detached: true });
  const portFile = path.join(profile, "DevToolsActivePort");
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`chromium exited with ${child.exitCode}`);
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, "utf8").split("\n")[0]);
      if (port > 0) return { child, port };
    }
    await sleep(200);
  }
  stopGroup(child);
  throw new Error("chromium did not open a DevTools port within 30 s");
}

type LighthouseModule = typeof import("lighthouse");

async function lighthouseScores(lighthouse: LighthouseModule, config: unknown, port: number, url: string, token: string): Promise<Scores> {
  const result = await lighthouse.default(
    url,
    { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: `${SESSION_COOKIE}=${token}` } },
    config as Parameters<LighthouseModule["default"]>[2],
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`lighthouse returned no report for ${url}`);
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  // What cost points, so a miss says where to look: weighted audits that did not pass.
  const failedAudits = ["performance", "accessibility"].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id} ${lhr.audits[ref.id]?.displayValue ?? ""}`.trim()),
  );
  // A layout shift names the element that moved.
  const shifts = (lhr.audits["layout-shifts"] ?? lhr.audits["layout-shift-elements"])?.details as { items?: { node?: { selector?: string }; score?: number }[] } | undefined;
  const moved = shifts?.items?.[0]?.node?.selector;
  if (moved) failedAudits.push(`layout-shifts ${moved}`);
  // Blocking time names its long tasks: the script each came from and how long it ran.
  if ((lhr.audits["total-blocking-time"]?.score ?? 1) < 1) {
    const tasks = (lhr.audits["long-tasks"]?.details as { items?: { url?: string; duration?: number; startTime?: number }[] } | undefined)?.items ?? [];
    const named = tasks.slice(0, 6).map((t) => `${Math.round(t.duration ?? 0)} ms at ${Math.round(t.startTime ?? 0)} ms ${(t.url ?? "").replace(url.split("/").slice(0, 3).join("/"), "")}`);
    if (named.length > 0) failedAudits.push(`long tasks: ${named.join(", ")}`);
  }
  const blockingMs = Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0);
  return { performance: score("performance"), accessibility: score("accessibility"), blockingMs, failedAudits };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

// ---------------------------------------------------------------- the run

async function main(): Promise<number> {
  const showChunks = process.argv.includes("--chunks");
  buildIfStale(out);
  const runTimer = setTimeout(() => {
    console.error(`bench:pages: gave up after ${RUN_LIMIT_MS / 60_000} minutes`);
    cleanup();
    process.exit(1);
  }, RUN_LIMIT_MS);

  const dir = mkdtempSync(path.join(tmpdir(), "recall-bench-pages-"));
  let server: ChildProcess | undefined;
  let lhChrome: ChildProcess | undefined;
  let browser: Browser | undefined;
  function cleanup() {
    stopGroup(lhChrome);
    stopGroup(server);
    rmSync(dir, { recursive: true, force: true });
  }
  try {
    process.env.DATABASE_URL = `file:${path.join(dir, "pages.db")}`;
    prepareDatabase({ seed: true });
    const port = await freePort();
    const baseURL = `http://${HOST}:${port}`;
    let log = "";
    const serve = serveCommand(HOST, port);
    server = spawn(serve.command, serve.args, {
      env: serveEnv(HOST, port),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout!.on("data", (d) => (log += d));
    server.stderr!.on("data", (d) => (log += d));
    await waitForServer(`${baseURL}/`, server, () => log.slice(-4000));
    out(`server: ${baseURL} (${serveCommand(HOST, port).label}, scratch database in ${dir})`);

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS.filter((f) => f !== "--headless") });
    const { token, openQuizId } = await makeLearner(browser, baseURL);
    out(`learner: one finished quiz (5 answers), open quiz ${openQuizId}`);

    const pages: PageSpec[] = [
      { name: "home", path: "/" },
      { name: "reader", path: `/articles/${ARTICLE}` },
      { name: "quiz", path: `/quiz/${openQuizId}` },
      { name: "review", path: "/review" },
      { name: "progress", path: "/progress" },
    ];

    // --only=progress,review measures just those pages (for iterating on one); budgets still apply to them.
    const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
    if (only) pages.splice(0, pages.length, ...pages.filter((p) => only.includes(p.name)));
    if (pages.length === 0) throw new Error(`--only names no page (pages: home, reader, quiz, review, progress)`);
    const scripts = new Map<string, PageScripts>();
    for (const spec of pages) scripts.set(spec.name, await measureScripts(browser, baseURL, token, spec));
    await browser.close();
    browser = undefined;

    const lighthouse = (await import("lighthouse")) as LighthouseModule;
    const desktop = (await import("lighthouse/core/config/desktop-config.js")).default;
    const chrome = await launchDebuggableChromium(path.join(dir, "lighthouse-profile"));
    lhChrome = chrome.child;
    const scores = new Map<string, Scores>();
    for (const spec of pages) {
      const runs: Scores[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(lighthouse, desktop, chrome.port, `${baseURL}${spec.path}`, token));
      scores.set(spec.name, { performance: median(runs.map((r) => r.performance)), accessibility: median(runs.map((r) => r.accessibility)), blockingMs: median(runs.map((r) => r.blockingMs)), failedAudits: [] });
      // The audits behind the median run's score, with their values (e.g. "largest-contentful-paint 1.4 s").
      const medianRun = [...runs].sort((a, b) => a.performance - b.performance)[runs.length >> 1]!;
      out(
        `lighthouse ${spec.name}: performance ${runs.map((r) => r.performance).join(", ")}; accessibility ${runs.map((r) => r.accessibility).join(", ")}; TBT ${runs.map((r) => r.blockingMs).join(", ")} ms` +
          (medianRun.failedAudits.length > 0 ? `; not passed in the median run: ${medianRun.failedAudits.join("; ")}` : ""),
      );
    }

    const failures: string[] = [];
    out();
    out(`${"page".padEnd(10)}${"script before load".padStart(20)}${"after load".padStart(12)}${"chart code".padStart(14)}${"perf".padStart(6)}${"a11y".padStart(6)}${"TBT".padStart(8)}`);
    for (const spec of pages) {
      const s = scripts.get(spec.name)!;
      const l = scores.get(spec.name)!;
      const chart = s.chartBeforeLoad ? "before load" : s.chartAfterLoad ? "after load" : "no";
      out(`${spec.name.padEnd(10)}${kb(s.beforeLoad).padStart(20)}${kb(s.afterLoad).padStart(12)}${chart.padStart(14)}${String(l.performance).padStart(6)}${String(l.accessibility).padStart(6)}${`${l.blockingMs} ms`.padStart(8)}`);
      if (s.beforeLoad > SCRIPT_BUDGET_BYTES) failures.push(`${spec.name}: ${kb(s.beforeLoad)} of script before load (budget ${kb(SCRIPT_BUDGET_BYTES)})`);
      if (s.chartBeforeLoad || s.chartAfterLoad) failures.push(`${spec.name}: fetches chart code (${chart}); the charts are drawn on the server`);
      if (l.performance < SCORE_BUDGET) failures.push(`${spec.name}: Lighthouse performance ${l.performance} (budget ${SCORE_BUDGET})`);
      if (l.accessibility < SCORE_BUDGET) failures.push(`${spec.name}: Lighthouse accessibility ${l.accessibility} (budget ${SCORE_BUDGET})`);
    }
    out(`(gzip sizes, zlib default level; "after load": scripts requested within ${AFTER_LOAD_MS / 1000} s after load, e.g. link prefetches; Lighthouse desktop preset, median of ${LIGHTHOUSE_RUNS})`);
    if (showChunks) {
      for (const spec of pages) {
        out();
        out(`${spec.name} (${spec.path}):`);
        for (const s of [...scripts.get(spec.name)!.scripts].sort((a, b) => b.gzip - a.gzip)) {
          out(`  ${kb(s.gzip).padStart(10)}  ${s.beforeLoad ? "before" : "after "}  ${s.chart ? "chart " : "      "}${new URL(s.url).pathname}`);
        }
      }
    }
    out();
    if (failures.length === 0) {
      out(`bench:pages: every page within budget (≤ ${kb(SCRIPT_BUDGET_BYTES)} of script before load, no chart code, scores ${SCORE_BUDGET})`);
      return 0;
    }
    for (const f of failures) out(`bench:pages: OVER BUDGET: ${f}`);
    return 1;
  } finally {
    clearTimeout(runTimer);
    await browser?.close().catch(() => undefined);
    // Chromium writes its profile into the scratch folder until it has exited: removing it sooner fails with ENOTEMPTY.
    const exited = lhChrome && lhChrome.exitCode === null ? new Promise((resolve) => lhChrome!.once("exit", resolve)) : null;
    stopGroup(lhChrome);
    if (exited) await Promise.race([exited, sleep(10_000)]);
    cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:pages: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
