"use client";
// What the learner sees right after answering: right or wrong, the correct
// answer, the explanation, and the sentence in the article it comes from.
import Link from "next/link";
import type { Feedback } from "@/lib/domain/quiz/feedback";

export function FeedbackPanel({ feedback, onOverride, pending }: { feedback: Feedback; onOverride: () => void; pending: boolean }) {
  const partial = !feedback.correct && feedback.credit > 0;
  const tone = feedback.correct
    ? "border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950"
    : partial
      ? "border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950"
      : "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950";
  const headline = feedback.overridden
    ? "Counted as right (you marked it)"
    : feedback.correct
      ? feedback.outcome === "typo"
        ? "Right — mind the spelling"
        : "Right"
      : partial
        ? `Partly right (${Math.round(feedback.credit * 100)}%)`
        : "Not quite";
  return (
    <section aria-live="polite" aria-label="Feedback" className={`rounded-xl border p-5 ${tone}`} data-verdict={feedback.correct ? "right" : partial ? "partial" : "wrong"}>
      <h2 className="text-lg font-semibold">{headline}</h2>
      {feedback.note && <p className="mt-1">{feedback.note}</p>}
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-medium">Your answer</dt>
        <dd data-testid="your-answer">{feedback.yourAnswer}</dd>
        <dt className="font-medium">Correct answer</dt>
        <dd data-testid="correct-answer">{feedback.correctAnswer}</dd>
      </dl>
      <p className="mt-3">{feedback.explanation}</p>
      <blockquote className="mt-3 border-l-4 border-stone-300 pl-3 font-serif italic text-stone-700 dark:border-stone-600 dark:text-stone-300">{feedback.evidence.text}</blockquote>
      <div className="mt-3 flex flex-wrap gap-4 text-sm">
        {feedback.evidence.href && (
          <Link href={feedback.evidence.href} className="font-medium underline">
            See in the article
          </Link>
        )}
        {feedback.canOverride && (
          <button type="button" onClick={onOverride} disabled={pending} className="font-medium underline">
            I was right
          </button>
        )}
      </div>
    </section>
  );
}
