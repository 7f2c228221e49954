// Prisma CLI configuration for the PostgreSQL twin of the schema
// (prisma/postgres/schema.prisma, derived by scripts/pg-schema.ts). Used with
// `prisma generate --config prisma/postgres/prisma.config.ts` (postinstall) and
// `prisma migrate diff`; like the SQLite config it runs the JS engine through a
// driver adapter, so nothing native is downloaded. `prisma migrate deploy`
// through @prisma/adapter-pg fails on Prisma 6.19 (prisma/orm#27403): the
// committed migration SQL is applied by scripts/lib/pg-migrate.ts instead.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

const here = path.dirname(__filename);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/recall" }),
});
