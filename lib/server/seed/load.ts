import "server-only";
// Owns reading the seed folder (seeds/articles/*.md|txt and
// seeds/questions/*.yaml) into validated, offset-resolved seed data. Nothing
// is written here: a seed with any problem is refused whole, and every problem
// is reported with the file, the question key and what is wrong.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { countWords, segmentArticle, type ParagraphSpan } from "@/lib/domain/article/segment";
import { QuestionBankSchema, toQuestionContent, type QuestionContent } from "@/lib/domain/questions/bank-schema";
import { SLUG_PATTERN } from "@/lib/domain/article/slug";
import { sha256 } from "@/lib/domain/questions/content-hash";

export type SeedArticle = {
  slug: string;
  title: string;
  publishedAt: Date | null;
  sourceNote: string | null;
  body: string;
  contentHash: string;
  wordCount: number;
  paragraphs: ParagraphSpan[];
  file: string;
};

export type SeedQuestion = QuestionContent & { articleSlug: string; evidenceStart: number; evidenceEnd: number };

export type SeedData = { articles: SeedArticle[]; questions: SeedQuestion[] };

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed was refused; nothing was written.\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SeedValidationError";
  }
}

const ARTICLE_FILE = /\.(md|txt)$/i;
const BANK_FILE = /\.ya?ml$/i;

export async function loadSeedDirectory(dir: string): Promise<SeedData> {
  const problems: string[] = [];
  const articles: SeedArticle[] = [];
  const articleDir = path.join(dir, "articles");
  for (const name of (await listFiles(articleDir)).filter((n) => ARTICLE_FILE.test(n))) {
    const file = path.join(articleDir, name);
    const result = buildSeedArticle(await readFile(file, "utf8"), name);
    if (typeof result === "string") problems.push(`${rel(file)}: ${result}`);
    else if (articles.some((a) => a.slug === result.slug)) problems.push(`${rel(file)}: duplicate slug "${result.slug}"`);
    else articles.push({ ...result, file });
  }

  const questions: SeedQuestion[] = [];
  const questionDir = path.join(dir, "questions");
  for (const name of (await listFiles(questionDir)).filter((n) => BANK_FILE.test(n))) {
    const file = path.join(questionDir, name);
    questions.push(...resolveBank(await readFile(file, "utf8"), rel(file), articles, problems));
  }
  const keys = new Set<string>();
  for (const q of questions) {
    if (keys.has(q.key)) problems.push(`question "${q.key}" is defined in more than one file`);
    keys.add(q.key);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { articles, questions };
}

/** Parses one article file; returns a message on failure. */
export function buildSeedArticle(raw: string, fileName: string): Omit<SeedArticle, "file"> | string {
  let parsed;
  try {
    parsed = parseArticleSource(raw);
  } catch (error) {
    if (error instanceof z.ZodError) {
      return `front matter: ${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
    }
    throw error;
  }
  const { meta, body } = parsed;
  if (body.length === 0) return "the article has no text";
  const slug = meta.slug ?? fileName.replace(ARTICLE_FILE, "").toLowerCase();
  if (!SLUG_PATTERN.test(slug)) return `"${slug}" is not a usable slug; add slug: to the front matter`;
  return {
    slug,
    title: meta.title ?? firstWords(body),
    publishedAt: meta.date ? new Date(`${meta.date}T00:00:00Z`) : null,
    sourceNote: meta.source ?? null,
    body,
    contentHash: sha256(body),
    wordCount: countWords(body),
    paragraphs: segmentArticle(body),
  };
}

/** Validates a question bank and resolves each evidence quote to offsets in its article. */
export function resolveBank(raw: string, label: string, articles: SeedArticle[] | Omit<SeedArticle, "file">[], problems: string[]): SeedQuestion[] {
  let doc: unknown;
  try {
    doc = parseYaml(raw);
  } catch (error) {
    problems.push(`${label}: not valid YAML (${(error as Error).message.split("\n")[0]})`);
    return [];
  }
  const parsed = QuestionBankSchema.safeParse(doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${label}: ${describeIssue(doc, issue)}`);
    return [];
  }
  const article = articles.find((a) => a.slug === parsed.data.article);
  if (!article) {
    problems.push(`${label}: no article with slug "${parsed.data.article}" in seeds/articles`);
    return [];
  }
  const out: SeedQuestion[] = [];
  for (const q of parsed.data.questions) {
    const start = article.body.indexOf(q.evidence);
    if (start < 0) {
      problems.push(`${label}: question "${q.key}": evidence quote is not in article "${article.slug}": "${q.evidence}"`);
      continue;
    }
    out.push({ ...toQuestionContent(q), articleSlug: article.slug, evidenceStart: start, evidenceEnd: start + q.evidence.length });
  }
  return out;
}

function describeIssue(doc: unknown, issue: z.core.$ZodIssue): string {
  const [first, index] = issue.path;
  let where = issue.path.join(".");
  if (first === "questions" && typeof index === "number") {
    const entry = (doc as { questions?: { key?: unknown }[] }).questions?.[index];
    const key = typeof entry?.key === "string" ? `question "${entry.key}"` : `question #${index + 1}`;
    where = [key, ...issue.path.slice(2)].join(".");
  }
  return `${where || "file"}: ${issue.message}`;
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

function firstWords(body: string): string {
  const words = body.split(/\s+/).slice(0, 8).join(" ");
  return words.length < body.length ? `${words}…` : words;
}

function rel(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
