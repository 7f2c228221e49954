import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuizSetupForm } from "@/components/quiz/quiz-setup-form";
import { AttemptHistory } from "@/components/quiz/attempt-history";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getQuizSetupData } from "@/lib/server/data/quiz-setup";
import { listAttemptsForArticle } from "@/lib/server/data/quiz";
import { quizPool } from "@/lib/server/quiz/service";
import { groupPool, groupSentences } from "@/lib/domain/quiz/pool";
import { getUserSettings } from "@/lib/server/data/settings";
import { newStartToken } from "@/lib/server/quiz/start-token";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizSetupPage({ params }: PageProps<"/articles/[slug]/quiz">) {
  const slug = ArticleSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const user = await getViewer();
  const [setup, attempts, { timeZone }] = await Promise.all([
    getQuizSetupData(db, slug.data, user.id),
    listAttemptsForArticle(db, user.id, slug.data),
    getUserSettings(db, user.id),
  ]);
  if (!setup) notFound();
  const entries = await quizPool(db, user.id, setup.id, new Date());
  const inProgress = attempts.find((a) => a.status === "in_progress");
  return (
    <div className="mx-auto grid max-w-[70ch] gap-10">
      <div>
        <p className="text-sm text-stone-600 dark:text-stone-300">
          <Link href={`/articles/${setup.slug}`} className="inline-flex min-h-11 items-center underline">
            {setup.title}
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">Quiz yourself</h1>
        <p className="mt-2 text-stone-600 dark:text-stone-300">{setup.questionCount} questions on this article. Answers are checked as you go, and each one links back to its sentence.</p>
      </div>
      {inProgress && (
        <div className="rounded-xl border border-amber-400 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
          <p>
            You have a quiz in progress ({inProgress.answered} of {inProgress.maxScore} answered).
          </p>
          <Link href={`/quiz/${inProgress.id}`} className="mt-2 inline-block font-medium underline">
            Resume it
          </Link>
        </div>
      )}
      <section aria-labelledby="setup-heading">
        <h2 id="setup-heading" className="sr-only">
          New quiz
        </h2>
        {/* A token per render: a double-click or resend of this form starts one attempt; a fresh visit gets a new one. */}
        <QuizSetupForm slug={setup.slug} pool={groupPool(entries)} sentences={groupSentences(entries)} startToken={newStartToken()} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          Your past quizzes
        </h2>
        <AttemptHistory attempts={attempts} timeZone={timeZone} />
      </section>
    </div>
  );
}
