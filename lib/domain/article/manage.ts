// Owns what the manage page's forms may send: an article's title (1–200
// characters once trimmed, inner runs of white space made one space), and the
// typed confirmation of a delete, which must be the title itself.
import { z } from "@/lib/domain/zod";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";

export const TITLE_MAX = 200;

/** White space trimmed and folded, so "  A   title " and "A title" are the same title. */
export function normalizeTitle(raw: string): string {
  return raw.replace(/\s+/g, " ").trim();
}

export const ArticleTitleSchema = z
  .string({ message: "Give the article a title." })
  .transform(normalizeTitle)
  .pipe(z.string().min(1, "Give the article a title.").max(TITLE_MAX, `A title is at most ${TITLE_MAX} characters.`));

export const RenameArticleSchema = z.object({ slug: ArticleSlugSchema, title: ArticleTitleSchema });
export const ArticleRefSchema = z.object({ slug: ArticleSlugSchema });
export const ArchiveArticleSchema = z.object({ slug: ArticleSlugSchema, archived: z.enum(["true", "false"]).transform((v) => v === "true") });
export const VisibilityArticleSchema = z.object({ slug: ArticleSlugSchema, visibility: z.enum(["private", "public"]) });
export const DeleteArticleSchema = z.object({
  slug: ArticleSlugSchema,
  confirmTitle: z.string({ message: "Type the article's title to confirm." }).max(TITLE_MAX * 2, "Type the article's title to confirm."),
});

/** Whether what the person typed confirms deleting the article with this title (white space and letter case aside). */
export function confirmsTitle(typed: string, title: string): boolean {
  const fold = (s: string) => normalizeTitle(s).toLocaleLowerCase("en");
  return fold(typed) !== "" && fold(typed) === fold(title);
}
