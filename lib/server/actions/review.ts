"use server";
// The review session's server actions, each through the gate
// (lib/server/gate.ts): zod -> the learner -> one service call -> the session
// as it is now. A stale or foreign card is refused with a message.
// Each action names the session it comes from (its article, or none, and its
// study mode) and answers with what that session shows next (a ReviewView,
// the review page's props), refusals included, so the screen moves on without
// the page being rendered again: no revalidatePath here, which would make
// Next render the page into every answer. The pages read at request time, and
// the browser refreshes the pages it kept for Back and Forward after a write
// (components/study/fresh-after-writes.tsx).
// Grades, bury, suspend and flag answer with the id of the recorded action,
// which the session keeps on its undo stack and sends back to undo exactly
// that one. Writes that can be a visitor's first (grade, change, learn more)
// create the guest (user: "create", once the input is valid); undo and the
// summary only read the session (user: "existing", getViewer): without one,
// undo answers "not found" and the summary null.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { RowIdSchema } from "@/lib/domain/ids";
import type { Failure } from "@/lib/domain/quiz/feedback";
import { db } from "@/lib/server/db";
import { failureOf, runGate, type GateFailure } from "@/lib/server/gate";
import { buryUntilTomorrow, changeCard, getReviewView, getSessionSummary, gradeCard, learnMoreNewCardsToday, undoCardAction } from "@/lib/server/cards/review";
import type { ReviewView, SessionSummary } from "@/lib/domain/review-view";
import { ExtraNewCardsSchema, StudyModeValueSchema } from "@/lib/domain/scheduling";

/** The session an action comes from: its article (null: every article) and the study mode its page was read in. */
const SessionSchema = z.object({
  articleSlug: ArticleSlugSchema.nullable(),
  mode: StudyModeValueSchema,
  /** The page was read for a learner with a session: without one now (signed out in another tab) the action is refused, not given to a new guest. */
  forLearner: z.boolean().optional(),
});
type Session = z.infer<typeof SessionSchema>;

const GradeSchema = z.object({
  questionId: RowIdSchema,
  expectedVersion: z.number().int().min(0),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  durationMs: z.number().int().min(0).max(24 * 3600_000).nullable(),
  session: SessionSchema,
});
const CardChangeSchema = z.discriminatedUnion("change", [
  z.object({ questionId: RowIdSchema, change: z.literal("bury") }),
  z.object({ questionId: RowIdSchema, change: z.literal("suspend") }),
  z.object({ questionId: RowIdSchema, change: z.literal("unsuspend") }),
  z.object({ questionId: RowIdSchema, change: z.literal("reset") }),
  z.object({ questionId: RowIdSchema, change: z.literal("flag"), flag: z.number().int().min(0).max(1) }),
]);
type CardChangeInput = z.infer<typeof CardChangeSchema>;
const ChangeSchema = CardChangeSchema.and(z.object({ session: SessionSchema }));
const UndoSchema = z.object({ actionId: RowIdSchema, session: SessionSchema });
const LearnMoreSchema = z.object({ count: ExtraNewCardsSchema.shape.count, session: SessionSchema });

/**
 * What a review action answers. Read (even when refused: the card may have
 * changed in another tab), `view` is the session as the server has it now;
 * null when its article is gone. Absent when the request could not be read.
 * `actionId` names a recorded action for undo (not for unsuspend, reset, learn more).
 */
export type ReviewAnswer = ({ ok: true; actionId?: string } | Failure) & { view?: ReviewView | null };

/** A refusal by the gate: no view (the request could not be read, or the server failed). */
const refused = (failure: GateFailure): ReviewAnswer => failureOf(failure);

/** The result with the session as it is after it, read at the action's `now`. */
async function withView(result: { ok: true; actionId?: string } | Failure, userId: string, session: Session, now: Date): Promise<ReviewAnswer> {
  const view = await getReviewView(db, userId, session.articleSlug ? { articleSlug: session.articleSlug } : {}, now, session.mode);
  return { ...result, view };
}

