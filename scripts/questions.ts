// Command line: export an article's questions, or import a file of questions into it.
//
//   npm run --silent questions -- export <slug> --format anki|gift|json [--out file]
//   npm run --silent questions -- import <slug> <file> [--format auto|anki|gift|json] [--dry-run]
//
// export    writes the file (or stdout); a note on stderr says how many
//           questions went in and which kinds the format left out (GIFT has
//           no ordering or flashcard type).
// import    checks every question (the same rules as the web page: the seed's
//           schema per kind, evidence in the article, keys), prints what
//           would be created / updated and every problem as "line N, field:
//           message", and writes all in one transaction, or nothing when any
//           line has a problem. --dry-run only checks. --format defaults to auto.
//
// Runs as the operator (admin rights on every article), on DATABASE_URL.
// Bad input (arguments, unknown article, unreadable file, any problem in it)
// prints one line per problem on stderr and exits with code 2; any other
// failure prints one line and exits 1.
import { writeFileSync } from "node:fs";
import { InputError, readTextFile } from "./lib/text-file";
import { z } from "zod";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { EXCHANGE_FORMATS, MAX_IMPORT_BYTES } from "@/lib/domain/exchange/types";

const USAGE =
  "usage: questions export <slug> --format anki|gift|json [--out file]\n       questions import <slug> <file> [--format auto|anki|gift|json] [--dry-run]";
const OPERATOR = { id: "cli", role: "admin" as const };


const ArgsSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("export"), slug: ArticleSlugSchema, format: z.enum(EXCHANGE_FORMATS, { error: "--format must be anki, gift or json" }), out: z.string().min(1).optional() }),
  z.object({
    command: z.literal("import"),
    slug: ArticleSlugSchema,
    file: z.string({ error: "missing the file to import" }).min(1, "missing the file to import"),
    format: z.enum(["auto", ...EXCHANGE_FORMATS], { error: "--format must be auto, anki, gift or json" }).default("auto"),
    dryRun: z.boolean(),
  }),
]);
type Args = z.infer<typeof ArgsSchema>;

function parseArgs(argv: string[]): Args {
  if (argv.includes("--help") || argv.includes("-h") || argv.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(argv.length === 0 ? 2 : 0);
  }
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--dry-run") options.dryRun = true;
    else if (a === "--format" || a === "--out") options[a.slice(2)] = argv[++i] ?? "";
    else if (a.startsWith("--format=") || a.startsWith("--out=")) options[a.slice(2, a.indexOf("="))] = a.slice(a.indexOf("=") + 1);
    else if (a.startsWith("-")) throw new InputError(`unknown option ${a}`);
    else positional.push(a);
  }
  const [command, slug, file, ...extra] = positional;
  if (command !== "export" && command !== "import") throw new InputError(`expected "export" or "import", got ${command ? `"${command}"` : "nothing"}`);
  if (extra.length > 0 || (command === "export" && file !== undefined)) throw new InputError(`unexpected argument "${extra[0] ?? file}"`);
  if (command === "export" && options.dryRun) throw new InputError("--dry-run is for import");
  const parsed = ArgsSchema.safeParse({ command, slug, file, dryRun: options.dryRun === true, ...(options.format !== undefined ? { format: options.format } : {}), ...(options.out !== undefined ? { out: options.out } : {}) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(issue?.path[0] === "slug" ? `slug: ${issue.message}` : (issue?.message ?? "bad arguments"));
  }
  return parsed.data;
}


async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const text = args.command === "import" ? readTextFile(args.file, { maxBytes: MAX_IMPORT_BYTES }) : "";
  // Loaded after the arguments are read, so bad arguments need no database.
  const [{ createPrismaClient }, { resolveDatabaseUrl }, exchange, { DomainError }] = await Promise.all([
    import("@/lib/server/prisma-client"),
    import("@/lib/db-url"),
    import("@/lib/server/exchange/questions"),
    import("@/lib/domain/errors"),
  ]);
  const db = createPrismaClient(resolveDatabaseUrl(process.env.DATABASE_URL));
  try {
    if (args.command === "export") {
      const out = await exchange.exportArticleQuestions(db, OPERATOR, args.slug, args.format);
      if (!out) throw new InputError(`no article "${args.slug}"`);
      if (args.out) writeFileSync(args.out, out.text, "utf8");
      else process.stdout.write(out.text);
      const left = out.skipped.length > 0 ? `; left out ${out.skipped.length} (${[...new Set(out.skipped.map((s) => s.kind))].join(", ")}: no such type in this format)` : "";
      process.stderr.write(`questions: exported ${out.included} question${out.included === 1 ? "" : "s"} of ${args.slug} as ${args.format}${args.out ? ` to ${args.out}` : ""}${left}\n`);
      return;
    }
    let outcome;
    try {
      outcome = await exchange.importArticleQuestions(db, OPERATOR, args.slug, { text, format: args.format, dryRun: args.dryRun }, new Date());
    } catch (e) {
      if (e instanceof DomainError && e.status === 404) throw new InputError(`no article "${args.slug}"`);
      if (e instanceof DomainError) throw new InputError(e.message);
      throw e;
    }
    if (outcome.problems.length > 0) {
      for (const p of outcome.problems) process.stderr.write(`questions: ${args.file}: line ${p.line}, ${p.field}: ${p.message}\n`);
      throw new InputError(`nothing was imported: ${outcome.problems.length} problem${outcome.problems.length === 1 ? "" : "s"} (${outcome.format})`);
    }
    const verb = outcome.written ? "imported" : args.dryRun ? "checked (dry run, nothing written)" : "nothing to write";
    process.stdout.write(`questions: ${verb}: ${outcome.created.length} new, ${outcome.updated.length} updated, ${outcome.unchanged.length} unchanged (${outcome.format})\n`);
    for (const r of outcome.created) process.stdout.write(`  + line ${r.line}: ${r.key}\n`);
    for (const r of outcome.updated) process.stdout.write(`  ~ line ${r.line}: ${r.key}\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  if (e instanceof InputError) {
    process.stderr.write(`questions: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`questions: unexpected error: ${e instanceof Error ? e.message.split("\n", 1)[0] : String(e)}\n`);
  process.exit(1);
});
