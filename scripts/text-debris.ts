// Measures what issue 10 is about on real text: for each article file, how
// many sentences the reader's segmentation gives, how many of those start
// with a lower-case letter or end inside an open bracket (a bad split), how
// many carry citation marks, and how many of the generator's active questions
// still show citation debris in a prompt, choice or answer.
//
//   npx tsx scripts/text-debris.ts <article.txt|.md> ...
//   npx tsx scripts/text-debris.ts tests/fixtures/squad-dev/*.txt
import path from "node:path";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { segmentArticle } from "@/lib/domain/article/segment";
import { generateQuestions } from "@/lib/domain/generation";
import { hasCitationDebris } from "@/lib/domain/text";
import { InputError, readTextFile } from "./lib/text-file";

function opensWithoutClosing(sentence: string): boolean {
  const open: string[] = [];
  for (const ch of sentence) {
    if (ch === "(" || ch === "[") open.push(ch);
    else if (ch === ")" || ch === "]") {
      const k = open.lastIndexOf(ch === ")" ? "(" : "[");
      if (k >= 0) open.length = k;
    }
  }
  return open.length > 0;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: npx tsx scripts/text-debris.ts <article file> ...\n");
  process.exit(2);
}

const rows: Record<string, string | number>[] = [];
try {
  for (const file of files) {
    const { meta, body } = parseArticleSource(readTextFile(file, { maxBytes: 5_000_000 }));
    const sentences = segmentArticle(body).flatMap((p) => p.sentences.map((s) => body.slice(s.start, s.end)));
    const slug = meta.slug ?? path.basename(file).replace(/\.[^.]+$/, "");
    const { questions } = generateQuestions({ slug, body, ...(meta.title ? { title: meta.title } : {}), ...(meta.date ? { date: meta.date } : {}) });
    const active = questions.filter((q) => q.status === "active");
    rows.push({
      article: slug,
      sentences: sentences.length,
      badSplits: sentences.filter((s) => /^[\p{Ll})\]]/u.test(s) || opensWithoutClosing(s)).length,
      withMarks: sentences.filter(hasCitationDebris).length,
      active: active.length,
      activeWithDebris: active.filter((q) => [q.prompt, q.answer, ...(q.choices ?? [])].some(hasCitationDebris)).length,
    });
  }
} catch (e) {
  if (e instanceof InputError) {
    process.stderr.write(`text-debris: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}
const total = (key: string) => rows.reduce((n, r) => n + Number(r[key]), 0);
rows.push({ article: "total", ...Object.fromEntries(["sentences", "badSplits", "withMarks", "active", "activeWithDebris"].map((k) => [k, total(k)])) });
console.table(rows);
