// Applies the committed SQLite migrations, in order, to a fresh database file
// with better-sqlite3: for throwaway databases (tests, benchmarks) where
// spawning the Prisma CLI per file would be slow. Real databases use
// `prisma migrate deploy` (npm start / npm run db:migrate).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const MIGRATIONS_DIR = path.join(__dirname, "..", "..", "prisma", "migrations");

export function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    for (const dir of readdirSync(MIGRATIONS_DIR).filter((d) => /^\d+_/.test(d)).sort()) {
      sqlite.exec(readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
    }
  } finally {
    sqlite.close();
  }
}
