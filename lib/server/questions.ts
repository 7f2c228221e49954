import "server-only";
// Owns turning a stored question row (JSON columns and all) into the typed
// shapes the domain modules take, and how a question's answer reads to a
// learner. Rows are trusted (they were validated on the way in), but JSON
// columns are parsed with zod anyway so a bad row fails loudly, not silently.
import { z } from "zod";
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import type { GradableQuestion } from "@/lib/domain/grading";
import type { QuestionForPresentation } from "@/lib/domain/quiz/present";
import type { DrawQuestion } from "@/lib/domain/quiz/draw";
import type { Prisma } from "@/lib/generated/prisma/client";

const StringList = z.array(z.string());
const Pairs = z.array(z.object({ left: z.string(), right: z.string() }));

export type QuestionRow = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  acceptedAnswers: unknown;
  choices: unknown;
  items: unknown;
  pairs: unknown;
};

export function toGradable(row: QuestionRow): GradableQuestion & QuestionForPresentation {
  return {
    id: row.id,
    kind: row.kind,
    prompt: row.prompt,
    answer: row.answer,
    acceptedAnswers: StringList.parse(row.acceptedAnswers ?? []),
    choices: row.choices == null ? null : StringList.parse(row.choices),
    items: row.items == null ? null : StringList.parse(row.items),
    pairs: row.pairs == null ? null : Pairs.parse(row.pairs),
  };
}

/** The columns the quiz draw reads (lib/domain/quiz/draw.ts): what a question shows, its answers and its family. */
export const DRAW_COLUMNS = {
  id: true,
  kind: true,
  prompt: true,
  answer: true,
  acceptedAnswers: true,
  choices: true,
  items: true,
  pairs: true,
  explanation: true,
  evidenceText: true,
  factKey: true,
} as const satisfies Prisma.QuestionSelect;

export function toDrawQuestion(row: QuestionRow & { explanation: string; evidenceText: string; factKey: string | null }): DrawQuestion {
  return { ...toGradable(row), explanation: row.explanation, evidenceText: row.evidenceText, factKey: row.factKey };
}

// How a key and a response read are the kinds' own; re-exported for the server modules that show them.
export { displayCorrectAnswer, displayResponse } from "@/lib/domain/kinds";
