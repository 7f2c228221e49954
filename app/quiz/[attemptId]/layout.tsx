import { notFound } from "next/navigation";
import { RowIdSchema } from "@/lib/domain/ids";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { attemptBelongsTo } from "@/lib/server/data/quiz";

// Someone else's attempt, or no attempt, is "not found", decided here before
// the pages' loading boundaries start streaming so the status is a real 404.
export default async function AttemptLayout({ children, params }: LayoutProps<"/quiz/[attemptId]">) {
  const id = RowIdSchema.safeParse((await params).attemptId);
  if (!id.success) notFound();
  const user = await getViewer();
  if (!(await attemptBelongsTo(db, user.id, id.data))) notFound();
  return children;
}
