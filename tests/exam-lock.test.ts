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
import { getExamLocks, HELD_BACK_PROMPT } from "@/lib/server/data/exam-lock";
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
  test("the lock lists the unanswered questions of the learner's attempts in progress, and their siblings (same sentence)", async () => {
    const attempt = await start(ONLY(["short_answer", "cloze"]));
    const locks = await getExamLocks(t.db, userId);
    const asked = (await t.db.quizResponse.findMany({ where: { attemptId: attempt }, select: { questionId: true } })).map((r) => r.questionId);
    expect(asked).toHaveLength(2);
    for (const id of asked) expect(locks.get(id)).toBe(attempt);
    expect(locks.get(shortId)).toBe(attempt);
    // Every other lock is a sibling: an active question whose evidence overlaps an asked one's.
    const evidence = async (ids: string[]) => t.db.question.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, evidenceStart: true, evidenceEnd: true } });
    const askedEvidence = await evidence(asked);
    const siblings = await evidence([...locks.keys()].filter((id) => !asked.includes(id)));
    for (const s of siblings) {
      expect(s.status).toBe("active");
      expect(askedEvidence.some((a) => s.evidenceStart < a.evidenceEnd && s.evidenceEnd > a.evidenceStart)).toBe(true);
    }
    const unrelated = await t.db.question.findMany({ where: { status: "active", id: { notIn: [...locks.keys()] } }, select: { evidenceStart: true, evidenceEnd: true } });
    for (const u of unrelated) expect(askedEvidence.some((a) => u.evidenceStart < a.evidenceEnd && u.evidenceEnd > a.evidenceStart)).toBe(false);
    // Another learner's quiz locks nothing for this one, and this one's nothing for them.
    const other = (await t.db.user.create({ data: {} })).id;
    expect((await getExamLocks(t.db, other)).size).toBe(0);
    await start(ONLY(["true_false"]), other);
    expect((await getExamLocks(t.db, userId)).size).toBe(locks.size);
  });

  test("a sibling's prompt (it may state the key) is neither shown nor searched in the card browser or on its page", async () => {
    await start(ONLY(["short_answer"]));
    const locks = await getExamLocks(t.db, userId);
    const siblingId = [...locks.keys()].find((id) => id !== shortId);
    expect(siblingId, "the fixture's short answer has a sibling").toBeDefined();
    const sibling = await t.db.question.findUniqueOrThrow({ where: { id: siblingId! } });
    const word = sibling.prompt.split(/\W+/).filter((w) => w.length > 4).pop()!;
    const found = await browseCards(t.db, userId, CardFiltersSchema.parse({ q: word }), now);
    expect(found.cards.map((c) => c.questionId)).not.toContain(siblingId);
    const all = await browseCards(t.db, userId, CardFiltersSchema.parse({}), now);
    expect(all.cards.find((c) => c.questionId === siblingId)?.prompt).toBe(HELD_BACK_PROMPT);
    const page = await getCardHistory(t.db, userId, siblingId!);
    expect(page?.question.prompt).toBe(HELD_BACK_PROMPT);
    expect(JSON.stringify(page)).not.toContain(sibling.prompt);
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
    const held = (await getExamLocks(t.db, userId)).size;
    expect(held).toBeGreaterThanOrEqual(2); // the two asked, and their siblings
    expect(during?.counts.new).toBe((before?.counts.new ?? 0) - held);
    expect(during?.heldForQuiz).toEqual({ count: held, attemptId: open });
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
