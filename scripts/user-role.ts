// Command line: give an account a role.
//
//   npm run --silent user:role -- <email> <learner|author|admin>
//
// Roles are ordered learner < author < admin (lib/domain/auth/roles.ts);
// authors see the authors' pages (/progress/questions, /progress/drafts).
// The email is matched as accounts store it (trimmed, lower-cased). Writes to
// DATABASE_URL (SQLite or PostgreSQL). Prints one line on success; bad
// arguments and an unknown email print one line on stderr and exit 2; any
// other failure (no database, say) prints one line and exits 1.
import { z } from "zod";
import { EmailSchema } from "@/lib/domain/auth/credentials";
import { RoleSchema } from "@/lib/domain/auth/roles";

const USAGE = "usage: user:role <email> <learner|author|admin>";

class InputError extends Error {}

const ArgsSchema = z.tuple([EmailSchema, RoleSchema]);

function parseArgs(argv: string[]): z.infer<typeof ArgsSchema> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (argv.length !== 2) throw new InputError(`expected an email and a role, got ${argv.length} argument${argv.length === 1 ? "" : "s"} (${USAGE})`);
  const parsed = ArgsSchema.safeParse(argv);
  if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? USAGE);
  return parsed.data;
}

async function main(): Promise<void> {
  const [email, role] = parseArgs(process.argv.slice(2));
  // Loaded after the arguments are read, so bad arguments need no database.
  const [{ createPrismaClient }, { resolveDatabaseUrl }, { setRoleByEmail }] = await Promise.all([
    import("@/lib/server/prisma-client"),
    import("@/lib/db-url"),
    import("@/lib/server/data/roles"),
  ]);
  const db = createPrismaClient(resolveDatabaseUrl(process.env.DATABASE_URL));
  try {
    const changed = await setRoleByEmail(db, email, role);
    if (!changed) throw new InputError("no account with that email");
    process.stdout.write(
      changed.before === changed.after ? `user:role: ${email} is already ${role}\n` : `user:role: ${email} is now ${role} (was ${changed.before})\n`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  if (e instanceof InputError) {
    process.stderr.write(`user:role: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`user:role: unexpected error: ${e instanceof Error ? e.message.split("\n", 1)[0] : String(e)}\n`);
  process.exit(1);
});
