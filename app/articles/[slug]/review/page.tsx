import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewPage } from "@/components/review/review-page";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { studyModeFrom } from "@/lib/domain/scheduling";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getReviewView } from "@/lib/server/cards/review";

export const metadata: Metadata = { title: "Review" };

export default async function ArticleReviewPage({ params, searchParams }: PageProps<"/articles/[slug]/review">) {
  const slug = ArticleSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const user = await getViewer();
  const { mode, error } = studyModeFrom(await searchParams);
  const view = await getReviewView(db, user.id, { articleSlug: slug.data }, new Date(), mode);
  if (!view) notFound();
  return <ReviewPage view={view} basePath={`/articles/${slug.data}/review`} notice={error} />;
}
