// Benchmark: the progress page's real data path and server render, for a
// typical learner among 10,000 (1,000,000 review logs and 100,000 quiz
// responses in the database) and for one heavy learner (5,000 reviews over a
// year, 2,000 quiz answers). Seeds a scratch SQLite file (committed
// migrations, the real article and questions, then synthetic learners), then
// times what app/progress/page.tsx does for one request, in its order:
// resolve the session cookie (getViewer -> findSessionUser), list the
// articles (listArticles), load the learner's figures (getProgressData, once:
// the page's Suspense children share it through React cache). It renders the
// same section components the page's Suspense children render, and prints
// the query plans of exactly the statements Prisma sent for one page load.
// Budget: page data under 150 ms (median) for both learners, every read on an
// index. Exits 1 when a budget is missed.
//
//   npm run bench:progress
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, SQLITE_PRAGMAS } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { getProgressData } from "@/lib/server/data/progress";
import { listArticles } from "@/lib/server/data/articles";
import type { CurrentUser } from "@/lib/server/auth";
import { HEAVY_LEARNER, insertHeavyLearner, insertSyntheticLearners, sqliteDateTime } from "./lib/synthetic-learners";
import { applyMigrations } from "../lib/apply-migrations";
import type { RenderRequest, RenderResult } from "./lib/render-progress";

const ROOT = path.join(__dirname, "..", "..");
const RENDERER = path.join(__dirname, "lib", "render-progress.ts");
const SLUG = "shusha-declaration";
const BUDGET_MS = 150;
/**
 * Rejected drafts of one private import by another user: an import keeps
 * every draft the generator rejected, about 100,000 rows for a long text
 * (bench:import), and nobody studies them, so the page must not read them.
 */
const IMPORTED_DRAFTS = 20_000;
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
    child.send({ data, warmup: WARMUP, runs: RUNS } satisfies RenderRequest);
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
function equivalentQueries(userId: string, tokenHash: string, since: string): { label: string; sql: string; args: unknown[] }[] {
  return [
    {
      label: "Session by tokenHash, with its User",
      sql: `SELECT s."id", s."expiresAt", s."lastSeenAt", u."id", u."kind", u."role", u."timeZone" FROM "Session" AS s JOIN "User" AS u ON u."id" = s."userId" WHERE s."tokenHash" = ?`,
      args: [tokenHash],
    },
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
      label: "QuizAttempt by userId, finished, newest first",
      sql: `SELECT "id", "status", "finishedAt", "score", "maxScore" FROM "QuizAttempt" WHERE "userId" = ? AND "status" = 'finished' ORDER BY "startedAt" DESC LIMIT 200`,
      args: [userId],
    },
    { label: "Question count (active)", sql: `SELECT COUNT(*) FROM "Question" WHERE "status" = 'active'`, args: [] },
  ];
}

// ---------------------------------------------------------------- the run

