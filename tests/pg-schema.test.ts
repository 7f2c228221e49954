// prisma/postgres/schema.prisma is derived from prisma/schema.prisma by
// scripts/pg-schema.ts; this fails when the committed copy is stale, and checks
// the PostgreSQL migrations create every model of the schema.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { expectedPgSchema, PG_SCHEMA, pgSchemaFrom, SQLITE_SCHEMA } from "../scripts/pg-schema";

const PG_MIGRATIONS = path.join(path.dirname(PG_SCHEMA), "migrations");

describe("prisma/postgres/schema.prisma", () => {
  test("is current with prisma/schema.prisma (else run `npx tsx scripts/pg-schema.ts`)", () => {
    expect(readFileSync(PG_SCHEMA, "utf8")).toBe(expectedPgSchema());
  });

  test("swaps only the generator and the datasource", () => {
    const pgSchema = pgSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(pgSchema).toContain('provider = "postgresql"');
    expect(pgSchema).toContain('output          = "../../lib/generated/prisma-pg"');
    expect(pgSchema).toContain('previewFeatures = ["queryCompiler", "driverAdapters"]');
    expect(pgSchema).not.toContain('"sqlite"');
    const blocks = (s: string) => s.match(/^(model|enum) \w+ \{[\s\S]*?^\}/gm) ?? [];
    expect(blocks(pgSchema)).toEqual(blocks(readFileSync(SQLITE_SCHEMA, "utf8")));
    expect(blocks(pgSchema).length).toBeGreaterThan(10);
  });

  test("refuses a schema without the blocks it replaces", () => {
    expect(() => pgSchemaFrom("model A {\n  id Int @id\n}\n")).toThrow(/no block/);
  });

  test("the PostgreSQL migrations create every model's table", () => {
    const sql = readdirSync(PG_MIGRATIONS)
      .filter((d) => /^\d+_/.test(d))
      .sort()
      .map((d) => readFileSync(path.join(PG_MIGRATIONS, d, "migration.sql"), "utf8"))
      .join("\n");
    const models = [...readFileSync(SQLITE_SCHEMA, "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    for (const model of models) expect(sql, model).toContain(`CREATE TABLE "${model}"`);
  });
});
