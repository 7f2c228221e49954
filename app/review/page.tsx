import type { Metadata } from "next";
import { ReviewPage } from "@/components/review/review-page";
import { requireUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getReviewState } from "@/lib/server/cards/review";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewAllPage() {
  const user = await requireUser();
  const state = await getReviewState(db, user.id, {}, new Date());
  return <ReviewPage state={state!} />;
}
