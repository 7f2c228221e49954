// Benchmark: generator throughput on the seed article at 1x, 10x and 100x
// (paragraphs concatenated), after a warm-up. Target: >= 10,000 words/s and
// time growing linearly with length. Exits 1 when the 100x run is under
// 10,000 words/s or its time grows more than 12x for 10x the words.
//
//   npx tsx scripts/bench/generate.ts [article.md]
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { countWords } from "@/lib/domain/article/segment";
import { generateQuestions } from "@/lib/domain/generation";

const file = process.argv[2] ?? path.join(__dirname, "..", "..", "seeds", "articles", "shusha-declaration.md");
const { meta, body } = parseArticleSource(readFileSync(file, "utf8"));
const paragraphs = body.split(/\n[ \t]*\n/);

function run(times: number): { words: number; ms: number; active: number } {
  const text = Array.from({ length: times }, () => paragraphs.join("\n\n")).join("\n\n");
  const words = countWords(text);
  const t0 = performance.now();
  const result = generateQuestions({ slug: meta.slug ?? "bench", body: text, ...(meta.title ? { title: meta.title } : {}), ...(meta.date ? { date: meta.date } : {}) });
  const ms = performance.now() - t0;
  return { words, ms, active: result.stats.active };
}

for (let i = 0; i < 5; i++) run(1); // warm-up
run(10);

const rows: { times: number; words: number; ms: number; wps: number; active: number }[] = [];
for (const times of [1, 10, 100]) {
  const reps = times === 100 ? 1 : times === 10 ? 3 : 10;
  let best = Infinity;
  let last = { words: 0, ms: 0, active: 0 };
  for (let r = 0; r < reps; r++) {
    last = run(times);
    best = Math.min(best, last.ms);
  }
  rows.push({ times, words: last.words, ms: best, wps: last.words / (best / 1000), active: last.active });
}

process.stdout.write(`${"size".padEnd(6)}${"words".padStart(9)}${"ms".padStart(10)}${"words/s".padStart(11)}${"ms/1k words".padStart(13)}${"active".padStart(8)}\n`);
for (const r of rows) {
  process.stdout.write(
    `${`${r.times}x`.padEnd(6)}${String(r.words).padStart(9)}${r.ms.toFixed(1).padStart(10)}${Math.round(r.wps).toString().padStart(11)}${((r.ms / r.words) * 1000).toFixed(2).padStart(13)}${String(r.active).padStart(8)}\n`,
  );
}
const growth = rows[2]!.ms / rows[1]!.ms;
process.stdout.write(`growth 10x -> 100x: ${growth.toFixed(1)}x time for 10x words (linear = 10x)\n`);

const failures: string[] = [];
const WPS_BUDGET = 10_000;
const GROWTH_BUDGET = 12;
if (rows[2]!.wps < WPS_BUDGET) failures.push(`100x: ${Math.round(rows[2]!.wps)} words/s, under the budget of ${WPS_BUDGET}`);
if (growth > GROWTH_BUDGET) failures.push(`10x -> 100x: ${growth.toFixed(1)}x time, over the budget of ${GROWTH_BUDGET}x (not linear)`);
if (failures.length) {
  for (const f of failures) process.stdout.write(`OVER BUDGET: ${f}\n`);
  process.exit(1);
}
process.stdout.write("bench:generate: within budget\n");
