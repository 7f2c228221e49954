import { notFound } from "next/navigation";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { findArticleFor } from "@/lib/server/articles/access";

// Decides "not yours to manage" here, outside this page's loading boundary (and
// outside the reader's, which is why the route lives in its own group), so
// anyone but an editor gets a real 404 status, never a streamed 200. The page
// asks again for what it shows.
export default async function ManageLayout({ children, params }: LayoutProps<"/articles/[slug]/manage">) {
  const slug = ArticleSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const viewer = await getViewer();
  if (!viewer.signedIn || !(await findArticleFor(db, viewer, slug.data, "edit", { id: true }))) notFound();
  return children;
}
