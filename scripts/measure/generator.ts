// Prints the generator's quality figures on ../shared/corpus (and the seed):
// per text and pooled, the measures issue 10 asks for. Recall itself is scored
// by the corpus's own score-recall.mjs (see its README); this script writes the
// generated files it reads when given --out <dir>.
//
//   npm run measure:generator -- [--out tmp/corpus-gen] [--show slug]
import { choiceValue } from "@/lib/domain/generation/distractors";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { generateQuestions } from "@/lib/domain/generation";
import { hasCitationDebris } from "@/lib/domain/text";
import { z } from "zod";

const ROOT = path.resolve(__dirname, "..", "..");
const CORPUS = path.resolve(ROOT, "..", "shared", "corpus", "squad-dev");
const ArgsSchema = z.object({
  out: z.string().min(1, "--out needs a folder").nullable(),
  show: z.string().min(1, "--show needs part of a text's name").nullable(),
});

/** `--out <dir>` and `--show <slug>`, each at most once; anything else is refused with one line and exit 2. */
function parseArgs(argv: string[]): z.infer<typeof ArgsSchema> {
  const found: Record<string, string | null> = { out: null, show: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = /^--(out|show)$/.exec(argv[i]!)?.[1];
    if (!flag || found[flag] !== null) fail(flag ? `--${flag} given twice` : `unknown argument: ${argv[i]} (use --out <dir>, --show <slug>)`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) found[flag] = "";
    else {
      found[flag] = value;
      i++;
    }
  }
  const parsed = ArgsSchema.safeParse(found);
  if (!parsed.success) fail(parsed.error.issues[0]!.message);
  return parsed.data;
}

function fail(message: string): never {
  process.stderr.write(`measure:generator: ${message}\n`);
  process.exit(2);
}

const { out: outDir, show } = parseArgs(process.argv.slice(2));

const WH_INSIDE = /\b(?:which (?:person|organisation|place|country|city|region|document|event|year|century|nationality)|what figure|how many)\b/i;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

type Row = { text: string; active: number; perSentence: number; dupStems: number; over45: number; whInside: number; debris: number; ranks: number[]; paragraphs: string };
const rows: Row[] = [];
const texts: { slug: string; body: string; title?: string; date?: string }[] = [];
const seed = parseArticleSource(readFileSync(path.join(ROOT, "seeds", "articles", "shusha-declaration.md"), "utf8"));
texts.push({ slug: "seed:shusha-declaration", body: seed.body, ...(seed.meta.title ? { title: seed.meta.title } : {}), ...(seed.meta.date ? { date: seed.meta.date } : {}) });
for (const f of readdirSync(CORPUS).filter((x) => x.endsWith(".txt")).sort()) texts.push({ slug: f.replace(/\.txt$/, ""), body: readFileSync(path.join(CORPUS, f), "utf8") });
if (outDir) mkdirSync(outDir, { recursive: true });

for (const t of texts) {
  const r = generateQuestions({ slug: t.slug.replace(/^seed:/, ""), body: t.body, ...(t.title ? { title: t.title } : {}), ...(t.date ? { date: t.date } : {}) });
  const active = r.questions.filter((q) => q.status === "active");
  if (outDir && !t.slug.startsWith("seed:")) writeFileSync(path.join(outDir, `${t.slug}.json`), JSON.stringify({ article: t.slug, questions: r.questions, stats: r.stats }));
  const stems = new Map<string, number>();
  // An ordering or matching question's stem is an instruction; what it asks is its items or pairs.
  const stemOf = (q: (typeof active)[number]) => `${q.prompt} ${JSON.stringify(q.items ?? q.pairs ?? "")}`.toLowerCase();
  for (const q of active) stems.set(stemOf(q), (stems.get(stemOf(q)) ?? 0) + 1);
  const sentences = new Set(active.filter((q) => q.kind !== "ordering" && q.kind !== "matching").map((q) => q.evidenceStart));
  const single = active.filter((q) => q.kind !== "ordering" && q.kind !== "matching");
  const ranks = [0, 0, 0, 0];
  for (const q of active) {
    // a count in words counts too ("Twelve" among "Eight", "Nine", "Ten")
    const num = choiceValue;
    if (q.kind !== "multiple_choice" || !q.choices || Number.isNaN(choiceValue(q.answer))) continue;
    if (q.choices.some((c) => Number.isNaN(num(c)))) continue;
    const sorted = [...q.choices].sort((x, y) => num(x) - num(y));
    ranks[sorted.indexOf(q.answer)]!++;
  }
  rows.push({
    text: t.slug,
    active: active.length,
    perSentence: sentences.size ? single.length / sentences.size : 0,
    dupStems: [...stems.values()].filter((n) => n > 1).length,
    over45: active.filter((q) => words(q.prompt) > 45).length,
    whInside: active.filter((q) => WH_INSIDE.test(q.prompt) && !/^(?:which|how many|what)\b/i.test(q.prompt)).length,
    debris: active.filter((q) => hasCitationDebris(q.prompt) || (q.choices ?? []).some((c) => hasCitationDebris(c))).length,
    ranks,
    paragraphs: `${r.stats.paragraphsUsed}/${r.stats.paragraphs}`,
  });
  if (show && t.slug.includes(show)) for (const q of active) console.log(`  ${q.kind.padEnd(15)} ${q.prompt}  => ${q.answer}${q.choices ? `  [${q.choices.join(" | ")}]` : ""}`);
}
console.log("text                         active  q/sentence  dup-stems  >45w  wh-inside  debris  paragraphs  numeric key rank 1..4");
for (const r of rows) console.log(`${r.text.padEnd(28)} ${String(r.active).padStart(6)}  ${r.perSentence.toFixed(2).padStart(10)}  ${String(r.dupStems).padStart(9)}  ${String(r.over45).padStart(4)}  ${String(r.whInside).padStart(9)}  ${String(r.debris).padStart(6)}  ${r.paragraphs.padStart(10)}  ${r.ranks.join(" ")}`);
const tot = rows.filter((r) => !r.text.startsWith("seed:"));
const sum = (f: (r: Row) => number) => tot.reduce((n, r) => n + f(r), 0);
const act = sum((r) => r.active);
console.log(`corpus total: active ${act}, mean q/sentence ${(sum((r) => r.perSentence) / tot.length).toFixed(2)}, dup stems ${sum((r) => r.dupStems)}, >45 words ${(100 * sum((r) => r.over45) / act).toFixed(1)}%, wh inside ${(100 * sum((r) => r.whInside) / act).toFixed(1)}%, debris ${sum((r) => r.debris)}, numeric ranks ${[0, 1, 2, 3].map((i) => sum((r) => r.ranks[i]!)).join(" ")}`);
