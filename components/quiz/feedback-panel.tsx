"use client";
// What the learner sees right after answering: the verdict and note stored
// at answer time, the credit in the score's own terms, each matching pair
// marked, the correct answer, the explanation, and the sentence it comes from
// (once: not again when the explanation already quotes it).
import Link from "next/link";
import type { Feedback } from "@/lib/domain/quiz/feedback";
import { withReturnToQuiz } from "@/lib/domain/article/anchors";
import { verdictHeadline, verdictTone } from "@/lib/domain/quiz/verdict-labels";

const TONES = {
  right: "border-emerald-500 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950",
  partial: "border-amber-500 bg-amber-50 dark:border-amber-700 dark:bg-amber-950",
  wrong: "border-red-400 bg-red-50 dark:border-red-800 dark:bg-red-950",
} as const;

export function FeedbackPanel({ feedback, onOverride, pending, attemptId }: { feedback: Feedback; onOverride: () => void; pending: boolean; attemptId: string }) {
  const tone = verdictTone(feedback);
  return (
    <section aria-live="polite" aria-label="Feedback" className={`rounded-xl border p-5 ${TONES[tone]}`} data-verdict={tone}>
      <h2 className="text-lg font-semibold">{verdictHeadline(feedback)}</h2>
      <p className="mt-1 text-sm font-medium" data-testid="credit">
        Credit: {Math.round(feedback.credit * 100)}%
      </p>
      {feedback.note && (
        <p className="mt-1" data-testid="feedback-note">
          {feedback.note}
        </p>
      )}
      {feedback.parts ? (
        <ul className="mt-3 grid gap-1 text-sm" aria-label="Your pairs">
          {feedback.parts.map((p) => (
            <li key={p.label} data-pair-correct={p.correct} className="flex flex-wrap gap-x-2">
              <span aria-hidden="true">{p.correct ? "✓" : "✗"}</span>
              <span className="sr-only">{p.correct ? "Right:" : "Wrong:"}</span>
              <span className="font-medium">{p.label}</span> → <span>{p.yours}</span>
              {!p.correct && <span className="text-stone-800 dark:text-stone-200">(right: {p.right})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
          <dt className="font-medium">Your answer</dt>
          <dd data-testid="your-answer">{feedback.yourAnswer}</dd>
          <dt className="font-medium">Correct answer</dt>
          <dd data-testid="correct-answer">{feedback.correctAnswer}</dd>
        </dl>
      )}
      <p className="mt-3">{feedback.explanation}</p>
      {feedback.evidence.text && (
        <blockquote className="mt-3 border-l-4 border-stone-400 pl-3 font-serif italic text-stone-800 dark:border-stone-500 dark:text-stone-200">{feedback.evidence.text}</blockquote>
      )}
      <div className="mt-3 flex flex-wrap gap-2 text-sm">
        {feedback.evidence.href && (
          <Link href={withReturnToQuiz(feedback.evidence.href, attemptId)} className="inline-flex min-h-11 items-center px-1 font-medium underline">
            See in the article
          </Link>
        )}
        {feedback.canOverride && (
          <button type="button" onClick={onOverride} disabled={pending} className="min-h-11 px-1 font-medium underline">
            I was right
          </button>
        )}
      </div>
    </section>
  );
}
