import { ArticleListSkeleton } from "@/components/article-list";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading articles">
      <div className="mb-8 h-9 w-72 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
      <ArticleListSkeleton count={2} />
    </div>
  );
}
