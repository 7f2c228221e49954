// The two-instance journey on PostgreSQL (e2e/two-instances.pg.ts): the
// servers and the cluster are started by scripts/test-pg-instances.sh, which
// runs this (npm run test:pg:instances).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["e2e/**/*.pg.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
