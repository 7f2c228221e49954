// Owns the pure steps of importing an article a person brought (issue 11):
// which kind of file an upload is (its extension AND its first bytes), its
// bytes as text, plain text and Markdown as paragraphs separated by blank
// lines, the title and slug an import gets, and the limits every import
// meets (the CLI's: lib/domain/article/limits.ts). The HTML reading lives in
// ./html.ts, the I/O (fetching, PDFs, the database) in lib/server/articles/import.
import { z } from "@/lib/domain/zod";
import { MAX_BYTES, MAX_WORDS } from "./limits";
import { parseArticleSource } from "./parse";
import { countWords } from "./segment";
import { slugify } from "@/lib/domain/generation/text";

/** Fewer words than this make no useful questions: refused with a message rather than saved empty. */
export const MIN_IMPORT_WORDS = 30;
/** A title is cut to this many characters. */
export const MAX_TITLE = 200;
/** Slugs no import may take: they are pages under /articles. */
const RESERVED_SLUGS = new Set(["new", "import", "manage", "export"]);

export class ImportInputError extends Error {
  override readonly name = "ImportInputError";
}

export type FileKind = "txt" | "md" | "html" | "pdf";

const EXTENSIONS: Record<string, FileKind> = { txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", htm: "html", pdf: "pdf" };

export const ACCEPTED_EXTENSIONS = ".txt,.md,.markdown,.html,.htm,.pdf";
export const UNSUPPORTED_FILE = "Upload a .txt, .md, .html or .pdf file.";

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What a file's first bytes say it is, when it is a well-known binary format. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return "a PDF";
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return "a ZIP archive or a Word/OpenDocument file";
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return "an old Word or Office file";
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return "a PNG image";
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return "a JPEG image";
  if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return "a GIF image";
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return "an RTF document";
  return null;
}

/** Where "%PDF-" starts: the format allows a little junk before it (at most 1 KB). */
function pdfHeaderAt(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes.subarray(i), 0x25, 0x50, 0x44, 0x46, 0x2d)) return i;
  return -1;
}

/**
 * The kind of an uploaded file, by its name's extension checked against its
 * content: a .pdf must carry a PDF header, a text file must not be a known
 * binary format. Throws ImportInputError with a message for the person.
 */
export function detectFileKind(name: string, bytes: Uint8Array): FileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase() ?? "";
  const kind = EXTENSIONS[ext];
  if (!kind) throw new ImportInputError(UNSUPPORTED_FILE);
  if (bytes.length === 0) throw new ImportInputError("That file is empty.");
  if (bytes.length > MAX_BYTES) throw new ImportInputError(tooLargeMessage("file"));
  if (kind === "pdf") {
    if (pdfHeaderAt(bytes) < 0) throw new ImportInputError("That file is named .pdf but is not a PDF.");
    return kind;
  }
  const binary = binaryKind(bytes);
  if (binary) throw new ImportInputError(`That file is named .${ext} but it is ${binary}. ${UNSUPPORTED_FILE}`);
  return kind;
}

/**
 * A text file's bytes as a string: UTF-8 (a BOM is dropped) or UTF-16 with
 * its BOM; anything else (NUL bytes, invalid UTF-8) is refused.
 */
export function decodeText(bytes: Uint8Array, what = "file"): string {
  try {
    if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    if (bytes.includes(0)) throw new ImportInputError(`That ${what} looks binary, not text.`);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError(`That ${what} is not UTF-8 text. Save it as UTF-8 and try again.`);
  }
}

/** The YYYY-MM-DD a date string starts with (the writer's own calendar day of an ISO timestamp), if it is a real day. */
export function isoDayOf(value: string): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value);
  if (!m) return null;
  const day = m[1]!;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null;
}

/** Line endings, control characters and runs of blank lines tidied; each line's trailing spaces dropped. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\u00A0/g, " ")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Plain text as paragraphs. Text with blank lines keeps them as the
 * paragraph breaks; text without any (copied from a web page, one paragraph a
 * line) gets one paragraph per line.
 */
export function plainTextParagraphs(raw: string): string {
  const text = normaliseText(raw);
  if (/\n\n/.test(text)) return text;
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n\n");
}

/**
 * Markdown as plain paragraphs: headings, list items and quotes are
 * paragraphs of their own, lines of one paragraph are joined, and the markup
 * (emphasis, links, images, code fences, HTML tags, rules, reference
 * definitions) is dropped, keeping the words.
 */
export function markdownToText(raw: string): string {
  const lines = normaliseText(raw).split("\n");
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const flush = () => {
    const text = inlineMarkdown(current.join(" ")).replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = [];
  };
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      current.push(line);
      continue;
    }
    if (/^\s*$/.test(line) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current.push(heading[1]!);
      flush();
      continue;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line)) {
      // a setext underline: the lines above were a heading
      flush();
      continue;
    }
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1]!);
      continue;
    }
    current.push(line.replace(/^\s{0,3}>\s?/, ""));
  }
  flush();
  return paragraphs.join("\n\n");
}

function inlineMarkdown(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
}

export type TextArticle = { text: string; title: string | null; date: string | null; source: string | null };

