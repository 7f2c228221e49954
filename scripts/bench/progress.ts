// Benchmark: the progress page's data for one learner among 10,000, with
// 1,000,000 review logs and 100,000 quiz responses in the database. Seeds a
// scratch SQLite file (committed migrations, the real article and questions,
// then synthetic learners), times getProgressData + getMemoryMap and the
// server render, and prints the query plans of the page's reads.
// Budget: under 150 ms for the whole page's data, every read on an index.
//
//   npx tsx --conditions=react-server scripts/bench/progress.ts
import { fork } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, SQLITE_PRAGMAS } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { getMemoryMap, getProgressData } from "@/lib/server/data/progress";
import { insertSyntheticLearners, sqliteDateTime } from "./lib/synthetic-learners";
import { applyMigrations } from "../lib/apply-migrations";
import type { RenderRequest, RenderResult } from "./lib/render-progress";

const ROOT = path.join(__dirname, "..", "..");
const VIEW = path.join(ROOT, "components", "progress", "progress-view.tsx");
const RENDERER = path.join(__dirname, "lib", "render-progress.ts");
const SLUG = "shusha-declaration";
const BUDGET_MS = 150;
const WARMUP = 3;
const RUNS = 21;
// A fixed clock: the synthetic history is laid out relative to it, so every run writes the same rows.
const NOW = new Date("2026-11-27T12:00:00.000Z");
const DAY = 24 * 3600_000;
/** Tables that grow with learners: a full scan of any of them is a finding. */
const BIG_TABLES = new Set(["User", "Card", "ReviewLog", "QuizResponse", "QuizAttempt"]);

const out = (line = "") => process.stdout.write(`${line}\n`);


// ---------------------------------------------------------------- timing

type Summary = { min: number; median: number; p95: number };

function summarise(times: number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { min: sorted[0]!, median: at(0.5), p95: at(0.95) };
}

function timingRow(label: string, s: Summary): string {
  return `${label.padEnd(34)}${s.min.toFixed(1).padStart(9)}${s.median.toFixed(1).padStart(9)}${s.p95.toFixed(1).padStart(9)}`;
}

async function timeRender(data: unknown): Promise<{ ok: true; summary: Summary; htmlLength: number } | { ok: false; reason: string }> {
  if (!existsSync(VIEW)) return { ok: false, reason: `${path.relative(ROOT, VIEW)} does not exist` };
  // Without --conditions=react-server: react-dom/server will not load under it.
  const child = fork(RENDERER, [], { cwd: ROOT, execArgv: ["--import", "tsx"], serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const result = await new Promise<RenderResult>((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve({ ok: false, reason: "render timed out after 60 s" });
    }, 60_000);
    child.once("message", (message: RenderResult) => {
      clearTimeout(timer);
      resolve(message);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const firstError = stderr.split("\n").find((l) => /error/i.test(l)) ?? stderr.split("\n")[0] ?? "";
      resolve({ ok: false, reason: `renderer exited with code ${code}${firstError ? `: ${firstError.trim()}` : ""}` });
    });
    child.send({ file: VIEW, data, warmup: WARMUP, runs: RUNS } satisfies RenderRequest);
  });
  if (child.exitCode === null) child.kill();
  return result.ok ? { ok: true, summary: summarise(result.times), htmlLength: result.htmlLength } : result;
}

// ---------------------------------------------------------------- query plans

type CapturedQuery = { sql: string; args: unknown[] };
type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** The app's adapter (same pragmas), with every SQL statement Prisma sends recorded. */
class RecordingAdapterFactory extends PrismaBetterSQLite3 {
  constructor(
    url: string,
    private readonly queries: CapturedQuery[],
  ) {
    super({ url, timeout: 5000 });
  }

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = (query) => {
      this.queries.push({ sql: query.sql, args: query.args.map((arg, i) => toSqliteArg(arg, query.argTypes[i]?.scalarType)) });
      return queryRaw(query);
    };
    return adapter;
  }
}

/** The subset of the adapter's argument mapping that EXPLAIN needs to bind the same values. */
function toSqliteArg(arg: unknown, scalarType: string | undefined): unknown {
  if (typeof arg === "boolean") return arg ? 1 : 0;
  if (typeof arg === "string" && scalarType === "int") return Number.parseInt(arg, 10);
  if (typeof arg === "string" && scalarType === "float") return Number.parseFloat(arg);
  if (typeof arg === "string" && scalarType === "datetime") return sqliteDateTime(new Date(arg));
  if (arg instanceof Date) return sqliteDateTime(arg);
  return arg;
}

