// Owns the one rule for where the SQLite database lives, shared by the Prisma
// CLI config, the app and the scripts: DATABASE_URL if set, else data/recall.db,
// relative paths resolved against the project root (the working directory),
// and which URLs are PostgreSQL ones.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/recall.db";

export function resolveDatabaseUrl(raw: string | undefined): string {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) return url; // postgres:// and friends pass through
  const file = url.slice("file:".length);
  if (file === ":memory:" || path.isAbsolute(file)) return url;
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

export function databaseFilePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const file = url.slice("file:".length);
  return file === ":memory:" ? null : file;
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}
