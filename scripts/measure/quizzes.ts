// Measure (issue 10, "one fact, one family"): 200 quizzes of 10 drawn by the
// app's own selection (lib/domain/quiz/draw.ts, seeds 1..200) from the active
// generated questions of the seed article and of every text of the SQuAD
// development corpus (../shared/corpus/squad-dev/*.txt from the project's
// root), and, for the seed article, also from the pool the app really quizzes
// on (its hand-written bank with the generated questions). Per text and in
// total it counts the quizzes where some question's answer was shown by an
// earlier one, where two questions rest on one sentence, where two ask one
// fact, and the mean quiz length.
//
// The counting here is written again on purpose, not borrowed from the draw:
// its own normal form, its own reading of what a question shows and of what
// its answers are (the same rules: whole words, case and diacritics ignored;
// true/false and ordering give no answer, matching gives each right-hand
// side), so a slip in the draw shows up as a disagreement.
//
//   npm run measure:quizzes [-- <corpus folder>]
//
// Exit 1 when any quiz shows an earlier question's answer or asks two
// questions on one sentence; exit 2 when a text cannot be read.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { generateQuestions } from "@/lib/domain/generation";
import type { QuestionContent } from "@/lib/domain/questions/bank-schema";
import { drawQuiz, type DrawQuestion } from "@/lib/domain/quiz/draw";
import { loadSeedDirectory } from "@/lib/server/seed/load";

const ROOT = path.join(__dirname, "..", "..");
const SEEDS = path.join(ROOT, "seeds");
const CORPUS = process.argv[2] ?? path.join(ROOT, "..", "shared", "corpus", "squad-dev");
const QUIZZES = 200;
const SIZE = 10;

// ---------------------------------------------------------------- the independent reading of a question

/** Letters NFKD keeps whole that a learner types plain. */
const PLAIN: Record<string, string> = { ı: "i", ə: "a", ø: "o", ł: "l", đ: "d", ð: "d", ħ: "h", ŧ: "t", ß: "ss", æ: "ae", œ: "oe", þ: "th" };

