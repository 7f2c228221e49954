// npm start: create + migrate + seed the database (SQLite, or PostgreSQL for a
// postgresql:// DATABASE_URL), build when there is no build of the current
// sources, then serve on PORT (default 3000) through Recall's own HTTP server
// (scripts/lib/edge-server.ts: security headers, trusted proxies, bad
// requests refused before Next.js sees them).
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/trusted-proxies";
import { buildIfStale } from "./lib/build";
import { prepareDatabase } from "./lib/prepare-db";

const PortSchema = z.coerce.number().int().min(1).max(65535);

async function main() {
  const port = PortSchema.safeParse(process.env.PORT ?? "3000");
  if (!port.success) {
    console.error(`recall: PORT must be a number from 1 to 65535 (got "${process.env.PORT}")`);
    process.exit(2);
  }
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  if (!trustedProxies.ok) {
    console.error(`recall: TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges: ${trustedProxies.error}`);
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
  // As `next start` does: the production runtime of Next.js and React.
  (process.env as Record<string, string>).NODE_ENV = "production";
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
  try {
    const { startEdgeServer } = await import("./lib/edge-server");
    await startEdgeServer({ dir: process.cwd(), port: port.data, trustedProxies: trustedProxies.value });
  } catch (error) {
    console.error(`recall: could not serve on port ${port.data}: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`recall: serving on http://localhost:${port.data}`);
}

void main();
