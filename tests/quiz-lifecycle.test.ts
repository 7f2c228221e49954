// The quiz attempt lifecycle on a real (throwaway) SQLite database, through
// the same service functions the server actions call.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import type { QuizConfig } from "@/lib/domain/quiz/config";
import { countInPool, groupPool } from "@/lib/domain/quiz/pool";
import { seedDatabase } from "@/lib/server/seed/seed";
import {
  answerQuestion,
  getRunnerState,
  overrideAnswer,
  quizPool,
  revealFlashcard,
  startQuizAttempt,
  startRetryAttempt,
  type RunnerState,
} from "@/lib/server/quiz/service";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { RATED_CARD } from "@/lib/server/cards/memory";
import { QUESTION_FOR_FEEDBACK, readAnswerContext } from "@/lib/server/quiz/answer-context";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { isUniqueViolation } from "@/lib/server/transaction";
import { TINY_RIGHT_ANSWERS } from "./helpers/tiny-answers";

let t: TestDb;
let userId: string;
let otherUserId: string;
const now = new Date("2026-11-27T10:00:00Z");
const later = (s: number) => new Date(now.getTime() + s * 1000);
// The fixture's seven hand-written questions rest on four sentences, and a quiz asks one question per sentence
// (lib/domain/quiz/draw.ts). ALL's kinds are one question on each sentence; ALL_REST's, the other three.
const EVERY_KIND: QuizConfig = { size: "all", kinds: [...QUESTION_KINDS], origin: "handwritten", mode: "all" };
const ALL: QuizConfig = { ...EVERY_KIND, kinds: ["multiple_choice", "true_false", "cloze", "short_answer"] };
const ALL_REST: QuizConfig = { ...EVERY_KIND, kinds: ["ordering", "matching", "flashcard"] };

// Right, with the typed answers in another case and with a typo, as the grader forgives them.
const RIGHT: Record<string, unknown> = { ...TINY_RIGHT_ANSWERS, "q-cloze": { kind: "cloze", text: "babbage" }, "q-short": { kind: "short_answer", text: "Londn" } };

async function keyOf(questionId: string) {
  return (await t.db.question.findUniqueOrThrow({ where: { id: questionId } })).key;
}
async function start(config: QuizConfig = ALL, seed = 42) {
  const result = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config }, now, seed);
  if (!result.ok) throw new Error(result.error);
  return result.attemptId;
}
async function current(attemptId: string, at = now) {
  const state = await getRunnerState(t.db, userId, attemptId, at);
  if (!state || state.status !== "in_progress") throw new Error("no current question");
  return state;
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  userId = (await t.db.user.create({ data: {} })).id;
  otherUserId = (await t.db.user.create({ data: {} })).id;
});

describe("starting", () => {
  test("fixes the questions and their order on the server; the same seed gives the same order", async () => {
    const a = await start(ALL, 7);
    const b = await start(ALL, 7);
    const order = async (id: string) =>
      (await t.db.quizResponse.findMany({ where: { attemptId: id }, orderBy: { position: "asc" } })).map((r) => r.questionId);
    expect(await order(a)).toHaveLength(4);
    expect(await order(a)).toEqual(await order(b));
    const attempt = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: a } });
    expect(attempt).toMatchObject({ userId, status: "in_progress", maxScore: 4, seed: 7 });
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8])("asks one question per sentence: every kind on four sentences is a quiz of four (seed %i)", async (seed) => {
    const id = await start(EVERY_KIND, seed);
    const rows = await t.db.quizResponse.findMany({ where: { attemptId: id }, include: { question: true } });
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.question.evidenceText)).size).toBe(4);
  });

  test("a question whose answer another shows is asked before it (q-cloze's Babbage is in q-short's explanation)", async () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const id = await start({ ...ALL, kinds: ["cloze", "short_answer"] }, seed);
      const rows = await t.db.quizResponse.findMany({ where: { attemptId: id }, orderBy: { position: "asc" }, include: { question: true } });
      expect(rows.map((r) => r.question.key)).toEqual(["q-cloze", "q-short"]);
    }
  });

  test.each([
    { label: "size 5 (on four sentences: four)", config: { ...EVERY_KIND, size: "5" as const }, expected: 4 },
    { label: "only typed kinds", config: { ...ALL, kinds: ["cloze" as const, "short_answer" as const] }, expected: 2 },
  ])("honours the setup: $label", async ({ config, expected }) => {
    const id = await start(config);
    expect(await t.db.quizResponse.count({ where: { attemptId: id } })).toBe(expected);
  });

  test("says why when nothing matches, and creates nothing", async () => {
    const before = await t.db.quizAttempt.count();
    const wrongMode = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { ...ALL, mode: "wrong" } }, now, 1);
    expect(wrongMode).toMatchObject({ ok: false, error: expect.stringContaining("no wrong answers") });
    const due = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { ...ALL, mode: "due" } }, now, 1);
    expect(due).toMatchObject({ ok: false, error: expect.stringContaining("Nothing is due") });
    const missing = await startQuizAttempt(t.db, userId, { articleSlug: "nope", startToken: newStartToken(), config: ALL }, now, 1);
    expect(missing).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.quizAttempt.count()).toBe(before);
  });
});

