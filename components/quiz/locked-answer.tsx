// What a page shows in place of a question's key while a quiz in progress
// asks that question (the exam lock, lib/server/data/exam-lock.ts).
import Link from "next/link";

export function LockedAnswer({ attemptId, className = "" }: { attemptId: string; className?: string }) {
  return (
    <p data-testid="answer-locked" className={`rounded-lg bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100 ${className}`}>
      The answer is hidden until you answer this question in your quiz in progress.{" "}
      <Link href={`/quiz/${attemptId}`} className="font-medium underline">
        Resume the quiz
      </Link>
    </p>
  );
}
