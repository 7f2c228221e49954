// Benchmark: what one grade in the review session costs, as a browser sees it.
// Serves the build (built when .next is not a build of the current sources)
// with the server `npm start` runs (scripts/serve.ts) on a scratch SQLite database and a free 127.0.0.1 port,
// or uses a running server (BENCH_URL=http://127.0.0.1:3262 and BENCH_DB,
// its seeded SQLite file). A guest in Chromium (playwright-core) reveals and grades
// BENCH_GRADES cards (12 by default) with the keyboard, as a learner does, and
// for each grade records every request the page makes until the network is
// quiet again: the server action's POST, and any GET of the page's RSC
// payload (a page render). Reports per grade the requests, the bytes of each
// response (as decoded, before gzip) and the time from sending to the last
// byte (on 127.0.0.1, the server's time). Then, with the browser closed, it
// sends the last grade's requests again from Node, one at a time, for
// BENCH_REPLAYS cards the guest has not graded yet (the same headers, the
// question swapped), for the server's time with nothing else running.
//
// Budget (exit 1 when missed): a grade is one request, the action's POST, and
// its response carries no page render (the card to show next, not the page).
//
//   npm run bench:review
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { chromium, type Browser, type Page, type Request } from "playwright-core";
import { SESSION_COOKIE } from "../../lib/session-token";
import { buildIfStale } from "../lib/build";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../lib/chromium";
import { prepareDatabase } from "../lib/prepare-db";
import { freePort, serveCommand, serveEnv, stopGroup, waitForServer } from "../lib/serve";

const HOST = "127.0.0.1";
const GRADES = Number(process.env.BENCH_GRADES ?? 12);
const REPLAYS = Number(process.env.BENCH_REPLAYS ?? 30);
const NEW_CARDS_PER_DAY = 1000;
/** The network counts as quiet when no request of the page is open for this long. */
const QUIET_MS = 400;
/**
 * A Flight payload that renders the review page holds the session's props,
 * basePath among them; an action's answer without a render holds its result only.
 */
const PAGE_RENDER_MARKER = "\"basePath\":";

const out = (line = "") => process.stdout.write(`${line}\n`);

type Kind = "action" | "page GET" | "other";
type Seen = { kind: Kind; bytes: number; ms: number; rendersPage: boolean };
/** A request of the browser's, to send again from Node. */
type Captured = { kind: Kind; url: string; method: string; headers: Record<string, string>; body: string | null };

/**
 * Wraps the page's fetch (how the router sends actions and asks for RSC
 * payloads) to note each request's kind, the bytes of its answer and the time
 * to its last byte; `settle` waits until none has been open for QUIET_MS and
 * returns those since its last call.
 */
async function watchRequests(page: Page) {
  // A string, not a function: tsx would add helpers to a function's source that the page does not have.
  await page.addInitScript(`(() => {
    const marker = ${JSON.stringify(PAGE_RENDER_MARKER)};
    window.__seen = [];
    window.__open = 0;
    window.__lastChange = performance.now();
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
      const kind = method === "POST" && headers.has("next-action") ? "action"
        : method === "GET" && headers.get("rsc") === "1" && !headers.has("next-router-prefetch") ? "page GET" : "other";
      const started = performance.now();
      window.__open++;
      window.__lastChange = started;
      const close = () => { window.__open--; window.__lastChange = performance.now(); };
      try {
        const response = await original(input, init);
        response.clone().arrayBuffer().then((body) => {
          const text = new TextDecoder().decode(body);
          window.__seen.push({ kind, bytes: body.byteLength, ms: performance.now() - started, rendersPage: text.includes(marker) });
        }).finally(close);
        return response;
      } catch (error) {
        close();
        throw error;
      }
    };
  })();`);
  return {
    async settle(): Promise<Seen[]> {
      await page.waitForFunction(`window.__open === 0 && performance.now() - window.__lastChange > ${QUIET_MS}`, undefined, { polling: 50 });
      return (await page.evaluate("window.__seen.splice(0)")) as Seen[];
    },
  };
}

function kindOf(request: Request): Kind {
  const headers = request.headers();
  if (request.method() === "POST" && headers["next-action"]) return "action";
  if (request.method() === "GET" && headers["rsc"] === "1" && !headers["next-router-prefetch"]) return "page GET";
  return "other";
}

