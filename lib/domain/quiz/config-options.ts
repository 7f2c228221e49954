// The choices of the quiz setup form and the setup's type, apart from its zod
// schema (config.ts), so the form's page carries no zod. config.ts checks that
// its schema's output is exactly this type.
import type { QuestionKind } from "@/lib/domain/questions/question-kinds";

export const QUIZ_SIZES = ["5", "10", "20", "all"] as const;
export const QUIZ_ORIGINS = ["both", "handwritten", "generated"] as const;
export const QUIZ_MODES = ["all", "wrong", "due"] as const;

export type QuizConfig = {
  size: (typeof QUIZ_SIZES)[number];
  kinds: QuestionKind[];
  origin: (typeof QUIZ_ORIGINS)[number];
  mode: (typeof QUIZ_MODES)[number];
};

export function quizSizeLimit(size: QuizConfig["size"]): number {
  return size === "all" ? Number.POSITIVE_INFINITY : Number(size);
}