type PlanRow = { id: number; parent: number; detail: string };
type Finding = { query: string; line: string; kind: "full table scan" | "full index scan" };

/** Table aliases (`main`.`Question` AS `j0`, "Card" AS c) mapped back to table names. */
function tableAliases(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of sql.matchAll(/(?:[`"]main[`"]\.)?[`"](\w+)[`"]\s+AS\s+[`"]?(\w+)[`"]?/gi)) aliases.set(m[2]!, m[1]!);
  return aliases;
}

function explain(sqlite: Database.Database, label: string, sql: string, args: unknown[], findings: Finding[]): void {
  out(`-- ${label}`);
  out(`   ${sql.replace(/\s+/g, " ").trim()}`);
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as PlanRow[];
  const depth = new Map<number, number>([[0, 0]]);
  const aliases = tableAliases(sql);
  for (const row of rows) {
    const level = (depth.get(row.parent) ?? 0) + 1;
    depth.set(row.id, level);
    const scan = /^SCAN (\S+)(.*)$/.exec(row.detail);
    const name = scan ? scan[1]!.replace(/^main\./, "") : null;
    const table = name ? (aliases.get(name) ?? name) : null;
    let flag = "";
    if (scan && table && BIG_TABLES.has(table)) {
      const kind = /USING (COVERING )?INDEX/.test(scan[2]!) ? "full index scan" : "full table scan";
      findings.push({ query: label, line: row.detail, kind });
      flag = `   <-- ${kind.toUpperCase()} of ${table}`;
    }
    out(`   ${"  ".repeat(level - 1)}${row.detail}${flag}`);
  }
}

/** Hand-written SQL for each read of the page, as the issue describes them. */
function equivalentQueries(userId: string, articleId: string, since: string, questionIds: string[]): { label: string; sql: string; args: unknown[] }[] {
  const marks = questionIds.map(() => "?").join(",");
  return [
    { label: "User by id", sql: `SELECT "timeZone" FROM "User" WHERE "id" = ?`, args: [userId] },
    {
      label: "Card by userId joined to active Question",
      sql: `SELECT c."questionId", c."due", c."stability", c."state", c."reps", c."lastReview", c."suspended"
            FROM "Card" AS c JOIN "Question" AS q ON q."id" = c."questionId" WHERE c."userId" = ? AND q."status" = 'active'`,
      args: [userId],
    },
    {
      label: "ReviewLog by userId, review >= since",
      sql: `SELECT "rating", "state", "elapsedDays", "review", "source" FROM "ReviewLog" WHERE "userId" = ? AND "review" >= ?`,
      args: [userId, since],
    },
    {
      label: "QuizResponse by userId, answeredAt >= since, with its Question",
      sql: `SELECT r."questionId", r."correct", r."overridden", r."answeredAt", q."kind", q."topics"
            FROM "QuizResponse" AS r JOIN "Question" AS q ON q."id" = r."questionId"
            WHERE r."userId" = ? AND r."answeredAt" IS NOT NULL AND r."answeredAt" >= ?`,
      args: [userId, since],
    },
    {
      label: "QuizAttempt by userId, finished, by startedAt",
      sql: `SELECT "id", "status", "finishedAt", "score", "maxScore" FROM "QuizAttempt" WHERE "userId" = ? AND "status" = 'finished' ORDER BY "startedAt" LIMIT 200`,
      args: [userId],
    },
    { label: "Question count (active)", sql: `SELECT COUNT(*) FROM "Question" WHERE "status" = 'active'`, args: [] },
    {
      label: "memory map: active Questions of the article",
      sql: `SELECT "id", "evidenceStart" FROM "Question" WHERE "articleId" = ? AND "status" = 'active'`,
      args: [articleId],
    },
    {
      label: "memory map: Card by userId, questionId IN (...)",
      sql: `SELECT "questionId", "state", "stability", "lastReview" FROM "Card" WHERE "userId" = ? AND "questionId" IN (${marks})`,
      args: [userId, ...questionIds],
    },
  ];
}

