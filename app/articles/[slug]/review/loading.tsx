import { ReviewSkeleton } from "@/components/review/review-skeleton";

export default function Loading() {
  return <ReviewSkeleton />;
}
