// The PostgreSQL migration runner (scripts/lib/pg-migrate.ts): order, records,
// refusing an edited migration, rollback of a failed one, and two runs at once
// applying once. Needs TEST_DATABASE_URL (npm run test:pg); under plain
// `npm test` only the connection-error messages run.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  describeConnectError,
  MIGRATION_LOCK_KEY,
  MigrationError,
  migratePostgres,
  readMigrations,
  type Migration,
} from "../scripts/lib/pg-migrate";
import { createEmptyPostgresDb, ON_POSTGRES, TEST_DATABASE_URL, withPgClient } from "./helpers/test-db";

describe("connection errors", () => {
  test("an unreachable server is one line naming where, without the password", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const error = await migratePostgres("postgresql://recall:s3cret@127.0.0.1:1/recall").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    const message = (error as Error).message;
    expect(message).toBe("cannot reach PostgreSQL at 127.0.0.1:1/recall: connection refused (is PostgreSQL running there, and is DATABASE_URL right?)");
    expect(message).not.toContain("s3cret");
  });

  test.each([
    { label: "a missing database", error: { code: "3D000", message: 'database "x" does not exist' }, expected: "the database does not exist" },
    { label: "bad credentials", error: { code: "28P01", message: "password authentication failed" }, expected: "refused the credentials" },
    { label: "an unknown host", error: { code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND db" }, expected: "unknown host" },
  ])("$label", ({ error, expected }) => {
    expect(describeConnectError("postgresql://u:p@db:5433/recall", error)).toContain(expected);
  });
});

let folder: string;
let db: { url: string; cleanup: () => Promise<void> };

function writeMigrations(files: Record<string, string>): Migration[] {
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(folder, name), { recursive: true });
    writeFileSync(path.join(folder, name, "migration.sql"), sql);
  }
  return readMigrations(folder);
}

const query = <T,>(sql: string) => withPgClient(db.url, async (c) => (await c.query(sql)).rows as T[]);

describe.runIf(ON_POSTGRES)("migration runner (PostgreSQL)", () => {
  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "recall-migrations-"));
    db = await createEmptyPostgresDb(TEST_DATABASE_URL!);
  });
  afterEach(async () => {
    await db.cleanup();
    rmSync(folder, { recursive: true, force: true });
  });

  test("applies the folders in name order, each recorded with its checksum; a second run applies nothing", async () => {
    // Written out of order: the second one only works after the first.
    const migrations = writeMigrations({
      "20990102000000_add_column": 'ALTER TABLE "Thing" ADD COLUMN "size" integer;',
      "20990101000000_create": 'CREATE TABLE "Thing" ("id" text PRIMARY KEY);\nCREATE INDEX "Thing_id" ON "Thing" ("id");',
      "not_a_migration": "SELECT 1/0;",
    });
    expect(migrations.map((m) => m.name)).toEqual(["20990101000000_create", "20990102000000_add_column"]);

    const first = await migratePostgres(db.url, { migrations });
    expect(first).toEqual({ applied: ["20990101000000_create", "20990102000000_add_column"], alreadyApplied: 0, waitedForLock: false });
    const rows = await query<{ name: string; checksum: string }>("SELECT name, checksum FROM recall_migrations ORDER BY applied_at, name");
    expect(rows).toEqual(migrations.map((m) => ({ name: m.name, checksum: m.checksum })));
    expect(await query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'Thing' ORDER BY 1")).toEqual([
      { column_name: "id" },
      { column_name: "size" },
    ]);

    const again = await migratePostgres(db.url, { migrations });
    expect(again).toEqual({ applied: [], alreadyApplied: 2, waitedForLock: false });
  });

  test("refuses a recorded migration whose file changed, and applies nothing more", async () => {
    await migratePostgres(db.url, { migrations: writeMigrations({ "20990101000000_create": 'CREATE TABLE "Thing" ("id" text PRIMARY KEY);' }) });
    const edited = writeMigrations({
      "20990101000000_create": 'CREATE TABLE "Thing" ("id" text PRIMARY KEY, "name" text);',
      "20990102000000_more": 'CREATE TABLE "Other" ("id" text PRIMARY KEY);',
    });
    const error = await migratePostgres(db.url, { migrations: edited }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain("migration 20990101000000_create was applied to this database but its migration.sql has changed");
    expect(await query("SELECT name FROM recall_migrations")).toEqual([{ name: "20990101000000_create" }]);
    expect(await query("SELECT to_regclass('\"Other\"') AS t")).toEqual([{ t: null }]);
  });

  test("a failing migration leaves neither its changes nor its record, and names itself", async () => {
    const migrations = writeMigrations({
      "20990101000000_create": 'CREATE TABLE "Thing" ("id" text PRIMARY KEY);',
      "20990102000000_broken": 'CREATE TABLE "Half" ("id" text);\nALTER TABLE "Missing" ADD COLUMN "x" text;',
    });
    const error = await migratePostgres(db.url, { migrations }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^migration 20990102000000_broken failed, nothing of it was applied: relation "Missing" does not exist/);
    expect(await query("SELECT name FROM recall_migrations")).toEqual([{ name: "20990101000000_create" }]);
    expect(await query("SELECT to_regclass('\"Half\"') AS t")).toEqual([{ t: null }]);
  });

  test("two runs at once: one applies every migration, the other waits for the lock and applies none", async () => {
    const migrations = readMigrations();
    // Hold the lock from a third session until both runs are queued behind it, so they really start together.
    const results = await withPgClient(db.url, async (holder) => {
      await holder.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
      const runs = [migratePostgres(db.url, { migrations }), migratePostgres(db.url, { migrations })];
      for (;;) {
        const { rows } = await holder.query<{ waiting: number }>(
          "SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        );
        if (rows[0]!.waiting === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await holder.query("SELECT pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY]);
      return Promise.all(runs);
    });
    expect(results.every((r) => r.waitedForLock)).toBe(true);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, migrations.length]);
    expect(await query<{ n: number }>("SELECT count(*)::int AS n FROM recall_migrations")).toEqual([{ n: migrations.length }]);
  });
});