/** The learner behind a session token (the server keeps its SHA-256), from the server's database. */
function userIdOf(dbFile: string, token: string): string {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT userId FROM Session WHERE tokenHash = ?").get(createHash("sha256").update(token).digest("hex")) as { userId: string } | undefined;
    if (!row) throw new Error("no session row for the guest's cookie");
    return row.userId;
  } finally {
    db.close();
  }
}

function ungradedQuestions(dbFile: string, userId: string, limit: number): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("SELECT id FROM Question WHERE status = 'active' AND id NOT IN (SELECT questionId FROM Card WHERE userId = ?) ORDER BY id LIMIT ?")
      .all(userId, limit) as { id: string }[];
    return rows.map((r) => r.id);
  } finally {
    db.close();
  }
}

/** Sends `request` again from Node; returns the bytes of the answer and the time to its last byte. */
async function replay(request: Captured, body: string | null): Promise<{ status: number; bytes: number; ms: number; rendersPage: boolean }> {
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !name.startsWith(":") && !["host", "content-length", "connection"].includes(name)));
  const started = performance.now();
  const response = await fetch(request.url, { method: request.method, headers, body });
  const text = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: text.length, ms: performance.now() - started, rendersPage: text.toString("utf8").includes(PAGE_RENDER_MARKER) };
}

/** The last grade's action POST (and page GET, if it made one) again, one at a time, each for a card not graded yet. */
async function replayPhase(dbFile: string, token: string, last: Captured[]): Promise<void> {
  const action = last.find((c) => c.kind === "action");
  const pageGet = last.find((c) => c.kind === "page GET");
  if (!action?.body) throw new Error("the last grade sent no action to replay");
  const args = JSON.parse(action.body) as [{ questionId: string; expectedVersion: number }];
  const questions = ungradedQuestions(dbFile, userIdOf(dbFile, token), REPLAYS);
  const actionRuns = [];
  const pageRuns = [];
  for (const questionId of questions) {
    const run = await replay(action, JSON.stringify([{ ...args[0], questionId, expectedVersion: 0 }]));
    if (run.status !== 200) throw new Error(`a replayed grade answered ${run.status}`);
    actionRuns.push(run);
    if (pageGet) pageRuns.push(await replay(pageGet, null));
  }
  out();
  out(`replayed from Node, one at a time, ${questions.length} grades of cards not graded yet (median bytes, median and p90 ms):`);
  const line = (label: string, runs: { bytes: number; ms: number; rendersPage: boolean }[]) => {
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    out(`  ${label.padEnd(12)}${`${median(runs.map((r) => r.bytes))} B`.padStart(9)}${`${median(ms).toFixed(1)} ms`.padStart(11)}${`${ms[Math.floor(ms.length * 0.9)]!.toFixed(1)} ms`.padStart(11)}  ${runs.filter((r) => r.rendersPage).length} of ${runs.length} carry a page render`);
  };
  line("action POST", actionRuns);
  if (pageGet) line("page GET", pageRuns);
  const total = median(actionRuns.map((r) => r.ms)) + (pageGet ? median(pageRuns.map((r) => r.ms)) : 0);
  out(`  a grade costs the server about ${total.toFixed(1)} ms (median${pageGet ? "s of both requests" : ""})`);
}

const median = (values: number[]) => (values.length === 0 ? 0 : [...values].sort((a, b) => a - b)[values.length >> 1]!);

