// The review session on a real (throwaway) SQLite database: queue order and
// counts, grading with the stale-card check, exact multi-level undo of grades,
// bury, suspend and flag by action id, custom study (learning ahead, more new
// cards today, review ahead), the daily new-card limit and the 4 a.m.
// rollover in the learner's zone.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import {
  buryUntilTomorrow,
  changeCard,
  getReviewState,
  getSessionSummary,
  gradeCard,
  learnMoreNewCardsToday,
  undoCardAction,
} from "@/lib/server/cards/review";
import { answerQuestion, getRunnerState, startQuizAttempt } from "@/lib/server/quiz/service";
import { Rating, type StudyMode } from "@/lib/domain/scheduling";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { newStartToken } from "@/lib/server/quiz/start-token";

let t: TestDb;
let userId: string;
const now = new Date("2026-11-27T10:00:00Z"); // 14:00 in Asia/Baku
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function state(when = now, mode?: StudyMode) {
  const s = await getReviewState(t.db, userId, { articleSlug: "tiny" }, when, mode);
  if (!s) throw new Error("no such article");
  return s;
}
async function grade(rating: Rating.Again | Rating.Hard | Rating.Good | Rating.Easy, when = now) {
  const s = await state(when);
  const card = s.current!;
  const result = await gradeCard(t.db, userId, { questionId: card.questionId, expectedVersion: card.version, rating, durationMs: 4000 }, when);
  if (!result.ok) throw new Error(result.error);
  return { ...card, actionId: result.actionId };
}
const cardsOf = (user = userId) => t.db.card.findMany({ where: { userId: user }, orderBy: { questionId: "asc" } });
async function undo(actionId: string | undefined, when = now) {
  if (!actionId) throw new Error("no action id");
  return undoCardAction(t.db, userId, actionId, when);
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
  // Only the hand-written cards, so the counts below are exact.
  await t.db.question.updateMany({ where: { origin: "generated" }, data: { status: "retired" } });
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  // Sibling burying off: these tests count and walk the queue card by card (tests/review-siblings.test.ts has it on).
  userId = (await t.db.user.create({ data: { timeZone: "Asia/Baku", newCardsPerDay: 5, burySiblings: false } })).id;
});

describe("the queue", () => {
  test("a new learner sees new cards in reading order, up to the daily limit", async () => {
    const s = await state();
    expect(s.counts).toEqual({ new: 5, learning: 0, due: 0 });
    // Reading order: the two cards on the first sentence (by key), then the next sentences.
    expect(s.current?.front).toBe("What did Ada Lovelace write?");
    expect(s.current?.previews.map((p) => [p.label, p.interval])).toEqual([
      ["Again", "1m"],
      ["Hard", "6m"],
      ["Good", "10m"],
      ["Easy", expect.stringMatching(/d$/)],
    ]);
  });

  test("learning cards come first when due, then reviews, then new; counts follow each grade", async () => {
    const first = await grade(Rating.Good); // learning, due in 10 minutes
    let s = await state();
    expect(s.counts).toEqual({ new: 4, learning: 1, due: 0 });
    expect(s.current?.questionId).not.toBe(first.questionId);
    s = await state(at(11));
    expect(s.current?.questionId).toBe(first.questionId); // due learning card jumps the queue
    await grade(Rating.Good, at(11)); // graduates to review
    s = await state(at(12));
    expect(s.counts).toEqual({ new: 4, learning: 0, due: 0 });
  });

  test("the daily new-card limit counts cards first seen today and resets at 4 a.m. local time", async () => {
    for (let i = 0; i < 5; i++) await grade(Rating.Easy, at(i));
    expect((await state(at(10))).counts.new).toBe(0);
    expect((await state(at(10))).current).toBeNull();
    // 03:59 in Baku (23:59 UTC) is still the same study day; 04:00 is the next.
    expect((await state(new Date("2026-11-27T23:59:00Z"))).counts.new).toBe(0);
    expect((await state(new Date("2026-11-28T00:00:00Z"))).counts.new).toBe(2);
  });

  test("quiz answers and reviews share one memory: a quiz answer introduces the card", async () => {
    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["multiple_choice"], origin: "handwritten", mode: "all" } }, now, 3);
    if (!started.ok) throw new Error(started.error);
    const runner = await getRunnerState(t.db, userId, started.attemptId, now);
    if (!runner || runner.status !== "in_progress") throw new Error("no question");
    await answerQuestion(t.db, userId, { attemptId: started.attemptId, questionId: runner.question.id, response: { kind: "multiple_choice", choice: "1833" } }, at(1));
    const s = await state(at(2));
    // Wrong in the quiz = Again: the card is in (re)learning, and counts as introduced today.
    expect(s.counts.learning).toBe(1);
    expect(s.counts.new).toBe(4);
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: runner.question.id } } });
    expect(card.state).toBe(1);
  });
});

