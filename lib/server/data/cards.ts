import "server-only";
// Owns the card browser's read: every active question as the learner's card
// (a question they never studied is a new card), filtered. Rows carry no
// answer and search reads prompts only, never a locked card's (see the exam lock, exam-lock.ts).
import type { Db } from "@/lib/server/db";
import { filterCards, type BrowsableCard, type CardFilters } from "@/lib/domain/cards/browse";
import { nextStudyDayStart } from "@/lib/domain/scheduling";
import { getUserSettings } from "@/lib/server/data/settings";
import { getExamLocks, HELD_BACK_PROMPT } from "@/lib/server/data/exam-lock";
import { studyableQuestions } from "@/lib/server/articles/access";

export async function browseCards(db: Db, userId: string, filters: CardFilters, now: Date) {
  const [{ timeZone }, questions, cards, locks] = await Promise.all([
    getUserSettings(db, userId),
    db.question.findMany({
      where: { status: "active", ...studyableQuestions(userId) },
      select: { id: true, kind: true, prompt: true },
      orderBy: [{ articleId: "asc" }, { evidenceStart: "asc" }, { key: "asc" }],
    }),
    db.card.findMany({ where: { userId }, select: { questionId: true, state: true, suspended: true, due: true, flag: true } }),
    getExamLocks(db, userId),
  ]);
  const byQuestion = new Map(cards.map((c) => [c.questionId, c]));
  const all: BrowsableCard[] = questions.map((q) => {
    const c = byQuestion.get(q.id);
    // A locked card's prompt may state another question's key: it is neither shown nor searched.
    return { questionId: q.id, kind: q.kind, prompt: locks.has(q.id) ? HELD_BACK_PROMPT : q.prompt, state: c?.state ?? 0, suspended: c?.suspended ?? false, due: c?.due ?? null, flag: c?.flag ?? 0 };
  });
  const endOfToday = nextStudyDayStart(now, timeZone);
  const endOfWeek = new Date(endOfToday.getTime() + 6 * 24 * 3600_000);
  const matching = filterCards(all, filters, now, endOfToday, endOfWeek);
  return { timeZone, total: all.length, matching: matching.length, cards: matching.slice(0, 200) };
}
