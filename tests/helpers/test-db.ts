// A throwaway database per call, opened the way the app opens it
// (createPrismaClient: driver adapter, and on SQLite the pragmas).
//
// - Default: a temp SQLite file with the committed migrations
//   (prisma/migrations) applied in order.
// - TEST_DATABASE_URL set (a postgres:// URL to an admin database, as
//   `npm run test:pg` sets it): a fresh PostgreSQL database
//   (CREATE DATABASE recall_test_<random>) migrated by the app's runner
//   (scripts/lib/pg-migrate.ts); cleanup drops it.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, isPostgresUrl, type PrismaClient } from "@/lib/server/prisma-client";
import { applyMigrations } from "../../scripts/lib/apply-migrations";
import { migratePostgres, readMigrations } from "../../scripts/lib/pg-migrate";

export { applyMigrations };

export type TestDb = {
  db: PrismaClient;
  url: string;
  /** The SQLite file; null on PostgreSQL. */
  file: string | null;
  cleanup: () => Promise<void>;
};

/** The PostgreSQL admin URL when the suite runs on PostgreSQL, else null. */
export const TEST_DATABASE_URL: string | null = process.env.TEST_DATABASE_URL?.trim() || null;
/** True when the integration tests run on PostgreSQL (npm run test:pg). */
export const ON_POSTGRES = TEST_DATABASE_URL !== null;

if (TEST_DATABASE_URL && !isPostgresUrl(TEST_DATABASE_URL)) {
  throw new Error(`TEST_DATABASE_URL must be a postgres:// or postgresql:// URL (got "${TEST_DATABASE_URL.split(":")[0]}:")`);
}

export async function createTestDb(): Promise<TestDb> {
  return TEST_DATABASE_URL ? createPostgresTestDb(TEST_DATABASE_URL) : createSqliteTestDb();
}

function createSqliteTestDb(): TestDb {
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

let readOnce: ReturnType<typeof readMigrations> | undefined;
const pgMigrations = () => (readOnce ??= readMigrations());

/** A fresh, empty PostgreSQL database on the test cluster (no migrations); cleanup drops it. */
export async function createEmptyPostgresDb(adminUrl: string): Promise<{ url: string; cleanup: () => Promise<void> }> {
  const name = `recall_test_${randomBytes(6).toString("hex")}`;
  await withPgClient(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  return { url: target.toString(), cleanup: () => dropDatabase(adminUrl, name) };
}

export async function withPgClient<T>(connectionString: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function createPostgresTestDb(adminUrl: string): Promise<TestDb> {
  const { url, cleanup: drop } = await createEmptyPostgresDb(adminUrl);
  try {
    await migratePostgres(url, { migrations: pgMigrations() });
  } catch (error) {
    await drop();
    throw error;
  }
  const db = createPrismaClient(url);
  return {
    db,
    url,
    file: null,
    cleanup: async () => {
      await db.$disconnect();
      await drop();
    },
  };
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  // WITH (FORCE): a connection the client's pool has not closed yet must not
  // keep the database alive.
  await withPgClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