export async function gradeCardAction(input: unknown): Promise<ReviewAnswer> {
  const result = await runGate(input, {
    name: "gradeCard",
    user: "create",
    sessionRequired: (input) => input.session.forLearner === true,
    input: GradeSchema,
    invalid: "That grade could not be read.",
    run: async ({ user, input: { session, ...grade }, now }) => withView(await gradeCard(db, user.id, grade, now), user.id, session, now),
  });
  return result.ok ? result.value : refused(result);
}

/** Undoes the session action named by `actionId`; a repeat of an undone one is refused and changes nothing. */
export async function undoCardActionAction(input: unknown): Promise<ReviewAnswer> {
  const result = await runGate(input, {
    name: "undoCardAction",
    user: "existing",
    notFound: "That action was not found.",
    input: UndoSchema,
    invalid: "That undo could not be read.",
    run: async ({ user, input, now }) => {
      const undone = await undoCardAction(db, user.id, input.actionId, now);
      return withView(undone.ok ? { ok: true } : undone, user.id, input.session, now);
    },
  });
  return result.ok ? result.value : refused(result);
}

/** Custom study: `count` more new cards today (this study day only). */
export async function learnMoreNewCardsAction(input: unknown): Promise<ReviewAnswer> {
  const result = await runGate(input, {
    name: "learnMoreNewCards",
    user: "create",
    sessionRequired: (input) => input.session.forLearner === true,
    input: LearnMoreSchema,
    invalid: (error) => error.issues[0]?.message ?? "That number could not be read.",
    run: async ({ user, input, now }) => withView(await learnMoreNewCardsToday(db, user.id, input.count, now), user.id, input.session, now),
  });
  return result.ok ? result.value : refused(result);
}

export async function changeCardAction(input: unknown): Promise<ReviewAnswer> {
  const result = await runGate(input, {
    name: "changeCard",
    user: "create",
    sessionRequired: (input) => input.session.forLearner === true,
    input: ChangeSchema,
    invalid: "That change could not be read.",
    run: async ({ user, input: { session, ...change }, now }) => withView(await applyChange(user.id, change, now), user.id, session, now),
  });
  return result.ok ? result.value : refused(result);
}

async function applyChange(userId: string, input: CardChangeInput, now: Date): Promise<{ ok: true; actionId?: string } | Failure> {
  const { questionId } = input;
  switch (input.change) {
    case "bury":
      return buryUntilTomorrow(db, userId, questionId, now);
    case "suspend":
      return changeCard(db, userId, questionId, { suspended: true }, now);
    case "unsuspend":
      return changeCard(db, userId, questionId, { suspended: false }, now);
    case "reset":
      return changeCard(db, userId, questionId, { reset: true }, now);
    case "flag":
      return changeCard(db, userId, questionId, { flag: input.flag }, now);
  }
}

/**
 * Form variant for the card browser (works without JavaScript). The browser
 * shows the changed row by rendering its page again, so this one revalidates.
 * A form that cannot be read changes nothing and creates nobody.
 */
export async function changeCardFormAction(formData: FormData): Promise<void> {
  const result = await runGate(
    { questionId: formData.get("questionId"), change: formData.get("change") },
    {
      name: "changeCardForm",
      user: "create",
      input: CardChangeSchema,
      invalid: "That change could not be read.",
      run: ({ user, input, now }) => applyChange(user.id, input, now),
    },
  );
  if (result.ok) revalidatePath("/cards");
}

const SummarySchema = z.object({ since: z.iso.datetime() });

export async function sessionSummaryAction(input: unknown): Promise<SessionSummary | null> {
  const result = await runGate(input, {
    name: "sessionSummary",
    user: "existing",
    input: SummarySchema,
    invalid: "That session could not be read.",
    run: ({ user, input, now }) => {
      const since = new Date(input.since);
      // A session is at most a day long; an older "since" is clamped rather than trusted.
      const floor = new Date(now.getTime() - 24 * 3600_000);
      return getSessionSummary(db, user.id, since < floor ? floor : since);
    },
  });
  return result.ok ? result.value : null;
}
