import "server-only";
// Owns opening a Prisma client for a DATABASE_URL.
//
// SQLite (file: URLs, the default): the client generated from
// prisma/schema.prisma, through the better-sqlite3 driver adapter. The adapter
// sets no pragmas of its own, so every connection it opens gets WAL,
// synchronous=NORMAL, a busy timeout and foreign keys here.
//
// PostgreSQL (postgres:// and postgresql:// URLs): a generated client is fixed
// to one provider, so this opens the second client, generated from
// prisma/postgres/schema.prisma (derived from the SQLite schema by
// scripts/pg-schema.ts) into lib/generated/prisma-pg, through @prisma/adapter-pg.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { isPostgresUrl } from "@/lib/db-url";

export { isPostgresUrl };

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
  if (isPostgresUrl(url)) {
    // Both clients are generated from the same models (tests/pg-schema.test.ts
    // keeps the schemas in step), so their model APIs are the same; the types
    // differ only in provider-specific extras (PostgreSQL's `mode:
    // "insensitive"` filters, raw-query typing), which the app does not use.
    // Typing the PostgreSQL client as the SQLite one keeps every caller on one
    // type; code that needs a provider-specific feature must check the URL.
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgres:// / postgresql:// URL (got "${url.split(":")[0]}:")`);
  }
  return new PrismaClient({ adapter: new TunedSQLiteAdapterFactory({ url, timeout: 5000 }) });
}

export type { PrismaClient };
