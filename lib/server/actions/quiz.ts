"use server";
// The quiz's server actions, each through the gate (lib/server/gate.ts):
// validate (zod) -> the learner -> one service call -> revalidate / redirect.
// Bad input gets a message and changes nothing (and creates nobody). Only
// starting a quiz may create the learner (user: "create"); the others act on
// an attempt the learner already owns, so they read the session (user:
// "existing", getViewer) and never set a cookie: a Set-Cookie on an answer's
// response would make the router refresh past its feedback. Without a
// session they answer what a missing attempt answers.
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { QuizConfigSchema, type QuizConfig } from "@/lib/domain/quiz/config";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { RowIdSchema } from "@/lib/domain/ids";
import { StartTokenSchema } from "@/lib/domain/quiz/start-token";
import { clientIp } from "@/lib/server/request-meta";
import { hitLimits } from "@/lib/server/rate-limit";
import { TooManyRequestsError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { failureOf, runGate, type Parsed } from "@/lib/server/gate";
import {
  answerQuestion,
  overrideAnswer,
  revealFlashcard,
  startQuizAttempt,
  startRetryAttempt,
} from "@/lib/server/quiz/service";
import type { AnswerResult } from "@/lib/domain/quiz/feedback";

const IdSchema = RowIdSchema;
const AnswerInputSchema = z.object({ attemptId: IdSchema, questionId: IdSchema, response: z.unknown() });
const QuestionRefSchema = z.object({ attemptId: IdSchema, questionId: IdSchema });

/** What the services answer for an attempt that is not the asker's: a learner without a session gets the same. */
const NOT_IN_QUIZ = "That question is not part of this quiz.";

export type StartQuizState = {
  error?: string;
  fieldErrors?: Partial<Record<"size" | "kinds" | "origin" | "mode", string[]>>;
};

const newSeed = () => randomInt(1, 2 ** 31 - 1);

/** A start form's one-time token (quiz setup, retry my mistakes), or why the form is refused. */
function startTokenOf(formData: FormData): Parsed<string> {
  const token = StartTokenSchema.safeParse(formData.get("startToken"));
  return token.success ? token : { success: false, error: token.error.issues[0]?.message ?? "This form is out of date: reload the page." };
}

/** The setup form: its article first (a bad one is "does not exist"), its one-time start token, then the settings, with a message per field. */
function parseStartQuiz(formData: FormData): Parsed<{ articleSlug: string; config: QuizConfig; startToken: string }> {
  const slug = ArticleSlugSchema.safeParse(formData.get("slug"));
  if (!slug.success) return { success: false, error: "That article does not exist." };
  const startToken = startTokenOf(formData);
  if (!startToken.success) return startToken;
  const config = QuizConfigSchema.safeParse({
    size: formData.get("size"),
    kinds: formData.getAll("kinds"),
    origin: formData.get("origin"),
    mode: formData.get("mode"),
  });
  if (!config.success) return { success: false, error: "Please check the quiz settings.", fieldErrors: z.flattenError(config.error).fieldErrors };
  return { success: true, data: { articleSlug: slug.data, config: config.data, startToken: startToken.data } };
}

/**
 * Starting a quiz is the costly write (a row per question), so it is rate
 * limited per learner and per address; a repeat of the same form (same start
 * token) finds the attempt it made and counts again, which the limit allows.
 */
async function limitQuizStarts(userId: string, now: Date): Promise<void> {
  const verdict = await hitLimits(db, [["startQuizPerUser", userId], ["startQuizPerIp", await clientIp()]], now);
  if (!verdict.ok) throw new TooManyRequestsError(verdict.retryAfterSeconds);
}

export async function startQuizAction(_prev: StartQuizState, formData: FormData): Promise<StartQuizState> {
  const result = await runGate(formData, {
    name: "startQuiz",
    // Redirects on success, so (re)setting the session cookie here costs no surprise refresh.
    user: "create",
    renewCookie: true,
    input: parseStartQuiz,
    run: async ({ user, input, now }) => {
      await limitQuizStarts(user.id, now);
      return startQuizAttempt(db, user.id, input, now, newSeed());
    },
  });
  if (!result.ok) return { error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
  if (!result.value.ok) return { error: result.value.error };
  revalidatePath(`/articles/${result.input.articleSlug}/quiz`);
  redirect(`/quiz/${result.value.attemptId}`);
}

export async function answerAction(input: unknown): Promise<AnswerResult> {
  const result = await runGate(input, {
    name: "answer",
    user: "existing",
    notFound: NOT_IN_QUIZ,
    input: AnswerInputSchema,
    invalid: "That answer could not be read.",
    run: ({ user, input, now }) => answerQuestion(db, user.id, input, now),
  });
  return result.ok ? result.value : failureOf(result);
}

export async function overrideAction(input: unknown): Promise<AnswerResult> {
  const result = await runGate(input, {
    name: "override",
    user: "existing",
    notFound: NOT_IN_QUIZ,
    input: QuestionRefSchema,
    invalid: "That question could not be found.",
    run: ({ user, input, now }) => overrideAnswer(db, user.id, input, now),
  });
  // No revalidatePath here: revalidating makes the router re-render the runner at the next question at
  // once, skipping the corrected feedback (the results page is dynamic and reads the row anyway).
  return result.ok ? result.value : failureOf(result);
}

export async function revealFlashcardAction(input: unknown): Promise<{ ok: true; back: string } | { ok: false; error: string }> {
  const result = await runGate(input, {
    name: "revealFlashcard",
    user: "existing",
    notFound: NOT_IN_QUIZ,
    input: QuestionRefSchema,
    invalid: "That card could not be found.",
    run: ({ user, input }) => revealFlashcard(db, user.id, input),
  });
  return result.ok ? result.value : { ok: false, error: result.error };
}

export type RetryState = { error?: string };

function parseRetry(formData: FormData): Parsed<{ attemptId: string; startToken: string }> {
  const attemptId = IdSchema.safeParse(formData.get("attemptId"));
  if (!attemptId.success) return { success: false, error: "That quiz could not be found." };
  const startToken = startTokenOf(formData);
  if (!startToken.success) return startToken;
  return { success: true, data: { attemptId: attemptId.data, startToken: startToken.data } };
}

export async function retryMistakesAction(_prev: RetryState, formData: FormData): Promise<RetryState> {
  const result = await runGate(formData, {
    name: "retryMistakes",
    user: "existing",
    notFound: "That quiz was not found.",
    input: parseRetry,
    run: async ({ user, input, now }) => {
      await limitQuizStarts(user.id, now);
      return startRetryAttempt(db, user.id, input, now, newSeed());
    },
  });
  if (!result.ok) return { error: result.error };
  if (!result.value.ok) return { error: result.value.error };
  redirect(`/quiz/${result.value.attemptId}`);
}
