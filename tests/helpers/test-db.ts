// A throwaway SQLite database per test file: a temp file with the committed
// migrations applied in order, and a Prisma client opened the way the app
// opens it (driver adapter + pragmas).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type PrismaClient } from "@/lib/server/prisma-client";

const MIGRATIONS = path.join(__dirname, "..", "..", "prisma", "migrations");

export type TestDb = { db: PrismaClient; url: string; file: string; cleanup: () => Promise<void> };

export function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    for (const dir of readdirSync(MIGRATIONS).filter((d) => /^\d+_/.test(d)).sort()) {
      sqlite.exec(readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
    }
  } finally {
    sqlite.close();
  }
}

export function createTestDb(): TestDb {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-test-"));
  const file = path.join(dir, "test.db");
  applyMigrations(file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    file,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
