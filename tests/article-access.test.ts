// Who sees an article (lib/server/articles/access.ts), through the real data
// functions: a private import and its questions are "not found" for another
// learner on every surface (list, reader, quiz setup and start, review, card
// browser, card history), seen by its owner and by admins; publishing opens
// it, archiving takes it off the study surfaces; a question with an open
// report is left out of new quizzes; an edited question survives a reseed;
// deleting an article or its owner's account removes it with its history.
// Runs on SQLite and, under npm run test:pg, on PostgreSQL.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { createGuestSession } from "@/lib/server/auth";
import { listArticles, getReaderArticle } from "@/lib/server/data/articles";
import { getQuizSetupData } from "@/lib/server/data/quiz-setup";
import { quizPool, startQuizAttempt } from "@/lib/server/quiz/service";
import { getReviewState } from "@/lib/server/cards/review";
import { browseCards } from "@/lib/server/data/cards";
import { getCardHistory } from "@/lib/server/data/card-history";
import { deleteArticlesWithHistory } from "@/lib/server/articles/delete";
import { canEditArticle, canPublishArticle } from "@/lib/server/articles/access";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
const now = new Date();
const SEED = path.join(__dirname, "fixtures", "seed-quiz");
const ALL = { size: "all" as const, kinds: [...QUESTION_KINDS], origin: "both" as const, mode: "all" as const };
let owner = "";
let other = "";
let articleId = "";
let questionId = "";

const asLearner = (id: string) => ({ id, role: "learner" as const });
const setArticle = (data: { visibility?: "private" | "public"; archivedAt?: Date | null }) => t.db.article.update({ where: { id: articleId }, data });
const allFilters = { state: "all", search: "" } as never;

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, SEED);
  owner = (await createGuestSession(t.db, now)).user.id;
  other = (await createGuestSession(t.db, now)).user.id;
  const article = await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } });
  articleId = article.id;
  questionId = (await t.db.question.findFirstOrThrow({ where: { articleId, status: "active" }, orderBy: { key: "asc" } })).id;
  await t.db.article.update({ where: { id: articleId }, data: { ownerId: owner, visibility: "private" } });
});
afterAll(async () => t?.cleanup());

describe("a private article", () => {
  test("is not found by another learner on any surface", async () => {
    expect((await listArticles(t.db, other)).map((a) => a.slug)).not.toContain("tiny");
    expect(await getReaderArticle(t.db, "tiny", asLearner(other))).toBeNull();
    expect(await getQuizSetupData(t.db, "tiny", other)).toBeNull();
    const start = await startQuizAttempt(t.db, other, { articleSlug: "tiny", startToken: newStartToken(), config: ALL }, now, 1);
    expect(start).toMatchObject({ ok: false, status: 404 });
    expect(await getReviewState(t.db, other, { articleSlug: "tiny" }, now)).toBeNull();
    const everything = await getReviewState(t.db, other, {}, now);
    expect(everything?.counts.new ?? 0).toBe(0);
    expect((await browseCards(t.db, other, allFilters, now)).total).toBe(0);
    expect(await getCardHistory(t.db, other, questionId)).toBeNull();
  });

  test("is seen and studied by its owner", async () => {
    const listed = (await listArticles(t.db, owner)).find((a) => a.slug === "tiny");
    expect(listed).toMatchObject({ isPrivate: true });
    expect(await getReaderArticle(t.db, "tiny", asLearner(owner))).toMatchObject({ access: { ownerId: owner, visibility: "private" } });
    expect(await getQuizSetupData(t.db, "tiny", owner)).not.toBeNull();
    expect((await browseCards(t.db, owner, allFilters, now)).total).toBeGreaterThan(0);
    expect(await getCardHistory(t.db, owner, questionId)).not.toBeNull();
  });

  test("is read by an admin but stays out of an admin's study lists", async () => {
    const admin = { id: other, role: "admin" as const };
    expect(await getReaderArticle(t.db, "tiny", admin)).not.toBeNull();
    expect(await getReaderArticle(t.db, "tiny", { id: other, role: "author" })).toBeNull();
    expect((await listArticles(t.db, other)).map((a) => a.slug)).not.toContain("tiny");
  });

  test("who may edit and publish it", () => {
    const row = { ownerId: owner, visibility: "private" as const, archivedAt: null };
    expect(canEditArticle(asLearner(owner), row)).toBe(true);
    expect(canPublishArticle(asLearner(owner), row)).toBe(false);
    expect(canPublishArticle({ id: owner, role: "author" }, row)).toBe(true);
    expect(canEditArticle({ id: other, role: "author" }, row)).toBe(false);
    expect(canPublishArticle({ id: other, role: "admin" }, row)).toBe(true);
    expect(canEditArticle(asLearner(other), { ...row, visibility: "public" })).toBe(false);
    expect(canEditArticle({ id: other, role: "author" }, { ...row, visibility: "public" })).toBe(true);
  });

  test("once published, everybody sees it; archived, it leaves the study surfaces but its owner can still open it", async () => {
    await setArticle({ visibility: "public" });
    expect((await listArticles(t.db, other)).map((a) => a.slug)).toContain("tiny");
    expect(await getQuizSetupData(t.db, "tiny", other)).not.toBeNull();
    await setArticle({ archivedAt: now });
    expect((await listArticles(t.db, owner)).map((a) => a.slug)).not.toContain("tiny");
    expect(await getQuizSetupData(t.db, "tiny", owner)).toBeNull();
    expect((await browseCards(t.db, owner, allFilters, now)).total).toBe(0);
    expect(await getReaderArticle(t.db, "tiny", asLearner(owner))).not.toBeNull();
    expect(await getReaderArticle(t.db, "tiny", asLearner(other))).toBeNull();
    await setArticle({ archivedAt: null, visibility: "private" });
  });
});

