"use client";
// The two things a learner can do from the results: mark a typed answer right,
// and start a new attempt of just the mistakes.
import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import { overrideAction, retryMistakesAction, type RetryState } from "@/lib/server/actions/quiz";

export function RetryMistakesForm({ attemptId, startToken }: { attemptId: string; startToken: string }) {
  const [state, action, pending] = useActionState<RetryState, FormData>(retryMistakesAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="startToken" value={startToken} />
      <button type="submit" disabled={pending} className="min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:hover:bg-amber-200 dark:text-stone-950">
        {pending ? "Starting…" : "Retry my mistakes"}
      </button>
      {state.error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {state.error}
        </p>
      )}
    </form>
  );
}

export function OverrideButton({ attemptId, questionId }: { attemptId: string; questionId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="underline"
        onClick={() =>
          start(async () => {
            const result = await overrideAction({ attemptId, questionId });
            if (result.ok) router.refresh();
            else setError(result.error);
          })
        }
      >
        I was right
      </button>
      {error && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </>
  );
}
