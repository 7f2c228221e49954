import { notFound } from "next/navigation";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { readerArticle } from "@/lib/server/data/reader";

// Decides "no such article" here, outside the page's loading boundary, so a
// missing article answers with a real 404 status instead of a streamed 200.
export default async function ArticleLayout({ children, params }: LayoutProps<"/articles/[slug]">) {
  const slug = ArticleSlugSchema.safeParse((await params).slug);
  if (!slug.success || !(await readerArticle(slug.data))) notFound();
  return children;
}