describe("grading and undo", () => {
  test("a stale grade (the card changed in another tab) is refused and changes nothing", async () => {
    const s = await state();
    const card = s.current!;
    expect(await gradeCard(t.db, userId, { questionId: card.questionId, expectedVersion: card.version, rating: Rating.Good, durationMs: 1 }, now)).toMatchObject({ ok: true });
    const stale = await gradeCard(t.db, userId, { questionId: card.questionId, expectedVersion: card.version, rating: Rating.Again, durationMs: 1 }, now);
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(await t.db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  test("the same shown card graded from two tabs at once: one grade lands, the others are refused", async () => {
    // SQLite runs one transaction at a time; on PostgreSQL this needs the
    // serializable transactions of lib/server/transaction.ts.
    const s = await state();
    const card = s.current!;
    const results = await Promise.all(
      ([Rating.Good, Rating.Again, Rating.Easy] as const).map((rating) =>
        gradeCard(t.db, userId, { questionId: card.questionId, expectedVersion: card.version, rating, durationMs: 1 }, now),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ status: 409 }), expect.objectContaining({ status: 409 })]);
    expect(await t.db.reviewLog.count({ where: { userId } })).toBe(1);
    expect((await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: card.questionId } } })).version).toBe(1);
  });

  test("undo restores the exact previous card (every column) and removes the log", async () => {
    await grade(Rating.Good);
    await grade(Rating.Good, at(11)); // the learning card, due again after its 10-minute step
    const before = await cardsOf();
    const review = await grade(Rating.Again, at(12));
    expect(await undo(review.actionId, at(13))).toEqual({ ok: true, questionId: review.questionId });
    // A card the grade created is removed again; an existing one is back column for column, version and updatedAt included.
    expect(await cardsOf()).toEqual(before);
    expect(await t.db.reviewLog.count({ where: { userId } })).toBe(2);
  });

  test("undo of a review card answered Again restores its due date, stability and lapses exactly", async () => {
    const c = await grade(Rating.Easy); // new -> review, due in days
    const reviewCard = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: c.questionId } } });
    const dueDay = reviewCard.due;
    const again = await gradeCard(t.db, userId, { questionId: c.questionId, expectedVersion: reviewCard.version, rating: Rating.Again, durationMs: 1 }, new Date(dueDay.getTime() + 3600_000));
    if (!again.ok) throw new Error(again.error);
    const lapsed = await t.db.card.findUniqueOrThrow({ where: { id: reviewCard.id } });
    expect(lapsed).toMatchObject({ state: 3, lapses: 1 });
    await undo(again.actionId);
    expect(await t.db.card.findUniqueOrThrow({ where: { id: reviewCard.id } })).toEqual(reviewCard);
  });

  test("grade, bury, flag, grade, suspend: undone one by one in reverse, each restores the cards exactly", async () => {
    const snapshots = [await cardsOf()];
    const ids: string[] = [];
    const step = async (work: () => Promise<{ ok: boolean; actionId?: string }>) => {
      const result = await work();
      expect(result.ok).toBe(true);
      ids.push(result.actionId!);
      snapshots.push(await cardsOf());
    };
    const a = (await state()).current!;
    await step(() => gradeCard(t.db, userId, { questionId: a.questionId, expectedVersion: 0, rating: Rating.Good, durationMs: 1 }, now));
    const b = (await state(at(1))).current!;
    await step(() => buryUntilTomorrow(t.db, userId, b.questionId, at(1)));
    const c = (await state(at(2))).current!;
    await step(() => changeCard(t.db, userId, c.questionId, { flag: 1 }, at(2)));
    const flagged = (await state(at(3))).current!;
    expect(flagged).toMatchObject({ questionId: c.questionId, flag: 1 });
    await step(() => gradeCard(t.db, userId, { questionId: c.questionId, expectedVersion: flagged.version, rating: Rating.Again, durationMs: 1 }, at(3)));
    const d = (await state(at(4))).current!;
    await step(() => changeCard(t.db, userId, d.questionId, { suspended: true }, at(4)));
    // Card a's grade is also exercised on an existing row: grade it again once it is due.
    const a2 = (await state(at(15))).current!;
    expect(a2.questionId).toBe(a.questionId);
    await step(() => gradeCard(t.db, userId, { questionId: a.questionId, expectedVersion: a2.version, rating: Rating.Hard, durationMs: 1 }, at(15)));

    for (let i = ids.length - 1; i >= 0; i--) {
      expect(await undo(ids[i], at(20 + i))).toMatchObject({ ok: true });
      expect(await cardsOf()).toEqual(snapshots[i]);
    }
    expect(await t.db.reviewLog.count({ where: { userId } })).toBe(0);
    expect(await t.db.cardAction.count({ where: { userId, undoneAt: null } })).toBe(0);
  });

  test("a repeated undo of the same action is refused and changes nothing", async () => {
    const first = await grade(Rating.Good);
    const second = await grade(Rating.Good, at(1));
    expect(await undo(second.actionId)).toMatchObject({ ok: true });
    const after = await cardsOf();
    const again = await undo(second.actionId);
    expect(again).toEqual({ ok: false, status: 409, error: "That action was already undone." });
    expect(await cardsOf()).toEqual(after);
    expect(await t.db.reviewLog.count({ where: { userId } })).toBe(1);
    // The one below is still there to undo.
    expect(await undo(first.actionId)).toMatchObject({ ok: true });
  });

  test("undo is refused, with nothing changed, once the card changed since (a later action, a quiz answer)", async () => {
    const graded = await grade(Rating.Good);
    const flagged = await changeCard(t.db, userId, graded.questionId, { flag: 1 }, at(1));
    // The grade is under the flag: undoing it first would lose the flag.
    const rows = await cardsOf();
    expect(await undo(graded.actionId)).toMatchObject({ ok: false, status: 409 });
    expect(await cardsOf()).toEqual(rows);
    expect(await undo(flagged.actionId)).toMatchObject({ ok: true });

    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["multiple_choice"], origin: "handwritten", mode: "all" } }, at(2), 3);
    if (!started.ok) throw new Error(started.error);
    const runner = await getRunnerState(t.db, userId, started.attemptId, at(2));
    if (!runner || runner.status !== "in_progress") throw new Error("no question");
    const reviewed = await gradeCard(t.db, userId, { questionId: runner.question.id, expectedVersion: 0, rating: Rating.Easy, durationMs: 1 }, at(3));
    if (!reviewed.ok) throw new Error(reviewed.error);
    await answerQuestion(t.db, userId, { attemptId: started.attemptId, questionId: runner.question.id, response: { kind: "multiple_choice", choice: "1833" } }, at(4));
    const afterQuiz = await cardsOf();
    const logs = await t.db.reviewLog.count({ where: { userId } });
    expect(await undo(reviewed.actionId)).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/changed since/) });
    expect(await cardsOf()).toEqual(afterQuiz);
    expect(await t.db.reviewLog.count({ where: { userId } })).toBe(logs);
  });

  test("another learner's action id is not found, and nothing changes", async () => {
    const graded = await grade(Rating.Good);
    const rows = await cardsOf();
    const other = (await t.db.user.create({ data: {} })).id;
    expect(await undoCardAction(t.db, other, graded.actionId!, now)).toEqual({ ok: false, status: 404, error: "That action was not found." });
    expect(await undoCardAction(t.db, userId, "nosuchaction", now)).toMatchObject({ ok: false, status: 404 });
    expect(await cardsOf()).toEqual(rows);
  });
});