test("a question with an open report is left out of new quizzes until it is resolved", async () => {
  const before = await quizPool(t.db, owner, articleId, now);
  expect(before.map((q) => q.id)).toContain(questionId);
  const report = await t.db.questionReport.create({ data: { questionId, userId: other, reason: "wrong_answer", note: "the year is wrong" } });
  expect((await quizPool(t.db, owner, articleId, now)).map((q) => q.id)).not.toContain(questionId);
  await t.db.questionReport.update({ where: { id: report.id }, data: { status: "resolved", resolvedAt: now } });
  expect((await quizPool(t.db, owner, articleId, now)).map((q) => q.id)).toContain(questionId);
});

test("a question a person edited is neither overwritten nor retired by a reseed", async () => {
  await t.db.question.update({ where: { id: questionId }, data: { prompt: "An editor's wording?", editedAt: now } });
  await seedDatabase(t.db, SEED);
  expect(await t.db.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ prompt: "An editor's wording?", status: "active" });
});

test("deleting an article removes its questions and every learner's attempts, cards and reviews of it, in one go", async () => {
  await setArticle({ visibility: "public" });
  const started = await startQuizAttempt(t.db, other, { articleSlug: "tiny", startToken: newStartToken(), config: ALL }, now, 7);
  expect(started.ok).toBe(true);
  await t.db.card.create({ data: { userId: other, questionId, due: now } });
  const deleted = await t.db.$transaction((tx) => deleteArticlesWithHistory(tx, { id: articleId }));
  expect(deleted).toBe(1);
  expect(await t.db.question.count({ where: { articleId } })).toBe(0);
  expect(await t.db.quizAttempt.count({ where: { userId: other } })).toBe(0);
  expect(await t.db.card.count({ where: { userId: other } })).toBe(0);
  expect(await t.db.user.count({ where: { id: other } })).toBe(1);
});

test("findArticleFor answers null to whoever may not see or edit", async () => {
  const { findArticleFor } = await import("@/lib/server/articles/access");
  await t.db.article.create({ data: { slug: "mine", title: "Mine", body: "Text.", contentHash: "x", wordCount: 1, ownerId: owner, visibility: "private" } });
  expect(await findArticleFor(t.db, asLearner(owner), "mine", "edit", { title: true })).toMatchObject({ title: "Mine", ownerId: owner });
  expect(await findArticleFor(t.db, asLearner(other), "mine", "see", { title: true })).toBeNull();
  await t.db.article.update({ where: { slug: "mine" }, data: { visibility: "public" } });
  expect(await findArticleFor(t.db, asLearner(other), "mine", "see", { title: true })).not.toBeNull();
  expect(await findArticleFor(t.db, asLearner(other), "mine", "edit", { title: true })).toBeNull();
});

