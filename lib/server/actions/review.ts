"use server";
// The review session's server actions: gate -> zod -> one service call ->
// revalidate. A stale or foreign card is refused with a message. Grades,
// bury, suspend and flag answer with the id of the recorded action, which
// the session keeps on its undo stack and sends back to undo exactly that one.
// Writes that can be a visitor's first (grade, change, learn more) create the
// guest (requireUser); undo and the summary only read the session (getViewer).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { RowIdSchema } from "@/lib/domain/ids";
import type { Failure } from "@/lib/domain/quiz/feedback";
import { getViewer, requireUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { buryUntilTomorrow, changeCard, getSessionSummary, gradeCard, learnMoreNewCardsToday, undoCardAction } from "@/lib/server/cards/review";
import type { SessionSummary } from "@/lib/domain/review-view";
import { ExtraNewCardsSchema } from "@/lib/domain/scheduling";

const GradeSchema = z.object({
  questionId: RowIdSchema,
  expectedVersion: z.number().int().min(0),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  durationMs: z.number().int().min(0).max(24 * 3600_000).nullable(),
});
const ChangeSchema = z.discriminatedUnion("change", [
  z.object({ questionId: RowIdSchema, change: z.literal("bury") }),
  z.object({ questionId: RowIdSchema, change: z.literal("suspend") }),
  z.object({ questionId: RowIdSchema, change: z.literal("unsuspend") }),
  z.object({ questionId: RowIdSchema, change: z.literal("reset") }),
  z.object({ questionId: RowIdSchema, change: z.literal("flag"), flag: z.number().int().min(0).max(1) }),
]);

const UndoSchema = z.object({ actionId: RowIdSchema });

type Result = { ok: true } | Failure;
/** A session action: its id is what an undo names. Absent for changes that are not undoable here (unsuspend, reset). */
type ActionResult = { ok: true; actionId?: string } | Failure;
const bad = (error: string): Failure => ({ ok: false, status: 400, error });

function revalidateStudyPages() {
  revalidatePath("/review");
  revalidatePath("/cards");
}

export async function gradeCardAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = GradeSchema.safeParse(input);
  if (!parsed.success) return bad("That grade could not be read.");
  const result = await gradeCard(db, user.id, parsed.data, new Date());
  revalidateStudyPages();
  return result;
}

/** Undoes the session action named by `actionId`; a repeat of an undone one is refused and changes nothing. */
export async function undoCardActionAction(input: unknown): Promise<Result> {
  const user = await getViewer();
  const parsed = UndoSchema.safeParse(input);
  if (!parsed.success) return bad("That undo could not be read.");
  const result = await undoCardAction(db, user.id, parsed.data.actionId, new Date());
  if (result.ok) revalidateStudyPages();
  return result.ok ? { ok: true } : result;
}

/** Custom study: `count` more new cards today (this study day only). */
export async function learnMoreNewCardsAction(input: unknown): Promise<Result> {
  const user = await requireUser();
  const parsed = ExtraNewCardsSchema.safeParse(input);
  if (!parsed.success) return bad(parsed.error.issues[0]?.message ?? "That number could not be read.");
  const result = await learnMoreNewCardsToday(db, user.id, parsed.data.count, new Date());
  revalidateStudyPages();
  return result;
}

export async function changeCardAction(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = ChangeSchema.safeParse(input);
  if (!parsed.success) return bad("That change could not be read.");
  const { questionId } = parsed.data;
  const now = new Date();
  let result: ActionResult;
  switch (parsed.data.change) {
    case "bury":
      result = await buryUntilTomorrow(db, user.id, questionId, now);
      break;
    case "suspend":
      result = await changeCard(db, user.id, questionId, { suspended: true }, now);
      break;
    case "unsuspend":
      result = await changeCard(db, user.id, questionId, { suspended: false }, now);
      break;
    case "reset":
      result = await changeCard(db, user.id, questionId, { reset: true }, now);
      break;
    case "flag":
      result = await changeCard(db, user.id, questionId, { flag: parsed.data.flag }, now);
      break;
  }
  revalidateStudyPages();
  return result;
}

/** Form variant for the card browser (works without JavaScript). */
export async function changeCardFormAction(formData: FormData): Promise<void> {
  await changeCardAction({ questionId: formData.get("questionId"), change: formData.get("change") });
}

export async function sessionSummaryAction(input: unknown): Promise<SessionSummary | null> {
  const user = await getViewer();
  const parsed = z.object({ since: z.iso.datetime() }).safeParse(input);
  if (!parsed.success) return null;
  const since = new Date(parsed.data.since);
  // A session is at most a day long; an older "since" is clamped rather than trusted.
  const floor = new Date(Date.now() - 24 * 3600_000);
  return getSessionSummary(db, user.id, since < floor ? floor : since);
}