// ---------------------------------------------------------------- the run

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-bench-progress-"));
  const file = path.join(dir, "bench.db");
  const url = `file:${file}`;
  const clients: PrismaClient[] = [];
  try {
    out(`scratch database: ${file}`);
    applyMigrations(file);

    // The real article and questions, written by the seed code through Prisma.
    let t0 = performance.now();
    const seeder = createPrismaClient(url);
    const report = await seedDatabase(seeder, path.join(ROOT, "seeds"));
    await seeder.$disconnect();
    const seedMs = performance.now() - t0;

    const sqlite = new Database(file);
    const article = sqlite.prepare(`SELECT "id" FROM "Article" WHERE "slug" = ?`).get(SLUG) as { id: string } | undefined;
    if (!article) throw new Error(`the seed did not write the article ${SLUG}`);
    const questions = sqlite
      .prepare(`SELECT "id", "kind" FROM "Question" WHERE "articleId" = ? AND "status" = 'active' ORDER BY "key"`)
      .all(article.id) as { id: string; kind: string }[];
    out(
      `seed: ${report.articles.map((a) => `${a.slug}: ${a.handwritten.created} hand-written + ${a.generated.created} generated questions`).join("; ")}; ${questions.length} active (${seedMs.toFixed(0)} ms)`,
    );

    // Synthetic learners, in bulk: no journal while loading a throwaway file.
    sqlite.pragma("journal_mode = OFF");
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -262144");
    t0 = performance.now();
    const counts = insertSyntheticLearners(sqlite, {
      users: 10_000,
      reviewsPerUser: 100,
      responsesPerUser: 10,
      minCards: 30,
      maxCards: 60,
      articleId: article.id,
      questions,
      now: NOW,
      seed: 20261127,
    });
    const syntheticMs = performance.now() - t0;
    sqlite.pragma("journal_mode = WAL");
    const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    out(
      `synthetic learners: ${counts.users.toLocaleString("en")} users, ${counts.cards.toLocaleString("en")} cards, ${counts.reviews.toLocaleString("en")} review logs, ` +
        `${counts.attempts.toLocaleString("en")} quiz attempts, ${counts.responses.toLocaleString("en")} quiz responses in ${(syntheticMs / 1000).toFixed(1)} s ` +
        `(${Math.round((counts.cards + counts.reviews + counts.responses + counts.users + counts.attempts) / (syntheticMs / 1000)).toLocaleString("en")} rows/s)`,
    );
    out(
      `row counts: ${["User", "Question", "Card", "ReviewLog", "QuizAttempt", "QuizResponse"].map((t) => `${t} ${count(t).toLocaleString("en")}`).join(", ")}; ` +
        `file ${Math.round(((sqlite.pragma("page_count", { simple: true }) as number) * (sqlite.pragma("page_size", { simple: true }) as number)) / 2 ** 20)} MB`,
    );

    // A typical learner: the one whose card count is the median, from the middle of the table.
    const perUser = sqlite.prepare(`SELECT "userId", COUNT(*) AS n FROM "Card" GROUP BY "userId" ORDER BY "userId"`).all() as { userId: string; n: number }[];
    const medianCards = [...perUser.map((r) => r.n)].sort((a, b) => a - b)[perUser.length >> 1]!;
    const learner = perUser.slice(perUser.length >> 1).find((r) => r.n === medianCards) ?? perUser[perUser.length >> 1]!;
    const userId = learner.userId;
    const since = new Date(NOW.getTime() - 366 * DAY);
    const userCount = (sql: string, ...args: unknown[]) => (sqlite.prepare(sql).get(userId, ...args) as { n: number }).n;
    out(
      `learner: ${userId} (${learner.n} cards, median ${medianCards}; ${userCount(`SELECT COUNT(*) AS n FROM "ReviewLog" WHERE "userId" = ?`)} review logs; ` +
        `${userCount(`SELECT COUNT(*) AS n FROM "QuizResponse" WHERE "userId" = ?`)} quiz responses), now ${NOW.toISOString()}`,
    );

    // The rows read back through Prisma: dates parse, and date filters in SQL agree with the same filter in JS.
    const db = createPrismaClient(url);
    clients.push(db);
    const cut = new Date(NOW.getTime() - 180 * DAY);
    const [cards, reviews, reviewsSince, responses, responsesSince] = await Promise.all([
      db.card.findMany({ where: { userId } }),
      db.reviewLog.findMany({ where: { userId }, select: { review: true, due: true, previousDue: true } }),
      db.reviewLog.count({ where: { userId, review: { gte: cut } } }),
      db.quizResponse.findMany({ where: { userId }, select: { answeredAt: true, correct: true } }),
      db.quizResponse.count({ where: { userId, answeredAt: { gte: cut } } }),
    ]);
    const validDate = (d: Date | null) => d === null || !Number.isNaN(d.getTime());
    const problems = [
      cards.length === learner.n ? null : `Prisma read ${cards.length} cards, SQLite holds ${learner.n}`,
      cards.every((c) => validDate(c.due) && validDate(c.lastReview) && validDate(c.createdAt) && typeof c.suspended === "boolean") ? null : "a card has an unreadable date or boolean",
      reviews.every((r) => validDate(r.review) && validDate(r.due) && validDate(r.previousDue)) ? null : "a review log has an unreadable date",
      reviews.filter((r) => r.review >= cut).length === reviewsSince ? null : `review >= filter: SQL ${reviewsSince} rows, JS ${reviews.filter((r) => r.review >= cut).length}`,
      responses.filter((r) => r.answeredAt !== null && r.answeredAt >= cut).length === responsesSince ? null : "answeredAt >= filter disagrees between SQL and JS",
    ].filter((p): p is string => p !== null);
    if (problems.length > 0) throw new Error(`synthetic rows do not read back through Prisma: ${problems.join("; ")}`);
    out(`read-back through Prisma: ok (${cards.length} cards, ${reviews.length} reviews of which ${reviewsSince} since ${cut.toISOString().slice(0, 10)}, ${responses.length} responses)`);

    // Timings: the page's data as the page loads it, with the app's client.
    const times = { progress: [] as number[], memory: [] as number[], sum: [] as number[] };
    let data: Awaited<ReturnType<typeof getProgressData>> | null = null;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const a = performance.now();
      data = await getProgressData(db, userId, null, NOW);
      const b = performance.now();
      const map = await getMemoryMap(db, userId, SLUG, NOW);
      const c = performance.now();
      if (!map) throw new Error(`getMemoryMap found no article ${SLUG}`);
      if (i < WARMUP) continue;
      times.progress.push(b - a);
      times.memory.push(c - b);
      times.sum.push(c - a);
    }
    out();
    out(`${`timings, ${RUNS} runs after ${WARMUP} warm-ups (ms)`.padEnd(34)}${"min".padStart(9)}${"median".padStart(9)}${"p95".padStart(9)}`);
    out(timingRow("getProgressData (all articles)", summarise(times.progress)));
    out(timingRow(`getMemoryMap (${SLUG})`, summarise(times.memory)));
    out(timingRow("whole page's data (sum)", summarise(times.sum)));
    const render = await timeRender(data);
    if (render.ok) out(`${timingRow("render (renderToString ProgressView)", render.summary)}   (${render.htmlLength.toLocaleString("en")} chars of HTML)`);
    else out(`render: skipped (${render.reason})`);

    // Query plans: the SQL Prisma actually sent for one load of the page, then the hand-written equivalents.
    const captured: CapturedQuery[] = [];
    const recorder = new PrismaClient({ adapter: new RecordingAdapterFactory(url, captured) });
    clients.push(recorder);
    await recorder.$connect();
    captured.length = 0;
    await getProgressData(recorder, userId, null, NOW);
    await getMemoryMap(recorder, userId, SLUG, NOW);
    const findings: Finding[] = [];
    out();
    out(`query plans: the ${captured.length} statements Prisma sent for one load of the page`);
    captured.forEach((q, i) => explain(sqlite, `prisma #${i + 1}`, q.sql, q.args, findings));
    out();
    out("query plans: hand-written equivalents of the page's reads");
    const memoryQuestions = questions.map((q) => q.id);
    for (const q of equivalentQueries(userId, article.id, sqliteDateTime(since), memoryQuestions)) explain(sqlite, q.label, q.sql, q.args, findings);
    sqlite.close();

    out();
    if (findings.length === 0) out("query plans: every read of User, Card, ReviewLog, QuizResponse and QuizAttempt uses an index (no SCAN of a big table)");
    else for (const f of findings) out(`query plans: ${f.kind.toUpperCase()}: ${f.query}: ${f.line}`);
    out(`progress page data: ${summarise(times.sum).median.toFixed(1)} ms (budget ${BUDGET_MS} ms)`);
    return 0;
  } finally {
    await Promise.all(clients.map((c) => c.$disconnect()));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:progress: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
