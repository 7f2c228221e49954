import "server-only";
// Owns the exam lock: while one of the learner's quiz attempts is in progress,
// the questions of it they have not answered yet are locked, and no page or
// action shows their key (answer, accepted answers, the choice that is right,
// pairs, order, explanation, evidence) or an earlier response that would give
// it away. Every surface that can show a key asks here, so there is one rule:
// card pages, the card browser, card history, results of other attempts, the
// export, the review queue and the answer/override replies of old attempts.
// A question is unlocked again once answered, or once its attempt is finished
// or abandoned.
//
// Its siblings are locked with it: every question of the same article whose
// evidence overlaps the locked one's sentence (a true/false card that states
// the sentence, a cloze of it, a flashcard of the same fact) would print the
// key in its own prompt or answer. Locked cards show neither prompt nor answer
// in the card browser and on their page, and search does not read them.
import type { Db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NO_USER_ID } from "@/lib/server/viewer-id";

/** Locked question id -> the in-progress attempt that asks it (the one to resume). */
export type ExamLocks = ReadonlyMap<string, string>;

export const NO_LOCKS: ExamLocks = new Map();

/**
 * The questions locked for this learner now, each with the attempt that asks
 * it. `questionIds` narrows the read to those questions (a card page asks
 * about one). Scoped by the learner's id: another learner's quiz locks nothing.
 */
export async function getExamLocks(db: Db | Prisma.TransactionClient, userId: string, questionIds?: readonly string[]): Promise<ExamLocks> {
  if (userId === NO_USER_ID || questionIds?.length === 0) return NO_LOCKS;
  const rows = await db.quizResponse.findMany({
    where: {
      userId,
      answeredAt: null,
      attempt: { userId, status: "in_progress" },
    },
    // Ordered through the attempt's join; its start time is not read (a nested select costs Prisma a second statement).
    select: { questionId: true, attemptId: true },
    orderBy: { attempt: { startedAt: "desc" } },
  });
  const locks = new Map<string, string>();
  // Newest attempt first: "resume" leads to the quiz most likely on the learner's mind.
  for (const r of rows) if (!locks.has(r.questionId)) locks.set(r.questionId, r.attemptId);
  if (locks.size > 0) await addSiblings(db, locks);
  if (!questionIds) return locks;
  const wanted = new Set(questionIds);
  return new Map([...locks].filter(([id]) => wanted.has(id)));
}

/** Locks, with the same attempt, every question whose evidence overlaps a locked question's (same article). */
async function addSiblings(db: Db | Prisma.TransactionClient, locks: Map<string, string>): Promise<void> {
  const asked = await db.question.findMany({ where: { id: { in: [...locks.keys()] } }, select: { id: true, articleId: true, evidenceStart: true, evidenceEnd: true } });
  const siblings = await db.question.findMany({
    where: {
      id: { notIn: asked.map((q) => q.id) },
      status: "active",
      OR: asked.map((q) => ({ articleId: q.articleId, evidenceStart: { lt: q.evidenceEnd }, evidenceEnd: { gt: q.evidenceStart } })),
    },
    select: { id: true, articleId: true, evidenceStart: true, evidenceEnd: true },
  });
  for (const sibling of siblings) {
    const by = asked.find((q) => q.articleId === sibling.articleId && sibling.evidenceStart < q.evidenceEnd && sibling.evidenceEnd > q.evidenceStart);
    if (by) locks.set(sibling.id, locks.get(by.id)!);
  }
}

/** What the card browser and a card page show instead of a locked card's prompt. */
export const HELD_BACK_PROMPT = "Held back until you finish your quiz in progress (it could give an answer away).";

/** The attempt that locks this one question for the learner, or null when its key may be shown. */
export async function examLockOf(db: Db | Prisma.TransactionClient, userId: string, questionId: string): Promise<string | null> {
  return (await getExamLocks(db, userId, [questionId])).get(questionId) ?? null;
}

