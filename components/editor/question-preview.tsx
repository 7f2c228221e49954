"use client";
// What a learner sees of the question being edited, live: the quiz's own
// input component for its kind, read-only (inert), with the lists shuffled as
// a quiz shuffles them; then what the feedback shows after an answer. Only
// editors see this page, so the answer may be shown here.
import { presentQuestion, toPublicQuestion } from "@/lib/domain/quiz/present";
import type { QuestionDraft } from "@/lib/domain/questions/editor";
import { KIND_INPUTS } from "@/components/quiz/inputs";

const PREVIEW_SEED = 20_261_205;

const filled = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);

/** The correct answer as the feedback words it. */
function correctAnswerOf(d: QuestionDraft): string {
  switch (d.kind) {
    case "multiple_choice":
      return d.choices[d.correctChoice]?.trim() ?? "";
    case "true_false":
      return d.truth ? "True" : "False";
    case "cloze":
    case "short_answer":
      return d.answer.trim();
    case "ordering":
      return filled(d.items).join(" → ");
    case "matching":
      return d.pairs.filter((p) => p.left.trim() && p.right.trim()).map((p) => `${p.left.trim()} → ${p.right.trim()}`).join("; ");
    case "flashcard":
      return d.back.trim();
  }
}

export function QuestionPreview({ draft, kindLabel }: { draft: QuestionDraft; kindLabel: string }) {
  const prompt = (draft.kind === "flashcard" ? draft.front : draft.prompt).trim();
  const pairs = draft.pairs.filter((p) => p.left.trim() || p.right.trim()).map((p) => ({ left: p.left.trim(), right: p.right.trim() }));
  const base = {
    id: "preview",
    kind: draft.kind,
    prompt,
    choices: draft.kind === "multiple_choice" ? filled(draft.choices) : null,
    items: draft.kind === "ordering" ? filled(draft.items) : null,
    pairs: draft.kind === "matching" ? pairs : null,
  };
  const question = toPublicQuestion(base, presentQuestion(base, PREVIEW_SEED));
  const input = KIND_INPUTS[draft.kind];
  const Input = input.Component;
  const answer = correctAnswerOf(draft);
  return (
    <section aria-labelledby="preview-heading" className="rounded-xl border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900" data-testid="question-preview">
      <h2 id="preview-heading" className="text-lg font-semibold">
        What a learner sees
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{kindLabel} · a preview: it takes no answers.</p>
      <div inert className="mt-4">
        <p className="font-serif text-xl leading-snug" data-testid="preview-prompt">
          {prompt || <span className="text-stone-600 italic dark:text-stone-400">(no prompt yet)</span>}
        </p>
        <div className="mt-4">
          {draft.kind === "flashcard" ? (
            <div className="rounded-xl border border-dashed border-stone-400 p-4 dark:border-stone-500">
              <span className="inline-flex min-h-11 items-center rounded-lg bg-stone-900 px-4 text-white dark:bg-amber-300 dark:text-stone-950">Show answer</span>
            </div>
          ) : (
            <Input attemptId="preview" question={question} value={input.initial(question)} onChange={() => {}} send={() => {}} disabled />
          )}
        </div>
      </div>
      <h3 className="mt-6 font-semibold">After answering</h3>
      <dl className="mt-2 grid gap-1 text-sm">
        <dt className="font-medium">Correct answer</dt>
        <dd data-testid="preview-answer">{answer || "—"}</dd>
        {(draft.kind === "cloze" || draft.kind === "short_answer") && filled(draft.accepted).length > 0 && (
          <>
            <dt className="font-medium">Also accepted</dt>
            <dd>{filled(draft.accepted).join(", ")}</dd>
          </>
        )}
      </dl>
      {draft.explanation.trim() && <p className="mt-2 text-sm">{draft.explanation.trim()}</p>}
      {draft.evidence.trim() && (
        <blockquote className="mt-2 border-l-4 border-stone-400 pl-3 font-serif text-sm italic text-stone-800 dark:border-stone-500 dark:text-stone-200">{draft.evidence.trim()}</blockquote>
      )}
    </section>
  );
}
