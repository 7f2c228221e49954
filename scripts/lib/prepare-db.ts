// Brings the database named by DATABASE_URL to the committed schema and seeds
// it when it holds no articles yet (npm start, npm run dev, npm run db:migrate).
//
// - SQLite (file:, the default): creates the file's folder, applies pending
//   migrations with `prisma migrate deploy` (through the driver adapter).
// - PostgreSQL (postgres://, postgresql://): the migration runner
//   (scripts/lib/pg-migrate.ts), which holds an advisory lock; the seed runs
//   under the same lock, so instances starting together migrate and seed once.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFilePath, isPostgresUrl, resolveDatabaseUrl } from "../../lib/db-url";
import { describePostgresUrl, migratePostgres } from "./pg-migrate";
import { bin, run, runAsync } from "./run";

const SEED_ARGS = ["--conditions=react-server", "seeds/seed.ts", "--if-empty"];

/** Returns the resolved DATABASE_URL. Throws an Error with a one-line message on failure. */
export async function prepareDatabase({ seed }: { seed: boolean }): Promise<string> {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  const env = { ...process.env, DATABASE_URL: url };
  if (isPostgresUrl(url)) {
    console.log(`recall: database PostgreSQL ${describePostgresUrl(url)}`);
    const report = await migratePostgres(url, {
      log: (line) => console.log(`recall: ${line}`),
      whileLocked: seed ? () => runAsync(bin("tsx"), SEED_ARGS, env) : undefined,
    });
    console.log(
      report.applied.length > 0
        ? `recall: applied ${report.applied.length} migration(s); ${report.alreadyApplied} were already applied`
        : `recall: all ${report.alreadyApplied} migration(s) already applied`,
    );
    return url;
  }
  const file = databaseFilePath(url);
  if (!file) throw new Error(`DATABASE_URL must point at a SQLite file (file:...) or PostgreSQL (postgresql://...), got "${url.split(":")[0]}:"`);
  mkdirSync(path.dirname(file), { recursive: true });
  console.log(`recall: database ${path.relative(process.cwd(), file) || file}`);
  try {
    run(bin("prisma"), ["migrate", "deploy"], env);
  } catch (error) {
    // Prisma's schema engine locks the file exclusively, so it fails while a server has it open.
    throw new Error(`${(error as Error).message}\n  (is Recall already running on this database? Stop it first: migrations need the database to themselves)`);
  }
  if (seed) run(bin("tsx"), SEED_ARGS, env);
  return url;
}
