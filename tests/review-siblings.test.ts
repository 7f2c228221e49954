// Sibling burying in review (lib/server/cards/review.ts, gradeCard and undo):
// grading a card buries the learner's other cards of the same fact or the same
// evidence sentence in its article until the next 4 a.m. in their zone, new
// cards not introduced yet included; undoing the grade undoes that burying;
// the "Bury related cards until tomorrow" setting off buries nothing; only the
// learner's own rows move. Runs on SQLite and, under npm run test:pg, on
// PostgreSQL.
//
// The tiny fixture's hand-written questions, in reading order: q-card and q-mc
// on sentence 1, q-cloze alone on sentence 2, q-match and q-tf on sentence 3,
// q-order and q-short on sentence 4.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { changeCard, getReviewState, gradeCard, undoCardAction } from "@/lib/server/cards/review";
import { answerQuestion, startQuizAttempt } from "@/lib/server/quiz/service";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { Rating } from "@/lib/domain/scheduling";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
let userId: string;
const ids = new Map<string, string>();
const id = (key: string) => ids.get(key)!;
const now = new Date("2026-11-27T10:00:00Z"); // 14:00 in Asia/Baku
const nextStudyDay = new Date("2026-11-28T00:00:00Z"); // 04:00 in Baku
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

async function queueKeys(user = userId, when = now): Promise<string[]> {
  // The queue's order, read card by card without grading: the current card and the counts.
  const s = await getReviewState(t.db, user, { articleSlug: "tiny" }, when);
  if (!s) throw new Error("no such article");
  return s.current ? [[...ids].find(([, v]) => v === s.current!.questionId)![0]] : [];
}
async function shownCounts(user = userId, when = now) {
  return (await getReviewState(t.db, user, { articleSlug: "tiny" }, when))!.counts;
}
async function grade(key: string, when = now, user = userId) {
  const card = await t.db.card.findUnique({ where: { userId_questionId: { userId: user, questionId: id(key) } } });
  const result = await gradeCard(t.db, user, { questionId: id(key), expectedVersion: card?.version ?? 0, rating: Rating.Good, durationMs: 3000 }, when);
  if (!result.ok) throw new Error(result.error);
  return result.actionId;
}
const cardOf = (key: string, user = userId) => t.db.card.findUnique({ where: { userId_questionId: { userId: user, questionId: id(key) } } });

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
  // Only the hand-written cards, so the families below are exactly the fixture's.
  await t.db.question.updateMany({ where: { origin: "generated" }, data: { status: "retired" } });
  for (const q of await t.db.question.findMany({ where: { origin: "handwritten" } })) ids.set(q.key, q.id);
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  userId = (await t.db.user.create({ data: { timeZone: "Asia/Baku" } })).id;
});

describe("a grade buries its siblings until the next study day", () => {
  test("the new sibling on the same sentence is held back today, made as a buried new card, and back after 4 a.m.", async () => {
    expect(await queueKeys()).toEqual(["q-card"]);
    expect(await shownCounts()).toMatchObject({ new: 7 });
    await grade("q-card");
    // q-mc (same sentence) is skipped: next is the first card of sentence 2.
    expect(await queueKeys(userId, at(1))).toEqual(["q-cloze"]);
    expect(await shownCounts(userId, at(1))).toMatchObject({ new: 5 });
    expect(await cardOf("q-mc")).toMatchObject({ state: 0, reps: 0, buriedUntil: nextStudyDay });
    // The next study day: q-mc is a new card again (q-card is in learning, due long before).
    const tomorrow = new Date(nextStudyDay.getTime() + 60_000);
    expect((await shownCounts(userId, tomorrow)).new).toBe(6);
  });

  test("a review card due today on the same sentence is buried; one due later, one in learning and a suspended one are not", async () => {
    const review = { state: 2, stability: 10, difficulty: 5, reps: 3, scheduledDays: 10, lastReview: at(-10 * 24 * 60) };
    await t.db.card.create({ data: { userId, questionId: id("q-tf"), ...review, due: at(-60), version: 4 } });
    await t.db.card.create({ data: { userId, questionId: id("q-short"), ...review, due: at(3 * 24 * 60), version: 2 } });
    await t.db.card.create({ data: { userId, questionId: id("q-mc"), state: 1, due: at(5), reps: 1, lastReview: at(-1), version: 1 } });
    await grade("q-match");
    expect(await cardOf("q-tf")).toMatchObject({ buriedUntil: nextStudyDay, version: 5, state: 2 });
    await grade("q-order");
    expect(await cardOf("q-short")).toMatchObject({ buriedUntil: null, version: 2 });
    await grade("q-card");
    expect(await cardOf("q-mc")).toMatchObject({ buriedUntil: null, version: 1, state: 1 });

    const suspended = (await t.db.user.create({ data: { timeZone: "Asia/Baku" } })).id;
    await t.db.card.create({ data: { userId: suspended, questionId: id("q-mc"), due: now, suspended: true, version: 1 } });
    await grade("q-card", now, suspended);
    expect(await cardOf("q-mc", suspended)).toMatchObject({ suspended: true, buriedUntil: null, version: 1 });
  });

  test("a question of the same fact on another sentence is a sibling too (the fact key)", async () => {
    await t.db.question.updateMany({ where: { id: { in: [id("q-cloze"), id("q-short")] } }, data: { factKey: "f-babbage-london" } });
    try {
      await grade("q-cloze");
      expect(await cardOf("q-short")).toMatchObject({ buriedUntil: nextStudyDay });
      // q-order shares q-short's sentence, not q-cloze's: not buried.
      expect(await cardOf("q-order")).toBeNull();
    } finally {
      await t.db.question.updateMany({ where: { id: { in: [id("q-cloze"), id("q-short")] } }, data: { factKey: null } });
    }
  });

  test("another learner's cards do not move", async () => {
    const other = (await t.db.user.create({ data: { timeZone: "Asia/Baku" } })).id;
    await t.db.card.create({ data: { userId: other, questionId: id("q-mc"), due: now, version: 3 } });
    await grade("q-card");
    expect(await cardOf("q-mc", other)).toMatchObject({ buriedUntil: null, version: 3 });
    expect(await queueKeys(other)).toEqual(["q-card"]);
  });
});

