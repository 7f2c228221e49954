"use client";
// One question at a time, keyboard first. Sees only the public view of the
// current question; the verdict, correct answer and explanation arrive from
// the server after the learner has answered, and stay on screen until the
// learner goes on (an "I was right" updates them in place). What each kind
// shows and which keys it takes is its input component's (./inputs).
//   Enter submits · Enter or → goes on · ? lists every shortcut
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { PublicQuestion } from "@/lib/domain/quiz/present";
import type { Feedback } from "@/lib/domain/quiz/feedback";
import { answerAction, overrideAction } from "@/lib/server/actions/quiz";
import { ShortcutHelp } from "@/components/study/shortcut-help";
import { useBeforeNextKey, useStudyKeys } from "@/components/study/use-study-keys";
import { ReportProblem } from "@/components/report/report-problem";
import { FeedbackPanel } from "./feedback-panel";
import { KIND_INPUTS } from "./inputs";

type Props = {
  attemptId: string;
  position: number;
  total: number;
  answered: number;
  question: PublicQuestion;
  /** The kind's label, from the kinds registry on the server (the registry's schemas stay out of the browser). */
  kindLabel: string;
};

// Back and Forward restore the page the router cached when it was left, in
// which an answered question still looks unanswered. Each answer's feedback
// is kept for the tab (sessionStorage), so a runner mounted for a question
// already answered shows that feedback and goes on from there.
const feedbackKey = (attemptId: string, questionId: string) => `recall:feedback:${attemptId}:${questionId}`;

function rememberedFeedback(attemptId: string, questionId: string): Feedback | null {
  if (typeof window === "undefined") return null;
  try {
    const raw = window.sessionStorage.getItem(feedbackKey(attemptId, questionId));
    return raw ? (JSON.parse(raw) as Feedback) : null;
  } catch {
    return null;
  }
}

function rememberFeedback(attemptId: string, feedback: Feedback) {
  try {
    window.sessionStorage.setItem(feedbackKey(attemptId, feedback.questionId), JSON.stringify(feedback));
  } catch {
    // Storage full or disabled: Back then falls back to the server's "already answered" reply.
  }
}