/** A Markdown or plain-text file (or pasted text): its front matter (title, date, source) if any, and its paragraphs. */
export function readTextArticle(raw: string, kind: "txt" | "md"): TextArticle {
  let meta: { title?: string; date?: string; source?: string } = {};
  let body = raw;
  try {
    ({ meta, body } = parseArticleSource(raw));
  } catch (error) {
    if (error instanceof z.ZodError) throw new ImportInputError(`The front matter at the top is not valid: ${error.issues[0]?.message ?? "check it"}.`);
    throw error;
  }
  return { text: kind === "md" ? markdownToText(body) : plainTextParagraphs(body), title: meta.title ?? null, date: meta.date ?? null, source: meta.source ?? null };
}

/**
 * The title when none was given: a short first paragraph that does not end
 * like a sentence is the headline (and leaves the text); otherwise the first
 * words of the text.
 */
export function titleFromText(text: string): { title: string; text: string } {
  const [first, ...rest] = text.split("\n\n");
  const head = (first ?? "").trim();
  if (rest.length > 0 && head.length > 0 && head.length <= 150 && !/[.!?:;,]["'”’)]?$/.test(head)) return { title: head, text: rest.join("\n\n") };
  const words = text.split(/\s+/).filter(Boolean);
  const short = words.slice(0, 8).join(" ");
  return { title: words.length > 8 ? `${short}…` : short, text };
}

/** A file's name as a title ("sea-wall_vote.pdf" -> "sea wall vote"), or null when it has no letters. */
export function titleFromFileName(name: string): string | null {
  const stem = name.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "").replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return /\p{L}/u.test(stem) ? stem.slice(0, MAX_TITLE) : null;
}

export function tooLargeMessage(what: "file" | "page" | "text"): string {
  return `The ${what} is larger than ${MAX_BYTES / (1024 * 1024)} MB, the limit for one article.`;
}

/** The limits every import meets (bytes, words, and enough words to ask about). Throws ImportInputError. */
export function checkArticleText(text: string, what: "file" | "page" | "text"): { words: number } {
  if (new TextEncoder().encode(text).length > MAX_BYTES) throw new ImportInputError(tooLargeMessage(what));
  const words = countWords(text);
  if (words === 0) throw new ImportInputError(what === "page" ? "No article text was found on that page." : `The ${what} has no text.`);
  if (words > MAX_WORDS) throw new ImportInputError(`The ${what} has ${words.toLocaleString("en")} words; the limit is ${MAX_WORDS.toLocaleString("en")}.`);
  if (words < MIN_IMPORT_WORDS) {
    throw new ImportInputError(`The ${what} has only ${words} word${words === 1 ? "" : "s"}; an article needs at least ${MIN_IMPORT_WORDS} to make questions from.`);
  }
  return { words };
}

/** A slug made from a title: lowercase words joined by hyphens, at most 80 characters, cut at a word. */
export function slugFromTitle(title: string): string {
  let slug = slugify(title);
  if (slug.length > 80) slug = slug.slice(0, 81).replace(/-[^-]*$/, "") || slug.slice(0, 80);
  slug = slug.replace(/-+$/, "");
  return slug || "article";
}

/** The base slug if free, else base-2, base-3, … (the first not in `taken`); reserved page names are never given out. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const free = (slug: string) => !taken.has(slug) && !RESERVED_SLUGS.has(slug);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (free(candidate)) return candidate;
  }
}

/** The form's text fields, whichever way the article comes. */
export const ImportFieldsSchema = z.discriminatedUnion("source", [
  z.object({
    source: z.literal("paste"),
    text: z.string({ error: "Paste the article's text." }).trim().min(1, "Paste the article's text.").max(MAX_BYTES, tooLargeMessage("text")),
    title: z.string().trim().max(MAX_TITLE, `A title can be at most ${MAX_TITLE} characters.`).optional(),
  }),
  z.object({
    source: z.literal("file"),
    title: z.string().trim().max(MAX_TITLE, `A title can be at most ${MAX_TITLE} characters.`).optional(),
  }),
  z.object({
    source: z.literal("url"),
    url: z
      .string({ error: "Give the page's address." })
      .trim()
      .min(1, "Give the page's address.")
      .max(2000, "That address is too long.")
      .transform((value, ctx) => {
        const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
        let url: URL;
        try {
          url = new URL(withScheme);
        } catch {
          ctx.addIssue({ code: "custom", message: "That is not a web address." });
          return z.NEVER;
        }
        if (url.protocol !== "http:" && url.protocol !== "https:") {
          ctx.addIssue({ code: "custom", message: "Only http:// and https:// addresses can be imported." });
          return z.NEVER;
        }
        if (url.username || url.password) {
          ctx.addIssue({ code: "custom", message: "An address with a user name or password cannot be imported." });
          return z.NEVER;
        }
        url.hash = "";
        return url.toString();
      }),
    title: z.string().trim().max(MAX_TITLE, `A title can be at most ${MAX_TITLE} characters.`).optional(),
  }),
], { error: "Choose how to bring the article: paste, a file, or a web address." });
export type ImportFields = z.infer<typeof ImportFieldsSchema>;

/** The steps an import goes through, in order, as the page shows them. */
export const IMPORT_STEPS = ["reading", "splitting", "generating", "checking", "saving"] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];
export const IMPORT_STEP_LABELS: Record<ImportStep, string> = {
  reading: "Reading",
  splitting: "Splitting into paragraphs and sentences",
  generating: "Generating questions",
  checking: "Checking questions",
  saving: "Saving",
};

/** One line of the import's progress stream (NDJSON). */
export type ImportEvent = { step: ImportStep } | { done: true; slug: string; active: number; drafts: number } | { error: string };
