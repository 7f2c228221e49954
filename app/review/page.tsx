import type { Metadata } from "next";
import { ReviewPage } from "@/components/review/review-page";
import { studyModeFrom } from "@/lib/domain/scheduling";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getReviewView } from "@/lib/server/cards/review";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewAllPage({ searchParams }: PageProps<"/review">) {
  const user = await getViewer();
  const { mode, error } = studyModeFrom(await searchParams);
  const view = await getReviewView(db, user.id, {}, new Date(), mode);
  return <ReviewPage view={view!} basePath="/review" notice={error} />;
}
