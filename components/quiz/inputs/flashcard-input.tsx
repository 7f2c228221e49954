"use client";
// A flashcard in a quiz: Space turns it over (the back comes from the server
// only then), then Y / N says whether the learner knew it.
import { useCallback, useState, useTransition } from "react";
import { revealFlashcardAction } from "@/lib/server/actions/quiz";
import { useStudyKeys } from "@/components/study/use-study-keys";
import type { KindInput } from "./types";

export const flashcardInput: KindInput<null> = {
  initial: () => null,
  toResponse: () => ({ error: "Turn the card over first." }),
  hasSubmit: false,
  shortcuts: [
    { keys: "Space", action: "Turn the card over" },
    { keys: "Y / N", action: "Say whether you knew it (yes / no)" },
  ],
  Component: function FlashcardInput({ attemptId, question, send, disabled }) {
    const [back, setBack] = useState<string | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [pending, startTransition] = useTransition();
    const reveal = useCallback(() => {
      if (back !== null || pending) return;
      startTransition(async () => {
        const result = await revealFlashcardAction({ attemptId, questionId: question.id });
        if (result.ok) setBack(result.back);
        else setError(result.error);
      });
    }, [attemptId, back, pending, question.id]);
    useStudyKeys(
      back === null
        ? [{ keys: [" ", "enter"], run: reveal }]
        : [{ keys: ["y", "n"], run: (e) => send({ kind: "flashcard", knew: e.key.toLowerCase() === "y" }) }],
      !disabled || back === null,
    );
    return (
      <div className="rounded-xl border border-dashed border-stone-400 p-5 dark:border-stone-500">
        {back === null ? (
          <button type="button" onClick={reveal} disabled={pending} className="min-h-11 rounded-lg bg-stone-900 px-4 text-white dark:bg-amber-300 dark:text-stone-950">
            Show answer <kbd className="ml-2 text-xs">Space</kbd>
          </button>
        ) : (
          <div>
            <p className="text-lg" aria-live="polite">
              {back}
            </p>
            {!disabled && (
              <div className="mt-4 flex flex-wrap gap-3">
                <button type="button" onClick={() => send({ kind: "flashcard", knew: true })} className="min-h-11 rounded-lg bg-emerald-800 px-4 text-white">
                  I knew it <kbd className="ml-2 text-xs">Y</kbd>
                </button>
                <button type="button" onClick={() => send({ kind: "flashcard", knew: false })} className="min-h-11 rounded-lg bg-stone-200 px-4 text-stone-900 dark:bg-stone-700 dark:text-stone-100">
                  I didn&apos;t <kbd className="ml-2 text-xs">N</kbd>
                </button>
              </div>
            )}
          </div>
        )}
        {error && (
          <p role="alert" className="mt-2 text-red-800 dark:text-red-200">
            {error}
          </p>
        )}
      </div>
    );
  },
};
