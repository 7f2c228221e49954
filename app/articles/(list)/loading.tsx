import { ArticleListSkeleton } from "@/components/article-list";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading your articles" className="mx-auto grid max-w-3xl gap-6">
      <div className="h-9 w-1/2 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
      <ArticleListSkeleton count={2} />
    </div>
  );
}
