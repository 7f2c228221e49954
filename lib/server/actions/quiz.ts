"use server";
// The quiz's server actions: gate (the current learner) -> validate (zod) ->
// service (one transaction) -> revalidate / redirect. Bad input gets a
// message and changes nothing. Only starting a quiz may create the learner
// (requireUser); the others act on an attempt the learner already owns, so
// they read the session (getViewer) and never set a cookie: a Set-Cookie on
// an answer's response would make the router refresh past its feedback.
import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { QuizConfigSchema } from "@/lib/domain/quiz/config";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { RowIdSchema } from "@/lib/domain/ids";
import { StartTokenSchema } from "@/lib/domain/quiz/start-token";
import { getViewer, requireUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
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

export type StartQuizState = {
  error?: string;
  fieldErrors?: Partial<Record<"size" | "kinds" | "origin" | "mode", string[]>>;
};

const newSeed = () => randomInt(1, 2 ** 31 - 1);

export async function startQuizAction(_prev: StartQuizState, formData: FormData): Promise<StartQuizState> {
  // Redirects on success, so (re)setting the session cookie here costs no surprise refresh.
  const user = await requireUser({ renewCookie: true });
  // The per-IP / per-account rate limit on starting quizzes (issue 13) belongs here: after the gate, before any work.
  const slug = ArticleSlugSchema.safeParse(formData.get("slug"));
  if (!slug.success) return { error: "That article does not exist." };
  const startToken = StartTokenSchema.safeParse(formData.get("startToken"));
  if (!startToken.success) return { error: startToken.error.issues[0]?.message ?? "This form is out of date: reload the page." };
  const parsed = QuizConfigSchema.safeParse({
    size: formData.get("size"),
    kinds: formData.getAll("kinds"),
    origin: formData.get("origin"),
    mode: formData.get("mode"),
  });
  if (!parsed.success) return { error: "Please check the quiz settings.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await startQuizAttempt(db, user.id, { articleSlug: slug.data, config: parsed.data, startToken: startToken.data }, new Date(), newSeed());
  if (!result.ok) return { error: result.error };
  revalidatePath(`/articles/${slug.data}/quiz`);
  redirect(`/quiz/${result.attemptId}`);
}

export async function answerAction(input: unknown): Promise<AnswerResult> {
  const user = await getViewer();
  const parsed = AnswerInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, error: "That answer could not be read." };
  return answerQuestion(db, user.id, parsed.data, new Date());
}

export async function overrideAction(input: unknown): Promise<AnswerResult> {
  const user = await getViewer();
  const parsed = QuestionRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, error: "That question could not be found." };
  // No revalidatePath here: revalidating makes the router re-render the runner at the next question at
  // once, skipping the corrected feedback (the results page is dynamic and reads the row anyway).
  return overrideAnswer(db, user.id, parsed.data, new Date());
}

export async function revealFlashcardAction(input: unknown): Promise<{ ok: true; back: string } | { ok: false; error: string }> {
  const user = await getViewer();
  const parsed = QuestionRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That card could not be found." };
  return revealFlashcard(db, user.id, parsed.data);
}

export type RetryState = { error?: string };

export async function retryMistakesAction(_prev: RetryState, formData: FormData): Promise<RetryState> {
  const user = await getViewer();
  const attemptId = IdSchema.safeParse(formData.get("attemptId"));
  if (!attemptId.success) return { error: "That quiz could not be found." };
  const startToken = StartTokenSchema.safeParse(formData.get("startToken"));
  if (!startToken.success) return { error: startToken.error.issues[0]?.message ?? "This form is out of date: reload the page." };
  const result = await startRetryAttempt(db, user.id, { attemptId: attemptId.data, startToken: startToken.data }, new Date(), newSeed());
  if (!result.ok) return { error: result.error };
  redirect(`/quiz/${result.attemptId}`);
}
