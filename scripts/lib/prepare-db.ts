// Brings the SQLite database to the committed schema: creates its folder,
// applies pending migrations (prisma migrate deploy, through the driver
// adapter), and seeds it when it holds no articles yet.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFilePath, resolveDatabaseUrl } from "../../lib/db-url";
import { bin, run } from "./run";

export function prepareDatabase({ seed }: { seed: boolean }): string {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  const file = databaseFilePath(url);
  if (!file) throw new Error(`DATABASE_URL must point at a SQLite file (file:...), got "${url}"`);
  mkdirSync(path.dirname(file), { recursive: true });
  const env = { ...process.env, DATABASE_URL: url };
  console.log(`recall: database ${path.relative(process.cwd(), file) || file}`);
  try {
    run(bin("prisma"), ["migrate", "deploy"], env);
  } catch (error) {
    // Prisma's schema engine locks the file exclusively, so it fails while a server has it open.
    throw new Error(`${(error as Error).message}\n  (is Recall already running on this database? Stop it first: migrations need the database to themselves)`);
  }
  if (seed) run(bin("tsx"), ["--conditions=react-server", "seeds/seed.ts", "--if-empty"], env);
  return url;
}