describe("a repeated start makes one attempt (the form's one-time token)", () => {
  const attemptsOf = (user: string) => t.db.quizAttempt.count({ where: { userId: user } });

  test("30 concurrent starts with the same token make exactly one attempt, and all answer with it", async () => {
    const startToken = newStartToken();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken, config: ALL }, now, i + 1)),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.attemptId : r.error)));
    expect(ids.size).toBe(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await attemptsOf(userId)).toBe(1);
    const [attemptId] = [...ids];
    expect(await t.db.quizResponse.count({ where: { attemptId } })).toBe(4);
    // A resend later (Back, then Start again on the same form) finds it too.
    const again = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken, config: ALL }, later(60), 99);
    expect(again).toEqual({ ok: true, attemptId });
    expect(await attemptsOf(userId)).toBe(1);
  });

  test("a different token (a fresh visit of the setup page) starts a new attempt; another learner's token is theirs alone", async () => {
    const first = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: ALL }, now, 1);
    const second = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: ALL }, now, 2);
    expect(first.ok && second.ok && first.attemptId !== second.attemptId).toBe(true);
    expect(await attemptsOf(userId)).toBe(2);
    const shared = newStartToken();
    const mine = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: shared, config: ALL }, now, 3);
    const theirs = await startQuizAttempt(t.db, otherUserId, { articleSlug: "tiny", startToken: shared, config: ALL }, now, 3);
    expect(mine.ok && theirs.ok && mine.attemptId !== theirs.attemptId).toBe(true);
    expect(await attemptsOf(otherUserId)).toBe(1);
  });

  test("a refused start stores nothing, so the same token can start once the settings are fixed", async () => {
    const startToken = newStartToken();
    expect(await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken, config: { ...ALL, mode: "wrong" } }, now, 1)).toMatchObject({ ok: false });
    expect(await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken, config: ALL }, now, 1)).toMatchObject({ ok: true });
    expect(await attemptsOf(userId)).toBe(1);
  });

  test("a second attempt with a used token is refused by the database as a unique violation (P2002), which the start answers with the winner", async () => {
    const startToken = newStartToken();
    const row = { userId, config: ALL, seed: 1, maxScore: 0, startToken };
    await t.db.quizAttempt.create({ data: row });
    const error = await t.db.quizAttempt.create({ data: row }).then(() => null, (e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
  });

  test("20 concurrent 'Retry my mistakes' with the same token make one retry", async () => {
    const id = await start({ ...ALL, kinds: ["multiple_choice"] });
    const state = await current(id);
    await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: { kind: "multiple_choice", choice: "1853" } }, later(1));
    const startToken = newStartToken();
    const retries = await Promise.all(Array.from({ length: 20 }, (_, i) => startRetryAttempt(t.db, userId, { attemptId: id, startToken }, later(10), i + 1)));
    expect(new Set(retries.map((r) => (r.ok ? r.attemptId : r.error))).size).toBe(1);
    expect(await t.db.quizAttempt.count({ where: { userId, retryOfId: id } })).toBe(1);
    const another = await startRetryAttempt(t.db, userId, { attemptId: id, startToken: newStartToken() }, later(20), 5);
    expect(another.ok).toBe(true);
    expect(await t.db.quizAttempt.count({ where: { userId, retryOfId: id } })).toBe(2);
  });
});

