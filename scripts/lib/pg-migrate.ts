// Owns bringing a PostgreSQL database to the committed schema: applies the
// folders of prisma/postgres/migrations in name order, each with its record in
// `recall_migrations`, in one transaction. `prisma migrate deploy` cannot do it
// on Prisma 6.19 (it fails through @prisma/adapter-pg, prisma/orm#27403).
//
// Several app instances may start at once against one database: every run
// holds a session-level advisory lock (MIGRATION_LOCK_KEY) while it checks and
// applies, so the second instance waits, then finds everything recorded and
// applies nothing. `withMigrationLock` lets a caller do more under the same
// lock (npm start seeds an empty database there, so it is seeded once too).
//
// A recorded migration whose file has since changed is refused: the database
// was built from other SQL than the checkout holds, and applying the rest on
// top of it would be guesswork.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const PG_MIGRATIONS_DIR = path.join(__dirname, "..", "..", "prisma", "postgres", "migrations");
export const MIGRATIONS_TABLE = "recall_migrations";
/** pg_advisory_lock key of Recall's migrations (any fixed bigint; this one spells "recall" in ASCII). */
export const MIGRATION_LOCK_KEY = "125779784592492";

export type Migration = { name: string; sql: string; checksum: string };
export type MigrationReport = { applied: string[]; alreadyApplied: number; waitedForLock: boolean };
type Log = (line: string) => void;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** The committed migrations, in the order they apply (folder names start with a timestamp). */
export function readMigrations(dir = PG_MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d+_/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/**
 * Runs `work` while holding the migration lock on `client`'s session. The lock
 * is released when `work` settles (and by PostgreSQL if the connection drops).
 */
export async function withMigrationLock<T>(client: pg.Client, work: (waited: boolean) => Promise<T>, log: Log = () => {}): Promise<T> {
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [MIGRATION_LOCK_KEY]);
  const waited = !rows[0]?.locked;
  if (waited) {
    log("another instance is migrating this database; waiting for it");
    await client.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
  }
  try {
    return await work(waited);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY]);
  }
}

/**
 * Applies the migrations not yet recorded. The caller must hold the migration
 * lock (withMigrationLock); `migratePostgres` does both.
 */
export async function applyPendingMigrations(client: pg.Client, migrations: Migration[], log: Log = () => {}): Promise<Omit<MigrationReport, "waitedForLock">> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`);
  const recorded = new Map(rows.map((row) => [row.name, row.checksum]));
  const changed = migrations.filter((m) => recorded.has(m.name) && recorded.get(m.name) !== m.checksum).map((m) => m.name);
  if (changed.length > 0) {
    throw new MigrationError(
      `migration ${changed.join(", ")} was applied to this database but its migration.sql has changed since; ` +
        `restore the committed file and add a new migration for the change instead`,
    );
  }
  const pending = migrations.filter((m) => !recorded.has(m.name));
  const applied: string[] = [];
  for (const migration of pending) {
    log(`applying migration ${migration.name}`);
    await client.query("BEGIN");
    try {
      // No parameters: the simple query protocol, which runs a file of several statements.
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, checksum) VALUES ($1, $2)`, [migration.name, migration.checksum]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw new MigrationError(`migration ${migration.name} failed, nothing of it was applied: ${(error as Error).message}`);
    }
    applied.push(migration.name);
  }
  return { applied, alreadyApplied: migrations.length - pending.length };
}

/** Opens a connection with a bounded connect time, so an unreachable host fails instead of hanging. */
export async function connectPostgres(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An idle connection that the server drops must not crash the process with an unhandled 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new MigrationError(describeConnectError(url, error));
  }
  return client;
}

/**
 * Connects, takes the lock, applies what is pending, then runs `whileLocked`
 * (for example seeding an empty database) before releasing the lock.
 */
export async function migratePostgres(
  url: string,
  options: { migrations?: Migration[]; log?: Log; whileLocked?: () => Promise<void> } = {},
): Promise<MigrationReport> {
  const log = options.log ?? (() => {});
  const migrations = options.migrations ?? readMigrations();
  const client = await connectPostgres(url);
  try {
    return await withMigrationLock(
      client,
      async (waited) => {
        const report = await applyPendingMigrations(client, migrations, log);
        await options.whileLocked?.();
        return { ...report, waitedForLock: waited };
      },
      log,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL's host, port and database, without the password, for messages. */
export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** One line saying why a connection failed (pg's errors for a refused connection can have an empty message). */
export function describeConnectError(url: string, error: unknown): string {
  const where = `PostgreSQL at ${describePostgresUrl(url)}`;
  const e = error as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = e.code ?? e.errors?.[0]?.code;
  switch (code) {
    case "ECONNREFUSED":
      return `cannot reach ${where}: connection refused (is PostgreSQL running there, and is DATABASE_URL right?)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot reach ${where}: unknown host`;
    case "3D000":
      return `${where}: the database does not exist (create it first: createdb, or CREATE DATABASE)`;
    case "28P01":
    case "28000":
      return `${where}: the server refused the credentials in DATABASE_URL (${e.message})`;
    default:
      return `cannot connect to ${where}: ${e.message || code || String(error)}`;
  }
}