describe("custom study", () => {
  test("learning cards due later today can be studied now, and graded at the real time", async () => {
    const first = await grade(Rating.Good); // learning, due in 10 minutes
    const s = await state(at(1));
    expect(s.more.learningLaterToday).toBe(1);
    expect(s.current?.questionId).not.toBe(first.questionId);
    const ahead = await state(at(1), { kind: "learning-ahead" });
    expect(ahead.current?.questionId).toBe(first.questionId);
    expect(ahead.more.learningLaterToday).toBe(0);
  });

  test("more new cards today raise the limit for this study day only (until 4 a.m. local)", async () => {
    for (let i = 0; i < 5; i++) await grade(Rating.Easy, at(i));
    expect((await state(at(10))).counts.new).toBe(0);
    expect((await state(at(10))).more.newBeyondLimit).toBe(2);
    expect(await learnMoreNewCardsToday(t.db, userId, 1, at(10))).toEqual({ ok: true });
    expect(await learnMoreNewCardsToday(t.db, userId, 1, at(11))).toEqual({ ok: true });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ extraNewCards: 2, extraNewCardsDay: "2026-11-27" });
    expect((await state(at(12))).counts.new).toBe(2);
    // The next study day starts at 04:00 in Baku: the raise is gone (the normal limit of 5 applies again).
    const tomorrow = await state(new Date("2026-11-28T00:00:00Z"));
    expect(tomorrow.counts.new).toBe(2);
    expect(await learnMoreNewCardsToday(t.db, userId, 3, new Date("2026-11-28T00:00:00Z"))).toEqual({ ok: true });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ extraNewCards: 3, extraNewCardsDay: "2026-11-28" });
  });

  test("review ahead shows cards due in the next days; grading one early goes through ts-fsrs at the real time", async () => {
    const easy = await grade(Rating.Easy); // a review card due in days
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: easy.questionId } } });
    const days = Math.ceil((card.due.getTime() - now.getTime()) / 86_400_000) + 1;
    const s = await state(at(5));
    expect(s.more.reviewAheadByDay.reduce((a, b) => a + b, 0)).toBe(1);
    const ahead = await state(at(5), { kind: "review-ahead", days });
    expect(ahead.current?.questionId).toBe(easy.questionId);
    const result = await gradeCard(t.db, userId, { questionId: easy.questionId, expectedVersion: ahead.current!.version, rating: Rating.Good, durationMs: 1 }, at(5));
    expect(result.ok).toBe(true);
    const log = await t.db.reviewLog.findFirstOrThrow({ where: { userId, questionId: easy.questionId }, orderBy: { review: "desc" } });
    expect(log).toMatchObject({ review: at(5), state: 2, elapsedDays: 0 });
    expect((await t.db.card.findUniqueOrThrow({ where: { id: card.id } })).lastReview).toEqual(at(5));
  });
});

