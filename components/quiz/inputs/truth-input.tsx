"use client";
// True or false: T or F.
import { useStudyKeys } from "@/components/study/use-study-keys";
import { optionBox, type KindInput } from "./types";

export const truthInput: KindInput<boolean | null> = {
  initial: () => null,
  toResponse: (value) => (value === null ? { error: "Choose true or false first." } : { response: { kind: "true_false", value } }),
  hasSubmit: true,
  shortcuts: [{ keys: "T / F", action: "Choose true or false" }],
  Component: function TruthInput({ value, onChange, disabled }) {
    useStudyKeys([{ keys: ["t", "f"], run: (e) => onChange(e.key.toLowerCase() === "t") }], !disabled);
    return (
      <fieldset disabled={disabled} className="flex gap-3">
        <legend className="sr-only">True or false (press T or F)</legend>
        {[true, false].map((v) => (
          <label key={String(v)} className={`${optionBox} flex-1 justify-center`}>
            <input type="radio" name="truth" checked={value === v} onChange={() => onChange(v)} className="sr-only" />
            <kbd className="font-mono text-sm" aria-hidden="true">
              {v ? "T" : "F"}
            </kbd>
            {v ? "True" : "False"}
          </label>
        ))}
      </fieldset>
    );
  },
};