describe("undo", () => {
  test("undoing the grade undoes its burying: a card it made is removed, a card it buried is as before, every column", async () => {
    const review = { state: 2, stability: 10, difficulty: 5, reps: 3, scheduledDays: 10, lastReview: at(-10 * 24 * 60) };
    await t.db.card.create({ data: { userId, questionId: id("q-tf"), ...review, due: at(-60), version: 4 } });
    const before = await cardOf("q-tf");
    const actionId = await grade("q-match");
    expect(await cardOf("q-tf")).toMatchObject({ buriedUntil: nextStudyDay });

    expect(await undoCardAction(t.db, userId, actionId!, at(1))).toEqual({ ok: true, questionId: id("q-match") });
    expect(await cardOf("q-tf")).toEqual(before);
    expect(await cardOf("q-match")).toBeNull();
    expect(await t.db.cardAction.count({ where: { userId, causedById: actionId, undoneAt: null } })).toBe(0);

    const madeBy = await grade("q-card", at(2));
    expect(await cardOf("q-mc")).not.toBeNull();
    // Six new cards (q-tf is a review): q-card graded and q-mc buried leave four.
    expect((await shownCounts(userId, at(2))).new).toBe(4);
    expect(await undoCardAction(t.db, userId, madeBy!, at(3))).toMatchObject({ ok: true });
    expect(await cardOf("q-mc")).toBeNull();
    expect((await shownCounts(userId, at(3))).new).toBe(6);
    // A second undo changes nothing.
    expect(await undoCardAction(t.db, userId, madeBy!, at(4))).toMatchObject({ ok: false, status: 409 });
  });

  test("a sibling that changed since (answered in a quiz) keeps what happened to it; the grade is undone", async () => {
    const actionId = await grade("q-card");
    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["multiple_choice"], origin: "handwritten", mode: "all" } }, at(1), 3);
    if (!started.ok) throw new Error(started.error);
    await answerQuestion(t.db, userId, { attemptId: started.attemptId, questionId: id("q-mc"), response: { kind: "multiple_choice", choice: "1843" } }, at(2));
    const answered = await cardOf("q-mc");
    expect(answered?.reps).toBe(1);

    expect(await undoCardAction(t.db, userId, actionId!, at(3))).toMatchObject({ ok: true });
    expect(await cardOf("q-card")).toBeNull();
    expect(await cardOf("q-mc")).toEqual(answered);
  });

  test("only the grade's own burying is undone, not a bury the learner chose", async () => {
    const buried = await changeCard(t.db, userId, id("q-cloze"), { buriedUntil: nextStudyDay }, now);
    expect(buried.ok).toBe(true);
    const actionId = await grade("q-card", at(1));
    await undoCardAction(t.db, userId, actionId!, at(2));
    expect(await cardOf("q-cloze")).toMatchObject({ buriedUntil: nextStudyDay });
  });
});

describe("the setting", () => {
  test("off: a grade buries nothing, and the sibling is the next card", async () => {
    await t.db.user.update({ where: { id: userId }, data: { burySiblings: false } });
    await grade("q-card");
    expect(await cardOf("q-mc")).toBeNull();
    expect(await queueKeys(userId, at(1))).toEqual(["q-mc"]);
  });
});
