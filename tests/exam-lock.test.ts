// The exam lock on a real (throwaway) database, through the services the
// pages and actions call: while a quiz attempt is in progress, no surface
// shows the key of a question in it that the learner has not answered yet
// (card page, card search, card history, results of another attempt, the
// export, the review queue, the replies of answer and override on an older
// attempt); it is shown again once answered, or once the attempt is finished
// or abandoned. The question used is the short answer "In which city did
// Babbage design the Analytical Engine?" (key "London", explanation "Babbage
// designed it in London."): no prompt of the article says "London", so any
// "London" in what a surface returns is its key leaking.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import type { QuizConfig } from "@/lib/domain/quiz/config";
import { CardFiltersSchema } from "@/lib/domain/cards/browse";
import { seedDatabase } from "@/lib/server/seed/seed";
import { answerQuestion, getRunnerState, overrideAnswer, startQuizAttempt } from "@/lib/server/quiz/service";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { getExamLocks } from "@/lib/server/data/exam-lock";
import { getCardHistory } from "@/lib/server/data/card-history";
import { browseCards } from "@/lib/server/data/cards";
import { getAttemptResults } from "@/lib/server/data/quiz";
import { exportHistoryCsv } from "@/lib/server/data/export";
import { getReviewView } from "@/lib/server/cards/review";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { TINY_RIGHT_ANSWERS } from "./helpers/tiny-answers";

let t: TestDb;
let userId: string;
let shortId: string;
const KEY = "London";
const now = new Date("2026-11-27T10:00:00Z");
const later = (s: number) => new Date(now.getTime() + s * 1000);
const ONLY = (kinds: QuizConfig["kinds"]): QuizConfig => ({ size: "all", kinds, origin: "handwritten", mode: "all" });
const RIGHT = TINY_RIGHT_ANSWERS;

async function start(config: QuizConfig, user = userId) {
  const started = await startQuizAttempt(t.db, user, { articleSlug: "tiny", config, startToken: newStartToken() }, now, 7);
  if (!started.ok) throw new Error(started.error);
  return started.attemptId;
}
/** Answers every question of the attempt right, in the order the runner shows them. */
async function answerAll(attemptId: string, from = 1) {
  let i = from;
  for (let state = await getRunnerState(t.db, userId, attemptId, later(i)); state?.status === "in_progress"; state = await getRunnerState(t.db, userId, attemptId, later(i))) {
    const { key } = await t.db.question.findUniqueOrThrow({ where: { id: state.question.id }, select: { key: true } });
    const answered = await answerQuestion(t.db, userId, { attemptId, questionId: state.question.id, response: RIGHT[key] }, later(i++));
    if (!answered.ok) throw new Error(answered.error);
  }
}

/** Everything each surface returns for the short-answer question, as text: the key must not be in it while locked. */
async function surfaces(attemptWithAnswer: string) {
  const results = await getAttemptResults(t.db, userId, attemptWithAnswer);
  const csv = await exportHistoryCsv(t.db, userId);
  return {
    cardPage: JSON.stringify(await getCardHistory(t.db, userId, shortId)),
    searchByKey: (await browseCards(t.db, userId, CardFiltersSchema.parse({ q: KEY }), now)).matching,
    otherResults: JSON.stringify(results?.items.find((i) => i.questionId === shortId)),
    exportRow: csv.split("\n").find((line) => line.includes("q-short")) ?? "",
  };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
  await t.db.question.updateMany({ where: { origin: "generated" }, data: { status: "retired" } });
  shortId = (await t.db.question.findUniqueOrThrow({ where: { key: "q-short" } })).id;
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  userId = (await t.db.user.create({ data: { newCardsPerDay: 100 } })).id;
});

