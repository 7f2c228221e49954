import { notFound } from "next/navigation";
import { editorPageArticle } from "@/lib/server/editor/page";

// Editors only (the article's owner, authors and admins on what they can see):
// anyone else gets "not found", decided here before the pages' loading
// boundary streams, so the status is a real 404.
export default async function QuestionEditorLayout({ children, params }: LayoutProps<"/articles/[slug]/questions">) {
  if (!(await editorPageArticle((await params).slug))) notFound();
  return children;
}
