// Owns what a browser may send as an answer to a quiz question: one zod
// schema per question kind for untrusted input, and the check that a parsed
// response fits the question it claims to answer (its choice is one of the
// question's choices, its ordering a permutation of the items, ...). Pure.
import { z } from "@/lib/domain/zod";
import type { QuestionContent, QuestionKind } from "@/lib/domain/questions/bank-schema";
import { KIND_LABELS } from "@/lib/domain/kinds";

import { BLANK_ANSWER_MESSAGE, RESPONSE_LIST_MAX, RESPONSE_TEXT_MAX } from "./response-limits";

export { BLANK_ANSWER_MESSAGE, RESPONSE_LIST_MAX, RESPONSE_TEXT_MAX };

const typedText = z.string().max(RESPONSE_TEXT_MAX, `must be at most ${RESPONSE_TEXT_MAX} characters`);
const pickedText = typedText.trim().min(1, "must not be empty");

// Strict objects: a payload with extra keys was not built by our client, so it is refused rather than trimmed.
export const MultipleChoiceResponseSchema = z.strictObject({
  kind: z.literal("multiple_choice"),
  /** The option text as shown, one of the question's own choices. */
  choice: pickedText,
});

export const TrueFalseResponseSchema = z.strictObject({
  kind: z.literal("true_false"),
  value: z.boolean(),
});

/**
 * A typed answer. `dontKnow` is the learner's explicit "I don't know": a wrong
 * answer with nothing to override. A blank without it is refused before
 * grading (see isBlankTypedAnswer), since a stray Enter is not an answer.
 */
export const ClozeResponseSchema = z.strictObject({
  kind: z.literal("cloze"),
  text: typedText,
  dontKnow: z.literal(true).optional(),
});

export const ShortAnswerResponseSchema = z.strictObject({
  kind: z.literal("short_answer"),
  text: typedText,
  dontKnow: z.literal(true).optional(),
});

export const OrderingResponseSchema = z.strictObject({
  kind: z.literal("ordering"),
  /** The question's items in the order the learner put them. */
  order: z.array(pickedText).min(1, "must not be empty").max(RESPONSE_LIST_MAX, `must have at most ${RESPONSE_LIST_MAX} items`),
});

export const MatchingResponseSchema = z.strictObject({
  kind: z.literal("matching"),
  /** Every left side of the question, each paired with the right side the learner chose. */
  pairs: z
    .array(z.strictObject({ left: pickedText, right: pickedText }))
    .min(1, "must not be empty")
    .max(RESPONSE_LIST_MAX, `must have at most ${RESPONSE_LIST_MAX} pairs`),
});

/** A flashcard met inside a quiz is self-assessed. */
export const FlashcardResponseSchema = z.strictObject({
  kind: z.literal("flashcard"),
  knew: z.boolean(),
});

export const QuizResponseInputSchema = z.discriminatedUnion("kind", [
  MultipleChoiceResponseSchema,
  TrueFalseResponseSchema,
  ClozeResponseSchema,
  ShortAnswerResponseSchema,
  OrderingResponseSchema,
  MatchingResponseSchema,
  FlashcardResponseSchema,
]);
/** A response after parsing (picked texts trimmed). */
export type QuizResponseInput = z.output<typeof QuizResponseInputSchema>;
export type QuizResponseOf<K extends QuestionKind> = Extract<QuizResponseInput, { kind: K }>;

// Fails to compile if a question kind is added without a response schema, or the other way round.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyKindHasAResponse: Same<QuizResponseInput["kind"], QuestionKind> = true;
void everyKindHasAResponse;

/** The question columns grading reads. */
export type GradableQuestion = Pick<QuestionContent, "kind" | "answer" | "acceptedAnswers" | "choices" | "items" | "pairs">;

export type FitResult = { ok: true } | { ok: false; error: string };

const fits: FitResult = { ok: true };
const misfit = (error: string): FitResult => ({ ok: false, error });

/**
 * Whether `response` is an answer to `question` at all. A response that does
 * not fit was not produced by our own quiz screen (or the question changed
 * under it), so it gets an error rather than a verdict. Choices, items and
 * sides are compared exactly after trimming: they come from the server's own
 * lists, never typed.
 */
export function checkResponseFits(question: GradableQuestion, response: QuizResponseInput): FitResult {
  if (response.kind !== question.kind) {
    return misfit(kindMismatchMessage(question.kind, response.kind));
  }
  switch (response.kind) {
    case "multiple_choice": {
      const choices = question.choices?.map((c) => c.trim());
      if (!choices || choices.length === 0) return misfit("This multiple-choice question has no choices to pick from.");
      if (!choices.includes(response.choice)) return misfit(`“${response.choice}” is not one of this question's choices.`);
      return fits;
    }
    case "true_false": {
      if (storedBoolean(question.answer) === null) return misfit("This true/false question has no stored answer of true or false.");
      return fits;
    }
    case "ordering": {
      const items = question.items?.map((i) => i.trim());
      if (!items || items.length === 0) return misfit("This ordering question has no items to order.");
      const problem = notAPermutation(response.order, items, "item");
      return problem ? misfit(`The order is not a rearrangement of this question's items: ${problem}`) : fits;
    }
    case "matching": {
      const pairs = question.pairs;
      if (!pairs || pairs.length === 0) return misfit("This matching question has no pairs to match.");
      const lefts = notAPermutation(
        response.pairs.map((p) => p.left),
        pairs.map((p) => p.left.trim()),
        "left side",
      );
      if (lefts) return misfit(`The matching does not pair up this question's left sides: ${lefts}`);
      const rights = notAPermutation(
        response.pairs.map((p) => p.right),
        pairs.map((p) => p.right.trim()),
        "right side",
      );
      if (rights) return misfit(`The matching does not use each of this question's right sides once: ${rights}`);
      return fits;
    }
    case "cloze":
    case "short_answer":
    case "flashcard":
      return fits;
  }
}

/** Why `given` is not `expected` rearranged, or null when it is. */
function notAPermutation(given: readonly string[], expected: readonly string[], noun: string): string | null {
  const wanted = new Set(expected);
  const seen = new Set<string>();
  for (const g of given) {
    if (!wanted.has(g)) return `“${g}” is not one of its ${noun}s.`;
    if (seen.has(g)) return `“${g}” appears more than once.`;
    seen.add(g);
  }
  const missing = expected.filter((e) => !seen.has(e));
  if (missing.length > 0) return `${missing.map((m) => `“${m}”`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing.`;
  return null;
}

/** A true/false row stores its answer as the text "true" or "false" (see toQuestionContent). */
export function storedBoolean(answer: string): boolean | null {
  const a = answer.trim().toLowerCase();
  return a === "true" ? true : a === "false" ? false : null;
}

/** Why a response cannot answer a question of another kind: one message for every caller. */
export function kindMismatchMessage(questionKind: QuestionKind, responseKind: QuestionKind): string {
  return `This is a “${KIND_LABELS[questionKind]}” question, but the answer is for a “${KIND_LABELS[responseKind]}” question.`;
}


/** A typed answer with no letters or digits that is not an explicit "I don't know". */
export function isBlankTypedAnswer(response: QuizResponseInput): boolean {
  return (response.kind === "cloze" || response.kind === "short_answer") && !response.dontKnow && response.text.trim() === "";
}

/** The learner said "I don't know": there is nothing they could claim was right. */
export function gaveUp(response: QuizResponseInput): boolean {
  return (response.kind === "cloze" || response.kind === "short_answer") && response.dontKnow === true;
}
