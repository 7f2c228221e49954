import "server-only";
// Owns the reads behind the quiz setup and results pages, always scoped by
// the learner's id. A results page hides the key of a question that another
// attempt in progress still asks (the exam lock, exam-lock.ts).
import type { Db } from "@/lib/server/db";
import { QuizResponseInputSchema, gaveUp } from "@/lib/domain/grading";
import { answerParts, type AnswerPart } from "@/lib/domain/kinds";
import { isRightAnswer } from "@/lib/domain/stats/rows";
import { sentenceHref, sentenceNumberAt } from "@/lib/domain/article/anchors";
import { canOverride, creditOf } from "@/lib/domain/quiz/scoring";
import { displayCorrectAnswer, displayResponse, toGradable } from "@/lib/server/questions";
import { getExamLocks } from "@/lib/server/data/exam-lock";

export type AttemptSummary = {
  id: string;
  status: "in_progress" | "finished" | "abandoned";
  startedAt: Date;
  finishedAt: Date | null;
  score: number | null;
  maxScore: number;
  answered: number;
  isRetry: boolean;
};

export async function listAttemptsForArticle(db: Db, userId: string, articleSlug: string): Promise<AttemptSummary[]> {
  const rows = await db.quizAttempt.findMany({
    where: { userId, article: { slug: articleSlug } },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: {
      id: true,
      status: true,
      startedAt: true,
      finishedAt: true,
      score: true,
      maxScore: true,
      retryOfId: true,
      _count: { select: { responses: { where: { answeredAt: { not: null } } } } },
    },
  });
  return rows.map(({ _count, retryOfId, ...r }) => ({ ...r, answered: _count.responses, isRetry: retryOfId !== null }));
}

export type ResultItem = {
  questionId: string;
  position: number;
  kind: string;
  prompt: string;
  yourAnswer: string;
  correctAnswer: string;
  correct: boolean;
  credit: number;
  outcome: string;
  overridden: boolean;
  canOverride: boolean;
  note: string | null;
  parts: AnswerPart[] | null;
  explanation: string;
  evidenceHref: string | null;
  timeMs: number | null;
  /** The attempt in progress that still asks this question: its key (and what was answered here) is hidden until then. */
  lockedBy: string | null;
};

export type AttemptResults = {
  id: string;
  status: "in_progress" | "finished" | "abandoned";
  article: { slug: string; title: string } | null;
  score: number;
  maxScore: number;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  mistakes: number;
  overrides: number;
  items: ResultItem[];
};

export async function getAttemptResults(db: Db, userId: string, attemptId: string): Promise<AttemptResults | null> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    include: {
      article: { select: { slug: true, title: true, sentences: { select: { index: true, start: true, end: true }, orderBy: { index: "asc" } } } },
      responses: { where: { userId }, orderBy: { position: "asc" }, include: { question: true } },
    },
  });
  if (!attempt) return null;
  const sentences = attempt.article?.sentences ?? [];
  const answered = attempt.responses.filter((r) => r.answeredAt !== null);
  const locks = await getExamLocks(db, userId, answered.map((r) => r.questionId));
  const items: ResultItem[] = answered
    .map((r) => {
      const lockedBy = locks.get(r.questionId) ?? null;
      if (lockedBy) return lockedItem(r, lockedBy);
      const q = toGradable(r.question);
      const response = QuizResponseInputSchema.parse(r.response);
      const sentence = sentenceNumberAt(sentences, r.question.evidenceStart);
      return {
        questionId: q.id,
        position: r.position,
        kind: q.kind,
        prompt: q.prompt,
        yourAnswer: displayResponse(response),
        correctAnswer: displayCorrectAnswer(q),
        correct: isRightAnswer(r),
        credit: creditOf(r),
        outcome: r.outcome ?? "wrong",
        overridden: r.overridden,
        canOverride: canOverride({ kind: q.kind, correct: r.correct, overridden: r.overridden, gaveUp: gaveUp(response) }),
        // The note the learner saw when answering, stored then; never a fresh grading.
        note: r.overridden ? null : r.note,
        parts: answerParts(q, response),
        explanation: r.question.explanation,
        evidenceHref: sentence && attempt.article ? sentenceHref(attempt.article.slug, sentence) : null,
        timeMs: r.timeMs,
        lockedBy: null,
      };
    });
  const score = attempt.score ?? items.reduce((s, i) => s + i.credit, 0);
  return {
    id: attempt.id,
    status: attempt.status,
    article: attempt.article ? { slug: attempt.article.slug, title: attempt.article.title } : null,
    score,
    maxScore: attempt.maxScore,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    durationMs: attempt.finishedAt ? attempt.finishedAt.getTime() - attempt.startedAt.getTime() : null,
    mistakes: items.filter((i) => !i.correct).length,
    overrides: items.filter((i) => i.overridden).length,
    items,
  };
}

/** A result whose question is locked: the verdict counts in the score, but nothing that shows the key or the answer given. */
function lockedItem(
  r: { questionId: string; position: number; correct: boolean | null; overridden: boolean; credit: number | null; outcome: string | null; timeMs: number | null; question: { kind: string; prompt: string } },
  lockedBy: string,
): ResultItem {
  return {
    questionId: r.questionId,
    position: r.position,
    kind: r.question.kind,
    prompt: r.question.prompt,
    yourAnswer: "",
    correctAnswer: "",
    correct: isRightAnswer(r),
    credit: creditOf(r),
    outcome: r.outcome ?? "wrong",
    overridden: r.overridden,
    canOverride: false,
    note: null,
    parts: null,
    explanation: "",
    evidenceHref: null,
    timeMs: r.timeMs,
    lockedBy,
  };
}

export async function attemptBelongsTo(db: Db, userId: string, attemptId: string): Promise<boolean> {
  return (await db.quizAttempt.count({ where: { id: attemptId, userId } })) > 0;
}
