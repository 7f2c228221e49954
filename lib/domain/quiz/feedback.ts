// The feedback the server sends after an answer: the verdict and note stored
// at answer time, the correct answer and where it comes from. Shared by the
// service and the client.
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import type { AnswerPart } from "@/lib/domain/kinds";
import { normaliseAnswer } from "@/lib/domain/grading";
import type { FailureStatus } from "@/lib/domain/errors";

export type Feedback = {
  questionId: string;
  kind: QuestionKind;
  correct: boolean;
  credit: number;
  outcome: "exact" | "accepted" | "typo" | "partial" | "wrong";
  note: string | null;
  yourAnswer: string;
  correctAnswer: string;
  acceptedAnswers: string[];
  /** Each pair marked right or wrong (matching). */
  parts: AnswerPart[] | null;
  explanation: string;
  /** `text` is null when the explanation already quotes the evidence sentence. */
  evidence: { text: string | null; href: string | null };
  canOverride: boolean;
  overridden: boolean;
  alreadyAnswered: boolean;
  answered: number;
  total: number;
  finished: boolean;
};

/**
 * A refusal; `recorded` is the answer that already counts, when there is one (a page left behind by Back or another tab).
 * Services refuse with 400, 404 or 409; the gate adds its own (a 500 when the server failed).
 */
export type Failure = { ok: false; error: string; status: FailureStatus; recorded?: Feedback };
export type AnswerResult = { ok: true; feedback: Feedback } | Failure;

/** Whether an explanation already quotes the evidence sentence, so printing it again below would repeat it. */
export function explanationQuotes(explanation: string, evidence: string): boolean {
  const e = normaliseAnswer(evidence);
  return e.length > 0 && normaliseAnswer(explanation).includes(e);
}
