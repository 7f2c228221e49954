// The seven question kinds, apart from the bank's zod schemas (bank-schema.ts
// re-exports them), so browser code that only lists the kinds (the quiz setup
// form) does not bring zod into its page.
export const QUESTION_KINDS = [
  "multiple_choice",
  "true_false",
  "cloze",
  "short_answer",
  "ordering",
  "matching",
  "flashcard",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
