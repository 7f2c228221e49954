// npm run db:migrate  -> apply migrations only
// (npm run dev)       -> apply migrations and seed an empty database
import { prepareDatabase } from "./lib/prepare-db";

prepareDatabase({ seed: !process.argv.includes("--migrate-only") }).catch((error: unknown) => {
  console.error(`recall: ${(error as Error).message}`);
  process.exit(1);
});
