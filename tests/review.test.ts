// The review session on a real (throwaway) SQLite database: queue order and
// counts, grading with the stale-card check, exact undo, bury/suspend/reset,
// the daily new-card limit and the 4 a.m. rollover in the learner's zone.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { buryUntilTomorrow, changeCard, getReviewState, getSessionSummary, gradeCard, undoLastReview } from "@/lib/server/cards/review";
import { answerQuestion, getRunnerState, startQuizAttempt } from "@/lib/server/quiz/service";
import { Rating } from "@/lib/domain/scheduling";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
let userId: string;
const now = new Date("2026-11-27T10:00:00Z"); // 14:00 in Asia/Baku
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function state(when = now) {
  const s = await getReviewState(t.db, userId, { articleSlug: "tiny" }, when);
  if (!s) throw new Error("no such article");
  return s;
}
async function grade(rating: Rating.Again | Rating.Hard | Rating.Good | Rating.Easy, when = now) {
  const s = await state(when);
  const card = s.current!;
  const result = await gradeCard(t.db, userId, { questionId: card.questionId, expectedVersion: card.version, rating, durationMs: 4000 }, when);
  expect(result).toEqual({ ok: true });
  return card;
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
  userId = (await t.db.user.create({ data: { timeZone: "Asia/Baku", newCardsPerDay: 5 } })).id;
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
    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", config: { size: "all", kinds: ["multiple_choice"], origin: "handwritten", mode: "all" } }, now, 3);
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
    expect(await gradeCard(t.db, userId, { questionId: card.questionId, expectedVersion: card.version, rating: Rating.Good, durationMs: 1 }, now)).toEqual({ ok: true });
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

  test("undo restores the exact previous card and removes the log, in one step", async () => {
    await grade(Rating.Good);
    await grade(Rating.Good, at(11)); // the learning card, due again after its 10-minute step
    const before = await t.db.card.findMany({ where: { userId }, orderBy: { questionId: "asc" } });
    const review = await grade(Rating.Again, at(12));
    const undone = await undoLastReview(t.db, userId);
    expect(undone).toEqual({ ok: true, questionId: review.questionId });
    const after = await t.db.card.findMany({ where: { userId }, orderBy: { questionId: "asc" } });
    const strip = (c: (typeof after)[number]) => ({ ...c, version: 0, updatedAt: null });
    const restored = after.find((c) => c.questionId === review.questionId);
    const original = before.find((c) => c.questionId === review.questionId);
    if (original) expect(strip(restored!)).toEqual(strip(original));
    else expect(restored).toMatchObject({ state: 0, reps: 0, lapses: 0, stability: 0, lastReview: null });
    expect(await t.db.reviewLog.count({ where: { userId } })).toBe(2);
  });

  test("undo of a review card answered Again restores its due date, stability and lapses exactly", async () => {
    const c = await grade(Rating.Easy); // new -> review, due in days
    const reviewCard = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: c.questionId } } });
    const dueDay = reviewCard.due;
    await gradeCard(t.db, userId, { questionId: c.questionId, expectedVersion: reviewCard.version, rating: Rating.Again, durationMs: 1 }, new Date(dueDay.getTime() + 3600_000));
    const lapsed = await t.db.card.findUniqueOrThrow({ where: { id: reviewCard.id } });
    expect(lapsed).toMatchObject({ state: 3, lapses: 1 });
    await undoLastReview(t.db, userId);
    const back = await t.db.card.findUniqueOrThrow({ where: { id: reviewCard.id } });
    expect({ ...back, version: 0, updatedAt: null }).toEqual({ ...reviewCard, version: 0, updatedAt: null });
  });

  test("nothing to undo says so", async () => {
    expect(await undoLastReview(t.db, userId)).toMatchObject({ ok: false, status: 409 });
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
    expect(await undoLastReview(t.db, other)).toMatchObject({ ok: false });
  });
});