describe("the runner keeps its secrets", () => {
  test("an unanswered question carries no answer, accepted answers, explanation or evidence", async () => {
    const secrets: string[] = [];
    // Two quizzes between them ask all seven (one question per sentence in each).
    for (const id of [await start(ALL), await start(ALL_REST)]) {
      const total = await t.db.quizResponse.count({ where: { attemptId: id } });
      for (let i = 0; i < total; i++) {
        const state = await current(id);
        const q = await t.db.question.findUniqueOrThrow({ where: { id: state.question.id } });
        const json = JSON.stringify(state);
        expect(Object.keys(state.question).sort()).toEqual(
          expect.arrayContaining(["id", "kind", "prompt"]),
        );
        for (const forbidden of ["answer", "acceptedAnswers", "explanation", "evidence", "evidenceText", "pairs"]) {
          expect(state.question).not.toHaveProperty(forbidden);
        }
        expect(json).not.toContain(q.explanation);
        if (q.kind === "cloze" || q.kind === "short_answer" || q.kind === "flashcard") {
          expect(json).not.toContain(q.answer);
          secrets.push(q.answer);
        }
        if (q.kind === "ordering") expect(state.question.items).not.toEqual(q.items);
        await answerQuestion(t.db, userId, { attemptId: id, questionId: q.id, response: RIGHT[q.key] }, later(i + 1));
      }
    }
    expect(secrets).toHaveLength(3);
  });
});

describe("answering", () => {
  test("grades on the server, writes the answer at once with timing, and updates the learner's card", async () => {
    const id = await start();
    const state = await current(id);
    const key = await keyOf(state.question.id);
    const result = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: RIGHT[key] }, later(3));
    expect(result).toMatchObject({ ok: true, feedback: { correct: true, credit: 1, alreadyAnswered: false, answered: 1, total: 4 } });
    const row = await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: id, questionId: state.question.id } });
    expect(row).toMatchObject({ correct: true, credit: 1, timeMs: 3000 });
    expect(row.answeredAt?.toISOString()).toBe(later(3).toISOString());
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: state.question.id } } });
    expect(card.reps).toBe(1);
    expect(await t.db.reviewLog.count({ where: { userId, questionId: state.question.id, source: "quiz" } })).toBe(1);
  });

  test("the feedback links to the evidence sentence in the reader, on the first answer and on a repeat", async () => {
    const id = await start();
    const state = await current(id);
    const q = await t.db.question.findUniqueOrThrow({ where: { id: state.question.id } });
    const sentence = await t.db.sentence.findFirstOrThrow({
      where: { articleId: q.articleId, start: { lte: q.evidenceStart }, end: { gt: q.evidenceStart } },
    });
    const href = `/articles/tiny?s=${sentence.index + 1}#s-${sentence.index + 1}`;
    const input = { attemptId: id, questionId: q.id, response: RIGHT[q.key] };
    const first = await answerQuestion(t.db, userId, input, later(2));
    const again = await answerQuestion(t.db, userId, input, later(3));
    expect(first).toMatchObject({ ok: true, feedback: { evidence: { href } } });
    expect(again).toMatchObject({ ok: true, feedback: { evidence: { href }, alreadyAnswered: true } });
  });

  test("answering twice records once and returns the same verdict", async () => {
    const id = await start();
    const state = await current(id);
    const key = await keyOf(state.question.id);
    const first = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: RIGHT[key] }, later(2));
    const again = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: RIGHT[key] }, later(9));
    expect(again.ok && first.ok && { ...again.feedback, alreadyAnswered: false }).toEqual(first.ok && first.feedback);
    expect(again).toMatchObject({ ok: true, feedback: { alreadyAnswered: true } });
    expect(await t.db.reviewLog.count({ where: { userId, questionId: state.question.id } })).toBe(1);
    const row = await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: id, questionId: state.question.id } });
    expect(row.answeredAt?.toISOString()).toBe(later(2).toISOString());
  });

  test("a different answer to an answered question is refused and changes nothing", async () => {
    const id = await start({ ...ALL, kinds: ["multiple_choice", "cloze"] });
    const state = await current(id);
    const [first, second] =
      state.question.kind === "cloze"
        ? [{ kind: "cloze", text: "Dickens" }, { kind: "cloze", text: "Babbage" }]
        : [{ kind: "multiple_choice", choice: "1833" }, { kind: "multiple_choice", choice: "1843" }];
    await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: first }, later(2));
    const change = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: second }, later(3));
    expect(change).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("already answered") });
    // The refusal carries the answer that counts, so a page left behind (Back, another tab) can show it.
    expect(change).toMatchObject({ recorded: { questionId: state.question.id, yourAnswer: first.kind === "cloze" ? "Dickens" : "1833", alreadyAnswered: true } });
    const row = await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: id, questionId: state.question.id } });
    expect(row).toMatchObject({ correct: false, response: first });
    expect(await t.db.reviewLog.count({ where: { userId, questionId: state.question.id } })).toBe(1);
  });

  test("a double click racing itself records one answer", async () => {
    const id = await start();
    const state = await current(id);
    const key = await keyOf(state.question.id);
    const results = await Promise.all(
      [1, 2, 3].map(() => answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: RIGHT[key] }, later(2))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.db.reviewLog.count({ where: { userId, questionId: state.question.id } })).toBe(1);
  });

  test.each([
    { label: "malformed input", response: { kind: "cloze", text: 42 }, expected: "could not be read" },
    { label: "an unknown kind", response: { kind: "essay", text: "x" }, expected: "could not be read" },
    { label: "extra fields", response: { kind: "true_false", value: true, answer: "true" }, expected: "could not be read" },
  ])("refuses $label and changes nothing", async ({ response, expected }) => {
    const id = await start();
    const state = await current(id);
    const result = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response }, later(1));
    expect(result).toMatchObject({ ok: false, status: 400, error: expect.stringContaining(expected) });
    expect(await t.db.quizResponse.count({ where: { attemptId: id, answeredAt: { not: null } } })).toBe(0);
  });

  test("refuses an answer of the wrong kind, a choice that is not offered, a foreign question, someone else's attempt", async () => {
    const id = await start({ ...ALL, kinds: ["multiple_choice"] });
    const state = await current(id);
    const cases = [
      { input: { attemptId: id, questionId: state.question.id, response: { kind: "true_false", value: true } }, user: userId, status: 400 },
      { input: { attemptId: id, questionId: state.question.id, response: { kind: "multiple_choice", choice: "1999" } }, user: userId, status: 400 },
      { input: { attemptId: id, questionId: "not-in-this-quiz", response: { kind: "multiple_choice", choice: "1843" } }, user: userId, status: 404 },
      { input: { attemptId: id, questionId: state.question.id, response: { kind: "multiple_choice", choice: "1843" } }, user: otherUserId, status: 404 },
    ];
    for (const c of cases) {
      const result = await answerQuestion(t.db, c.user, c.input, later(1));
      expect(result).toMatchObject({ ok: false, status: c.status });
    }
    expect(await t.db.quizResponse.count({ where: { attemptId: id, answeredAt: { not: null } } })).toBe(0);
    expect(await getRunnerState(t.db, otherUserId, id, now)).toBeNull();
  });
});

