import "server-only";
// Owns opening a Prisma client on SQLite through the better-sqlite3 driver
// adapter. The adapter sets no pragmas of its own, so every connection it
// opens gets WAL, synchronous=NORMAL, a busy timeout and foreign keys here.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  "PRAGMA synchronous = NORMAL;",
  "PRAGMA busy_timeout = 5000;",
  "PRAGMA foreign_keys = ON;",
].join("\n");

class TunedSQLiteAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }
}

export function createPrismaClient(url: string): PrismaClient {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL for this build (got "${url.split(":")[0]}:")`);
  }
  return new PrismaClient({ adapter: new TunedSQLiteAdapterFactory({ url, timeout: 5000 }) });
}

export type { PrismaClient };
