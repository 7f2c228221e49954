import { ArticleListSkeleton } from "@/components/article-list";
import { StudyNowSkeleton } from "@/components/home/study-now";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading your study plan and the articles">
      <div className="mb-6 h-9 w-72 animate-pulse rounded bg-stone-200 dark:bg-stone-800" />
      <StudyNowSkeleton />
      <ArticleListSkeleton count={2} />
    </div>
  );
}
