// Owns grading: a learner's response to one quiz question -> a verdict.
// Pure (no I/O, no clock, no Prisma, no Next). The rules per kind, including
// the partial-credit rules for ordering and matching, are written at the top
// of ./grade.ts; what counts as the same typed answer is in ./normalise.ts.
export { confusablesCanChange, gradeResponse, percentOf, type GradeOptions, type GradeOutcome, type GradeResult, type Verdict } from "./grade";
export { compactForm, normaliseAnswer, normaliseText, numbersIn, typoAllowance } from "./normalise";
export { editDistance } from "./distance";
export {
  checkResponseFits,
  BLANK_ANSWER_MESSAGE,
  ClozeResponseSchema,
  gaveUp,
  isBlankTypedAnswer,
  kindMismatchMessage,
  FlashcardResponseSchema,
  MatchingResponseSchema,
  MultipleChoiceResponseSchema,
  OrderingResponseSchema,
  QuizResponseInputSchema,
  RESPONSE_LIST_MAX,
  RESPONSE_TEXT_MAX,
  ShortAnswerResponseSchema,
  TrueFalseResponseSchema,
  type FitResult,
  type GradableQuestion,
  type QuizResponseInput,
  type QuizResponseOf,
} from "./responses";