test("a learner cannot grade or bury a card of someone else's private article by its id, and its questions do not count on their home or progress", async () => {
  const { gradeCard, changeCard } = await import("@/lib/server/cards/review");
  const { getHomeNow } = await import("@/lib/server/data/home");
  const { getProgressData } = await import("@/lib/server/data/progress");
  const secret = await t.db.article.create({ data: { slug: "secret", title: "Secret", body: "A secret fact.", contentHash: "s", wordCount: 3, ownerId: owner, visibility: "private" } });
  const q = await t.db.question.create({
    data: { key: "secret-q", articleId: secret.id, kind: "flashcard", prompt: "Secret?", answer: "Fact", explanation: "", evidenceText: "A secret fact.", evidenceStart: 0, evidenceEnd: 14, origin: "handwritten", contentHash: "h" },
  });
  expect(await gradeCard(t.db, other, { questionId: q.id, expectedVersion: 0, rating: 3, durationMs: null }, now)).toMatchObject({ ok: false, status: 404 });
  expect(await changeCard(t.db, other, q.id, { suspended: true }, now)).toMatchObject({ ok: false, status: 404 });
  expect(await t.db.card.count({ where: { questionId: q.id } })).toBe(0);
  await t.db.user.updateMany({ where: { id: { in: [owner, other] } }, data: { newCardsPerDay: 9999 } });
  const newFor = async (id: string) => (await getHomeNow(t.db, id, now)).counts.new;
  const countFor = async (id: string) => (await getProgressData(t.db, id, null, now)).questionCount;
  expect(await newFor(owner)).toBe((await newFor(other)) + 1);
  expect(await countFor(owner)).toBe((await countFor(other)) + 1);
});

test("retrying mistakes asks only what a new quiz could ask, and only while the article can be studied", async () => {
  const { startRetryAttempt } = await import("@/lib/server/quiz/service");
  const article = await t.db.article.create({ data: { slug: "retry-me", title: "Retry", body: "Ada wrote it. Bob read it.", contentHash: "r", wordCount: 6, ownerId: owner, visibility: "private" } });
  const mk = (key: string, start: number, end: number) =>
    t.db.question.create({
      data: { key, articleId: article.id, kind: "short_answer", prompt: `${key}?`, answer: "x", explanation: "", evidenceText: "", evidenceStart: start, evidenceEnd: end, origin: "handwritten", contentHash: key },
    });
  const [q1, q2] = [await mk("retry-a", 0, 13), await mk("retry-b", 14, 25)];
  const finished = await t.db.quizAttempt.create({
    data: {
      userId: owner, articleId: article.id, config: ALL, seed: 1, status: "finished", maxScore: 2, finishedAt: now,
      responses: { create: [q1, q2].map((q, position) => ({ userId: owner, questionId: q.id, position, response: { kind: "short_answer", text: "no" }, correct: false, credit: 0, answeredAt: now })) },
    },
  });
  await t.db.questionReport.create({ data: { questionId: q1.id, userId: owner, reason: "unclear" } });
  const retry = await startRetryAttempt(t.db, owner, { attemptId: finished.id, startToken: newStartToken() }, now, 3);
  if (!retry.ok) throw new Error(retry.error);
  expect((await t.db.quizResponse.findMany({ where: { attemptId: retry.attemptId } })).map((r) => r.questionId)).toEqual([q2.id]);
  await t.db.question.update({ where: { id: q2.id }, data: { status: "retired" } });
  expect(await startRetryAttempt(t.db, owner, { attemptId: finished.id, startToken: newStartToken() }, now, 4)).toMatchObject({ ok: false, status: 409 });
  await t.db.question.update({ where: { id: q2.id }, data: { status: "active" } });
  await t.db.article.update({ where: { id: article.id }, data: { archivedAt: now } });
  expect(await startRetryAttempt(t.db, owner, { attemptId: finished.id, startToken: newStartToken() }, now, 5)).toMatchObject({ ok: false, status: 404 });
});