async function measure(browser: Browser, baseURL: string, dbFile: string): Promise<number> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const watch = await watchRequests(page);
  let captured: Captured[] = [];
  page.on("request", (request) => {
    const kind = kindOf(request);
    if (kind === "other") return;
    void request.allHeaders().then((headers) => captured.push({ kind, url: request.url(), method: request.method(), headers, body: request.postData() }));
  });
  // Become a guest first (saving the settings stores the learner), so the first
  // grade does not also set the session cookie, which makes Next render the page;
  // with a high new-card limit every grade, the replayed ones too, has a next card to show.
  await page.goto("/settings");
  await page.locator("#newCardsPerDay").fill(String(NEW_CARDS_PER_DAY));
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByText("Saved.").waitFor();
  await page.goto("/review");
  await page.locator("[data-ready=true]").waitFor();
  await watch.settle();

  const grades: Seen[][] = [];
  for (let i = 0; i < GRADES; i++) {
    const card = await page.locator("[data-review-card]").getAttribute("data-review-card");
    if (card === "none") throw new Error(`the queue ran dry after ${i} grades; ask for fewer (BENCH_GRADES)`);
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await watch.settle();
    captured = [];
    await page.keyboard.press("3");
    await page.waitForFunction((prev) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== prev, card);
    grades.push((await watch.settle()).filter((s) => s.kind !== "other"));
  }
  const token = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)?.value;
  await context.close();
  if (!token) throw new Error(`the server set no ${SESSION_COOKIE} cookie`);

  out(`${"grade".padEnd(7)}requests (bytes decoded, ms from sending to the last byte; * = carries a page render)`);
  grades.forEach((seen, i) => {
    out(`${String(i + 1).padEnd(7)}${seen.map((s) => `${s.kind === "action" ? "POST action" : "GET page"} ${s.bytes} B ${s.ms.toFixed(1)} ms${s.rendersPage ? " *" : ""}`).join(", ")}`);
  });
  const all = grades.flat();
  const actions = all.filter((s) => s.kind === "action");
  const pageGets = all.filter((s) => s.kind === "page GET");
  const rendered = all.filter((s) => s.rendersPage);
  out();
  out(`per grade: ${(all.length / GRADES).toFixed(2)} requests, ${(pageGets.length / GRADES).toFixed(2)} page GETs, ${(rendered.length / GRADES).toFixed(2)} page renders`);
  out(`action POST: median ${median(actions.map((s) => s.bytes))} B, ${median(actions.map((s) => s.ms)).toFixed(1)} ms`);
  if (pageGets.length > 0) out(`page GET:    median ${median(pageGets.map((s) => s.bytes))} B, ${median(pageGets.map((s) => s.ms)).toFixed(1)} ms`);
  out(`bytes per grade: ${Math.round(all.reduce((n, s) => n + s.bytes, 0) / GRADES)} B; time on the server per grade: ${(all.reduce((n, s) => n + s.ms, 0) / GRADES).toFixed(1)} ms`);

  await replayPhase(dbFile, token, captured);

  const failures: string[] = [];
  grades.forEach((seen, i) => {
    if (seen.length !== 1 || seen[0]!.kind !== "action") failures.push(`grade ${i + 1}: ${seen.length} requests (${seen.map((s) => s.kind).join(", ")}), budget: the action's POST only`);
    else if (seen[0]!.rendersPage) failures.push(`grade ${i + 1}: the action's response carries a page render`);
  });
  out();
  if (failures.length === 0) {
    out("bench:review: every grade was one POST and no page render");
    return 0;
  }
  for (const f of failures) out(`bench:review: OVER BUDGET: ${f}`);
  return 1;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-bench-review-"));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    let baseURL = process.env.BENCH_URL;
    let dbFile = process.env.BENCH_DB ?? "";
    if (baseURL && !dbFile) throw new Error("BENCH_URL needs BENCH_DB, the server's SQLite file");
    if (!baseURL) {
      buildIfStale(out);
      dbFile = path.join(dir, "review.db");
      process.env.DATABASE_URL = `file:${dbFile}`;
      await prepareDatabase({ seed: true });
      const port = await freePort();
      baseURL = `http://${HOST}:${port}`;
      let log = "";
      const serve = serveCommand(HOST, port);
      server = spawn(serve.command, serve.args, { env: serveEnv(HOST, port), stdio: ["ignore", "pipe", "pipe"], detached: true });
      server.stdout!.on("data", (d) => (log = (log + d).slice(-8000)));
      server.stderr!.on("data", (d) => (log = (log + d).slice(-8000)));
      await waitForServer(`${baseURL}/api/health`, server, () => log);
    }
    out(`bench:review: ${baseURL}, ${GRADES} grades`);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
    return await measure(browser, baseURL, dbFile);
  } finally {
    await browser?.close().catch(() => undefined);
    stopGroup(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:review: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
