// What every quiz input component takes: the public question, the learner's
// draft for it, and a way to send an answer at once (flashcards, "I don't know").
import type { PublicQuestion } from "@/lib/domain/quiz/present";
import type { ShortcutGroup } from "@/components/study/shortcut-help";

export type InputProps<V> = {
  attemptId: string;
  question: PublicQuestion;
  value: V;
  onChange: (value: V) => void;
  /** Sends a finished response now (a flashcard's "I knew it", "I don't know"). */
  send: (response: unknown) => void;
  /** True once answered or while a request is under way. */
  disabled: boolean;
};

export type KindInput<V> = {
  initial: (question: PublicQuestion) => V;
  /** The response to send, or a message saying what is missing. */
  toResponse: (value: V, question: PublicQuestion) => { response: unknown } | { error: string };
  /** Whether the runner shows "Check answer" (a flashcard answers through its own buttons). */
  hasSubmit: boolean;
  shortcuts: ShortcutGroup["items"];
  Component: (props: InputProps<V>) => React.ReactNode;
};

export const optionBox =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-4 py-2 has-[:checked]:border-amber-600 has-[:checked]:bg-amber-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-600 dark:border-stone-600 dark:bg-stone-900 dark:has-[:checked]:bg-amber-950";
