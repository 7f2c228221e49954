// Learners' "report a problem" and the editors' queue (lib/server/editor/reports.ts)
// on a real throwaway database: a report from quiz feedback only after the
// answer, one open report per learner and question, the rate limit, who may
// report, the queue without names, resolve / dismiss, and a reported
// question left out of new quizzes until then.
// Runs on SQLite and, under npm run test:pg, on PostgreSQL.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LIMITS } from "@/lib/domain/auth/limits";
import { seedDatabase } from "@/lib/server/seed/seed";
import { answerQuestion, quizPool, startQuizAttempt } from "@/lib/server/quiz/service";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { ANSWER_FIRST, closeReport, listOpenReports, reportQuestion, type ReportInput } from "@/lib/server/editor/reports";
import type { ArticleActor } from "@/lib/server/articles/access";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { TINY_RIGHT_ANSWERS } from "./helpers/tiny-answers";

let t: TestDb;
const now = new Date("2026-12-01T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let author: ArticleActor;
let articleId = "";

const newLearner = async (): Promise<ArticleActor> => ({ id: (await t.db.user.create({ data: {} })).id, role: "learner" });
const idOf = async (key: string) => (await t.db.question.findUniqueOrThrow({ where: { key } })).id;

/** A quiz of one kind of question for the learner, its question id and attempt. */
async function quizOf(learner: ArticleActor, kind: "short_answer" | "true_false" | "cloze" | "multiple_choice") {
  const started = await startQuizAttempt(t.db, learner.id, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: [kind], origin: "handwritten", mode: "all" } }, now, 5);
  if (!started.ok) throw new Error(started.error);
  const row = await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: started.attemptId } });
  return { attemptId: started.attemptId, questionId: row.questionId };
}
async function answer(learner: ArticleActor, attemptId: string, questionId: string) {
  const key = (await t.db.question.findUniqueOrThrow({ where: { id: questionId } })).key;
  const result = await answerQuestion(t.db, learner.id, { attemptId, questionId, response: TINY_RIGHT_ANSWERS[key] }, now);
  expect(result.ok).toBe(true);
}
const fromQuiz = (questionId: string, attemptId: string, extra: Partial<ReportInput> = {}): ReportInput => ({
  questionId,
  reason: "wrong_answer",
  note: null,
  from: { source: "quiz", attemptId },
  ...extra,
});

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
  author = { id: (await t.db.user.create({ data: { kind: "account", role: "author", email: "a@example.com" } })).id, role: "author" };
  articleId = (await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } })).id;
});
afterAll(async () => t?.cleanup());

