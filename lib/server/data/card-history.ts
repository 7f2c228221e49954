import "server-only";
// Owns one question's history for one learner: its card, every review and
// every quiz answer of theirs. While a quiz in progress asks the question
// (exam lock) nothing here carries its key: no answer, explanation or
// evidence, and earlier responses without what was answered or its verdict.
import type { Db } from "@/lib/server/db";
import { QuizResponseInputSchema } from "@/lib/domain/grading";
import { sentenceHref, sentenceNumberAt } from "@/lib/domain/article/anchors";
import { GRADE_LABELS, type Grade } from "@/lib/domain/scheduling";
import { displayCorrectAnswer, displayResponse, toGradable } from "@/lib/server/questions";
import { examLockOf, HELD_BACK_PROMPT } from "@/lib/server/data/exam-lock";
import { visibleArticles } from "@/lib/server/articles/access";

export async function getCardHistory(db: Db, userId: string, questionId: string) {
  const question = await db.question.findFirst({
    where: { id: questionId, status: { not: "draft" }, article: visibleArticles({ id: userId, role: "learner" }) },
    include: { article: { select: { slug: true, title: true, sentences: { select: { index: true, start: true, end: true } } } } },
  });
  if (!question) return null;
  const [lockedBy, card, reviews, responses] = await Promise.all([
    examLockOf(db, userId, questionId),
    db.card.findUnique({ where: { userId_questionId: { userId, questionId } } }),
    db.reviewLog.findMany({ where: { userId, questionId }, orderBy: { review: "desc" }, select: { id: true, review: true, rating: true, source: true, scheduledDays: true, durationMs: true } }),
    db.quizResponse.findMany({
      where: { userId, questionId, answeredAt: { not: null } },
      orderBy: { answeredAt: "desc" },
      select: { attemptId: true, answeredAt: true, response: true, correct: true, credit: true, overridden: true, timeMs: true },
    }),
  ]);
  const sentence = sentenceNumberAt(question.article.sentences, question.evidenceStart);
  const common = { id: question.id, kind: question.kind, prompt: question.prompt, status: question.status, article: { slug: question.article.slug, title: question.article.title } };
  return {
    question: lockedBy
      ? { ...common, prompt: HELD_BACK_PROMPT, lockedBy, key: null }
      : {
          ...common,
          lockedBy: null,
          key: {
            answer: displayCorrectAnswer(toGradable(question)),
            explanation: question.explanation,
            evidenceHref: sentence ? sentenceHref(question.article.slug, sentence) : null,
          },
        },
    card: card ? { state: card.state, due: card.due, stability: card.stability, reps: card.reps, lapses: card.lapses, suspended: card.suspended, flag: card.flag } : null,
    reviews: reviews.map((r) => ({ ...r, label: GRADE_LABELS[r.rating as Grade] ?? String(r.rating) })),
    // A locked question's earlier answers keep only when they were given: what was answered and its verdict would give the key away.
    responses: responses.map(({ response, correct, credit, overridden, ...r }) => {
      if (lockedBy) return { ...r, result: null };
      const parsed = QuizResponseInputSchema.safeParse(response);
      return { ...r, result: { answer: parsed.success ? displayResponse(parsed.data) : "—", correct, credit, overridden } };
    }),
  };
}
