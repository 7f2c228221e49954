// Shared body of /review and /articles/<slug>/review.
import { ReviewSession } from "./review-session";
import type { ReviewView } from "@/lib/domain/review-view";

export function ReviewPage({ view, basePath, notice }: { view: ReviewView; basePath: string; notice: string | null }) {
  return (
    <ReviewSession
      // Keyed by scope only: switching to custom study keeps the session (and its undo stack).
      key={view.scope?.slug ?? "all"}
      view={view}
      basePath={basePath}
      notice={notice}
    />
  );
}