function words(text: string): string[] {
  let s = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  s = [...s].map((ch) => PLAIN[ch] ?? ch).join("");
  s = s.replace(/['’‘ʼʻ`´′]/g, "").replace(/&/g, " and ");
  s = s.replace(/(\d),(\d{3})(?!\d)/g, "$1$2").replace(/(\d),(?=\d)/g, "$1.");
  // A point stays only between digits (3.5); any other character that is not a letter or digit separates words.
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const keep = /[\p{L}\p{N}]/u.test(ch) || (ch === "." && /\d/.test(s[i - 1] ?? "") && /\d/.test(s[i + 1] ?? ""));
    out += keep ? ch : " ";
  }
  return out.split(" ").filter(Boolean);
}

function answerForm(text: string): string {
  const w = words(text);
  if (w.length > 1 && ["the", "a", "an"].includes(w[0]!)) w.shift();
  return w.join(" ");
}

/** What a learner reads of a question: before answering (prompt, options) and after (the key, the explanation, the quote). */
function seen(q: DrawQuestion): string[] {
  const lists = [q.choices ?? [], q.items ?? [], (q.pairs ?? []).map((p) => p.left), (q.pairs ?? []).map((p) => p.right)].flat();
  return [q.prompt, ...lists, q.answer, ...q.acceptedAnswers, q.explanation, q.evidenceText].map((t) => ` ${words(t).join(" ")} `);
}

/** What would give a question away if shown before it. */
function answersOf(q: DrawQuestion): string[] {
  if (q.kind === "true_false" || q.kind === "ordering") return [];
  const raw = q.kind === "matching" ? (q.pairs ?? []).map((p) => p.right) : [q.answer, ...q.acceptedAnswers];
  return raw.map(answerForm).filter(Boolean);
}

const sentenceOf = (q: DrawQuestion) => q.evidenceText.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
const factOf = (q: DrawQuestion) => q.factKey ?? `${sentenceOf(q)}\u0000${q.answer.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()}`;

// ---------------------------------------------------------------- one text

type Row = { name: string; pool: number; sentences: number; quizzes: number; leaking: number; sharedSentence: number; sharedFact: number; questions: number; tf: number; tfTrue: number };

function measure(name: string, pool: DrawQuestion[]): Row {
  const byId = new Map(pool.map((q) => [q.id, q]));
  const row: Row = { name, pool: pool.length, sentences: new Set(pool.map(sentenceOf)).size, quizzes: 0, leaking: 0, sharedSentence: 0, sharedFact: 0, questions: 0, tf: 0, tfTrue: 0 };
  for (let seed = 1; seed <= QUIZZES; seed++) {
    const quiz = drawQuiz(pool, SIZE, seed).map((id) => byId.get(id)!);
    row.quizzes++;
    row.questions += quiz.length;
    // a learner who answers "true" to every true/false question without reading: how often right
    for (const q of quiz) {
      if (q.kind !== "true_false") continue;
      row.tf++;
      if (q.answer === "true") row.tfTrue++;
    }
    const shown: string[] = [];
    let leak = false;
    for (const q of quiz) {
      if (answersOf(q).some((a) => shown.some((t) => t.includes(` ${a} `)))) leak = true;
      shown.push(...seen(q));
    }
    if (leak) row.leaking++;
    if (new Set(quiz.map(sentenceOf)).size < quiz.length) row.sharedSentence++;
    if (new Set(quiz.map(factOf)).size < quiz.length) row.sharedFact++;
  }
  return row;
}

const toDraw = (q: QuestionContent, id: string): DrawQuestion => ({
  id,
  kind: q.kind,
  prompt: q.prompt,
  answer: q.answer,
  acceptedAnswers: q.acceptedAnswers,
  choices: q.choices,
  items: q.items,
  pairs: q.pairs,
  explanation: q.explanation,
  evidenceText: q.evidenceText,
  factKey: q.factKey ?? null,
});

function generatedPool(slug: string, raw: string): DrawQuestion[] {
  const { meta, body } = parseArticleSource(raw);
  const result = generateQuestions({ slug: meta.slug ?? slug, body, ...(meta.title ? { title: meta.title } : {}), ...(meta.date ? { date: meta.date } : {}) });
  return result.questions.filter((q) => q.status === "active").map((q) => toDraw(q, q.key));
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    process.stderr.write(`measure:quizzes: no corpus at ${CORPUS}\n`);
    return 2;
  }
  const seed = await loadSeedDirectory(SEEDS);
  const rows: Row[] = [];
  const extra: Row[] = [];
  for (const article of seed.articles) {
    const generated = generatedPool(article.slug, readFileSync(article.file, "utf8"));
    rows.push(measure(article.slug, generated));
    const bank = seed.questions.filter((q) => q.articleSlug === article.slug && q.status === "active").map((q) => toDraw(q, q.key));
    if (bank.length > 0) extra.push(measure(`${article.slug} (app pool: + hand-written)`, [...bank, ...generated]));
  }
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort()) {
    rows.push(measure(file.replace(/\.txt$/, ""), generatedPool(file.replace(/\.txt$/, ""), readFileSync(path.join(CORPUS, file), "utf8"))));
  }

  const total: Row = rows.reduce(
    (t, r) => ({ ...t, pool: t.pool + r.pool, sentences: t.sentences + r.sentences, quizzes: t.quizzes + r.quizzes, leaking: t.leaking + r.leaking, sharedSentence: t.sharedSentence + r.sharedSentence, sharedFact: t.sharedFact + r.sharedFact, questions: t.questions + r.questions, tf: t.tf + r.tf, tfTrue: t.tfTrue + r.tfTrue }),
    { name: "total", pool: 0, sentences: 0, quizzes: 0, leaking: 0, sharedSentence: 0, sharedFact: 0, questions: 0, tf: 0, tfTrue: 0 },
  );
  const width = Math.max(...[...rows, ...extra].map((r) => r.name.length), 5) + 2;
  const head = `${"text".padEnd(width)}${"active".padStart(7)}${"sents".padStart(7)}${"quizzes".padStart(9)}${"answer shown".padStart(14)}${"same sentence".padStart(15)}${"same fact".padStart(11)}${"mean length".padStart(13)}${"t/f asked".padStart(11)}${"true".padStart(7)}`;
  const line = (r: Row) =>
    `${r.name.padEnd(width)}${String(r.pool).padStart(7)}${String(r.sentences).padStart(7)}${String(r.quizzes).padStart(9)}${String(r.leaking).padStart(14)}${String(r.sharedSentence).padStart(15)}${String(r.sharedFact).padStart(11)}${(r.questions / r.quizzes).toFixed(2).padStart(13)}${String(r.tf).padStart(11)}${(r.tf ? `${Math.round((100 * r.tfTrue) / r.tf)}%` : "-").padStart(7)}`;
  process.stdout.write(`${QUIZZES} quizzes of ${SIZE} per text (seeds 1..${QUIZZES}), drawn by lib/domain/quiz/draw.ts from the generator's active questions\n`);
  process.stdout.write(`${head}\n${rows.map(line).join("\n")}\n${line(total)}\n`);
  if (extra.length > 0) process.stdout.write(`${extra.map(line).join("\n")}\n`);
  const failed = [...rows, ...extra].filter((r) => r.leaking > 0 || r.sharedSentence > 0);
  if (failed.length > 0) {
    process.stdout.write(`FAIL: ${failed.map((r) => r.name).join(", ")}: a quiz shows an earlier question's answer or asks twice on one sentence (goal 0)\n`);
    return 1;
  }
  process.stdout.write("ok: no quiz shows an earlier question's answer or asks twice on one sentence\n");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`measure:quizzes: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