describe("the one read of a first answer", () => {
  test("reads what the Prisma reads it stands for: every kind, with and without a card, the learner’s own settings, evidence at the edges", async () => {
    await t.db.user.update({ where: { id: userId }, data: { desiredRetention: 0.85, maximumInterval: 365 } });
    const id = await start();
    for (let i = 0; i < 3; i++) {
      const state = await current(id);
      await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: RIGHT[await keyOf(state.question.id)] }, later(i + 1));
    }
    // Someone else's card for every question must not be read as this learner's.
    const other = await startQuizAttempt(t.db, otherUserId, { articleSlug: "tiny", startToken: newStartToken(), config: ALL }, now, 9);
    if (!other.ok) throw new Error(other.error);
    for (const r of await t.db.quizResponse.findMany({ where: { attemptId: other.attemptId }, include: { question: true } })) {
      await answerQuestion(t.db, otherUserId, { attemptId: other.attemptId, questionId: r.questionId, response: RIGHT[r.question.key] }, later(50));
    }
    const article = await t.db.article.findFirstOrThrow({ where: { slug: "tiny" }, select: { id: true } });
    const firstSentence = await t.db.sentence.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { index: "asc" } });
    // Evidence past the end of the text, and evidence starting where a sentence ends (its end is exclusive).
    const edges = await Promise.all(
      [1_000_000, firstSentence.end].map((evidenceStart, i) =>
        t.db.question.create({
          data: {
            key: `q-edge-${i}`,
            articleId: article.id,
            kind: "short_answer",
            prompt: "Evidence at an edge.",
            answer: "Edge",
            explanation: "Made up for this test.",
            evidenceText: "Edge.",
            evidenceStart,
            evidenceEnd: evidenceStart + 5,
            origin: "handwritten",
            status: "draft",
            contentHash: `q-edge-${i}`,
          },
        }),
      ),
    );
    try {
      const questions = await t.db.question.findMany({ where: { articleId: article.id }, select: { id: true, evidenceStart: true } });
      const seen = { card: 0, noCard: 0 };
      for (const q of questions) {
        const card = await t.db.card.findUnique({ where: { userId_questionId: { userId, questionId: q.id } }, select: RATED_CARD });
        const sentence = await t.db.sentence.findFirst({ where: { articleId: article.id, start: { lte: q.evidenceStart }, end: { gt: q.evidenceStart } } });
        const expected = {
          question: await t.db.question.findUniqueOrThrow({ where: { id: q.id }, select: QUESTION_FOR_FEEDBACK }),
          settings: { desiredRetention: 0.85, maximumInterval: 365 },
          card,
          sentenceIndex: sentence?.index ?? null,
        };
        expect(await t.db.$transaction((tx) => readAnswerContext(tx, userId, q.id))).toEqual(expected);
        seen[card ? "card" : "noCard"] += 1;
        if (q.evidenceStart === 1_000_000) expect(sentence).toBeNull();
      }
      expect(seen).toEqual({ card: 3, noCard: questions.length - 3 });
    } finally {
      await t.db.question.deleteMany({ where: { id: { in: edges.map((q) => q.id) } } });
    }
  });
});

