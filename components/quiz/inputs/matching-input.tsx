"use client";
// Matching: the right-hand options are listed in full, lettered (a select
// would cut long options on a phone); each left side picks a letter.
import type { KindInput } from "./types";

const LETTERS = "ABCDEFGHIJ";

export const matchingInput: KindInput<Record<string, string>> = {
  initial: () => ({}),
  toResponse: (matches, q) => {
    const lefts = q.lefts ?? [];
    if (lefts.some((l) => !matches[l])) return { error: "Match every item first." };
    return { response: { kind: "matching", pairs: lefts.map((left) => ({ left, right: matches[left]! })) } };
  },
  hasSubmit: true,
  shortcuts: [
    { keys: "Tab", action: "Go to the next item's choice" },
    { keys: "↑ / ↓", action: "Change the choice in a list" },
    { keys: "Enter", action: "Check the answer (also from a list)" },
  ],
  Component: function MatchingInput({ question, value, onChange, disabled }) {
    const rights = question.rights ?? [];
    return (
      <div className="grid gap-4">
        <div>
          <p className="text-sm font-medium" id="match-options-title">
            Options
          </p>
          <ol className="mt-1 grid gap-1" aria-labelledby="match-options-title">
            {rights.map((right, i) => (
              <li key={right} data-match-option className="flex gap-2 break-words rounded-lg bg-stone-100 px-3 py-2 dark:bg-stone-800">
                <span className="font-mono font-semibold" aria-hidden="true">
                  {LETTERS[i]}
                </span>
                <span className="min-w-0">{right}</span>
              </li>
            ))}
          </ol>
        </div>
        {(question.lefts ?? []).map((left, i) => (
          <div key={left} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-3">
            <label htmlFor={`match-${i}`} className="font-medium">
              {left}
            </label>
            <select
              id={`match-${i}`}
              value={value[left] ?? ""}
              disabled={disabled}
              onChange={(e) => onChange({ ...value, [left]: e.target.value })}
              className="min-h-11 w-full min-w-0 rounded-lg border border-stone-400 bg-white px-2 dark:border-stone-500 dark:bg-stone-900"
            >
              <option value="">Choose…</option>
              {rights.map((right, k) => (
                <option key={right} value={right}>
                  {LETTERS[k]}. {right}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    );
  },
};
