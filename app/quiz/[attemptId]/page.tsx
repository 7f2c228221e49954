import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { RowIdSchema } from "@/lib/domain/ids";
import { getViewer } from "@/lib/server/auth";
import { kindLabel } from "@/lib/domain/kinds";
import { db } from "@/lib/server/db";
import { getRunnerState } from "@/lib/server/quiz/service";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: PageProps<"/quiz/[attemptId]">) {
  const id = RowIdSchema.safeParse((await params).attemptId);
  if (!id.success) notFound();
  const user = await getViewer();
  const state = await getRunnerState(db, user.id, id.data, new Date());
  if (!state) notFound();
  if (state.status === "finished") redirect(`/quiz/${state.attemptId}/results`);
  return (
    <QuizRunner
      key={state.question.id}
      attemptId={state.attemptId}
      position={state.position}
      total={state.total}
      answered={state.answered}
      question={state.question}
      kindLabel={kindLabel(state.question.kind)}
    />
  );
}
