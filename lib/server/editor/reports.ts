import "server-only";
// Owns learners' "report a problem" on a question and the editors' queue of
// them. A learner reports a question they were shown: from quiz feedback
// (only once they answered it in that quiz) or from review (not while it sits
// unanswered in their quiz in progress), of an article they may see. One open
// report per learner and question: reporting again updates its reason and
// note. The answer is only "thanks", so a report reveals nothing. While a
// report is open, new quizzes leave the question out (quizzableQuestions in
// lib/server/quiz/service.ts). Editors see the open reports of an article
// they may edit, with reason, note and date, never who sent them, and
// resolve or dismiss them (status, resolvedAt, resolvedById).
import type { Db } from "@/lib/server/db";
import { DomainError, TooManyRequestsError } from "@/lib/domain/errors";
import type { ReportReason } from "@/lib/domain/questions/report-reasons";
import { visibleArticles, type ArticleActor } from "@/lib/server/articles/access";
import { getExamLocks } from "@/lib/server/data/exam-lock";
import { hitLimit } from "@/lib/server/rate-limit";
import { serializableTransaction } from "@/lib/server/transaction";
import { ARTICLE_NOT_FOUND, getEditorArticle } from "@/lib/server/editor/questions";

export type ReportSource = { source: "quiz"; attemptId: string } | { source: "review" };
export type ReportInput = { questionId: string; reason: ReportReason; note: string | null; from: ReportSource };

export const REPORT_NOT_FOUND = "That question was not found.";
export const ANSWER_FIRST = "Answer the question before reporting a problem with it.";
export const REPORT_THANKS = "Thanks — an editor will look at it.";

const TX = { timeout: 10_000, maxWait: 10_000 } as const;

/** Files (or updates) the learner's open report on a question; rate limited per learner. */
export async function reportQuestion(db: Db, actor: ArticleActor, input: ReportInput, now: Date): Promise<{ ok: true; updated: boolean }> {
  const question = await db.question.findFirst({ where: { id: input.questionId, article: visibleArticles(actor) }, select: { id: true } });
  if (!question) throw new DomainError(REPORT_NOT_FOUND, 404);
  if (input.from.source === "quiz") {
    const response = await db.quizResponse.findFirst({
      where: { attemptId: input.from.attemptId, questionId: question.id, userId: actor.id },
      select: { answeredAt: true },
    });
    if (!response) throw new DomainError(REPORT_NOT_FOUND, 404);
    if (!response.answeredAt) throw new DomainError(ANSWER_FIRST, 409);
  } else if ((await getExamLocks(db, actor.id, [question.id])).size > 0) {
    throw new DomainError(ANSWER_FIRST, 409);
  }
  const verdict = await hitLimit(db, "reportQuestionPerUser", actor.id, now);
  if (!verdict.ok) throw new TooManyRequestsError(verdict.retryAfterSeconds);

  return serializableTransaction(
    db,
    async (tx) => {
      const open = await tx.questionReport.findFirst({ where: { questionId: question.id, userId: actor.id, status: "open" }, select: { id: true } });
      if (open) {
        await tx.questionReport.update({ where: { id: open.id }, data: { reason: input.reason, note: input.note } });
        return { ok: true as const, updated: true };
      }
      await tx.questionReport.create({ data: { questionId: question.id, userId: actor.id, reason: input.reason, note: input.note, createdAt: now } });
      return { ok: true as const, updated: false };
    },
    TX,
  );
}

export type QueueRow = {
  id: string;
  reason: ReportReason;
  note: string | null;
  createdAt: Date;
  question: { id: string; key: string; kind: string; prompt: string; status: string };
};

/** The open reports on an article's questions (or one question's), oldest first; no learner is named. */
export async function listOpenReports(db: Db, articleId: string, questionId?: string): Promise<QueueRow[]> {
  return db.questionReport.findMany({
    where: { status: "open", question: { articleId, ...(questionId ? { id: questionId } : {}) } },
    select: { id: true, reason: true, note: true, createdAt: true, question: { select: { id: true, key: true, kind: true, prompt: true, status: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
  });
}

/** Closes an open report of an article the actor may edit: resolved (the question was fixed or is fine) or dismissed. */
export async function closeReport(
  db: Db,
  actor: ArticleActor,
  input: { slug: string; reportId: string; outcome: "resolved" | "dismissed" },
  now: Date,
): Promise<{ ok: true } | { ok: false; status: 409; error: string }> {
  return serializableTransaction(
    db,
    async (tx) => {
      const article = await getEditorArticle(tx, actor, input.slug);
      if (!article) throw new DomainError(ARTICLE_NOT_FOUND, 404);
      const report = await tx.questionReport.findFirst({ where: { id: input.reportId, question: { articleId: article.id } }, select: { id: true, status: true } });
      if (!report) throw new DomainError("That report was not found.", 404);
      if (report.status !== "open") return { ok: false as const, status: 409 as const, error: `This report was ${report.status} already.` };
      await tx.questionReport.update({ where: { id: report.id }, data: { status: input.outcome, resolvedAt: now, resolvedById: actor.id } });
      return { ok: true as const };
    },
    TX,
  );
}
