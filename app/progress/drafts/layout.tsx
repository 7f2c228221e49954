import { requireRole } from "@/lib/server/gate";

// An author's page: anyone below author (a learner, a guest, no session) gets
// "not found", decided here before the page's loading boundary starts
// streaming, so the status is a real 404.
export default async function DraftsLayout({ children }: LayoutProps<"/progress/drafts">) {
  await requireRole("author");
  return children;
}
