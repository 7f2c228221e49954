// Benchmark: importing a long article end to end, through the same pipeline
// as /articles/new (lib/server/articles/import/pipeline.ts: reading,
// splitting, generating, checking, saving in one transaction), on a scratch
// SQLite file with the committed migrations. The text is the shipped article
// and the test fixtures' articles, repeated under numbered part headings up
// to the word count. Prints the time of each step and the questions written.
// Budget: an article at the import's word limit (200,000 words) imports in
// under 120 s (the page shows the steps as they happen). Exits 1 over budget
// or if the import fails.
//
//   npm run bench:import [-- <words>]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { importArticle } from "@/lib/server/articles/import/pipeline";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { MAX_WORDS } from "@/lib/domain/article/limits";
import { countWords } from "@/lib/domain/article/segment";
import { applyMigrations } from "../lib/apply-migrations";

const ROOT = path.join(__dirname, "..", "..");
const BUDGET_MS = 120_000;

function sourceTexts(): string[] {
  const dirs = [path.join(ROOT, "seeds", "articles"), path.join(ROOT, "tests", "fixtures", "articles")];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(md|txt)$/.test(name))
      .map((name) => parseArticleSource(readFileSync(path.join(dir, name), "utf8")).body),
  );
}

function articleOf(words: number): string {
  const texts = sourceTexts();
  const parts: string[] = ["A long article for the import benchmark"];
  let count = countWords(parts[0]!);
  for (let i = 0; count < words; i++) {
    // The last part is cut to land on the word count exactly (the limit itself is allowed).
    const room = words - count - 2;
    if (room < 20) break;
    const text = texts[i % texts.length]!.split(/(?<=[.!?])\s+/);
    const kept: string[] = [];
    let n = 0;
    for (const sentence of text) {
      const w = countWords(sentence);
      if (n + w > room) break;
      kept.push(sentence);
      n += w;
    }
    if (kept.length === 0) break;
    parts.push(`Part ${i + 1}`, kept.join(" "));
    count += n + 2;
  }
  return parts.join("\n\n");
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  const words = arg ? Number(arg) : MAX_WORDS;
  if (!Number.isInteger(words) || words < 100 || words > MAX_WORDS) {
    process.stderr.write(`bench:import: words must be a whole number from 100 to ${MAX_WORDS}\n`);
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "recall-bench-import-"));
  const file = path.join(dir, "bench.db");
  applyMigrations(file);
  const db = createPrismaClient(`file:${file}`);
  try {
    const owner = await db.user.create({ data: { kind: "account", email: "bench@example.com" } });
    const text = articleOf(words);
    const start = performance.now();
    let last = start;
    let lastStep = "start";
    const lines: string[] = [];
    const result = await importArticle(db, {
      ownerId: owner.id,
      source: { kind: "paste", text },
      fetch: { allowPrivate: false },
      onStep: (step) => {
        const now = performance.now();
        if (lastStep !== "start") lines.push(`  ${lastStep.padEnd(11)} ${((now - last) / 1000).toFixed(1).padStart(6)} s`);
        last = now;
        lastStep = step;
      },
    });
    const end = performance.now();
    lines.push(`  ${lastStep.padEnd(11)} ${((end - last) / 1000).toFixed(1).padStart(6)} s`);
    const total = end - start;
    const rows = await db.question.count();
    process.stdout.write(`bench:import: ${countWords(text)} words (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)\n`);
    process.stdout.write(`${lines.join("\n")}\n`);
    process.stdout.write(`  total       ${(total / 1000).toFixed(1).padStart(6)} s   ${result.active} active questions, ${result.drafts} drafts, ${rows} rows written\n`);
    if (total > BUDGET_MS) {
      process.stdout.write(`bench:import: over budget (${(total / 1000).toFixed(1)} s > ${BUDGET_MS / 1000} s)\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`bench:import: within budget (${BUDGET_MS / 1000} s)\n`);
    }
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:import: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