export function QuizRunner({ attemptId, position, total, answered, question, kindLabel }: Props) {
  const router = useRouter();
  const input = KIND_INPUTS[question.kind];
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [feedback, setFeedbackState] = useState<Feedback | null>(() => rememberedFeedback(attemptId, question.id));
  const setFeedback = useCallback(
    (f: Feedback) => {
      rememberFeedback(attemptId, f);
      setFeedbackState(f);
    },
    [attemptId],
  );
  // The draft is also kept in a ref, written in the same event that changes it,
  // so a fast "pick then Enter" never submits a stale draft from an old render.
  const [value, setValueState] = useState<unknown>(() => input.initial(question));
  const draft = useRef(value);
  const setValue = useCallback((v: unknown) => {
    draft.current = v;
    setValueState(v);
    setError(null);
  }, []);
  const busy = useRef(false);
  const nextRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Keyboard shortcuts work from here on (tests wait for data-ready).
    if (rootRef.current) rootRef.current.dataset.ready = "true";
    // Each question starts at the top, with its count and prompt in view: the
    // page is refreshed in place, so a phone would otherwise stay scrolled down
    // where the last question's feedback and "Next question" button were.
    window.scrollTo({ top: 0, left: 0, behavior: "instant" });
    if (question.kind !== "cloze" && question.kind !== "short_answer") headingRef.current?.focus({ preventScroll: true });
  }, [question.kind]);
  // (focus moves before the next key press is handled: Enter right after the verdict goes on)
  useBeforeNextKey(() => {
    if (feedback) nextRef.current?.focus();
  }, [feedback]);

  const send = useCallback(
    (response: unknown) => {
      if (busy.current || feedback) return;
      busy.current = true;
      setError(null);
      startTransition(async () => {
        const result = await answerAction({ attemptId, questionId: question.id, response });
        busy.current = false;
        if (result.ok) setFeedback(result.feedback);
        else if (result.recorded) {
          // Answered before (another tab, or before Back): show what counts and go on from there.
          setFeedback(result.recorded);
          setNotice(result.error);
        } else setError(result.error);
      });
    },
    [attemptId, feedback, question.id, setFeedback],
  );

  const submit = useCallback(() => {
    if (pending || feedback) return;
    const built = input.toResponse(draft.current, question);
    if ("error" in built) setError(built.error);
    else send(built.response);
  }, [pending, feedback, input, question, send]);

  const goOn = useCallback(() => {
    if (!feedback) return;
    if (feedback.finished) router.push(`/quiz/${attemptId}/results`);
    else router.refresh();
  }, [attemptId, feedback, router]);

  const override = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    startTransition(async () => {
      const result = await overrideAction({ attemptId, questionId: question.id });
      busy.current = false;
      if (result.ok) {
        setFeedback(result.feedback);
        requestAnimationFrame(() => nextRef.current?.focus());
      } else setError(result.error);
    });
  }, [attemptId, question.id, setFeedback]);

  useStudyKeys(
    feedback
      ? [{ keys: ["enter", "arrowright"], run: goOn }]
      : input.hasSubmit
        ? [{ keys: ["enter"], run: submit, inFields: true }]
        : [],
  );

  const progressDone = feedback ? feedback.answered : answered;
  const Input = input.Component;

  return (
    <div ref={rootRef} className="mx-auto max-w-[70ch]" data-question-kind={question.kind}>
      <div className="mb-6">
        <div className="flex items-baseline justify-between text-sm text-stone-700 dark:text-stone-300">
          <span aria-live="polite">
            Question {position + 1} of {total}
          </span>
          <span>{kindLabel}</span>
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
          <Input attemptId={attemptId} question={question} value={value} onChange={setValue} send={send} disabled={!!feedback || pending} />
        </div>

        {error && (
          <p id="quiz-error" role="alert" className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        )}

        {!feedback && input.hasSubmit && (
          <button
            type="submit"
            disabled={pending}
            className="mt-6 min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:hover:bg-amber-200 dark:text-stone-950"
          >
            {pending ? "Checking…" : "Check answer"} <kbd className="ml-2 text-xs">Enter</kbd>
          </button>
        )}
      </form>

      {feedback && (
        <div className="mt-6">
          {notice && (
            <p role="status" className="mb-3 rounded-lg bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800">
              {notice}
            </p>
          )}
          <FeedbackPanel feedback={feedback} onOverride={override} pending={pending} attemptId={attemptId} />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <button
              ref={nextRef}
              type="button"
              onClick={goOn}
              className="min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:hover:bg-amber-200 dark:text-stone-950"
            >
              {feedback.finished ? "See results" : "Next question"} <kbd className="ml-2 text-xs">Enter / →</kbd>
            </button>
          </div>
          {/* Outside the feedback's live region; keyed by question so the next one starts closed. */}
          <div className="mt-3">
            <ReportProblem key={feedback.questionId} questionId={feedback.questionId} from={{ source: "quiz", attemptId }} />
          </div>
        </div>
      )}
      <div className="mt-8 flex flex-wrap items-center gap-2 text-sm">
        <Link href={`/quiz/${attemptId}/results`} className="inline-flex min-h-11 items-center px-1 text-stone-700 underline dark:text-stone-300">
          Answers so far
        </Link>
        <ShortcutHelp
          groups={[
            { title: kindLabel, items: input.shortcuts },
            {
              title: "Every question",
              items: [
                { keys: "Enter", action: "Check the answer" },
                { keys: "Enter or →", action: "Next question, after the feedback" },
                { keys: "?", action: "Show these shortcuts (outside a text field)" },
                { keys: "Esc", action: "Close this list" },
              ],
            },
          ]}
        />
      </div>
    </div>
  );
}
