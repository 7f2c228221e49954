// Measure: where the key lands among the four sorted choices of a numeric
// multiple-choice question (issue 10: it was always second smallest). Runs
// findQuantities and planNumericChoices over every text of the development
// corpus and the seed article, sentence by sentence, with the other figures of
// the same kind and unit in the article as preferred distractors, and prints
// per article and in total: quantities found, labels skipped, the key's rank
// counts (0 = smallest), the plans whose rank was forced (too few values on a
// side: "domain"; a bound hedge such as "more than": "bound"), and how many
// quantities got a false value for a true/false statement.
//
// Budget (exit 1 when missed): every quantity that is not a label gets three
// distractors, all different from the key and from each other.
//
//   npx tsx scripts/measure/numeric-ranks.ts [files or folders...]
//   (default: tests/fixtures/squad-dev/*.txt and seeds/articles/shusha-declaration.md)
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { countRanks, openPlans, surveyArticle, type SurveyedQuantity } from "@/lib/domain/generation/quantities";

const root = path.join(__dirname, "..", "..");
const args = process.argv.slice(2);
const inputs = args.length ? args : [path.join(root, "tests", "fixtures", "squad-dev"), path.join(root, "seeds", "articles", "shusha-declaration.md")];
const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => /\.(txt|md)$/.test(f) && f !== "README.md")
        .sort()
        .map((f) => path.join(p, f))
    : [p],
);

const pct = (n: number, total: number) => (total ? `${((100 * n) / total).toFixed(1)}%` : "-");
const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join("") + "\n";
const widths = [24, 7, 7, 6, 6, 6, 6, 8, 7, 7];
process.stdout.write(row(["article", "found", "labels", "r0", "r1", "r2", "r3", "domain", "bound", "false"], widths));

const everything: SurveyedQuantity[] = [];
const problems: string[] = [];
for (const file of files) {
  const { meta, body } = parseArticleSource(readFileSync(file, "utf8"));
  const slug = path.basename(file).replace(/\.(txt|md)$/, "");
  const surveyed = surveyArticle(body, slug, meta.date);
  everything.push(...surveyed);
  const c = countRanks(surveyed);
  const labels = surveyed.filter((s) => s.quantity.kind === "label").length;
  const falseValues = surveyed.filter((s) => s.falseValue).length;
  process.stdout.write(row([slug, surveyed.length, labels, ...c.ranks, c.forcedByDomain, c.forcedByBound, falseValues], widths));
  for (const { quantity: q, plan, sentence } of surveyed) {
    if (q.kind === "label") continue;
    const texts = plan?.distractors.map((d) => d.text.toLowerCase()) ?? [];
    if (texts.length !== 3 || new Set([q.text.toLowerCase(), ...texts]).size !== 4) problems.push(`${slug}: "${q.text}" -> [${texts.join(" | ")}] in: ${sentence}`);
  }
}

const all = countRanks(everything);
const planned = all.ranks.reduce((a, b) => a + b, 0);
const labels = everything.filter((s) => s.quantity.kind === "label").length;
process.stdout.write(row(["total", everything.length, labels, ...all.ranks, all.forcedByDomain, all.forcedByBound, everything.filter((s) => s.falseValue).length], widths));
process.stdout.write(`\nkey rank over ${planned} plans: ${all.ranks.map((n, r) => `${r}: ${n} (${pct(n, planned)})`).join(", ")}\n`);
process.stdout.write(`ranks asked for by the seeds: ${all.planned.map((n, r) => `${r}: ${n}`).join(", ")}\n`);
process.stdout.write(`forced fallbacks: ${all.forcedByDomain + all.forcedByBound} (${pct(all.forcedByDomain + all.forcedByBound, planned)}): domain ${all.forcedByDomain}, bound ${all.forcedByBound}\n`);
const open = countRanks(openPlans(everything));
const openTotal = open.ranks.reduce((a, b) => a + b, 0);
process.stdout.write(`key rank where all four ranks were possible (${openTotal} plans): ${open.ranks.map((n, r) => `${r}: ${n} (${pct(n, openTotal)})`).join(", ")}\n`);
const narrow = planned - openTotal;
process.stdout.write(`plans whose key could not take every rank (1, "first", 1%, the article's year, a bound): ${narrow} (${pct(narrow, planned)})\n`);
const movable = countRanks(everything.filter((s) => s.plan && s.plan.feasibleRanks.length > 1));
const movableTotal = movable.ranks.reduce((a, b) => a + b, 0);
process.stdout.write(
  `key rank leaving out keys with one possible rank (a generator should not ask those as numeric choices) (${movableTotal} plans): ${movable.ranks.map((n, r) => `${r}: ${n} (${pct(n, movableTotal)})`).join(", ")}\n`,
);

if (problems.length) {
  process.stdout.write(`\nFAIL: ${problems.length} quantities without three distinct distractors:\n${problems.map((p) => `  ${p}\n`).join("")}`);
  process.exit(1);
}
