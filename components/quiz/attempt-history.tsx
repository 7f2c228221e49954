// Past attempts of one article: when (in the learner's time zone), score, and
// a way back into each.
import Link from "next/link";
import type { AttemptSummary } from "@/lib/server/data/quiz";
import { formatDateTimeInZone } from "@/lib/format";

export function AttemptHistory({ attempts, timeZone }: { attempts: AttemptSummary[]; timeZone: string }) {
  if (attempts.length === 0) return <p className="text-stone-600 dark:text-stone-300">No quizzes yet. Your scores will appear here.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Your past quizzes on this article</caption>
      <thead className="text-stone-600 dark:text-stone-400">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">Started ({timeZone})</th>
          <th scope="col" className="py-2 pr-3 font-medium">Score</th>
          <th scope="col" className="py-2 font-medium"><span className="sr-only">Open</span></th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} className="border-t border-stone-200 dark:border-stone-800">
            <td className="py-2 pr-3">
              <time dateTime={a.startedAt.toISOString()}>{formatDateTimeInZone(a.startedAt, timeZone)}</time>
              {a.isRetry && <span className="ml-2 rounded bg-stone-200 px-1.5 text-xs dark:bg-stone-800">retry</span>}
            </td>
            <td className="py-2 pr-3 tabular-nums">
              {a.status === "finished" && a.score !== null
                ? `${formatScore(a.score)} / ${a.maxScore} (${Math.round((a.score / a.maxScore) * 100)}%)`
                : `in progress, ${a.answered} of ${a.maxScore} answered`}
            </td>
            <td className="py-2">
              <Link href={a.status === "finished" ? `/quiz/${a.id}/results` : `/quiz/${a.id}`} className="inline-flex min-h-11 min-w-11 items-center underline">
                {a.status === "finished" ? "Results" : "Resume"}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
