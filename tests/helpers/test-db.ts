// A throwaway SQLite database per test file: a temp file with the committed
// migrations applied in order, and a Prisma client opened the way the app
// opens it (driver adapter + pragmas).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@/lib/server/prisma-client";
import { applyMigrations } from "../../scripts/lib/apply-migrations";

export { applyMigrations };

export type TestDb = { db: PrismaClient; url: string; file: string; cleanup: () => Promise<void> };

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
