// npm start: create + migrate + seed the database (SQLite, or PostgreSQL for a
// postgresql:// DATABASE_URL), build when there is no build of the current
// sources, then serve on PORT (default 3000).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { prepareDatabase } from "./lib/prepare-db";
import { bin, run } from "./lib/run";

const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const STAMP = path.join(".next", "recall-build-stamp");

/** A hash of every file that goes into the build, to tell whether .next is current. */
export function sourceStamp(root = process.cwd()): string {
  const hash = createHash("sha256");
  const visit = (rel: string) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!SKIP.has(name)) visit(path.join(rel, name));
    } else {
      hash.update(rel).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

const PortSchema = z.coerce.number().int().min(1).max(65535);

async function main() {
  const port = PortSchema.safeParse(process.env.PORT ?? "3000");
  if (!port.success) {
    console.error(`recall: PORT must be a number from 1 to 65535 (got "${process.env.PORT}")`);
    process.exit(2);
  }
  try {
    const url = await prepareDatabase({ seed: true });
    process.env.DATABASE_URL = url;
    const stamp = sourceStamp();
    const current = existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
    if (current) {
      console.log("recall: the build is current; not rebuilding");
    } else {
      console.log("recall: building (no build of the current sources yet)");
      run(bin("next"), ["build"]);
      writeFileSync(STAMP, stamp);
    }
  } catch (error) {
    console.error(`recall: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`recall: serving on http://localhost:${port.data}`);
  const server = spawn(bin("next"), ["start", "-p", String(port.data)], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

void main();
