"use client";
// One question at a time, keyboard first. Sees only the public view of the
// current question; the verdict, correct answer and explanation arrive from
// the server after the learner has answered.
//   1-9 / A-D pick a choice · T / F true or false · Enter submits
//   Space turns a flashcard over, then Y / N · Enter or → goes on
//   In an ordering list: Alt+↑ / Alt+↓ move the focused item
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { PublicQuestion } from "@/lib/domain/quiz/present";
import type { Feedback } from "@/lib/domain/quiz/feedback";
import { answerAction, overrideAction, revealFlashcardAction } from "@/lib/server/actions/quiz";
import { KIND_LABELS } from "@/lib/domain/quiz/config";
import { FeedbackPanel } from "./feedback-panel";

type Props = {
  attemptId: string;
  position: number;
  total: number;
  answered: number;
  question: PublicQuestion;
};

const LETTERS = "abcdefghi";

export function QuizRunner({ attemptId, position, total, answered, question }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [choice, setChoiceState] = useState<string | null>(null);
  const [truth, setTruthState] = useState<boolean | null>(null);
  const [text, setTextState] = useState("");
  const [order, setOrderState] = useState<string[]>(question.items ?? []);
  const [matches, setMatchesState] = useState<Record<string, string>>({});
  // The draft is also kept in a ref, written in the same event that changes it,
  // so a fast "pick then Enter" never submits a stale draft from an old render.
  const draft = useRef({ choice, truth, text, order, matches });
  const setChoice = (v: string) => {
    draft.current.choice = v;
    setChoiceState(v);
  };
  const setTruth = (v: boolean) => {
    draft.current.truth = v;
    setTruthState(v);
  };
  const setText = (v: string) => {
    draft.current.text = v;
    setTextState(v);
  };
  const setMatches = (left: string, right: string) => {
    draft.current.matches = { ...draft.current.matches, [left]: right };
    setMatchesState(draft.current.matches);
  };
  const [back, setBack] = useState<string | null>(null);
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Keyboard shortcuts work from here on (tests wait for data-ready).
    if (rootRef.current) rootRef.current.dataset.ready = "true";
    if (question.kind === "cloze" || question.kind === "short_answer") textRef.current?.focus();
    else headingRef.current?.focus();
  }, [question.kind]);
  useEffect(() => {
    if (feedback) nextRef.current?.focus();
  }, [feedback]);

  const buildResponse = useCallback((): unknown | string => {
    const { choice, truth, text, order, matches } = draft.current;
    switch (question.kind) {
      case "multiple_choice":
        return choice === null ? "Pick one of the choices first." : { kind: "multiple_choice", choice };
      case "true_false":
        return truth === null ? "Choose true or false first." : { kind: "true_false", value: truth };
      case "cloze":
      case "short_answer":
        return { kind: question.kind, text };
      case "ordering":
        return { kind: "ordering", order };
      case "matching": {
        const lefts = question.lefts ?? [];
        if (lefts.some((l) => !matches[l])) return "Match every item first.";
        return { kind: "matching", pairs: lefts.map((left) => ({ left, right: matches[left]! })) };
      }
      case "flashcard":
        return "Turn the card over first.";
    }
  }, [question]);

  const send = useCallback(
    (response: unknown) => {
      setError(null);
      startTransition(async () => {
        const result = await answerAction({ attemptId, questionId: question.id, response });
        if (result.ok) setFeedback(result.feedback);
        else setError(result.error);
      });
    },
    [attemptId, question.id],
  );

  const submit = useCallback(() => {
    if (pending || feedback) return;
    const response = buildResponse();
    if (typeof response === "string") setError(response);
    else send(response);
  }, [pending, feedback, buildResponse, send]);

  const reveal = useCallback(() => {
    if (back !== null || pending) return;
    startTransition(async () => {
      const result = await revealFlashcardAction({ attemptId, questionId: question.id });
      if (result.ok) setBack(result.back);
      else setError(result.error);
    });
  }, [attemptId, back, pending, question.id]);

  const goOn = useCallback(() => {
    if (!feedback) return;
    if (feedback.finished) router.push(`/quiz/${attemptId}/results`);
    else router.refresh();
  }, [attemptId, feedback, router]);

  const override = useCallback(() => {
    startTransition(async () => {
      const result = await overrideAction({ attemptId, questionId: question.id });
      if (result.ok) setFeedback(result.feedback);
      else setError(result.error);
    });
  }, [attemptId, question.id]);

  const move = useCallback((from: number, to: number) => {
    const current = draft.current.order;
    if (to < 0 || to >= current.length) return;
    const next = [...current];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    draft.current.order = next;
    setOrderState(next);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      // Letters and digits belong to a text field or a select when one has focus; Enter in a select submits.
      const typing = target?.tagName === "INPUT" || target?.tagName === "TEXTAREA" || target?.tagName === "SELECT";
      if (target?.tagName === "SELECT" && event.key === "Enter" && !feedback) {
        event.preventDefault();
        submit();
        return;
      }
      const key = event.key.toLowerCase();
      if (feedback) {
        if ((key === "enter" && target?.tagName !== "BUTTON" && target?.tagName !== "A") || key === "arrowright") {
          event.preventDefault();
          goOn();
        }
        return;
      }
      if (typing || event.altKey) return;
      if (question.kind === "multiple_choice" && question.choices) {
        const index = /^[1-9]$/.test(key) ? Number(key) - 1 : key.length === 1 ? LETTERS.indexOf(key) : -1;
        if (index >= 0 && index < question.choices.length) {
          event.preventDefault();
          setChoice(question.choices[index]!);
          return;
        }
      }
      if (question.kind === "true_false" && (key === "t" || key === "f")) {
        event.preventDefault();
        setTruth(key === "t");
        return;
      }
      if (question.kind === "flashcard") {
        if (back === null && (key === " " || key === "enter")) {
          event.preventDefault();
          reveal();
        } else if (back !== null && (key === "y" || key === "n")) {
          event.preventDefault();
          send({ kind: "flashcard", knew: key === "y" });
        }
        return;
      }
      if (key === "enter" && target?.tagName !== "BUTTON") {
        event.preventDefault();
        submit();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [back, feedback, goOn, question, reveal, send, submit]);

  const shownPosition = position + 1;
  const progressDone = feedback ? feedback.answered : answered;

  return (
    <div ref={rootRef} className="mx-auto max-w-[70ch]" data-question-kind={question.kind}>
      <div className="mb-6">
        <div className="flex items-baseline justify-between text-sm text-stone-600 dark:text-stone-300">
          <span aria-live="polite">
            Question {shownPosition} of {total}
          </span>
          <span>{KIND_LABELS[question.kind]}</span>
        </div>
        <div
          role="progressbar"
          aria-label="Quiz progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={progressDone}
          aria-valuetext={`${progressDone} of ${total} answered`}
          className="mt-2 h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
        >
          <div className="h-full rounded-full bg-amber-500 transition-[width]" style={{ width: `${(progressDone / total) * 100}%` }} />
        </div>
      </div>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        aria-describedby={error ? "quiz-error" : undefined}
      >
        <h1 ref={headingRef} tabIndex={-1} className="font-serif text-2xl leading-snug outline-none" id="question-prompt">
          {question.kind === "true_false" && <span className="sr-only">True or false: </span>}
          {question.prompt}
        </h1>

        <div className="mt-6">
          {question.kind === "multiple_choice" && (
            <fieldset disabled={!!feedback || pending}>
              <legend className="sr-only">Choices (press 1 to {question.choices?.length} or A to {LETTERS[(question.choices?.length ?? 1) - 1]?.toUpperCase()})</legend>
              <div className="grid gap-2">
                {(question.choices ?? []).map((c, i) => (
                  <label
                    key={c}
                    className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-4 py-2 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-500 dark:border-stone-700 dark:bg-stone-900 dark:has-[:checked]:bg-amber-950"
                  >
                    <input type="radio" name="choice" value={c} checked={choice === c} onChange={() => setChoice(c)} className="sr-only" />
                    <kbd className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded border border-stone-300 font-mono text-sm dark:border-stone-600" aria-hidden="true">
                      {LETTERS[i]!.toUpperCase()}
                    </kbd>
                    <span>{c}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}

          {question.kind === "true_false" && (
            <fieldset disabled={!!feedback || pending} className="flex gap-3">
              <legend className="sr-only">True or false (press T or F)</legend>
              {[true, false].map((v) => (
                <label
                  key={String(v)}
                  className="flex min-h-12 flex-1 cursor-pointer items-center justify-center gap-2 rounded-lg border border-stone-300 bg-white px-4 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-500 dark:border-stone-700 dark:bg-stone-900 dark:has-[:checked]:bg-amber-950"
                >
                  <input type="radio" name="truth" checked={truth === v} onChange={() => setTruth(v)} className="sr-only" />
                  <kbd className="font-mono text-sm" aria-hidden="true">
                    {v ? "T" : "F"}
                  </kbd>
                  {v ? "True" : "False"}
                </label>
              ))}
            </fieldset>
          )}

          {(question.kind === "cloze" || question.kind === "short_answer") && (
            <div>
              <label htmlFor="typed-answer" className="block text-sm font-medium">
                Your answer
              </label>
              <input
                ref={textRef}
                id="typed-answer"
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={text}
                maxLength={500}
                readOnly={!!feedback}
                onChange={(e) => setText(e.target.value)}
                className="mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-lg dark:border-stone-700 dark:bg-stone-900"
              />
            </div>
          )}

          {question.kind === "ordering" && (
            <div>
              <p id="ordering-help" className="mb-2 text-sm text-stone-600 dark:text-stone-300">
                Drag the items, or focus one and press Alt+↑ / Alt+↓ (or use its buttons).
              </p>
              <ol className="grid gap-2" aria-describedby="ordering-help" aria-label="Items to order">
                {order.map((item, i) => (
                  <li
                    key={item}
                    tabIndex={feedback ? -1 : 0}
                    draggable={!feedback}
                    onDragStart={() => setDragIndex(i)}
                    onDragOver={(e) => e.preventDefault()}
                    onDrop={() => {
                      if (dragIndex !== null) move(dragIndex, i);
                      setDragIndex(null);
                    }}
                    onKeyDown={(e) => {
                      if (feedback || !e.altKey) return;
                      if (e.key === "ArrowUp" || e.key === "ArrowDown") {
                        e.preventDefault();
                        const to = e.key === "ArrowUp" ? i - 1 : i + 1;
                        move(i, to);
                        requestAnimationFrame(() => (document.querySelector(`[data-order-index="${to}"]`) as HTMLElement | null)?.focus());
                      }
                    }}
                    data-order-index={i}
                    className="flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
                  >
                    <span className="w-6 text-right font-mono text-sm text-stone-500" aria-hidden="true">
                      {i + 1}.
                    </span>
                    <span className="flex-1">{item}</span>
                    <button type="button" disabled={!!feedback || i === 0} onClick={() => move(i, i - 1)} aria-label={`Move “${item}” up`} className="rounded px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-30 dark:hover:bg-stone-800">
                      ↑
                    </button>
                    <button type="button" disabled={!!feedback || i === order.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move “${item}” down`} className="rounded px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-30 dark:hover:bg-stone-800">
                      ↓
                    </button>
                  </li>
                ))}
              </ol>
            </div>
          )}

          {question.kind === "matching" && (
            <div className="grid gap-3">
              {(question.lefts ?? []).map((left, i) => (
                <div key={left} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-3">
                  <label htmlFor={`match-${i}`} className="font-medium">
                    {left}
                  </label>
                  <select
                    id={`match-${i}`}
                    value={matches[left] ?? ""}
                    disabled={!!feedback || pending}
                    onChange={(e) => setMatches(left, e.target.value)}
                    className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2 dark:border-stone-700 dark:bg-stone-900"
                  >
                    <option value="">Choose…</option>
                    {(question.rights ?? []).map((right) => (
                      <option key={right} value={right}>
                        {right}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          )}

          {question.kind === "flashcard" && (
            <div className="rounded-xl border border-dashed border-stone-300 p-5 dark:border-stone-700">
              {back === null ? (
                <button type="button" onClick={reveal} disabled={pending} className="min-h-11 rounded-lg bg-stone-900 px-4 text-white dark:bg-amber-300 dark:text-stone-950">
                  Show answer <kbd className="ml-2 text-xs opacity-70">Space</kbd>
                </button>
              ) : (
                <div>
                  <p className="text-lg" aria-live="polite">
                    {back}
                  </p>
                  {!feedback && (
                    <div className="mt-4 flex flex-wrap gap-3">
                      <button type="button" onClick={() => send({ kind: "flashcard", knew: true })} disabled={pending} className="min-h-11 rounded-lg bg-emerald-700 px-4 text-white">
                        I knew it <kbd className="ml-2 text-xs opacity-80">Y</kbd>
                      </button>
                      <button type="button" onClick={() => send({ kind: "flashcard", knew: false })} disabled={pending} className="min-h-11 rounded-lg bg-stone-200 px-4 dark:bg-stone-800">
                        I didn&apos;t <kbd className="ml-2 text-xs opacity-80">N</kbd>
                      </button>
                    </div>
                  )}
                </div>
              )}
            </div>
          )}
        </div>

        {error && (
          <p id="quiz-error" role="alert" className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        )}

        {!feedback && question.kind !== "flashcard" && (
          <button
            type="submit"
            disabled={pending}
            className="mt-6 min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950"
          >
            {pending ? "Checking…" : "Check answer"} <kbd className="ml-2 text-xs opacity-70">Enter</kbd>
          </button>
        )}
      </form>

      {feedback && (
        <div className="mt-6">
          <FeedbackPanel feedback={feedback} onOverride={override} pending={pending} />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <button
              ref={nextRef}
              type="button"
              onClick={goOn}
              className="min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950"
            >
              {feedback.finished ? "See results" : "Next question"} <kbd className="ml-2 text-xs opacity-70">Enter / →</kbd>
            </button>
          </div>
        </div>
      )}
      <p className="mt-8 text-sm">
        <Link href={`/quiz/${attemptId}/results`} className="text-stone-600 underline dark:text-stone-300">
          Answers so far
        </Link>
      </p>
    </div>
  );
}