describe("what is stored is what is shown", () => {
  async function typedQuestion(id: string) {
    for (;;) {
      const state = await current(id);
      if (state.question.kind === "cloze" || state.question.kind === "short_answer") return state;
      const key = await keyOf(state.question.id);
      await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: RIGHT[key] }, later(1));
    }
  }

  test("a blank typed answer is refused and records nothing; “I don't know” is wrong and cannot be overridden", async () => {
    const id = await start({ ...ALL, kinds: ["cloze"] });
    const state = await typedQuestion(id);
    const blank = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: { kind: "cloze", text: "  " } }, later(2));
    expect(blank).toMatchObject({ ok: false, status: 400, error: "Type your answer first, or choose “I don't know”." });
    expect(await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: id, questionId: state.question.id } })).toMatchObject({ answeredAt: null, response: null });
    const gaveUp = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: { kind: "cloze", text: "", dontKnow: true } }, later(3));
    expect(gaveUp).toMatchObject({ ok: true, feedback: { correct: false, canOverride: false, yourAnswer: "I don't know" } });
    const override = await overrideAnswer(t.db, userId, { attemptId: id, questionId: state.question.id }, later(4));
    expect(override).toMatchObject({ ok: false, status: 409 });
    expect(await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: id, questionId: state.question.id } })).toMatchObject({ correct: false, overridden: false });
  });

  test("the note is stored with the verdict, and the feedback of a repeat shows the stored note", async () => {
    const id = await start({ ...ALL, kinds: ["cloze"] });
    const state = await typedQuestion(id);
    const first = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: { kind: "cloze", text: "Babage" } }, later(2));
    expect(first.ok).toBe(true);
    const row = await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: id, questionId: state.question.id } });
    expect(row.note).toBe(first.ok ? first.feedback.note : "unreachable");
    // Even if the grading rules change later, the stored note is what the learner is shown.
    await t.db.quizResponse.update({ where: { id: row.id }, data: { note: "stored note" } });
    const again = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: { kind: "cloze", text: "Babage" } }, later(5));
    expect(again).toMatchObject({ ok: true, feedback: { note: "stored note", alreadyAnswered: true } });
  });

  test("a typo as close to another answer of the article is wrong, and the note names it (the bank is read for typos)", async () => {
    // Without a rival, "Londn" is a forgiven typo of London (RIGHT["q-short"]).
    const article = await t.db.article.findFirstOrThrow({ where: { slug: "tiny" }, select: { id: true } });
    const rival = await t.db.question.create({
      data: {
        key: "q-rival",
        articleId: article.id,
        kind: "cloze",
        prompt: "A made-up town: _____.",
        answer: "Londan",
        explanation: "Made up for this test.",
        evidenceText: "Babbage designed it in London.",
        evidenceStart: 0,
        evidenceEnd: 1,
        origin: "handwritten",
        contentHash: "q-rival",
      },
    });
    try {
      const id = await start({ ...ALL, kinds: ["short_answer"] });
      const state = await current(id);
      const result = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: { kind: "short_answer", text: "Londn" } }, later(2));
      expect(result).toMatchObject({ ok: true, feedback: { correct: false, outcome: "wrong", note: "That is closer to “Londan”, which is a different answer." } });
    } finally {
      await t.db.question.delete({ where: { id: rival.id } });
    }
  });

  test("the setup pool counts exactly what a quiz would draw", async () => {
    const pool = await quizPool(t.db, userId, (await t.db.article.findFirstOrThrow({ where: { slug: "tiny" } })).id, now);
    const config: QuizConfig = { size: "20", kinds: ["cloze", "short_answer"], origin: "handwritten", mode: "all" };
    const expected = countInPool(groupPool(pool), config);
    const id = await start(config);
    expect(await t.db.quizResponse.count({ where: { attemptId: id } })).toBe(expected);
    expect(expected).toBe(2);
  });
});

