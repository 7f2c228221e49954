// Owns the reading of an article file: optional YAML-ish front matter
// (--- key: value ---) or a plain-text "date YYYY-MM-DD" header line, then
// the body. Pure: no I/O, no clock.
import { z } from "@/lib/domain/zod";
import { ArticleSlugSchema } from "./slug";

export const FrontMatterSchema = z.object({
  slug: ArticleSlugSchema.optional(),
  title: z.string().trim().min(1).max(200).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD")
    .refine((d) => isRealDay(d), "date is not a real day")
    .optional(),
  source: z.string().trim().max(500).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export type ParsedArticleSource = {
  meta: FrontMatter;
  /** The article text with front matter / date header removed and trimmed. */
  body: string;
};

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?/i;

export function parseArticleSource(raw: string): ParsedArticleSource {
  let text = raw.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const meta: Record<string, string> = {};

  const fm = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    for (const line of fm[1]!.split("\n")) {
      const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line.trim());
      if (!m) continue;
      meta[m[1]!.toLowerCase()] = unquote(m[2]!.trim());
    }
    text = text.slice(fm[0].length);
  }

  const header = DATE_HEADER.exec(text);
  if (header) {
    meta.date ??= header[1]!;
    text = text.slice(header[0].length);
  }

  const parsed = FrontMatterSchema.parse(meta);
  return { meta: parsed, body: text.trim() };
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}
