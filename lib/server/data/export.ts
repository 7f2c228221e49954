import "server-only";
// Owns the learner's history export: every quiz response and review of theirs,
// one CSV row each, oldest first. A response to a question that a quiz in
// progress still asks keeps its row, with what was answered and its verdict
// left blank until then (the exam lock, exam-lock.ts): they would give the key away.
import type { Db } from "@/lib/server/db";
import { toCsv } from "@/lib/domain/csv";
import { GRADE_LABELS, type Grade } from "@/lib/domain/scheduling";
import { getExamLocks } from "@/lib/server/data/exam-lock";

export const EXPORT_HEADER = [
  "record", "time", "article", "question_key", "question_kind", "question", "attempt_id", "your_answer",
  "correct", "credit", "overridden", "time_ms", "rating", "source", "card_state_before", "scheduled_days",
] as const;


export async function exportHistoryCsv(db: Db, userId: string): Promise<string> {
  const [locks, responses, reviews] = await Promise.all([
    getExamLocks(db, userId),
    db.quizResponse.findMany({
      where: { userId, answeredAt: { not: null } },
      orderBy: { answeredAt: "asc" },
      select: {
        attemptId: true, answeredAt: true, questionId: true, response: true, correct: true, credit: true, overridden: true, timeMs: true,
        question: { select: { key: true, kind: true, prompt: true, article: { select: { slug: true } } } },
      },
    }),
    db.reviewLog.findMany({
      where: { userId },
      orderBy: { review: "asc" },
      select: {
        review: true, rating: true, source: true, state: true, scheduledDays: true, durationMs: true,
        question: { select: { key: true, kind: true, prompt: true, article: { select: { slug: true } } } },
      },
    }),
  ]);
  const rows: { time: Date; row: unknown[] }[] = [
    ...responses.map((r) => ({
      time: r.answeredAt!,
      row: ["quiz_response", r.answeredAt, r.question.article.slug, r.question.key, r.question.kind, r.question.prompt, r.attemptId,
        ...(locks.has(r.questionId) ? ["", "", "", ""] : [JSON.stringify(r.response), r.correct, r.credit, r.overridden]), r.timeMs, "", "", "", ""],
    })),
    ...reviews.map((l) => ({
      time: l.review,
      row: ["review", l.review, l.question.article.slug, l.question.key, l.question.kind, l.question.prompt, "", "", "", "", "",
        l.durationMs, GRADE_LABELS[l.rating as Grade] ?? l.rating, l.source, l.state, l.scheduledDays],
    })),
  ].sort((a, b) => a.time.getTime() - b.time.getTime());
  return toCsv(EXPORT_HEADER, rows.map((r) => r.row));
}
