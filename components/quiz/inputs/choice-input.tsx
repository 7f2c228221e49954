"use client";
// Multiple choice: 1–9 or A–I pick a choice.
import { useStudyKeys } from "@/components/study/use-study-keys";
import { optionBox, type KindInput } from "./types";

const LETTERS = "abcdefghi";

export const choiceInput: KindInput<string | null> = {
  initial: () => null,
  toResponse: (choice) => (choice === null ? { error: "Pick one of the choices first." } : { response: { kind: "multiple_choice", choice } }),
  hasSubmit: true,
  shortcuts: [{ keys: "1–9 or A–I", action: "Pick a choice" }],
  Component: function ChoiceInput({ question, value, onChange, disabled }) {
    const choices = question.choices ?? [];
    useStudyKeys(
      [
        {
          keys: [..."123456789".slice(0, choices.length), ...LETTERS.slice(0, choices.length)],
          run: (e) => {
            const k = e.key.toLowerCase();
            const i = /^[1-9]$/.test(k) ? Number(k) - 1 : LETTERS.indexOf(k);
            if (choices[i] !== undefined) onChange(choices[i]!);
          },
        },
      ],
      !disabled,
    );
    return (
      <fieldset disabled={disabled}>
        <legend className="sr-only">
          Choices (press 1 to {choices.length} or A to {LETTERS[choices.length - 1]?.toUpperCase()})
        </legend>
        <div className="grid gap-2">
          {choices.map((c, i) => (
            <label key={c} className={optionBox}>
              <input type="radio" name="choice" value={c} checked={value === c} onChange={() => onChange(c)} className="sr-only" />
              <kbd className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded border border-stone-400 font-mono text-sm dark:border-stone-500" aria-hidden="true">
                {LETTERS[i]!.toUpperCase()}
              </kbd>
              <span>{c}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  },
};
