// Benchmark: what one database call costs through each layer, in process, on
// a scratch SQLite file with the seed article: the same primary-key read of a
// question (and an update of it) through a Prisma model call, through
// Prisma's raw SQL, and through better-sqlite3 directly, and a Prisma
// transaction of two raw statements. It explains the answer, grade and page
// figures of bench:http: in Prisma 6.19 every model call is compiled to SQL
// by the WebAssembly query compiler (no plan cache in 6.x) and the driver
// adapter prepares every statement afresh, so a call costs far more than the
// SQL it runs. No budget: a floor, like bench:http's floors.
//
//   npm run bench:db-floor
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { applyMigrations } from "../lib/apply-migrations";

const ROOT = path.join(__dirname, "..", "..");
const RUNS = 2000;
const out = (line = "") => process.stdout.write(`${line}\n`);

/** Median wall and CPU microseconds of `run`, after as many warm-up calls. */
async function measure(run: () => unknown): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < RUNS; i++) await run();
  const walls: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    walls.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  walls.sort((a, b) => a - b);
  return { wall: walls[walls.length >> 1]! * 1000, cpu: (cpu.user + cpu.system) / RUNS };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-bench-db-floor-"));
  const file = path.join(dir, "bench.db");
  const db = createPrismaClient(`file:${file}`);
  try {
    applyMigrations(file);
    await seedDatabase(db, path.join(ROOT, "seeds"));
    const { id, prompt } = await db.question.findFirstOrThrow({ where: { status: "active" }, select: { id: true, prompt: true } });
    const raw = new Database(file);
    const select = raw.prepare(`SELECT "id", "prompt" FROM "Question" WHERE "id" = ?`);
    const update = raw.prepare(`UPDATE "Question" SET "prompt" = "prompt" WHERE "id" = ?`);
    const rows: [string, () => unknown][] = [
      ["Prisma model: question.findUnique", () => db.question.findUnique({ where: { id }, select: { id: true, prompt: true } })],
      ["Prisma model: question.update", () => db.question.update({ where: { id }, data: { prompt }, select: { id: true } })],
      ["Prisma raw: $queryRaw SELECT", () => db.$queryRaw`SELECT "id", "prompt" FROM "Question" WHERE "id" = ${id}`],
      ["Prisma raw: $executeRaw UPDATE", () => db.$executeRaw`UPDATE "Question" SET "prompt" = "prompt" WHERE "id" = ${id}`],
      ["Prisma transaction of the two raw", () => db.$transaction(async (tx) => { await tx.$queryRaw`SELECT "id" FROM "Question" WHERE "id" = ${id}`; await tx.$executeRaw`UPDATE "Question" SET "prompt" = "prompt" WHERE "id" = ${id}`; })],
      ["better-sqlite3: prepared SELECT", () => select.get(id)],
      ["better-sqlite3: prepared UPDATE", () => update.run(id)],
    ];
    out(`${RUNS} calls each after ${RUNS} warm-up calls, one primary-key row of the seed's questions`);
    out(`${"call".padEnd(40)}${"wall µs (median)".padStart(18)}${"CPU µs (mean)".padStart(16)}`);
    for (const [label, run] of rows) {
      const m = await measure(run);
      out(`${label.padEnd(40)}${m.wall.toFixed(0).padStart(18)}${m.cpu.toFixed(0).padStart(16)}`);
    }
    raw.close();
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:db-floor: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