/** Someone else's private import of the seed article, its drafts copied to `count` rows; returns how many were written. */
function insertImportedDrafts(sqlite: Database.Database, articleId: string, count: number): number {
  const owner = sqlite.prepare(`SELECT "id" FROM "User" ORDER BY "id" LIMIT 1`).get() as { id: string };
  const article = sqlite.prepare(`SELECT * FROM "Article" WHERE "id" = ?`).get(articleId) as Record<string, unknown>;
  /** One prepared insert of these columns, run for each row. */
  const inserter = (table: string, columns: string[]) => {
    const statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`);
    return (row: Record<string, unknown>) => statement.run(...columns.map((c) => row[c]));
  };
  inserter("Article", Object.keys(article))({ ...article, id: "bench-import", slug: "bench-import", ownerId: owner.id, visibility: "private" });
  const drafts = sqlite.prepare(`SELECT * FROM "Question" WHERE "articleId" = ? AND "status" = 'draft'`).all(articleId) as Record<string, unknown>[];
  const insertQuestion = inserter("Question", Object.keys(drafts[0]!));
  for (let i = 0; i < count; i++) {
    const draft = drafts[i % drafts.length]!;
    insertQuestion({ ...draft, id: `bench-draft-${i}`, articleId: "bench-import", key: `${String(draft.key)}-${i}` });
  }
  return count;
}

type PageLoad = { user: CurrentUser; articles: Awaited<ReturnType<typeof listArticles>>; data: Awaited<ReturnType<typeof getProgressData>> };
type Learner = { label: string; userId: string; token: string };
type FindSessionUser = typeof import("@/lib/server/auth").findSessionUser;

/**
 * One request to /progress (no ?article), as app/progress/page.tsx makes it:
 * requireUser (the cookie's session), listArticles, then getProgressData once
 * (loadProgress is React-cached, so both Suspense children share one load).
 */
async function loadProgressPage(db: PrismaClient, findSessionUser: FindSessionUser, token: string, now: Date, lap: (name: string) => void): Promise<PageLoad> {
  const user = await findSessionUser(db, token, now);
  if (!user) throw new Error("bench:progress: the learner's session was not found");
  lap("session");
  const articles = await listArticles(db, user.id);
  lap("articles");
  const data = await getProgressData(db, user.id, null, now);
  lap("progress");
  return { user, articles, data };
}

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-bench-progress-"));
  const file = path.join(dir, "bench.db");
  const url = `file:${file}`;
  const clients: PrismaClient[] = [];
  try {
    out(`scratch database: ${file}`);
    applyMigrations(file);
    // lib/server/auth opens the app's client from DATABASE_URL when it loads: point it at the scratch file first.
    process.env.DATABASE_URL = url;
    const { hashToken, findSessionUser } = await import("@/lib/server/auth");

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
      responsesPerQuiz: 10,
      minCards: 30,
      maxCards: 60,
      articleId: article.id,
      questions,
      now: NOW,
      seed: 20261127,
    });
    const heavy = insertHeavyLearner(sqlite, { articleId: article.id, questions, now: NOW, seed: 20261128 });
    const imported = insertImportedDrafts(sqlite, article.id, IMPORTED_DRAFTS);
    const syntheticMs = performance.now() - t0;
    sqlite.pragma("journal_mode = WAL");
    const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const written = counts.cards + counts.reviews + counts.responses + counts.users + counts.attempts;
    out(
      `synthetic learners: ${counts.users.toLocaleString("en")} users, ${counts.cards.toLocaleString("en")} cards, ${counts.reviews.toLocaleString("en")} review logs, ` +
        `${counts.attempts.toLocaleString("en")} quiz attempts, ${counts.responses.toLocaleString("en")} quiz responses, plus one heavy learner and someone's private import with ${imported.toLocaleString("en")} rejected drafts, in ${(syntheticMs / 1000).toFixed(1)} s ` +
        `(${Math.round(written / (syntheticMs / 1000)).toLocaleString("en")} rows/s)`,
    );
    out(
      `row counts: ${["User", "Question", "Card", "ReviewLog", "QuizAttempt", "QuizResponse"].map((t) => `${t} ${count(t).toLocaleString("en")}`).join(", ")}; ` +
        `file ${Math.round(((sqlite.pragma("page_count", { simple: true }) as number) * (sqlite.pragma("page_size", { simple: true }) as number)) / 2 ** 20)} MB`,
    );

    // A typical learner: the one whose card count is the median, from the middle of the table.
    const perUser = sqlite
      .prepare(`SELECT "userId", COUNT(*) AS n FROM "Card" WHERE "userId" <> ? GROUP BY "userId" ORDER BY "userId"`)
      .all(heavy.userId) as { userId: string; n: number }[];
    const medianCards = [...perUser.map((r) => r.n)].sort((a, b) => a - b)[perUser.length >> 1]!;
    const typical = perUser.slice(perUser.length >> 1).find((r) => r.n === medianCards) ?? perUser[perUser.length >> 1]!;

    // Each measured learner gets a session, as the proxy's cookie would: the page starts by resolving it.
    // lastSeenAt is NOW, so resolving it is the read-only path (no sliding-expiry write).
    const insertSession = sqlite.prepare(`INSERT INTO "Session" ("id","tokenHash","userId","createdAt","expiresAt","lastSeenAt") VALUES (?,?,?,?,?,?)`);
    const learners: Learner[] = [
      { label: "typical", userId: typical.userId },
      { label: "heavy", userId: heavy.userId },
    ].map((l, i) => {
      const token = `bench${l.label}`.padEnd(43, "x");
      insertSession.run(`cbenchsession${i}`, hashToken(token), l.userId, sqliteDateTime(NOW), sqliteDateTime(NOW.getTime() + 30 * DAY), sqliteDateTime(NOW));
      return { ...l, token };
    });
    const since = new Date(NOW.getTime() - 366 * DAY);
    for (const l of learners) {
      const n = (sql: string) => (sqlite.prepare(sql).get(l.userId) as { n: number }).n;
      out(
        `${l.label} learner: ${l.userId} (${n(`SELECT COUNT(*) AS n FROM "Card" WHERE "userId" = ?`)} cards${l.label === "typical" ? `, median ${medianCards}` : ""}; ` +
          `${n(`SELECT COUNT(*) AS n FROM "ReviewLog" WHERE "userId" = ?`).toLocaleString("en")} review logs; ` +
          `${n(`SELECT COUNT(*) AS n FROM "QuizResponse" WHERE "userId" = ?`).toLocaleString("en")} quiz responses in ` +
          `${n(`SELECT COUNT(*) AS n FROM "QuizAttempt" WHERE "userId" = ?`)} quizzes)`,
      );
    }
    out(`heavy learner as specified: ${HEAVY_LEARNER.reviews.toLocaleString("en")} reviews, ${(HEAVY_LEARNER.quizzes * HEAVY_LEARNER.answersPerQuiz).toLocaleString("en")} quiz answers; now ${NOW.toISOString()}`);

    // The rows read back through Prisma: dates parse, and date filters in SQL agree with the same filter in JS.
    const db = createPrismaClient(url);
    clients.push(db);
    const cut = new Date(NOW.getTime() - 180 * DAY);
    for (const l of learners) {
      const userId = l.userId;
      const [cards, reviews, reviewsSince, responses, responsesSince] = await Promise.all([
        db.card.findMany({ where: { userId } }),
        db.reviewLog.findMany({ where: { userId }, select: { review: true, due: true, previousDue: true } }),
        db.reviewLog.count({ where: { userId, review: { gte: cut } } }),
        db.quizResponse.findMany({ where: { userId }, select: { answeredAt: true, correct: true } }),
        db.quizResponse.count({ where: { userId, answeredAt: { gte: cut } } }),
      ]);
      const validDate = (d: Date | null) => d === null || !Number.isNaN(d.getTime());
      const problems = [
        cards.every((c) => validDate(c.due) && validDate(c.lastReview) && validDate(c.createdAt) && typeof c.suspended === "boolean") ? null : "a card has an unreadable date or boolean",
        reviews.every((r) => validDate(r.review) && validDate(r.due) && validDate(r.previousDue)) ? null : "a review log has an unreadable date",
        reviews.filter((r) => r.review >= cut).length === reviewsSince ? null : `review >= filter: SQL ${reviewsSince} rows, JS ${reviews.filter((r) => r.review >= cut).length}`,
        responses.filter((r) => r.answeredAt !== null && r.answeredAt >= cut).length === responsesSince ? null : "answeredAt >= filter disagrees between SQL and JS",
      ].filter((p): p is string => p !== null);
      if (problems.length > 0) throw new Error(`${l.label} learner's rows do not read back through Prisma: ${problems.join("; ")}`);
      out(`read-back through Prisma (${l.label}): ok (${cards.length} cards, ${reviews.length} reviews of which ${reviewsSince} since ${cut.toISOString().slice(0, 10)}, ${responses.length} responses)`);
    }

    // Timings: one page load at a time, with the app's client, as the page makes it.
    const failures: string[] = [];
    const results: { learner: Learner; total: Summary; load: PageLoad }[] = [];
    out();
    out(`${`timings, ${RUNS} runs after ${WARMUP} warm-ups (ms)`.padEnd(34)}${"min".padStart(9)}${"median".padStart(9)}${"p95".padStart(9)}`);
    for (const learner of learners) {
      const laps: Record<string, number[]> = { session: [], articles: [], progress: [], total: [] };
      let load: PageLoad | null = null;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const start = performance.now();
        let last = start;
        const record = i >= WARMUP;
        load = await loadProgressPage(db, findSessionUser, learner.token, NOW, (name) => {
          const at = performance.now();
          if (record) laps[name]!.push(at - last);
          last = at;
        });
        if (record) laps.total!.push(performance.now() - start);
      }
      if (!load || load.user.id !== learner.userId) throw new Error(`the ${learner.label} learner's session resolved to ${load?.user.id}`);
      out(`${learner.label} learner`);
      out(timingRow("  getViewer (findSessionUser)", summarise(laps.session!)));
      out(timingRow("  listArticles", summarise(laps.articles!)));
      out(timingRow("  getProgressData (all articles)", summarise(laps.progress!)));
      const total = summarise(laps.total!);
      out(timingRow("  page data (sum)", total));
      const render = await timeRender(load.data);
      if (render.ok) out(`${timingRow("  render (the page's sections)", render.summary)}   (${render.htmlLength.toLocaleString("en")} chars of HTML)`);
      else failures.push(`${learner.label} learner: the render failed (${render.reason})`);
      results.push({ learner, total, load });
    }

    // Query plans: the SQL Prisma actually sent for one load of the page, then the hand-written equivalents.
    const findings: Finding[] = [];
    for (const learner of learners) {
      const captured: CapturedQuery[] = [];
      const recorder = new PrismaClient({ adapter: new RecordingAdapterFactory(url, captured) });
      clients.push(recorder);
      await recorder.$connect();
      captured.length = 0;
      await loadProgressPage(recorder, findSessionUser, learner.token, NOW, () => undefined);
      out();
      out(`query plans (${learner.label} learner): the ${captured.length} statements Prisma sent for one load of the page`);
      captured.forEach((q, i) => explain(sqlite, `prisma #${i + 1}`, q.sql, q.args, findings));
    }
    out();
    out("query plans: hand-written equivalents of the page's reads (typical learner)");
    for (const q of equivalentQueries(learners[0]!.userId, hashToken(learners[0]!.token), sqliteDateTime(since))) explain(sqlite, q.label, q.sql, q.args, findings);
    sqlite.close();

    out();
    if (findings.length === 0) out("query plans: every read of User, Card, ReviewLog, QuizResponse and QuizAttempt uses an index (no SCAN of a big table)");
    else for (const f of findings) out(`query plans: ${f.kind.toUpperCase()}: ${f.query}: ${f.line}`);
    if (findings.length > 0) failures.push(`${findings.length} read(s) scan a big table`);
    for (const { learner, total } of results) {
      out(`progress page data, ${learner.label} learner: ${total.median.toFixed(1)} ms median (budget ${BUDGET_MS} ms)`);
      if (total.median > BUDGET_MS) failures.push(`${learner.label} learner: page data ${total.median.toFixed(1)} ms median, over the ${BUDGET_MS} ms budget`);
    }
    if (failures.length === 0) {
      out("bench:progress: within budget");
      return 0;
    }
    for (const f of failures) out(`bench:progress: OVER BUDGET: ${f}`);
    return 1;
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
