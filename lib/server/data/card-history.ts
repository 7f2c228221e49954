import "server-only";
// Owns one question's history for one learner: its card, every review and
// every quiz answer of theirs.
import type { Db } from "@/lib/server/db";
import { QuizResponseInputSchema } from "@/lib/domain/grading";
import { sentenceHref, sentenceNumberAt } from "@/lib/domain/article/anchors";
import { GRADE_LABELS, type Grade } from "@/lib/domain/scheduling";
import { displayCorrectAnswer, displayResponse, toGradable } from "@/lib/server/questions";


export async function getCardHistory(db: Db, userId: string, questionId: string) {
  const question = await db.question.findFirst({
    where: { id: questionId, status: { not: "draft" } },
    include: { article: { select: { slug: true, title: true, sentences: { select: { index: true, start: true, end: true } } } } },
  });
  if (!question) return null;
  const [card, reviews, responses] = await Promise.all([
    db.card.findUnique({ where: { userId_questionId: { userId, questionId } } }),
    db.reviewLog.findMany({ where: { userId, questionId }, orderBy: { review: "desc" }, select: { id: true, review: true, rating: true, source: true, scheduledDays: true, durationMs: true } }),
    db.quizResponse.findMany({
      where: { userId, questionId, answeredAt: { not: null } },
      orderBy: { answeredAt: "desc" },
      select: { attemptId: true, answeredAt: true, response: true, correct: true, credit: true, overridden: true, timeMs: true },
    }),
  ]);
  const sentence = sentenceNumberAt(question.article.sentences, question.evidenceStart);
  return {
    question: {
      id: question.id,
      kind: question.kind,
      prompt: question.prompt,
      answer: displayCorrectAnswer(toGradable(question)),
      explanation: question.explanation,
      status: question.status,
      article: { slug: question.article.slug, title: question.article.title },
      evidenceHref: sentence ? sentenceHref(question.article.slug, sentence) : null,
    },
    card: card ? { state: card.state, due: card.due, stability: card.stability, reps: card.reps, lapses: card.lapses, suspended: card.suspended, flag: card.flag } : null,
    reviews: reviews.map((r) => ({ ...r, label: GRADE_LABELS[r.rating as Grade] ?? String(r.rating) })),
    responses: responses.map((r) => {
      const parsed = QuizResponseInputSchema.safeParse(r.response);
      return { ...r, answer: parsed.success ? displayResponse(parsed.data) : "—" };
    }),
  };
}
