"use server";
// A learner's "report a problem" from quiz feedback or review, through the
// gate: the session's learner (user: "existing", never a new guest or a
// cookie: a Set-Cookie would make the router refresh the page under the
// feedback), the input by zod, then the service (may they see it, did they
// answer it, the rate limit). It answers "thanks" and nothing about the
// question; nothing is revalidated, so the quiz or review stays as it is.
import { z } from "zod";
import { RowIdSchema } from "@/lib/domain/ids";
import { ReportNoteSchema } from "@/lib/domain/questions/editor";
import { REPORT_REASONS } from "@/lib/domain/questions/report-reasons";
import { db } from "@/lib/server/db";
import { runGate } from "@/lib/server/gate";
import { REPORT_NOT_FOUND, REPORT_THANKS, reportQuestion } from "@/lib/server/editor/reports";

const ReportSchema = z.object({
  questionId: RowIdSchema,
  reason: z.enum(REPORT_REASONS, "Choose what is wrong."),
  note: ReportNoteSchema,
  from: z.discriminatedUnion("source", [z.object({ source: z.literal("quiz"), attemptId: RowIdSchema }), z.object({ source: z.literal("review") })]),
});

export type ReportAnswer = { ok: true; message: string } | { ok: false; error: string };

export async function reportQuestionAction(input: unknown): Promise<ReportAnswer> {
  const result = await runGate(input, {
    name: "reportQuestion",
    user: "existing",
    notFound: REPORT_NOT_FOUND,
    input: ReportSchema,
    invalid: (error) => error.issues[0]?.message ?? "That report could not be read.",
    run: ({ user, input, now }) => reportQuestion(db, user, input, now),
  });
  return result.ok ? { ok: true, message: REPORT_THANKS } : { ok: false, error: result.error };
}
