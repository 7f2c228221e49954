// A throwaway database per call, opened the way the app opens it
// (createPrismaClient: driver adapter, and on SQLite the pragmas).
//
// - Default: a temp SQLite file with the committed migrations
//   (prisma/migrations) applied in order.
// - TEST_DATABASE_URL set (a postgres:// URL to an admin database, as
//   `npm run test:pg` sets it): a fresh PostgreSQL database
//   (CREATE DATABASE recall_test_<random>) with prisma/postgres/migrations
//   applied in order; cleanup drops it.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, isPostgresUrl, type PrismaClient } from "@/lib/server/prisma-client";
import { applyMigrations } from "../../scripts/lib/apply-migrations";

export { applyMigrations };

export type TestDb = {
  db: PrismaClient;
  url: string;
  /** The SQLite file; null on PostgreSQL. */
  file: string | null;
  cleanup: () => Promise<void>;
};

const PG_MIGRATIONS_DIR = path.join(__dirname, "..", "..", "prisma", "postgres", "migrations");

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

async function withPgClient<T>(connectionString: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function createPostgresTestDb(adminUrl: string): Promise<TestDb> {
  const name = `recall_test_${randomBytes(6).toString("hex")}`;
  await withPgClient(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  try {
    await withPgClient(url, async (client) => {
      for (const dir of readdirSync(PG_MIGRATIONS_DIR).filter((d) => /^\d+_/.test(d)).sort()) {
        await client.query(readFileSync(path.join(PG_MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
      }
    });
  } catch (error) {
    await dropDatabase(adminUrl, name);
    throw error;
  }
  const db = createPrismaClient(url);
  return {
    db,
    url,
    file: null,
    cleanup: async () => {
      await db.$disconnect();
      await dropDatabase(adminUrl, name);
    },
  };
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  // WITH (FORCE): a connection the client's pool has not closed yet must not
  // keep the database alive.
  await withPgClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
