// npm start: create + migrate + seed the database (SQLite, or PostgreSQL for a
// postgresql:// DATABASE_URL), build when there is no build of the current
// sources, then serve on PORT (default 3000).
import { spawn } from "node:child_process";
import { z } from "zod";
import { buildIfStale } from "./lib/build";
import { prepareDatabase } from "./lib/prepare-db";
import { bin } from "./lib/run";

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
    buildIfStale();
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
