"use server";
// The question editor's server actions, each through the gate
// (lib/server/gate.ts): a session (user: "existing"; no session is "not
// found"), the input's shape (zod), then one service call that checks the
// actor may edit the article (anyone else: "not found") and writes in one
// transaction. A save answers with a message per field when the question
// does not pass the seed's schema, and writes nothing.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { RowIdSchema } from "@/lib/domain/ids";
import { QuestionDraftSchema } from "@/lib/domain/questions/editor";
import type { FailureStatus } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { runGate, type FieldErrors } from "@/lib/server/gate";
import { changeQuestionStatus, saveQuestion } from "@/lib/server/editor/questions";
import { closeReport } from "@/lib/server/editor/reports";

const NOT_FOUND = "That question was not found.";

export type EditorActionResult<T = object> = ({ ok: true } & T) | { ok: false; status: FailureStatus; error: string; fieldErrors?: FieldErrors };

const SaveSchema = z.object({ slug: ArticleSlugSchema, questionId: RowIdSchema.nullable(), draft: QuestionDraftSchema });

const questionsPath = (slug: string) => `/articles/${slug}/questions`;

export async function saveQuestionAction(input: unknown): Promise<EditorActionResult<{ id: string; created: boolean }>> {
  const result = await runGate(input, {
    name: "saveQuestion",
    user: "existing",
    notFound: NOT_FOUND,
    input: SaveSchema,
    invalid: "That question could not be read: reload the page and try again.",
    run: ({ user, input, now }) => saveQuestion(db, user, input, now),
  });
  if (!result.ok) return { ok: false, status: result.status, error: result.error };
  if (!result.value.ok) return result.value;
  revalidatePath(questionsPath(result.input.slug), "layout");
  return { ok: true, id: result.value.id, created: result.value.created };
}

const StatusSchema = z.object({ slug: ArticleSlugSchema, questionId: RowIdSchema, change: z.enum(["approve", "retire", "restore"]) });

export async function changeQuestionStatusAction(input: unknown): Promise<EditorActionResult<{ status: string }>> {
  const result = await runGate(input, {
    name: "changeQuestionStatus",
    user: "existing",
    notFound: NOT_FOUND,
    input: StatusSchema,
    invalid: "That change could not be read.",
    run: ({ user, input, now }) => changeQuestionStatus(db, user, input, now),
  });
  if (!result.ok) return { ok: false, status: result.status, error: result.error };
  if (!result.value.ok) return result.value;
  revalidatePath(questionsPath(result.input.slug), "layout");
  return { ok: true, status: result.value.status };
}

const CloseSchema = z.object({ slug: ArticleSlugSchema, reportId: RowIdSchema, outcome: z.enum(["resolved", "dismissed"]) });

export async function closeReportAction(input: unknown): Promise<EditorActionResult> {
  const result = await runGate(input, {
    name: "closeReport",
    user: "existing",
    notFound: "That report was not found.",
    input: CloseSchema,
    invalid: "That report could not be read.",
    run: ({ user, input, now }) => closeReport(db, user, input, now),
  });
  if (!result.ok) return { ok: false, status: result.status, error: result.error };
  if (!result.value.ok) return result.value;
  revalidatePath(questionsPath(result.input.slug), "layout");
  return { ok: true };
}
