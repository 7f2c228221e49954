import "server-only";
// Owns importing one article a person brought, as named passes:
//
//   reading    the source to text and metadata (paste; .txt/.md/.html/.pdf; a URL, fetched with the guard)
//   splitting  the limits (lib/domain/article/limits.ts), the title, paragraphs and sentences
//   generating the questions (lib/domain/generation), under a slug unique among all articles
//   checking   every question's evidence is verbatim in the text; the active / draft counts
//   saving     the article (owner: the importer, private) and all its questions, in ONE transaction
//
// Each pass is announced through `onStep` before it runs (the page shows it).
// A refusal is an ImportInputError with words for the person, thrown before
// saving: nothing is written unless the whole import succeeds.
import type { Db } from "@/lib/server/db";
import { generateQuestions, checkEvidenceVerbatim, type GeneratedQuestion } from "@/lib/domain/generation";
import { extractHtmlArticle } from "@/lib/domain/article/html";
import {
  checkArticleText,
  decodeText,
  detectFileKind,
  ImportInputError,
  readTextArticle,
  slugFromTitle,
  titleFromFileName,
  titleFromText,
  uniqueSlug,
  MAX_TITLE,
  type ImportStep,
} from "@/lib/domain/article/import-text";
import { countWords, segmentArticle } from "@/lib/domain/article/segment";
import { sha256 } from "@/lib/domain/questions/content-hash";
import { writeGeneratedQuestions } from "@/lib/server/seed/generated";
import { SlugTakenError, type ArticleInput } from "@/lib/server/seed/write";
import { isUniqueViolation } from "@/lib/server/transaction";
import { decodePage, fetchPage, type FetchOptions } from "./fetch-url";
import { readPdf } from "./pdf";

export type ImportSource =
  | { kind: "paste"; text: string; title?: string | undefined }
  | { kind: "file"; name: string; bytes: Uint8Array; title?: string | undefined }
  | { kind: "url"; url: string; title?: string | undefined };

export type ImportResult = { slug: string; title: string; active: number; drafts: number };

export type ImportOptions = {
  ownerId: string;
  source: ImportSource;
  /** Announces a pass before it runs. */
  onStep?: (step: ImportStep) => void | Promise<void>;
  /** How URLs are fetched (the guard's settings; a fake resolver in tests). */
  fetch: Pick<FetchOptions, "allowPrivate" | "resolve" | "timeoutMs">;
};

/** What the reading pass found: the text (paragraphs split by blank lines) and what the source says about it. */
type ReadArticle = { text: string; title: string | null; date: string | null; sourceNote: string | null; sourceUrl: string | null; what: "file" | "page" | "text" };

async function readSource(source: ImportSource, fetch: ImportOptions["fetch"]): Promise<ReadArticle> {
  if (source.kind === "paste") {
    const { text, title, date, source: note } = readTextArticle(source.text, "txt");
    return { text, title, date, sourceNote: note, sourceUrl: null, what: "text" };
  }
  if (source.kind === "file") {
    const kind = detectFileKind(source.name, source.bytes);
    const fileNote = `Imported from ${source.name.replace(/^.*[\\/]/, "").slice(0, 120)}`;
    if (kind === "pdf") {
      const { text, title } = await readPdf(source.bytes);
      return { text, title, date: null, sourceNote: fileNote, sourceUrl: null, what: "file" };
    }
    const raw = decodeText(source.bytes);
    if (kind === "html") {
      if (!/<[a-z!][^>]*>/i.test(raw)) throw new ImportInputError("That file is named .html but has no HTML in it.");
      const page = extractHtmlArticle(raw);
      return { text: page.text, title: page.title, date: page.date, sourceNote: fileNote, sourceUrl: null, what: "file" };
    }
    const article = readTextArticle(raw, kind);
    return { ...article, sourceNote: article.source ?? fileNote, sourceUrl: null, what: "file" };
  }
  const page = await fetchPage(source.url, fetch);
  const host = new URL(page.url).hostname.replace(/^www\./, "");
  const note = `Imported from ${host}`;
  if (page.contentType === "pdf") {
    const { text, title } = await readPdf(page.bytes);
    return { text, title, date: null, sourceNote: note, sourceUrl: page.url, what: "page" };
  }
  const raw = decodePage(page);
  if (page.contentType === "text") {
    const article = readTextArticle(raw, "txt");
    return { text: article.text, title: article.title, date: article.date, sourceNote: note, sourceUrl: page.url, what: "page" };
  }
  const html = extractHtmlArticle(raw, page.url);
  return { text: html.text, title: html.title, date: html.date, sourceNote: note, sourceUrl: html.canonicalUrl ?? page.url, what: "page" };
}

