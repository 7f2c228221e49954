import "server-only";
// The question editor pages' one lookup per request: the article if the
// viewer (signed in) may edit it, shared by the layout (a real 404 status for
// anyone else) and the pages.
import { cache } from "react";
import { db } from "@/lib/server/db";
import { getViewer } from "@/lib/server/auth";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { getEditorArticle } from "@/lib/server/editor/questions";

export const editorPageArticle = cache(async (rawSlug: string) => {
  const slug = ArticleSlugSchema.safeParse(rawSlug);
  if (!slug.success) return null;
  const viewer = await getViewer();
  if (!viewer.signedIn) return null;
  const article = await getEditorArticle(db, viewer, slug.data);
  return article ? { article, viewer } : null;
});
