import { ReviewSkeleton } from "@/components/review/review-page";

export default function Loading() {
  return <ReviewSkeleton />;
}
