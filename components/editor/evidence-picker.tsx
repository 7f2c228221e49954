"use client";
// The evidence of a question, chosen by clicking a sentence of the article:
// the sentence's text becomes the evidence and its offset where it sits.
// Sentences are buttons (aria-pressed marks the chosen one), grouped by
// paragraph, in a scrolling box that opens at the chosen sentence.
import { useEffect, useRef } from "react";

export type PickerSentence = { index: number; paragraph: number; start: number; end: number; text: string };

type Props = {
  sentences: PickerSentence[];
  evidence: string;
  evidenceStart: number;
  onPick: (sentence: PickerSentence) => void;
  error?: string[];
};

export function EvidencePicker({ sentences, evidence, evidenceStart, onPick, error }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const end = evidenceStart + evidence.length;
  const chosen = (s: PickerSentence) => evidenceStart >= 0 && s.start < end && s.end > evidenceStart;

  useEffect(() => {
    // Open at the chosen sentence, once (scrolling the box only, not the page).
    const el = box.current?.querySelector<HTMLElement>("[aria-pressed=true]");
    if (el && box.current) box.current.scrollTop = el.offsetTop - box.current.offsetTop - 40;
  }, []);

  const paragraphs: PickerSentence[][] = [];
  for (const s of sentences) (paragraphs[s.paragraph] ??= []).push(s);

  return (
    <fieldset className="grid gap-2" aria-describedby={error ? "evidence-error" : "evidence-help"}>
      <legend className="font-medium">Evidence</legend>
      <p id="evidence-help" className="text-sm text-stone-700 dark:text-stone-300">
        Click the sentence of the article the answer comes from.
      </p>
      <blockquote className="rounded-lg border-l-4 border-amber-600 bg-amber-50 px-3 py-2 font-serif dark:border-amber-400 dark:bg-amber-950" data-testid="evidence-text">
        {evidence || <span className="text-stone-700 italic dark:text-stone-300">No sentence chosen yet.</span>}
      </blockquote>
      {error && (
        <p id="evidence-error" className="text-sm text-red-800 dark:text-red-300">
          Evidence {error.join("; ")}
        </p>
      )}
      <div ref={box} className="max-h-80 overflow-y-auto rounded-lg border border-stone-300 p-2 dark:border-stone-700" role="group" aria-label="Sentences of the article">
        {paragraphs.map((p, i) =>
          p ? (
            <p key={i} className="mb-2 leading-relaxed">
              {p.map((s) => (
                <button
                  key={s.index}
                  type="button"
                  aria-pressed={chosen(s)}
                  onClick={() => onPick(s)}
                  data-sentence={s.index + 1}
                  className="min-h-11 rounded px-0.5 text-left font-serif hover:bg-amber-100 aria-pressed:bg-amber-200 aria-pressed:text-stone-950 dark:hover:bg-amber-950 dark:aria-pressed:bg-amber-300"
                >
                  {s.text}{" "}
                </button>
              ))}
            </p>
          ) : null,
        )}
      </div>
    </fieldset>
  );
}