describe("reporting from a quiz", () => {
  test("is refused before the answer, accepted after it; a second report updates the open one", async () => {
    const learner = await newLearner();
    const { attemptId, questionId } = await quizOf(learner, "short_answer");
    await expect(reportQuestion(t.db, learner, fromQuiz(questionId, attemptId), now)).rejects.toMatchObject({ status: 409, message: ANSWER_FIRST });
    expect(await t.db.questionReport.count({ where: { userId: learner.id } })).toBe(0);

    await answer(learner, attemptId, questionId);
    expect(await reportQuestion(t.db, learner, fromQuiz(questionId, attemptId, { note: "London is not in the text" }), now)).toEqual({ ok: true, updated: false });
    expect(await reportQuestion(t.db, learner, fromQuiz(questionId, attemptId, { reason: "unclear", note: "Which London?" }), now)).toEqual({ ok: true, updated: true });
    const rows = await t.db.questionReport.findMany({ where: { userId: learner.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ questionId, reason: "unclear", note: "Which London?", status: "open" });
  });

  test("of someone else's attempt, or a question not in it, is not found", async () => {
    const learner = await newLearner();
    const other = await newLearner();
    const { attemptId, questionId } = await quizOf(learner, "cloze");
    await answer(learner, attemptId, questionId);
    await expect(reportQuestion(t.db, other, fromQuiz(questionId, attemptId), now)).rejects.toMatchObject({ status: 404 });
    await expect(reportQuestion(t.db, learner, fromQuiz(await idOf("q-tf"), attemptId), now)).rejects.toMatchObject({ status: 404 });
  });

  test("of a private article someone else owns is not found", async () => {
    const owner = await newLearner();
    const stranger = await newLearner();
    const privateArticle = await t.db.article.create({ data: { slug: "private-one", title: "P", body: "Secret text.", contentHash: "x", wordCount: 2, ownerId: owner.id, visibility: "private" } });
    const q = await t.db.question.create({
      data: { key: "private-q", articleId: privateArticle.id, kind: "true_false", prompt: "p", answer: "true", explanation: "e", evidenceText: "Secret text.", evidenceStart: 0, evidenceEnd: 12, origin: "handwritten", contentHash: "x" },
    });
    await expect(reportQuestion(t.db, stranger, { questionId: q.id, reason: "other", note: null, from: { source: "review" } }, now)).rejects.toMatchObject({ status: 404 });
    expect(await reportQuestion(t.db, owner, { questionId: q.id, reason: "other", note: null, from: { source: "review" } }, now)).toMatchObject({ ok: true });
  });
});

describe("reporting from review", () => {
  test("is refused while the question waits unanswered in the learner's quiz in progress", async () => {
    const learner = await newLearner();
    const { attemptId, questionId } = await quizOf(learner, "multiple_choice");
    const review = { questionId, reason: "duplicate" as const, note: null, from: { source: "review" as const } };
    await expect(reportQuestion(t.db, learner, review, now)).rejects.toMatchObject({ status: 409 });
    await answer(learner, attemptId, questionId);
    expect(await reportQuestion(t.db, learner, review, now)).toEqual({ ok: true, updated: false });
  });
});

describe("the rate limit", () => {
  test(`allows ${LIMITS.reportQuestionPerUser.limit} reports an hour per learner, then refuses with 429 and writes nothing`, async () => {
    const learner = await newLearner();
    const questionId = await idOf("q-card");
    const review = (note: string): ReportInput => ({ questionId, reason: "other", note, from: { source: "review" } });
    for (let i = 0; i < LIMITS.reportQuestionPerUser.limit; i++) await reportQuestion(t.db, learner, review(`note ${i}`), later(i));
    await expect(reportQuestion(t.db, learner, review("one too many"), later(40))).rejects.toMatchObject({ status: 429 });
    expect((await t.db.questionReport.findFirstOrThrow({ where: { userId: learner.id } })).note).toBe(`note ${LIMITS.reportQuestionPerUser.limit - 1}`);
    // Another learner is counted apart.
    expect(await reportQuestion(t.db, await newLearner(), review("mine"), later(40))).toMatchObject({ ok: true });
    // A new window allows again.
    expect(await reportQuestion(t.db, learner, review("next hour"), later(61))).toMatchObject({ ok: true });
  });
});

describe("the queue", () => {
  test("lists open reports without naming anyone; resolve and dismiss close them once; the question is out of new quizzes meanwhile", async () => {
    await t.db.questionReport.updateMany({ where: { status: "open" }, data: { status: "dismissed" } });
    const a = await newLearner();
    const b = await newLearner();
    const questionId = await idOf("q-order");
    expect((await quizPool(t.db, a.id, articleId, now)).map((q) => q.id)).toContain(questionId);
    await reportQuestion(t.db, a, { questionId, reason: "wrong_answer", note: "London comes first", from: { source: "review" } }, now);
    await reportQuestion(t.db, b, { questionId, reason: "unclear", note: null, from: { source: "review" } }, later(1));
    expect((await quizPool(t.db, a.id, articleId, now)).map((q) => q.id)).not.toContain(questionId);

    const queue = await listOpenReports(t.db, articleId);
    expect(queue.map((r) => [r.reason, r.note, r.question.key])).toEqual([
      ["wrong_answer", "London comes first", "q-order"],
      ["unclear", null, "q-order"],
    ]);
    expect(JSON.stringify(queue)).not.toContain(a.id);
    expect(Object.keys(queue[0]!)).not.toContain("userId");

    const learner = await newLearner();
    await expect(closeReport(t.db, learner, { slug: "tiny", reportId: queue[0]!.id, outcome: "resolved" }, now)).rejects.toMatchObject({ status: 404 });
    expect(await closeReport(t.db, author, { slug: "tiny", reportId: queue[0]!.id, outcome: "resolved" }, later(5))).toEqual({ ok: true });
    expect(await closeReport(t.db, author, { slug: "tiny", reportId: queue[0]!.id, outcome: "dismissed" }, later(6))).toMatchObject({ ok: false, status: 409 });
    expect(await t.db.questionReport.findUniqueOrThrow({ where: { id: queue[0]!.id } })).toMatchObject({ status: "resolved", resolvedById: author.id, resolvedAt: later(5) });
    // One report still open: still out of new quizzes.
    expect((await quizPool(t.db, a.id, articleId, now)).map((q) => q.id)).not.toContain(questionId);
    expect(await closeReport(t.db, author, { slug: "tiny", reportId: queue[1]!.id, outcome: "dismissed" }, later(7))).toEqual({ ok: true });
    expect(await listOpenReports(t.db, articleId)).toEqual([]);
    expect((await quizPool(t.db, a.id, articleId, now)).map((q) => q.id)).toContain(questionId);
  });

  test("a report of another article is not found through this one", async () => {
    const owner = await newLearner();
    const other = await t.db.article.create({ data: { slug: "elsewhere", title: "E", body: "Text.", contentHash: "x", wordCount: 1 } });
    const q = await t.db.question.create({
      data: { key: "elsewhere-q", articleId: other.id, kind: "true_false", prompt: "p", answer: "true", explanation: "e", evidenceText: "Text.", evidenceStart: 0, evidenceEnd: 5, origin: "handwritten", contentHash: "x" },
    });
    await reportQuestion(t.db, owner, { questionId: q.id, reason: "other", note: null, from: { source: "review" } }, now);
    const report = await t.db.questionReport.findFirstOrThrow({ where: { questionId: q.id } });
    await expect(closeReport(t.db, author, { slug: "tiny", reportId: report.id, outcome: "resolved" }, now)).rejects.toMatchObject({ status: 404 });
  });
});
