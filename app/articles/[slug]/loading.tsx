import { ArticleReaderSkeleton } from "@/components/article-reader";

export default function Loading() {
  return (
    <div role="status" aria-label="Loading the article">
      <ArticleReaderSkeleton />
    </div>
  );
}
