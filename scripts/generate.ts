// Command line: generate questions and flashcards for one article file.
//
//   npm run --silent generate -- <file.txt|file.md> [--json] [--dry-run] [--slug <slug>]
//
// --json      print only JSON to stdout: { article, questions, stats }
// --dry-run   do not write to the database (otherwise the article and all its
//             generated questions, rejected drafts included, are written in one
//             transaction to DATABASE_URL; regenerating updates rows by key)
// --slug      override the slug (default: front matter slug, else the file name)
//
// The file is a Recall article: optional front matter (--- slug/title/date ---)
// or a first line "date YYYY-MM-DD", then the text. Limits: at most
// MAX_BYTES (4 MB) on disk and MAX_WORDS (200,000 words) of body text; the
// generator runs in linear time, so the word cap only bounds memory and output size.
//
// Bad input (missing, empty, binary or non-UTF-8, too long, bad front matter,
// bad arguments) prints one line on stderr and exits with code 2.
import { InputError, readTextFile } from "./lib/text-file";
import path from "node:path";
import { z } from "zod";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { countWords } from "@/lib/domain/article/segment";
import { generateQuestions, type GenerationResult } from "@/lib/domain/generation";
import { slugify } from "@/lib/domain/generation/text";
import { MAX_BYTES, MAX_WORDS } from "@/lib/domain/article/limits";
import { SLUG_PATTERN } from "@/lib/domain/article/slug";

export { MAX_BYTES, MAX_WORDS } from "@/lib/domain/article/limits";


const ArgsSchema = z.object({
  file: z.string().min(1, "missing article file"),
  json: z.boolean(),
  dryRun: z.boolean(),
  slug: z.string().regex(SLUG_PATTERN, "--slug must be lowercase words joined by hyphens").optional(),
});
type Args = z.infer<typeof ArgsSchema>;

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let json = false;
  let dryRun = false;
  let slug: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") json = true;
    else if (a === "--dry-run") dryRun = true;
    else if (a === "--slug") slug = argv[++i] ?? "";
    else if (a.startsWith("--slug=")) slug = a.slice("--slug=".length);
    else if (a === "--help" || a === "-h") {
      process.stdout.write("usage: generate <file.txt|file.md> [--json] [--dry-run] [--slug <slug>]\n");
      process.exit(0);
    } else if (a.startsWith("-")) throw new InputError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length > 1) throw new InputError(`expected one article file, got ${files.length}`);
  const parsed = ArgsSchema.safeParse({ file: files[0] ?? "", json, dryRun, ...(slug !== undefined ? { slug } : {}) });
  if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? "bad arguments");
  return parsed.data;
}