describe("review fronts", () => {
  test("an ordering card is never shown in its correct order, and differs between learners", async () => {
    const question = await t.db.question.findFirst({ where: { kind: "ordering", status: "active" } });
    if (!question) return; // the fixture bank may not have one
    const items = question.items as string[];
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const learner = (await t.db.user.create({ data: { newCardsPerDay: 100 } })).id;
      const s = await getReviewState(t.db, learner, {}, now);
      let shown = s?.current;
      while (shown && shown.questionId !== question.id) {
        await buryUntilTomorrow(t.db, learner, shown.questionId, now);
        shown = (await getReviewState(t.db, learner, {}, now))?.current;
      }
      expect(shown?.frontList).toHaveLength(items.length);
      if (items.length >= 3) expect(shown?.frontList).not.toEqual(items);
      orders.add(JSON.stringify(shown?.frontList));
    }
    if (items.length >= 3) expect(orders.size).toBeGreaterThan(1);
  });
});

describe("bury, suspend, reset, summary", () => {
  test("a buried card leaves today's queue and returns at the next 4 a.m.; a suspended one until unsuspended", async () => {
    const first = (await state()).current!;
    await buryUntilTomorrow(t.db, userId, first.questionId, now);
    expect((await state()).current?.questionId).not.toBe(first.questionId);
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: first.questionId } } });
    expect(card.buriedUntil?.toISOString()).toBe("2026-11-28T00:00:00.000Z"); // 04:00 in Baku
    const second = (await state()).current!;
    await changeCard(t.db, userId, second.questionId, { suspended: true }, now);
    const later = await state(new Date("2026-11-28T01:00:00Z"));
    expect(later.current?.questionId).toBe(first.questionId);
    expect(later.counts.new).toBe(5);
    await changeCard(t.db, userId, second.questionId, { suspended: false }, now);
    await changeCard(t.db, userId, second.questionId, { reset: true }, now);
    expect(await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: second.questionId } } })).toMatchObject({ state: 0, reps: 0, suspended: false });
  });

  test("the session summary counts reviews, time and the again-rate", async () => {
    await grade(Rating.Again);
    await grade(Rating.Good, at(1));
    expect(await getSessionSummary(t.db, userId, now)).toEqual({ reviewed: 2, timeMs: 8000, againRate: 0.5 });
  });

  test("another learner's cards are untouched and unseen", async () => {
    await grade(Rating.Good);
    const other = (await t.db.user.create({ data: {} })).id;
    const s = await getReviewState(t.db, other, { articleSlug: "tiny" }, now);
    expect(s?.counts).toEqual({ new: 7, learning: 0, due: 0 });
    expect(await t.db.card.count({ where: { userId: other } })).toBe(0);
  });
});
