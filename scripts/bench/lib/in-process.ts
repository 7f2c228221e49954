// What the in-process benchmarks of one service call share (bench:answer,
// bench:grade): a scratch SQLite file with the migrations and the seed, a
// Prisma client on it, tuned as the app's
// (lib/server/prisma-client.ts) and reporting every statement it sends, a
// timer that records wall and CPU time and the statements of one call, and
// the min / median / p95 / max table they print.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { SQLITE_PRAGMAS } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { applyMigrations } from "../../lib/apply-migrations";

/** The app's adapter with the app's pragmas. */
class TunedAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }
}

/** Wall time, this process's CPU time (steadier when other work shares the machine: SQLite runs in this thread), and statements sent. */
export type Sample = { ms: number; cpuMs: number; statements: number };

/** A client on `file` whose `timed` calls count the SQL statements they send (transaction control included). */
export function countingClient(file: string) {
  const db = new PrismaClient({ adapter: new TunedAdapterFactory({ url: `file:${file}`, timeout: 5000 }), log: [{ emit: "event", level: "query" }] });
  let statements: string[] = [];
  db.$on("query", (e) => statements.push(e.query));
  const timed = async <T>(run: () => Promise<T>): Promise<{ result: T; sample: Sample; sql: string[] }> => {
    statements = [];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await run();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { result, sample: { ms, cpuMs: (cpu.user + cpu.system) / 1000, statements: statements.length }, sql: statements };
  };
  return { db, timed };
}

/**
 * A scratch SQLite file in the temp folder with the committed migrations and
 * the shipped seed, a counting client on it, and `close` to remove both.
 */
export async function seededScratch(name: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `recall-bench-${name}-`));
  const file = path.join(dir, "bench.db");
  const client = countingClient(file);
  const close = async () => {
    await client.db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    applyMigrations(file);
    await seedDatabase(client.db, path.join(__dirname, "..", "..", "..", "seeds"));
  } catch (error) {
    await close();
    throw error;
  }
  return { ...client, file, close };
}

export type Summary = { min: number; median: number; p95: number; max: number };

export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return { min: sorted[0]!, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

/** One line of a min / median / p95 / max table. */
export const row = (label: string, s: Summary, digits: number) =>
  `${label.padEnd(34)}${[s.min, s.median, s.p95, s.max].map((v) => v.toFixed(digits).padStart(9)).join("")}`;

/** The table's header line. */
export const header = (title: string) => `${title.padEnd(34)}${["min", "median", "p95", "max"].map((h) => h.padStart(9)).join("")}`;
