// Command line: delete the guests idle for 30 days (no account, not seen and
// no session seen since) with everything of theirs; the server does the same
// at start-up and daily (instrumentation.ts).
//
//   npm run db:purge-guests                      purge against DATABASE_URL
//   npm run db:purge-guests -- --idle-days 60    a longer idle window (1 to 3650 days)
//
// Prints one line, "purged N idle guests", and exits 0; bad arguments print
// one line on stderr and exit 2; a database failure exits 1.
import { z } from "zod";
import { env } from "@/lib/server/env";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { GUEST_IDLE_DAYS, purgeIdleGuests } from "@/lib/server/guests/purge";

const USAGE = "usage: npm run db:purge-guests [-- --idle-days <1-3650>]";

const ArgsSchema = z.object({
  idleDays: z.coerce
    .number({ message: "--idle-days needs a number of days" })
    .int("--idle-days must be a whole number of days")
    .min(1, "--idle-days must be at least 1")
    .max(3650, "--idle-days must be at most 3650")
    .default(GUEST_IDLE_DAYS),
});

function parseArgs(argv: string[]): { ok: true; idleDays: number } | { ok: false; error: string } {
  const raw: { idleDays?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--idle-days" && raw.idleDays === undefined) raw.idleDays = argv[++i] ?? "";
    else return { ok: false, error: `unknown or repeated option "${arg}" (${USAGE})` };
  }
  if (raw.idleDays === "") return { ok: false, error: "--idle-days needs a number of days" };
  const parsed = ArgsSchema.safeParse(raw);
  return parsed.success ? { ok: true, ...parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? USAGE };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`db:purge-guests: ${args.error}`);
    return 2;
  }
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const purged = await purgeIdleGuests(db, new Date(), { idleDays: args.idleDays });
    console.log(`purged ${purged} idle guests`);
    return 0;
  } catch (error) {
    console.error(`db:purge-guests: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

void main().then((code) => process.exit(code));
