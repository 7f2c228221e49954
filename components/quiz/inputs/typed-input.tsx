"use client";
// Cloze and short answer: the learner types; a blank asks for an answer and
// "I don't know" is an explicit, wrong answer with nothing to override.
import { useEffect, useRef } from "react";
import { BLANK_ANSWER_MESSAGE, RESPONSE_TEXT_MAX } from "@/lib/domain/grading/response-limits";
import type { KindInput } from "./types";

export const typedInput: KindInput<string> = {
  initial: () => "",
  toResponse: (text, question) => (text.trim() === "" ? { error: BLANK_ANSWER_MESSAGE } : { response: { kind: question.kind, text } }),
  hasSubmit: true,
  shortcuts: [
    { keys: "Enter", action: "Check the typed answer" },
    { keys: "Tab, then Enter", action: "“I don't know” (the button after the field)" },
  ],
  Component: function TypedInput({ question, value, onChange, send, disabled }) {
    const input = useRef<HTMLInputElement>(null);
    useEffect(() => input.current?.focus({ preventScroll: true }), []); // the runner scrolls to the top
    return (
      <div>
        <label htmlFor="typed-answer" className="block text-sm font-medium">
          Your answer
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            ref={input}
            id="typed-answer"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={value}
            maxLength={RESPONSE_TEXT_MAX}
            readOnly={disabled}
            onChange={(e) => onChange(e.target.value)}
            className="min-h-11 min-w-0 flex-1 rounded-lg border border-stone-400 bg-white px-3 py-2 text-lg dark:border-stone-500 dark:bg-stone-900"
          />
          {!disabled && (
            <button
              type="button"
              onClick={() => send({ kind: question.kind, text: "", dontKnow: true })}
              className="min-h-11 rounded-lg border border-stone-400 px-4 text-sm font-medium hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
            >
              I don&apos;t know
            </button>
          )}
        </div>
      </div>
    );
  },
};
