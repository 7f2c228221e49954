// Serves the current build through Recall's HTTP server (scripts/lib/edge-server.ts)
// and nothing else: no migration, seed or build. What the benchmarks start, so
// they measure what `npm start` serves. PORT (3000), HOSTNAME (all interfaces),
// TRUSTED_PROXIES as for npm start.
import { parseTrustedProxies } from "@/lib/trusted-proxies";

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  if (!trustedProxies.ok) throw new Error(`TRUSTED_PROXIES: ${trustedProxies.error}`);
  (process.env as Record<string, string>).NODE_ENV = "production";
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
  const { startEdgeServer } = await import("./lib/edge-server");
  await startEdgeServer({ dir: process.cwd(), port, hostname: process.env.HOSTNAME || undefined, trustedProxies: trustedProxies.value });
  console.log(`recall: serving on http://${process.env.HOSTNAME || "localhost"}:${port}`);
}

main().catch((error: unknown) => {
  console.error(`recall: ${(error as Error).message}`);
  process.exit(1);
});