function progressBar(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} sentences`);
    if (done >= total) process.stderr.write("\n");
  };
}

function summary(result: GenerationResult, article: { slug: string; title: string; wordCount: number }): string {
  const { stats } = result;
  const lines: string[] = [];
  lines.push(`${article.title || article.slug} (${article.wordCount} words, ${stats.sentences} sentences, ${stats.paragraphs} paragraphs)`);
  lines.push("");
  lines.push(`${"kind".padEnd(18)}${"active".padStart(8)}${"draft".padStart(8)}`);
  for (const kind of Object.keys(stats.activeByKind) as (keyof typeof stats.activeByKind)[]) {
    lines.push(`${kind.padEnd(18)}${String(stats.activeByKind[kind]).padStart(8)}${String(stats.draftsByKind[kind]).padStart(8)}`);
  }
  lines.push(`${"total".padEnd(18)}${String(stats.active).padStart(8)}${String(stats.drafts).padStart(8)}`);
  lines.push("");
  lines.push(`${"rejection reason".padEnd(24)}${"count".padStart(8)}`);
  for (const [reason, n] of Object.entries(stats.rejections)) if (n > 0) lines.push(`${reason.padEnd(24)}${String(n).padStart(8)}`);
  lines.push("");
  lines.push(`fact sentences covered: ${stats.coveredFactSentences}/${stats.factSentences} (${(stats.factCoverage * 100).toFixed(1)}%)`);
  lines.push(`paragraphs used: ${stats.paragraphsUsed}/${stats.paragraphs}`);
  return `${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const raw = readTextFile(args.file, { maxBytes: MAX_BYTES, refuseEmpty: true, refuseBinary: true });
  let meta: ReturnType<typeof parseArticleSource>["meta"];
  let body: string;
  try {
    ({ meta, body } = parseArticleSource(raw));
  } catch (e) {
    const msg = e instanceof z.ZodError ? (e.issues[0]?.message ?? "invalid front matter") : "cannot parse the article";
    throw new InputError(`${args.file}: ${msg}`);
  }
  if (!body.trim()) throw new InputError(`${args.file} has no article text`);
  const words = countWords(body);
  if (words > MAX_WORDS) throw new InputError(`${args.file} is too long (${words} words; the limit is ${MAX_WORDS} words)`);

  const slug = args.slug ?? meta.slug ?? (slugify(path.basename(args.file).replace(/\.[^.]+$/, "")) || "article");
  const title = meta.title ?? "";
  const result = generateQuestions(
    { slug, body, ...(title ? { title } : {}), ...(meta.date ? { date: meta.date } : {}) },
    args.json ? {} : { ...(words > 2000 && progressBar() ? { onProgress: progressBar()! } : {}) },
  );

  const article = { slug, title, date: meta.date ?? null, source: meta.source ?? null, wordCount: words, sentences: result.stats.sentences, paragraphs: result.stats.paragraphs };
  let written: string | null = null;
  if (!args.dryRun) written = await writeToDatabase(raw, path.basename(args.file), slug, result);

  if (args.json) {
    const out = {
      article,
      questions: result.questions.map((q) => ({
        key: q.key,
        kind: q.kind,
        prompt: q.prompt,
        answer: q.answer,
        acceptedAnswers: q.acceptedAnswers,
        choices: q.choices,
        items: q.items,
        pairs: q.pairs,
        explanation: q.explanation,
        evidence: { text: q.evidenceText, start: q.evidenceStart, end: q.evidenceEnd },
        topics: q.topics,
        difficulty: q.difficulty,
        score: q.score,
        status: q.status,
        rejectReasons: q.rejectReasons,
        generatorVersion: q.generatorVersion,
        factKey: q.factKey,
      })),
      stats: result.stats,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(summary(result, article));
  }
  if (written) process.stderr.write(`${written}\n`);
}

/**
 * Writes the article and its generated questions. Loaded only when writing, so
 * --dry-run needs no database (the server modules need the react-server
 * condition, which `npm run generate` passes).
 */
async function writeToDatabase(raw: string, fileName: string, slug: string, result: GenerationResult): Promise<string> {
  const [{ buildSeedArticle }, { writeGeneratedQuestions }, { createPrismaClient, isPostgresUrl }, { resolveDatabaseUrl }] = await Promise.all([
    import("@/lib/server/seed/load"),
    import("@/lib/server/seed/generated"),
    import("@/lib/server/prisma-client"),
    import("@/lib/db-url"),
  ]);
  const article = buildSeedArticle(raw, fileName);
  if (typeof article === "string") throw new InputError(`${fileName}: ${article}`);
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  const db = createPrismaClient(url);
  try {
    // to_regclass is NULL for a missing table; ::text because the pg adapter cannot read `name` columns.
    const tables = await db.$queryRawUnsafe<{ name: string | null }[]>(
      isPostgresUrl(url)
        ? `SELECT to_regclass('public."Question"')::text AS name`
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'Question'",
    );
    if (tables.length === 0 || tables[0]?.name == null) throw new InputError("the database has no tables yet; run npm run db:migrate (or npm start) first");
    const report = await writeGeneratedQuestions(db, { ...article, slug }, result.questions);
    const q = report.questions;
    return `generate: wrote ${report.slug} (article ${report.article}): ${q.created} created, ${q.updated} updated, ${q.unchanged} unchanged, ${q.retired} retired`;
  } finally {
    await db.$disconnect();
  }
}

// A closed pipe (`... | head`) is not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

main().catch((e: unknown) => {
  const msg = e instanceof InputError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`generate: ${msg}\n`);
  process.exit(2);
});
