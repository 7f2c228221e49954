// The progress page's data, built from a small history made through the real
// services (quiz answers and reviews), on a throwaway SQLite database.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { answerQuestion, getRunnerState, startQuizAttempt } from "@/lib/server/quiz/service";
import { getReviewState, gradeCard } from "@/lib/server/cards/review";
import { getProgressData, memoryMapOf, QUIZ_SCORE_ATTEMPTS } from "@/lib/server/data/progress";
import { getReaderArticle } from "@/lib/server/data/articles";
import { exportHistoryCsv, EXPORT_HEADER } from "@/lib/server/data/export";
import { getItemAnalysis, getRejectedDrafts } from "@/lib/server/data/items";
import { getCardHistory } from "@/lib/server/data/card-history";
import { csvCell, toCsv } from "@/lib/domain/csv";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { newStartToken } from "@/lib/server/quiz/start-token";

let t: TestDb;
let userId: string;
let otherId: string;
const day1 = new Date("2026-11-25T09:00:00Z");
const day2 = new Date("2026-11-26T09:00:00Z");
const now = new Date("2026-11-26T12:00:00Z");
const RIGHT: Record<string, unknown> = {
  "q-mc": { kind: "multiple_choice", choice: "1843" },
  "q-tf": { kind: "true_false", value: false },
  "q-cloze": { kind: "cloze", text: "Babbage" },
};

async function quiz(user: string, at: Date, wrongKeys: string[]) {
  const started = await startQuizAttempt(t.db, user, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["multiple_choice", "true_false", "cloze"], origin: "handwritten", mode: "all" } }, at, 11);
  if (!started.ok) throw new Error(started.error);
  for (let i = 0; i < 3; i++) {
    const s = await getRunnerState(t.db, user, started.attemptId, at);
    if (!s || s.status !== "in_progress") break;
    const key = (await t.db.question.findUniqueOrThrow({ where: { id: s.question.id } })).key;
    const response = wrongKeys.includes(key) ? (key === "q-tf" ? { kind: "true_false", value: true } : key === "q-mc" ? { kind: "multiple_choice", choice: "1833" } : { kind: "cloze", text: "Dickens" }) : RIGHT[key];
    await answerQuestion(t.db, user, { attemptId: started.attemptId, questionId: s.question.id, response }, new Date(at.getTime() + (i + 1) * 10_000));
  }
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
  await t.db.question.updateMany({ where: { origin: "generated", status: "active" }, data: { status: "retired" } });
  userId = (await t.db.user.create({ data: { timeZone: "Asia/Baku" } })).id;
  otherId = (await t.db.user.create({ data: {} })).id;
  // Day 1: a quiz with one mistake. Day 2: two reviews (one Again).
  await quiz(userId, day1, ["q-cloze"]);
  for (const rating of [1, 4] as const) {
    const s = await getReviewState(t.db, userId, {}, day2);
    const card = s!.current!;
    await gradeCard(t.db, userId, { questionId: card.questionId, expectedVersion: card.version, rating, durationMs: 3000 }, day2);
  }
  await quiz(otherId, day1, ["q-mc", "q-tf", "q-cloze"]);
});
afterAll(async () => {
  await t.cleanup();
});

