// Owns the quiz setup a learner chooses (how many questions, which kinds,
// which origin, which mode) and its validation from an untrusted form.
import { z } from "@/lib/domain/zod";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";

import { QUIZ_MODES, QUIZ_ORIGINS, QUIZ_SIZES, quizSizeLimit, type QuizConfig } from "./config-options";

export { QUIZ_MODES, QUIZ_ORIGINS, QUIZ_SIZES, quizSizeLimit, type QuizConfig };

export const QuizConfigSchema = z.object({
  size: z.enum(QUIZ_SIZES, { message: "Choose 5, 10, 20 or all questions." }),
  kinds: z
    .array(z.enum(QUESTION_KINDS, { message: "Unknown question kind." }))
    .min(1, "Choose at least one kind of question.")
    .max(QUESTION_KINDS.length)
    .transform((kinds) => QUESTION_KINDS.filter((k) => kinds.includes(k))),
  origin: z.enum(QUIZ_ORIGINS, { message: "Choose hand-written, generated or both." }),
  mode: z.enum(QUIZ_MODES, { message: "Choose all questions, only ones I got wrong, or due for review." }),
});
// The form's type (config-options.ts) is the schema's output: a compile error here if the two part.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type _QuizConfigMatchesSchema = Holds<Same<z.infer<typeof QuizConfigSchema>, QuizConfig>>;

export const DEFAULT_QUIZ_CONFIG: QuizConfig = { size: "10", kinds: [...QUESTION_KINDS], origin: "both", mode: "all" };

// Kind labels live with the kinds (lib/domain/kinds); re-exported for server pages (browser code takes them from lib/domain/kinds).
export { KIND_LABELS } from "@/lib/domain/kinds";
