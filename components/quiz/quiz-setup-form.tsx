"use client";
// The quiz setup: how many questions, which kinds, which origin, which mode.
// Validated again on the server; field errors come back from the action. The
// page's one-time start token rides along, so a repeated submit starts one quiz.
import { useActionState, useState } from "react";
import { startQuizAction, type StartQuizState } from "@/lib/server/actions/quiz";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { QUIZ_MODES, QUIZ_ORIGINS, QUIZ_SIZES, type QuizConfig } from "@/lib/domain/quiz/config-options";
import { QUESTION_KINDS } from "@/lib/domain/questions/question-kinds";
import { countInPool, countSentencesInPool, countsByKind, quizLength, type PoolGroup, type SentenceGroup } from "@/lib/domain/quiz/pool";

const SIZE_LABELS: Record<QuizConfig["size"], string> = { "5": "5", "10": "10", "20": "20", all: "All" };
const ORIGIN_LABELS: Record<QuizConfig["origin"], string> = { both: "Both", handwritten: "Hand-written", generated: "Generated" };
const MODE_LABELS: Record<QuizConfig["mode"], string> = {
  all: "All questions",
  wrong: "Only questions I got wrong",
  due: "Due for review",
};

export function QuizSetupForm({ slug, pool, sentences, startToken }: { slug: string; pool: PoolGroup[]; sentences: SentenceGroup[]; startToken: string }) {
  const [state, action, pending] = useActionState<StartQuizState, FormData>(startQuizAction, {});
  // Controlled, so the counts follow every choice (and React's reset after the action changes nothing).
  const [setup, setSetup] = useState<QuizConfig>({ size: "10", kinds: [...QUESTION_KINDS], origin: "both", mode: "all" });
  const kindCounts = countsByKind(pool, setup);
  const available = countInPool(pool, setup);
  const onSentences = countSentencesInPool(sentences, setup);
  const { length, short, perSentence } = quizLength(available, setup.size, onSentences);
  const errors = state.fieldErrors ?? {};
  const radio = "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-500 dark:border-stone-700 dark:bg-stone-900 dark:has-[:checked]:bg-amber-950";
  return (
    <form action={action} className="grid gap-6" aria-describedby={state.error ? "setup-error" : undefined}>
      <input type="hidden" name="slug" value={slug} />
      {/* One-time: the same token again (a double-click, a resend) finds the attempt it started. */}
      <input type="hidden" name="startToken" value={startToken} />
      <fieldset>
        <legend className="mb-2 font-medium">Number of questions</legend>
        <div className="flex flex-wrap gap-2">
          {QUIZ_SIZES.map((size) => (
            <label key={size} className={radio}>
              <input type="radio" name="size" value={size} checked={setup.size === size} onChange={() => setSetup({ ...setup, size })} />
              {SIZE_LABELS[size]}
            </label>
          ))}
        </div>
        {errors.size && <p className="mt-1 text-sm text-red-700 dark:text-red-300">{errors.size[0]}</p>}
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-medium">Kinds of question</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {QUESTION_KINDS.map((kind) => (
            <label key={kind} className={radio}>
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                checked={setup.kinds.includes(kind)}
                onChange={(e) => setSetup({ ...setup, kinds: e.target.checked ? QUESTION_KINDS.filter((k) => k === kind || setup.kinds.includes(k)) : setup.kinds.filter((k) => k !== kind) })}
              />
              {KIND_LABELS[kind]} <span className="text-sm text-stone-700 dark:text-stone-300">({kindCounts[kind] ?? 0})</span>
            </label>
          ))}
        </div>
        {errors.kinds && <p className="mt-1 text-sm text-red-700 dark:text-red-300">{errors.kinds[0]}</p>}
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-medium">Questions written by</legend>
        <div className="flex flex-wrap gap-2">
          {QUIZ_ORIGINS.map((origin) => (
            <label key={origin} className={radio}>
              <input type="radio" name="origin" value={origin} checked={setup.origin === origin} onChange={() => setSetup({ ...setup, origin })} />
              {ORIGIN_LABELS[origin]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-medium">Mode</legend>
        <div className="grid gap-2">
          {QUIZ_MODES.map((mode) => (
            <label key={mode} className={radio}>
              <input type="radio" name="mode" value={mode} checked={setup.mode === mode} onChange={() => setSetup({ ...setup, mode })} />
              {MODE_LABELS[mode]}
            </label>
          ))}
        </div>
      </fieldset>
      <p data-testid="match-count" aria-live="polite" className={short || perSentence || available === 0 ? "rounded-lg bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100" : "text-stone-700 dark:text-stone-300"}>
        {available} question{available === 1 ? "" : "s"} match{available === 1 ? "es" : ""} these settings
        {available === 0
          ? ": choose more kinds, another origin or another mode."
          : perSentence
            ? `, on ${onSentences} sentence${onSentences === 1 ? "" : "s"} of the article. A quiz asks one question per sentence, so that one cannot give another away: this quiz will have at most ${length}.`
            : short
              ? `: fewer than ${setup.size}, so this quiz will have only ${length}.`
              : `; this quiz will have ${length}.`}
      </p>
      {state.error && (
        <p id="setup-error" role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
          {state.error}
        </p>
      )}
      <div>
        <button type="submit" disabled={pending} className="min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:hover:bg-amber-200 dark:text-stone-950">
          {pending ? "Starting…" : "Start quiz"}
        </button>
      </div>
    </form>
  );
}