describe("progress data", () => {
  test("headline figures follow the history, and only this learner's", async () => {
    const data = await getProgressData(t.db, userId, null, now);
    expect(data.hasHistory).toBe(true);
    expect(data.questionCount).toBe(7);
    // 3 quiz answers (2 right) + 2 reviews (1 pass); quiz-sourced logs are not counted twice.
    expect(data.headline.accuracy7).toEqual({ correct: 3, total: 5, accuracy: 0.6 });
    expect(data.headline.streak).toMatchObject({ current: 2, best: 2 });
    // The reviews were of cards the quiz had already introduced (learning cards come first).
    expect(data.headline.questionsSeen).toBe(3);
    expect(data.headline.knowledge).toBeGreaterThan(0);
    expect(data.headline.knowledge).toBeLessThan(1);
    expect(data.quizScores.map((p) => Math.round(p.percent))).toEqual([67]);
    expect(data.byKind.find((r) => r.key === "cloze")).toMatchObject({ correct: 0, total: 1 });
    expect(data.grades.map((g) => g.count)).toEqual([1, 0, 0, 1]);
    expect(data.heatmap).toHaveLength(365);
    expect(data.heatmap.at(-1)).toMatchObject({ day: "2026-11-26", reviews: 2, answers: 0 });
    expect(data.heatmap.at(-2)).toMatchObject({ day: "2026-11-25", reviews: 0, answers: 3 });
  });

  test("an answer stays in the figures when its question becomes a draft; drafts nobody answered count for nothing", async () => {
    const before = await getProgressData(t.db, userId, null, now);
    const cloze = await t.db.question.findFirstOrThrow({ where: { key: "q-cloze" }, select: { id: true, articleId: true } });
    const extra = await t.db.question.create({
      data: { articleId: cloze.articleId, key: "q-extra-draft", kind: "cloze", prompt: "An unanswered ___.", answer: "draft", explanation: "", status: "draft", origin: "generated", evidenceText: "x", evidenceStart: 0, evidenceEnd: 1, contentHash: "test-extra-draft" },
    });
    try {
      await t.db.question.update({ where: { id: cloze.id }, data: { status: "draft" } });
      const after = await getProgressData(t.db, userId, null, now);
      expect(after.byKind.find((r) => r.key === "cloze")).toMatchObject({ correct: 0, total: 1 });
      expect(after.byKind).toEqual(before.byKind);
      expect(after.questionCount).toBe(before.questionCount - 1);
    } finally {
      await t.db.question.update({ where: { id: cloze.id }, data: { status: "active" } });
      await t.db.question.delete({ where: { id: extra.id } });
    }
  });

  test("a learner with no history gets defined, empty figures", async () => {
    const fresh = (await t.db.user.create({ data: {} })).id;
    const data = await getProgressData(t.db, fresh, null, now);
    expect(data.hasHistory).toBe(false);
    expect(data.headline).toMatchObject({ questionsSeen: 0, mastered: 0, dueToday: 0, knowledge: 0 });
    expect(data.headline.accuracy7.accuracy).toBeNull();
    expect(JSON.stringify(data)).not.toContain("NaN");
  });

  test("a quiz-sourced review log alone still counts as history (the figures read only flashcard reviews)", async () => {
    const learner = (await t.db.user.create({ data: {} })).id;
    const question = await t.db.question.findFirstOrThrow({ where: { status: "active" }, select: { id: true } });
    const card = await t.db.card.create({ data: { userId: learner, questionId: question.id, due: now, state: 1, reps: 1, lastReview: day2 } });
    await t.db.reviewLog.create({
      data: { userId: learner, cardId: card.id, questionId: question.id, source: "quiz", rating: 3, state: 0, due: now, stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, review: day2 },
    });
    const data = await getProgressData(t.db, learner, null, now);
    expect(data.hasHistory).toBe(true);
    // Not a flashcard review: no grade, no heatmap review.
    expect(data.grades.map((g) => g.count)).toEqual([0, 0, 0, 0]);
    expect(data.heatmap.at(-1)).toMatchObject({ reviews: 0, answers: 0 });
  });

  test("the score chart takes the learner's latest 200 finished quizzes, oldest of them first", async () => {
    const learner = (await t.db.user.create({ data: {} })).id;
    const first = new Date("2026-05-01T09:00:00Z").getTime();
    const at = (i: number) => new Date(first + i * 12 * 3600_000);
    await t.db.quizAttempt.createMany({
      data: Array.from({ length: QUIZ_SCORE_ATTEMPTS + 5 }, (_, i) => ({
        userId: learner,
        config: {},
        seed: i,
        status: "finished" as const,
        startedAt: at(i),
        finishedAt: new Date(at(i).getTime() + 60_000),
        score: i % 10,
        maxScore: 10,
      })),
    });
    const { quizScores } = await getProgressData(t.db, learner, null, now);
    expect(quizScores).toHaveLength(QUIZ_SCORE_ATTEMPTS);
    expect(quizScores[0]!.date).toEqual(new Date(at(5).getTime() + 60_000));
    expect(quizScores.at(-1)!.date).toEqual(new Date(at(QUIZ_SCORE_ATTEMPTS + 4).getTime() + 60_000));
  });

  test("the memory map shades only the paragraphs whose questions the learner studied", async () => {
    const article = (await getReaderArticle(t.db, "tiny", { id: "nobody", role: "learner" }))!;
    const map = await memoryMapOf(t.db, userId, article, now);
    expect(map!.paragraphs).toHaveLength(2);
    expect(map!.paragraphs[0]!.level).not.toBe("unseen");
    const freshMap = await memoryMapOf(t.db, (await t.db.user.create({ data: {} })).id, article, now);
    expect(freshMap!.paragraphs.map((p) => p.level)).toEqual(["unseen", "unseen"]);
  });

  test("the history export has one row per quiz answer and review, only the learner's", async () => {
    const csv = await exportHistoryCsv(t.db, userId);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(EXPORT_HEADER.join(","));
    const records = lines.slice(1).map((l) => l.split(",")[0]);
    expect(records.filter((r) => r === "quiz_response")).toHaveLength(3);
    // 3 quiz-sourced card ratings + 2 reviews.
    expect(records.filter((r) => r === "review")).toHaveLength(5);
    const other = await exportHistoryCsv(t.db, otherId);
    expect(other.trim().split("\r\n")).toHaveLength(1 + 3 + 3);
  });

  test("item analysis counts first attempts of every learner; a question everyone missed is marked", async () => {
    const rows = await getItemAnalysis(t.db, { id: "nobody", role: "admin" });
    const cloze = rows.find((r) => r.key === "q-cloze")!;
    expect(cloze).toMatchObject({ n: 2, facility: 0, markedForReview: true });
    expect(cloze.flags).toEqual(expect.arrayContaining(["hard", "few-attempts"]));
    const mc = rows.find((r) => r.key === "q-mc")!;
    expect(mc).toMatchObject({ n: 2, facility: 0.5 });
  });

  test("rejected generated drafts are listed for authors with their reasons", async () => {
    const { total, byReason, rows } = await getRejectedDrafts(t.db, { id: "nobody", role: "admin" });
    expect(total).toBe(await t.db.question.count({ where: { status: "draft", origin: "generated" } }));
    expect(total).toBeGreaterThan(0);
    expect(rows.every((r) => r.reasons.length > 0)).toBe(true);
    expect(byReason.reduce((n, [, c]) => n + c, 0)).toBeGreaterThanOrEqual(total);
  });

  test("a card's history lists the learner's answers and reviews of that question only", async () => {
    const q = await t.db.question.findUniqueOrThrow({ where: { key: "q-cloze" } });
    const h = await getCardHistory(t.db, userId, q.id);
    expect(h!.responses.map((r) => [r.result?.answer, r.result?.correct])).toEqual([["Dickens", false]]);
    expect(h!.reviews.every((r) => r.source === "quiz" || r.source === "review")).toBe(true);
    expect(await getCardHistory(t.db, userId, "nonexistent")).toBeNull();
  });
});

describe("CSV", () => {
  test.each([
    { input: "plain", expected: "plain" },
    { input: 'has "quotes"', expected: '"has ""quotes"""' },
    { input: "a,b", expected: '"a,b"' },
    { input: "line\nbreak", expected: '"line\nbreak"' },
    { input: "=SUM(A1)", expected: "'=SUM(A1)" },
    { input: "-2+3", expected: "'-2+3" },
    { input: -2, expected: "-2" },
    { input: null, expected: "" },
    { input: new Date("2026-01-02T03:04:05Z"), expected: "2026-01-02T03:04:05.000Z" },
  ])("csvCell($input)", ({ input, expected }) => {
    expect(csvCell(input)).toBe(expected);
  });

  test("rows end with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, 2]])).toBe("a,b\r\n1,2\r\n");
  });
});
