// The home page's "what to do now", the settings loader and the card
// browser's flag filter on a real (throwaway) database.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { changeCard, getReviewState } from "@/lib/server/cards/review";
import { answerQuestion, getRunnerState, startQuizAttempt } from "@/lib/server/quiz/service";
import { getHomeNow } from "@/lib/server/data/home";
import { getUserSettings } from "@/lib/server/data/settings";
import { browseCards } from "@/lib/server/data/cards";
import { CardFiltersSchema } from "@/lib/domain/cards/browse";
import { getExamLocks } from "@/lib/server/data/exam-lock";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { newStartToken } from "@/lib/server/quiz/start-token";

let t: TestDb;
let userId: string;
const now = new Date("2026-11-27T10:00:00Z"); // 14:00 in Asia/Baku
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  userId = (await t.db.user.create({ data: { timeZone: "Asia/Baku", newCardsPerDay: 5 } })).id;
});

async function answerOne(attemptId: string, when: Date) {
  const runner = await getRunnerState(t.db, userId, attemptId, when);
  if (!runner || runner.status !== "in_progress") throw new Error("no question");
  const kind = runner.question.kind;
  if (kind !== "cloze" && kind !== "short_answer") throw new Error(`unexpected ${kind}`);
  await answerQuestion(t.db, userId, { attemptId, questionId: runner.question.id, response: { kind, text: "zzzz" } }, when);
}

describe("getUserSettings", () => {
  test("returns the study settings of that learner, with today's custom-study extra", async () => {
    await t.db.user.update({ where: { id: userId }, data: { desiredRetention: 0.85, maximumInterval: 180 } });
    expect(await getUserSettings(t.db, userId)).toEqual({
      timeZone: "Asia/Baku",
      newCardsPerDay: 5,
      desiredRetention: 0.85,
      maximumInterval: 180,
      burySiblings: true,
      extraNewCards: 0,
      extraNewCardsDay: null,
    });
  });

  test("an unknown learner is an error, not someone else's settings", async () => {
    await expect(getUserSettings(t.db, "nobody")).rejects.toThrow();
  });
});

describe("getHomeNow", () => {
  test("a brand-new learner: new cards waiting, nothing due, no streak, no quiz in progress", async () => {
    const home = await getHomeNow(t.db, userId, now);
    expect(home).toEqual({
      counts: { new: 5, learning: 0, due: 0 },
      streak: { current: 0, best: 0, activeToday: false, lastActiveDay: null },
      hasHistory: false,
      inProgress: null,
    });
  });

  test("after part of a quiz: the quiz in progress, the review page's counts, a one-day streak", async () => {
    // Two typed questions: answering one leaves the quiz in progress.
    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["cloze", "short_answer"], origin: "handwritten", mode: "all" } }, now, 3);
    if (!started.ok) throw new Error(started.error);
    await answerOne(started.attemptId, at(1));
    const home = await getHomeNow(t.db, userId, at(2));
    const review = await getReviewState(t.db, userId, {}, at(2));
    expect(home.counts).toEqual(review!.counts);
    expect(home.counts.learning).toBe(1);
    expect(home.streak).toMatchObject({ current: 1, activeToday: true, lastActiveDay: "2026-11-27" });
    expect(home.hasHistory).toBe(true);
    expect(home.inProgress).toMatchObject({ id: started.attemptId, answered: 1, article: { slug: "tiny" } });
    expect(home.inProgress!.maxScore).toBe(2);

    // The unanswered question and its siblings are held for the quiz on both (the exam lock), whatever the daily limit.
    await t.db.user.update({ where: { id: userId }, data: { newCardsPerDay: 100 } });
    const roomy = await getReviewState(t.db, userId, {}, at(2));
    expect(roomy!.heldForQuiz).toMatchObject({ attemptId: started.attemptId });
    expect(roomy!.heldForQuiz!.count).toBeGreaterThanOrEqual(1);
    expect(roomy!.heldForQuiz!.count).toBeLessThanOrEqual((await getExamLocks(t.db, userId)).size);
    expect((await getHomeNow(t.db, userId, at(2))).counts).toEqual(roomy!.counts);

    // Another learner sees none of it.
    const other = (await t.db.user.create({ data: {} })).id;
    expect(await getHomeNow(t.db, other, at(2))).toMatchObject({ hasHistory: false, inProgress: null, streak: { current: 0 } });
  });

  test("a finished quiz is not offered for resuming", async () => {
    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "5", kinds: ["multiple_choice"], origin: "handwritten", mode: "all" } }, now, 3);
    if (!started.ok) throw new Error(started.error);
    await t.db.quizAttempt.update({ where: { id: started.attemptId }, data: { status: "finished", finishedAt: at(5), score: 0 } });
    expect((await getHomeNow(t.db, userId, at(6))).inProgress).toBeNull();
  });
});

describe("browseCards by flag", () => {
  test("flagged, not flagged, any", async () => {
    const [first, second] = await t.db.question.findMany({ where: { status: "active" }, select: { id: true }, orderBy: { key: "asc" }, take: 2 });
    await changeCard(t.db, userId, first!.id, { flag: 1 }, now);
    await changeCard(t.db, userId, second!.id, { flag: 0 }, now);
    const browse = (flag: string) => browseCards(t.db, userId, CardFiltersSchema.parse({ flag }), now);
    const flagged = await browse("flagged");
    expect(flagged.cards.map((c) => [c.questionId, c.flag])).toEqual([[first!.id, 1]]);
    const unflagged = await browse("unflagged");
    expect(unflagged.cards.map((c) => c.questionId)).not.toContain(first!.id);
    expect(unflagged.cards.map((c) => c.questionId)).toContain(second!.id);
    const any = await browse("any");
    expect(any.matching).toBe(unflagged.matching + 1);
    // Someone else's flag is not this learner's.
    const other = (await t.db.user.create({ data: {} })).id;
    expect((await browseCards(t.db, other, CardFiltersSchema.parse({ flag: "flagged" }), now)).matching).toBe(0);
  });
});
