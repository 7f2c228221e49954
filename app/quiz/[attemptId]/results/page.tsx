import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultsView } from "@/components/quiz/results-view";
import { RowIdSchema } from "@/lib/domain/ids";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getAttemptResults } from "@/lib/server/data/quiz";
import { getUserSettings } from "@/lib/server/data/settings";
import { newStartToken } from "@/lib/server/quiz/start-token";

export const metadata: Metadata = { title: "Quiz results" };

export default async function ResultsPage({ params }: PageProps<"/quiz/[attemptId]/results">) {
  const id = RowIdSchema.safeParse((await params).attemptId);
  if (!id.success) notFound();
  const user = await getViewer();
  const [results, { timeZone }] = await Promise.all([getAttemptResults(db, user.id, id.data), getUserSettings(db, user.id)]);
  if (!results) notFound();
  return <ResultsView results={results} timeZone={timeZone} retryToken={newStartToken()} />;
}