describe("while an attempt asks a question the learner has not answered", () => {
  test("the lock lists exactly the unanswered questions of the learner's attempts in progress", async () => {
    const attempt = await start(ONLY(["short_answer", "cloze"]));
    expect([...(await getExamLocks(t.db, userId)).keys()].sort()).toHaveLength(2);
    expect((await getExamLocks(t.db, userId)).get(shortId)).toBe(attempt);
    // Another learner's quiz locks nothing for this one, and this one's nothing for them.
    const other = (await t.db.user.create({ data: {} })).id;
    expect((await getExamLocks(t.db, other)).size).toBe(0);
    await start(ONLY(["true_false"]), other);
    expect((await getExamLocks(t.db, userId)).size).toBe(2);
  });

  test("no surface shows its key; answering it in the quiz shows it again", async () => {
    const finished = await start(ONLY([...QUESTION_KINDS]));
    await answerAll(finished);
    const open = await start(ONLY(["short_answer"]));

    const locked = await surfaces(finished);
    expect(locked.cardPage).not.toContain(KEY);
    expect(locked.cardPage).toContain(`"lockedBy":"${open}"`);
    expect(locked.searchByKey).toBe(0);
    expect(locked.otherResults).not.toContain(KEY);
    expect(locked.otherResults).toContain(`"lockedBy":"${open}"`);
    expect(locked.exportRow).not.toBe("");
    expect(locked.exportRow).not.toContain(KEY);

    await answerAll(open, 100);
    const unlocked = await surfaces(finished);
    expect(unlocked.cardPage).toContain(KEY);
    expect(unlocked.otherResults).toContain(KEY);
    expect(unlocked.exportRow).toContain(KEY);
    // Search matches prompts only, always: the key is never a match, locked or not.
    expect(unlocked.searchByKey).toBe(0);
    expect((await browseCards(t.db, userId, CardFiltersSchema.parse({ q: "Babbage design" }), now)).matching).toBe(1);
  });

  test.each([
    { label: "abandoned", status: "abandoned" as const },
    { label: "finished", status: "finished" as const },
  ])("the key is shown again once the attempt is $label", async ({ status }) => {
    const finished = await start(ONLY(["short_answer", "cloze"]));
    await answerAll(finished);
    const open = await start(ONLY(["short_answer", "cloze"]));
    expect((await surfaces(finished)).cardPage).not.toContain(KEY);
    await t.db.quizAttempt.update({ where: { id: open }, data: { status } });
    const after = await surfaces(finished);
    expect(after.cardPage).toContain(KEY);
    expect(after.otherResults).toContain(KEY);
    expect(after.exportRow).toContain(KEY);
  });

  test("card history keeps when earlier answers were given, without what was answered or its verdict", async () => {
    const finished = await start(ONLY(["short_answer"]));
    await answerAll(finished);
    await start(ONLY(["short_answer"]));
    const history = await getCardHistory(t.db, userId, shortId);
    expect(history?.question.key).toBeNull();
    expect(history?.responses).toHaveLength(1);
    expect(history?.responses[0]?.result).toBeNull();
  });

  test("the review queue holds it out (and out of the counts) until it is answered, and says so", async () => {
    const before = await getReviewView(t.db, userId, { articleSlug: "tiny" }, now);
    const open = await start(ONLY(["short_answer", "cloze"]));
    const during = await getReviewView(t.db, userId, { articleSlug: "tiny" }, now);
    expect(during?.counts.new).toBe((before?.counts.new ?? 0) - 2);
    expect(during?.heldForQuiz).toEqual({ count: 2, attemptId: open });
    expect(JSON.stringify(during)).not.toContain(KEY);
    // Every card the session would show, graded through: none is a locked one.
    const lockedIds = new Set((await getExamLocks(t.db, userId)).keys());
    expect(lockedIds.has(during?.current?.questionId ?? "")).toBe(false);
    await answerAll(open);
    const afterwards = await getReviewView(t.db, userId, { articleSlug: "tiny" }, later(60));
    expect(afterwards?.heldForQuiz).toBeNull();
  });

  test("an older attempt's answer and override replies carry no feedback (they would give the key)", async () => {
    const finished = await start(ONLY(["short_answer"]));
    await answerQuestion(t.db, userId, { attemptId: finished, questionId: shortId, response: { kind: "short_answer", text: "Paris" } }, later(1));
    await start(ONLY(["short_answer"]));
    const replay = await answerQuestion(t.db, userId, { attemptId: finished, questionId: shortId, response: { kind: "short_answer", text: "Paris" } }, later(2));
    expect(replay).toMatchObject({ ok: false, status: 409 });
    expect(JSON.stringify(replay)).not.toContain(KEY);
    const override = await overrideAnswer(t.db, userId, { attemptId: finished, questionId: shortId }, later(3));
    expect(override).toMatchObject({ ok: false, status: 409 });
    expect(JSON.stringify(override)).not.toContain(KEY);
    // Nothing changed: the answer stays wrong, not overridden.
    expect(await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: finished, questionId: shortId } })).toMatchObject({ correct: false, overridden: false });
  });
});
