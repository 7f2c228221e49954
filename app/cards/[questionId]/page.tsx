import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RowIdSchema } from "@/lib/domain/ids";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getCardHistory } from "@/lib/server/data/card-history";
import { getUserSettings } from "@/lib/server/data/settings";
import { isFlagged } from "@/lib/domain/cards/browse";
import { formatDateTimeInZone } from "@/lib/format";
import { LockedAnswer } from "@/components/quiz/locked-answer";

export const metadata: Metadata = { title: "Card history" };
const STATES = ["new", "learning", "review", "relearning"];
const resultLabel = (r: { correct: boolean | null; credit: number | null; overridden: boolean }) =>
  r.overridden ? "right (marked by you)" : r.correct ? "right" : (r.credit ?? 0) > 0 ? `partly (${Math.round((r.credit ?? 0) * 100)}%)` : "wrong";

export default async function CardHistoryPage({ params }: PageProps<"/cards/[questionId]">) {
  const id = RowIdSchema.safeParse((await params).questionId);
  if (!id.success) notFound();
  const user = await getViewer();
  const [history, { timeZone }] = await Promise.all([getCardHistory(db, user.id, id.data), getUserSettings(db, user.id)]);
  if (!history) notFound();
  const { question, card, reviews, responses } = history;
  const when = (instant: Date) => formatDateTimeInZone(instant, timeZone);
  const flagged = card ? isFlagged(card) : false;
  return (
    <div className="mx-auto max-w-[70ch]">
      <p className="text-sm text-stone-600 dark:text-stone-300">
        <Link href="/cards" className="underline">
          Cards
        </Link>{" "}
        · {question.article.title}
      </p>
      <h1 className="mt-1 font-serif text-2xl leading-snug">{question.prompt}</h1>
      {question.key ? (
        <>
          <p className="mt-3">
            <strong>Answer:</strong> {question.key.answer}
          </p>
          <p className="mt-1 text-stone-700 dark:text-stone-300">{question.key.explanation}</p>
          {question.key.evidenceHref && (
            <Link href={question.key.evidenceHref} className="mt-1 inline-block text-sm underline">
              See in the article
            </Link>
          )}
        </>
      ) : (
        question.lockedBy && <LockedAnswer attemptId={question.lockedBy} className="mt-3" />
      )}
      <dl className="mt-6 grid grid-cols-2 gap-3 break-words sm:grid-cols-5" data-testid="card-summary">
        <div><dt className="text-sm text-stone-600 dark:text-stone-400">State</dt><dd className="font-semibold">{card ? (card.suspended ? "suspended" : STATES[card.state]) : "new"}</dd></div>
        <div><dt className="text-sm text-stone-600 dark:text-stone-400">Next due ({timeZone})</dt><dd className="font-semibold">{card && card.state !== 0 ? when(card.due) : "—"}</dd></div>
        <div><dt className="text-sm text-stone-600 dark:text-stone-400">Reviews</dt><dd className="font-semibold tabular-nums">{card?.reps ?? 0}</dd></div>
        <div><dt className="text-sm text-stone-600 dark:text-stone-400">Lapses</dt><dd className="font-semibold tabular-nums">{card?.lapses ?? 0}</dd></div>
        <div><dt className="text-sm text-stone-600 dark:text-stone-400">Flag</dt><dd className={flagged ? "font-semibold text-red-700 dark:text-red-300" : "font-semibold"} data-flagged={flagged}>{flagged ? <><span aria-hidden="true">⚑ </span>Flagged</> : "Not flagged"}</dd></div>
      </dl>
      <h2 id="answers-heading" className="mt-8 text-lg font-semibold">Quiz answers</h2>
      {responses.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-300">Not asked in a quiz yet.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm" aria-labelledby="answers-heading">
          <thead><tr><th scope="col" className="py-1 pr-3 font-medium">When ({timeZone})</th><th scope="col" className="py-1 pr-3 font-medium">Your answer</th><th scope="col" className="py-1 font-medium">Result</th></tr></thead>
          <tbody>
            {responses.map((r) => (
              <tr key={`${r.attemptId}`} className="border-t border-stone-200 dark:border-stone-800">
                <td className="py-1 pr-3">{when(r.answeredAt!)}</td>
                <td className="py-1 pr-3">{r.result ? r.result.answer : "hidden"}</td>
                <td className="py-1">{r.result ? resultLabel(r.result) : "hidden until answered in your quiz"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="reviews-heading" className="mt-8 text-lg font-semibold">Reviews</h2>
      {reviews.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-300">Not reviewed yet.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm" aria-labelledby="reviews-heading">
          <thead><tr><th scope="col" className="py-1 pr-3 font-medium">When ({timeZone})</th><th scope="col" className="py-1 pr-3 font-medium">Grade</th><th scope="col" className="py-1 font-medium">From</th></tr></thead>
          <tbody>
            {reviews.map((r) => (
              <tr key={r.id} className="border-t border-stone-200 dark:border-stone-800">
                <td className="py-1 pr-3">{when(r.review)}</td>
                <td className="py-1 pr-3">{r.label}</td>
                <td className="py-1">{r.source === "quiz" ? "quiz answer" : "review"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