describe("resume, finish, override, retry", () => {
  test("reopening (or restarting the server) resumes at the first unanswered question; the last answer finishes the attempt with its score", async () => {
    const id = await start();
    const first = await current(id);
    await answerQuestion(t.db, userId, { attemptId: id, questionId: first.question.id, response: RIGHT[await keyOf(first.question.id)] }, later(1));
    const second = await current(id);
    expect(second.position).toBe(1);
    expect(second.answered).toBe(1);
    // A restarted server is a new process with a new connection: it finds the
    // same attempt at the same place, because every answer was written when given.
    const restarted = createPrismaClient(t.url);
    try {
      const resumed = await getRunnerState(restarted, userId, id, later(1));
      expect(resumed).toMatchObject({ status: "in_progress", position: 1, answered: 1, question: { id: second.question.id } });
    } finally {
      await restarted.$disconnect();
    }

    let state: RunnerState | null = second;
    let i = 2;
    let last: Awaited<ReturnType<typeof answerQuestion>> | null = null;
    while (state && state.status === "in_progress") {
      const key = await keyOf(state.question.id);
      const response = key === "q-tf" ? { kind: "true_false", value: true } : RIGHT[key];
      last = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response }, later(i++));
      if (last.ok && last.feedback.answered < last.feedback.total) expect(last.feedback.finished).toBe(false);
      if (last.ok && last.feedback.finished) {
        // The last answer finishes the attempt itself, in its own transaction (not the runner's next visit).
        expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "finished", score: 3, finishedAt: later(i - 1) });
      }
      state = await getRunnerState(t.db, userId, id, later(i));
    }
    expect(last).toMatchObject({ ok: true, feedback: { finished: true, answered: 4, total: 4 } });
    expect(state).toEqual({ status: "finished", attemptId: id });
    const attempt = await t.db.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(attempt.status).toBe("finished");
    expect(attempt.score).toBe(3);
    const tf = await t.db.question.findUniqueOrThrow({ where: { key: "q-tf" } });
    const late = await answerQuestion(t.db, userId, { attemptId: id, questionId: tf.id, response: { kind: "true_false", value: false } }, later(99));
    expect(late).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("This quiz is finished") });
    const repeat = await answerQuestion(t.db, userId, { attemptId: id, questionId: tf.id, response: { kind: "true_false", value: true } }, later(99));
    expect(repeat).toMatchObject({ ok: true, feedback: { correct: false, alreadyAnswered: true } });
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id } })).score).toBe(3);
  });

  test("'I was right' on a wrong typed answer counts it right, marks it overridden, and rates the card Hard instead of Again", async () => {
    const id = await start({ ...ALL, kinds: ["cloze"] });
    const state = await current(id);
    const wrong = await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: { kind: "cloze", text: "Lovelace" } }, later(4));
    expect(wrong).toMatchObject({ ok: true, feedback: { correct: false, canOverride: true, finished: true } });
    const before = await t.db.reviewLog.findFirstOrThrow({ where: { userId, questionId: state.question.id } });
    expect(before.rating).toBe(1);
    const overridden = await overrideAnswer(t.db, userId, { attemptId: id, questionId: state.question.id }, later(5));
    expect(overridden).toMatchObject({ ok: true, feedback: { correct: true, overridden: true, canOverride: false } });
    const logs = await t.db.reviewLog.findMany({ where: { userId, questionId: state.question.id } });
    expect(logs.map((l) => l.rating)).toEqual([2]);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id } })).score).toBe(1);
    const row = await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: id } });
    expect(row).toMatchObject({ correct: false, overridden: true });
    const mc = await start({ ...ALL, kinds: ["multiple_choice"] });
    const mcState = await current(mc);
    await answerQuestion(t.db, userId, { attemptId: mc, questionId: mcState.question.id, response: { kind: "multiple_choice", choice: "1833" } }, later(6));
    expect(await overrideAnswer(t.db, userId, { attemptId: mc, questionId: mcState.question.id }, later(7))).toMatchObject({ ok: false, status: 409 });
  });

  test("'I was right' clicked twice at once re-rates the card once", async () => {
    const id = await start({ ...ALL, kinds: ["cloze"] });
    const state = await current(id);
    await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response: { kind: "cloze", text: "Lovelace" } }, later(4));
    const results = await Promise.all([1, 2, 3].map(() => overrideAnswer(t.db, userId, { attemptId: id, questionId: state.question.id }, later(5))));
    expect(results.every((r) => r.ok)).toBe(true);
    const logs = await t.db.reviewLog.findMany({ where: { userId, questionId: state.question.id } });
    expect(logs.map((l) => l.rating)).toEqual([2]);
    const card = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: state.question.id } } });
    expect(card.version).toBe(2); // created by the answer, re-rated once
  });

  test("retry my mistakes starts a new attempt of just those; 'only wrong' mode finds them too; 'due' draws from the cards", async () => {
    const id = await start();
    let state = await getRunnerState(t.db, userId, id, now);
    const wrongKeys = new Set(["q-mc", "q-cloze"]);
    let i = 1;
    while (state && state.status === "in_progress") {
      const key = await keyOf(state.question.id);
      const response = key === "q-mc" ? { kind: "multiple_choice", choice: "1853" } : key === "q-cloze" ? { kind: "cloze", text: "Dickens" } : RIGHT[key];
      await answerQuestion(t.db, userId, { attemptId: id, questionId: state.question.id, response }, later(i++));
      state = await getRunnerState(t.db, userId, id, later(i));
    }
    const retry = await startRetryAttempt(t.db, userId, { attemptId: id, startToken: newStartToken() }, later(100), 5);
    expect(retry.ok).toBe(true);
    const retryId = retry.ok ? retry.attemptId : "";
    const retried = await t.db.quizResponse.findMany({ where: { attemptId: retryId }, include: { question: true } });
    expect(new Set(retried.map((r) => r.question.key))).toEqual(wrongKeys);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: retryId } })).retryOfId).toBe(id);
    expect(await startRetryAttempt(t.db, otherUserId, { attemptId: id, startToken: newStartToken() }, later(100), 5)).toMatchObject({ ok: false, status: 404 });

    const wrongMode = await start({ ...ALL, mode: "wrong" });
    const wrongRows = await t.db.quizResponse.findMany({ where: { attemptId: wrongMode }, include: { question: true } });
    expect(new Set(wrongRows.map((r) => r.question.key))).toEqual(wrongKeys);

    // Cards answered wrong (Again) are due again within minutes; right ones are not.
    const dueLater = new Date(now.getTime() + 30 * 60 * 1000);
    const dueMode = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { ...ALL, mode: "due" } }, dueLater, 9);
    expect(dueMode.ok).toBe(true);
    const dueRows = await t.db.quizResponse.findMany({ where: { attemptId: dueMode.ok ? dueMode.attemptId : "" }, include: { question: true } });
    expect(dueRows.map((r) => r.question.key)).toEqual(expect.arrayContaining([...wrongKeys]));
  });

  test("a flashcard can be turned over only in its own quiz, by its own learner", async () => {
    const id = await start({ ...ALL, kinds: ["flashcard"] });
    const state = await current(id);
    expect(await revealFlashcard(t.db, userId, { attemptId: id, questionId: state.question.id })).toEqual({
      ok: true,
      back: "The first published algorithm (1843).",
    });
    expect(await revealFlashcard(t.db, otherUserId, { attemptId: id, questionId: state.question.id })).toMatchObject({ ok: false, status: 404 });
  });
});
