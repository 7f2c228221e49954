// The results of one attempt: score, time taken, when (in the learner's time
// zone), and every question with the
// learner's answer beside the correct one and the explanation.
import Link from "next/link";
import { LockedAnswer } from "@/components/quiz/locked-answer";
import type { AttemptResults } from "@/lib/server/data/quiz";
import { kindLabel } from "@/lib/domain/kinds";
import { withReturnToQuiz } from "@/lib/domain/article/anchors";
import { verdictHeadline } from "@/lib/domain/quiz/verdict-labels";
import { formatDateTimeInZone } from "@/lib/format";
import { formatScore } from "./attempt-history";
import { OverrideButton, RetryMistakesForm } from "./results-actions";

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function ResultsView({ results, timeZone, retryToken }: { results: AttemptResults; timeZone: string; retryToken: string }) {
  const finished = results.finishedAt;
  const percent = results.maxScore > 0 ? Math.round((results.score / results.maxScore) * 100) : 0;
  return (
    <div className="mx-auto max-w-[70ch]">
      {results.article && (
        <p className="text-sm text-stone-600 dark:text-stone-300">
          <Link href={`/articles/${results.article.slug}`} className="inline-flex min-h-11 items-center underline">
            {results.article.title}
          </Link>
        </p>
      )}
      <h1 className="mt-1 text-3xl font-semibold tracking-tight">{results.status === "finished" ? "Quiz results" : "Answers so far"}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">
        {finished ? "Finished" : "Started"}{" "}
        <time dateTime={(finished ?? results.startedAt).toISOString()} data-testid={finished ? "finished-at" : "started-at"}>
          {formatDateTimeInZone(finished ?? results.startedAt, timeZone)}
        </time>{" "}
        <span className="text-sm">({timeZone})</span>
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
        <div className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Score</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="score">
            {formatScore(results.score)} / {results.maxScore}
            <span className="ml-2 text-base font-normal text-stone-600 dark:text-stone-400">{percent}%</span>
          </dd>
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Time</dt>
          <dd className="text-2xl font-semibold tabular-nums">{results.durationMs === null ? "—" : formatDuration(results.durationMs)}</dd>
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Mistakes</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            {results.mistakes}
            {results.overrides > 0 && <span className="ml-2 text-sm font-normal">({results.overrides} marked right by you)</span>}
          </dd>
        </div>
      </dl>
      <div className="mt-6 flex flex-wrap items-start gap-3">
        {results.status === "finished" && results.mistakes > 0 && <RetryMistakesForm attemptId={results.id} startToken={retryToken} />}
        {results.status !== "finished" && (
          <Link href={`/quiz/${results.id}`} className="inline-flex min-h-11 items-center rounded-lg bg-stone-900 px-5 font-medium text-white dark:bg-amber-300 dark:text-stone-950">
            Continue the quiz
          </Link>
        )}
        {results.article && (
          <Link href={`/articles/${results.article.slug}/quiz`} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-5 font-medium dark:border-stone-700">
            New quiz
          </Link>
        )}
      </div>
      <ol className="mt-8 grid gap-4" aria-label="Questions">
        {results.items.map((item) => (
          <li key={item.questionId} className="rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900" data-correct={item.correct}>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {item.position + 1}. {kindLabel(item.kind)} ·{" "}
              <strong className={item.correct ? "text-emerald-800 dark:text-emerald-300" : item.credit > 0 ? "text-amber-800 dark:text-amber-300" : "text-red-800 dark:text-red-300"}>
                {verdictHeadline(item)}
              </strong>
            </p>
            <p className="mt-1 font-serif text-lg">{item.prompt}</p>
            {item.lockedBy ? (
              <LockedAnswer attemptId={item.lockedBy} className="mt-2 text-sm" />
            ) : (
              <>
                {item.note && <p className="mt-1 text-sm">{item.note}</p>}
                {item.parts ? (
                  <ul className="mt-2 grid gap-1 text-sm" aria-label="Your pairs">
                    {item.parts.map((p) => (
                      <li key={p.label} data-pair-correct={p.correct}>
                        <span aria-hidden="true">{p.correct ? "✓ " : "✗ "}</span>
                        <span className="sr-only">{p.correct ? "Right: " : "Wrong: "}</span>
                        <span className="font-medium">{p.label}</span> → {p.yours}
                        {!p.correct && <> (right: {p.right})</>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
                    <dt className="font-medium">Your answer</dt>
                    <dd>{item.yourAnswer}</dd>
                    <dt className="font-medium">Correct answer</dt>
                    <dd>{item.correctAnswer}</dd>
                  </dl>
                )}
                <p className="mt-2 text-stone-700 dark:text-stone-300">{item.explanation}</p>
                <div className="mt-2 flex flex-wrap gap-4 text-sm">
                  {item.evidenceHref && (
                    <Link href={withReturnToQuiz(item.evidenceHref, results.id)} className="inline-flex min-h-11 items-center underline">
                      See in the article
                    </Link>
                  )}
                  {item.canOverride && <OverrideButton attemptId={results.id} questionId={item.questionId} />}
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