/** Slugs taken by this base and its numbered siblings (base, base-2, …). */
async function takenSlugs(db: Db, base: string): Promise<Set<string>> {
  const rows = await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

/** Questions whose evidence is not verbatim in the text become drafts (with the reason), never active. */
function checkQuestions(body: string, questions: GeneratedQuestion[]): GeneratedQuestion[] {
  return questions.map((q) => {
    const problem = checkEvidenceVerbatim(body, { text: q.evidenceText, start: q.evidenceStart, end: q.evidenceEnd });
    if (!problem || q.status !== "active") return q;
    return { ...q, status: "draft", rejectReasons: [...q.rejectReasons, problem] };
  });
}

/** Lets the announced step reach the client before a long synchronous pass (generation) holds the thread. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Imports one article for `ownerId` (see the module comment). Throws ImportInputError on a refusal; nothing is written then. */
export async function importArticle(db: Db, options: ImportOptions): Promise<ImportResult> {
  const step = async (name: ImportStep) => {
    await options.onStep?.(name);
    await yieldToIo();
  };

  await step("reading");
  const read = await readSource(options.source, options.fetch);

  await step("splitting");
  let text = read.text.trim();
  checkArticleText(text, read.what);
  let title = options.source.title?.trim() || read.title?.trim() || "";
  if (!title) {
    const found = titleFromText(text);
    const fileTitle = options.source.kind === "file" ? titleFromFileName(options.source.name) : null;
    // A headline in the text wins; else a file's name says more than the text's first words.
    if (found.text !== text || !fileTitle) ({ title, text } = found);
    else title = fileTitle;
  }
  title = title.replace(/\s+/g, " ").slice(0, MAX_TITLE);
  const body = text;
  const paragraphs = segmentArticle(body);
  const wordCount = countWords(body);

  const base = slugFromTitle(title);
  let taken = await takenSlugs(db, base);
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = uniqueSlug(base, taken);

    await step("generating");
    const generated = generateQuestions({ slug, body, title, ...(read.date ? { date: read.date } : {}) });

    await step("checking");
    const questions = checkQuestions(body, generated.questions);
    const active = questions.filter((q) => q.status === "active").length;
    const drafts = questions.length - active;

    await step("saving");
    const article: ArticleInput = {
      slug,
      title,
      publishedAt: read.date ? new Date(`${read.date}T00:00:00Z`) : null,
      sourceNote: read.sourceNote,
      body,
      contentHash: sha256(body),
      wordCount,
      paragraphs,
      ownerId: options.ownerId,
      visibility: "private",
      sourceUrl: read.sourceUrl,
    };
    try {
      await writeGeneratedQuestions(db, article, questions, { createOnly: true });
      return { slug, title, active, drafts };
    } catch (error) {
      // Someone took the slug (or its question keys) since it was picked: the next number, generated again.
      if (!(error instanceof SlugTakenError) && !isUniqueViolation(error)) throw error;
      taken = new Set([...taken, slug, ...(await takenSlugs(db, base))]);
    }
  }
  throw new ImportInputError("Could not find a free address for this article. Please try again.");
}
