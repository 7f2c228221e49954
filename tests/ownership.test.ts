// Ownership: every user-owned resource, asked for by another user, is "not
// found" (null, a 404 refusal, or nothing in a list), and its owner's rows
// are unchanged. Two guests made the way the app makes them
// (createGuestSession); A studies, B asks for A's rows by their ids, through
// the real data functions and services in lib/server, and through the server
// actions with B's session (the session is looked up for real; only the
// cookie jar is swapped for the test's token). Runs on SQLite and, under
// npm run test:pg, on PostgreSQL.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import type { QuizConfig } from "@/lib/domain/quiz/config";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { TINY_RIGHT_ANSWERS } from "./helpers/tiny-answers";

const holder = vi.hoisted(() => ({ db: null as PrismaClient | null, token: "" }));
vi.mock("@/lib/server/db", () => ({
  get db() {
    return holder.db;
  },
}));
vi.mock("@/lib/server/auth", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/auth")>();
  // The session of the test's current token, looked up as the app does; never a new guest.
  const current = async () => {
    const user = await real.findSessionUser(holder.db!, holder.token, new Date());
    if (!user) throw new Error("the test's session is gone");
    return user;
  };
  return { ...real, getViewer: async () => ({ ...(await current()), signedIn: true }), requireUser: async () => current() };
});
// Outside a request there are no headers: the client address is fixed here.
vi.mock("@/lib/server/request-meta", () => ({ clientIp: async () => "203.0.113.7", isHttpsRequest: async () => false }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn(), updateTag: vi.fn() }));

const { createGuestSession } = await import("@/lib/server/auth");
const quizService = await import("@/lib/server/quiz/service");
const quizData = await import("@/lib/server/data/quiz");
const review = await import("@/lib/server/cards/review");
const { getCardHistory } = await import("@/lib/server/data/card-history");
const { browseCards } = await import("@/lib/server/data/cards");
const { getUserSettings, updateUserSettings, DEFAULT_USER_SETTINGS } = await import("@/lib/server/data/settings");
const { getProgressData, memoryMapOf } = await import("@/lib/server/data/progress");
const { exportHistoryCsv, EXPORT_HEADER } = await import("@/lib/server/data/export");
const { getHomeNow } = await import("@/lib/server/data/home");
const { getReaderArticle } = await import("@/lib/server/data/articles");
const quizActions = await import("@/lib/server/actions/quiz");
const reviewActions = await import("@/lib/server/actions/review");
const settingsActions = await import("@/lib/server/actions/settings");

let t: TestDb;
const now = new Date();
const later = (s: number) => new Date(now.getTime() + s * 1000);
const ALL: QuizConfig = { size: "all", kinds: [...QUESTION_KINDS], origin: "handwritten", mode: "all" };
// Right but the cloze: a mistake to retry and to mark right.
const RIGHT: Record<string, unknown> = { ...TINY_RIGHT_ANSWERS, "q-cloze": { kind: "cloze", text: "Newton" } };

/** A's rows, as A left them. */
const a = {
  id: "",
  token: "",
  finished: "", // a finished attempt with a wrong cloze answer (override and retry would apply)
  running: "", // an attempt in progress whose flashcard is unanswered
  clozeId: "",
  flashcardId: "",
  gradedId: "", // a question A graded in review (card, review log, card action)
  gradeActionId: "",
  buryActionId: "",
  flaggedId: "",
  flagActionId: "",
  suspendedId: "",
};
const b = { id: "", token: "" };
/** A third guest who never does anything: what "none of A's rows" looks like. */
const c = { id: "" };

/** Every row that is A's, every column, in a stable order. */
async function rowsOfA() {
  const where = { userId: a.id };
  const byId = { orderBy: { id: "asc" as const } };
  return JSON.parse(
    JSON.stringify({
      user: await t.db.user.findUniqueOrThrow({ where: { id: a.id } }),
      sessions: await t.db.session.findMany({ where, ...byId, select: { id: true, tokenHash: true, expiresAt: true } }),
      attempts: await t.db.quizAttempt.findMany({ where, ...byId }),
      responses: await t.db.quizResponse.findMany({ where, ...byId }),
      cards: await t.db.card.findMany({ where, ...byId }),
      reviewLogs: await t.db.reviewLog.findMany({ where, ...byId }),
      cardActions: await t.db.cardAction.findMany({ where, ...byId }),
    }),
  ) as unknown;
}

/** Runs `as` B (the actions read B's session), then checks A's rows did not move. */
async function asB<T>(run: () => Promise<T>): Promise<T> {
  const before = await rowsOfA();
  holder.token = b.token;
  try {
    return await run();
  } finally {
    expect(await rowsOfA()).toEqual(before);
  }
}

beforeAll(async () => {
  t = await createTestDb();
  holder.db = t.db;
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
  const guestA = await createGuestSession(t.db, now);
  const guestB = await createGuestSession(t.db, now);
  Object.assign(a, { id: guestA.user.id, token: guestA.token });
  Object.assign(b, { id: guestB.user.id, token: guestB.token });
  c.id = (await createGuestSession(t.db, now)).user.id;
  await updateUserSettings(t.db, a.id, { timeZone: "Asia/Baku", newCardsPerDay: 7, desiredRetention: 0.85, maximumInterval: 400, burySiblings: true });

  // A finishes a quiz with one mistake (the cloze).
  const started = await quizService.startQuizAttempt(t.db, a.id, { articleSlug: "tiny", startToken: newStartToken(), config: ALL }, now, 42);
  if (!started.ok) throw new Error(started.error);
  a.finished = started.attemptId;
  for (let i = 0; ; i++) {
    const state = await quizService.getRunnerState(t.db, a.id, a.finished, later(i));
    if (!state || state.status !== "in_progress") break;
    const key = (await t.db.question.findUniqueOrThrow({ where: { id: state.question.id } })).key;
    if (key === "q-cloze") a.clozeId = state.question.id;
    const answered = await quizService.answerQuestion(t.db, a.id, { attemptId: a.finished, questionId: state.question.id, response: RIGHT[key] }, later(i + 1));
    if (!answered.ok) throw new Error(answered.error);
  }
  // And starts one on the flashcard alone, leaving it unanswered.
  const running = await quizService.startQuizAttempt(t.db, a.id, { articleSlug: "tiny", startToken: newStartToken(), config: { ...ALL, kinds: ["flashcard"] } }, later(60), 7);
  if (!running.ok) throw new Error(running.error);
  a.running = running.attemptId;
  a.flashcardId = (await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: a.running } })).questionId;

  // In review: a grade, a bury, a flag and a suspend, each on a card of its own.
  const questions = await t.db.question.findMany({ where: { status: "active", key: { in: ["q-mc", "q-tf", "q-short", "q-order"] } }, orderBy: { key: "asc" } });
  const [mc, order, short, tf] = questions.map((q) => q.id) as [string, string, string, string];
  const version = async (questionId: string) => (await t.db.card.findUnique({ where: { userId_questionId: { userId: a.id, questionId } } }))?.version ?? 0;
  const graded = await review.gradeCard(t.db, a.id, { questionId: mc, expectedVersion: await version(mc), rating: 3, durationMs: 2000 }, later(120));
  if (!graded.ok) throw new Error(graded.error);
  Object.assign(a, { gradedId: mc, gradeActionId: graded.actionId });
  const buried = await review.buryUntilTomorrow(t.db, a.id, order, later(121));
  const flagged = await review.changeCard(t.db, a.id, short, { flag: 1 }, later(122));
  const suspended = await review.changeCard(t.db, a.id, tf, { suspended: true }, later(123));
  if (!buried.ok || !buried.actionId || !flagged.ok || !flagged.actionId || !suspended.ok) throw new Error("A's review set-up failed");
  Object.assign(a, { buryActionId: buried.actionId, flaggedId: short, flagActionId: flagged.actionId, suspendedId: tf });

  // The set-up is what the tests assume (so a test cannot pass on rows that are not there).
  const rows = (await rowsOfA()) as { attempts: unknown[]; responses: unknown[]; cards: unknown[]; reviewLogs: unknown[]; cardActions: unknown[] };
  expect(rows.attempts).toHaveLength(2);
  // Four answers (the fixture's seven questions rest on four sentences, one question each per quiz) and the flashcard.
  expect(rows.responses).toHaveLength(5);
  expect(rows.cards.length).toBeGreaterThanOrEqual(5);
  expect(rows.reviewLogs.length).toBeGreaterThanOrEqual(5);
  // A grade, a bury, a flag and a suspend, and the burials of the graded card's siblings (same sentence) it caused.
  expect(rows.cardActions.length).toBeGreaterThan(4);
  expect(await t.db.user.count({ where: { id: b.id } })).toBe(1);
});
afterAll(async () => {
  await t.cleanup();
});

describe("A can see A's rows (the ids below are real)", () => {
  test("A's attempts, results, card history, settings, progress and export", async () => {
    expect(await quizService.getRunnerState(t.db, a.id, a.running, later(200))).toMatchObject({ status: "in_progress" });
    expect(await quizData.getAttemptResults(t.db, a.id, a.finished)).toMatchObject({ id: a.finished, mistakes: 1 });
    expect(await quizData.attemptBelongsTo(t.db, a.id, a.finished)).toBe(true);
    expect((await getCardHistory(t.db, a.id, a.gradedId))?.reviews.length).toBeGreaterThanOrEqual(2);
    expect(await getUserSettings(t.db, a.id)).toMatchObject({ timeZone: "Asia/Baku", newCardsPerDay: 7 });
    expect((await getProgressData(t.db, a.id, null, later(200))).hasHistory).toBe(true);
    expect((await exportHistoryCsv(t.db, a.id)).trim().split("\n").length).toBeGreaterThan(8);
    expect((await getHomeNow(t.db, a.id, later(200))).inProgress?.id).toBe(a.running);
  });
});

type Case = { label: string; run: () => Promise<unknown>; expected: unknown };

describe("quiz attempts and their responses: B asking by A's ids is not found", () => {
  test.each<Case>([
    { label: "the runner page's data", run: () => quizService.getRunnerState(t.db, b.id, a.running, later(300)), expected: null },
    { label: "the runner page's data, a finished attempt", run: () => quizService.getRunnerState(t.db, b.id, a.finished, later(300)), expected: null },
    { label: "the results page's data", run: () => quizData.getAttemptResults(t.db, b.id, a.finished), expected: null },
    { label: "the attempt layout's check", run: () => quizData.attemptBelongsTo(t.db, b.id, a.running), expected: false },
    { label: "the attempts listed on the setup page", run: () => quizData.listAttemptsForArticle(t.db, b.id, "tiny"), expected: [] },
    {
      label: "answer",
      run: () => quizService.answerQuestion(t.db, b.id, { attemptId: a.running, questionId: a.flashcardId, response: { kind: "flashcard", knew: true } }, later(300)),
      expected: { ok: false, status: 404 },
    },
    { label: "override", run: () => quizService.overrideAnswer(t.db, b.id, { attemptId: a.finished, questionId: a.clozeId }, later(300)), expected: { ok: false, status: 404 } },
    { label: "reveal a flashcard", run: () => quizService.revealFlashcard(t.db, b.id, { attemptId: a.running, questionId: a.flashcardId }), expected: { ok: false, status: 404 } },
    { label: "retry mistakes", run: () => quizService.startRetryAttempt(t.db, b.id, { attemptId: a.finished, startToken: newStartToken() }, later(300), 3), expected: { ok: false, status: 404 } },
  ])("$label", async ({ run, expected }) => {
    const result = await asB(run);
    // A null, a boolean or a list must match exactly; a refusal by its ok and status.
    if (expected === null || typeof expected === "boolean" || Array.isArray(expected)) expect(result).toEqual(expected);
    else expect(result).toMatchObject(expected as object);
  });

  test.each<Case>([
    {
      label: "answerAction",
      run: () => quizActions.answerAction({ attemptId: a.running, questionId: a.flashcardId, response: { kind: "flashcard", knew: true } }),
      expected: { ok: false, status: 404 },
    },
    { label: "overrideAction", run: () => quizActions.overrideAction({ attemptId: a.finished, questionId: a.clozeId }), expected: { ok: false, status: 404 } },
    { label: "revealFlashcardAction", run: () => quizActions.revealFlashcardAction({ attemptId: a.running, questionId: a.flashcardId }), expected: { ok: false, error: expect.any(String) } },
    {
      label: "retryMistakesAction",
      run: () => {
        const form = new FormData();
        form.set("attemptId", a.finished);
        form.set("startToken", newStartToken());
        return quizActions.retryMistakesAction({}, form);
      },
      expected: { error: "That quiz was not found." },
    },
  ])("through the action, with B's session: $label", async ({ run, expected }) => {
    expect(await asB(run)).toMatchObject(expected as object);
    expect(await t.db.quizAttempt.count({ where: { userId: b.id } })).toBe(0);
  });

  test("B's card history of a question A answered holds none of A's answers or reviews", async () => {
    const history = await asB(() => getCardHistory(t.db, b.id, a.clozeId));
    expect(history).toMatchObject({ card: null, reviews: [], responses: [] });
  });

  test("the quiz setup's pool: A's mistakes and due cards are not B's", async () => {
    const article = await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } });
    const pool = await asB(() => quizService.quizPool(t.db, b.id, article.id, later(30 * 24 * 3600)));
    expect(pool.filter((q) => q.wrong || q.due)).toEqual([]);
  });
});

describe("cards, review logs and card actions", () => {
  test("B's card page: the question (shared content), but no card, reviews or answers of A's", async () => {
    for (const questionId of [a.gradedId, a.flaggedId, a.suspendedId]) {
      expect(await asB(() => getCardHistory(t.db, b.id, questionId))).toMatchObject({ question: { id: questionId }, card: null, reviews: [], responses: [] });
    }
  });

  test("B's card browser shows every card new, unflagged and not suspended", async () => {
    const browsed = await asB(() => browseCards(t.db, b.id, { q: "", kind: "any", state: "any", due: "any", flag: "any" }, later(300)));
    expect(browsed.cards.length).toBeGreaterThan(0);
    for (const card of browsed.cards) expect(card).toMatchObject({ state: 0, suspended: false, flag: 0, due: null });
  });

  test("B's review session: all new, none of A's cards", async () => {
    const view = await asB(() => review.getReviewView(t.db, b.id, {}, later(300)));
    expect(view?.counts).toMatchObject({ learning: 0, due: 0 });
    expect(view?.current?.version).toBe(0);
  });

  test.each([
    { label: "a grade", actionId: () => a.gradeActionId },
    { label: "a bury", actionId: () => a.buryActionId },
    { label: "a flag", actionId: () => a.flagActionId },
  ])("undo of A's action ($label) by B: not found", async ({ actionId }) => {
    expect(await asB(() => review.undoCardAction(t.db, b.id, actionId(), later(300)))).toMatchObject({ ok: false, status: 404 });
    expect(await asB(() => reviewActions.undoCardActionAction({ actionId: actionId(), session: { articleSlug: null, mode: { kind: "scheduled" } } }))).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  test("B's session summary counts none of A's reviews", async () => {
    expect(await asB(() => review.getSessionSummary(t.db, b.id, new Date(now.getTime() - 3600_000)))).toEqual({ reviewed: 0, timeMs: 0, againRate: null });
  });
});

describe("settings, progress and export: B sees what a user with no rows sees", () => {
  test("B reads B's settings (the defaults), never A's", async () => {
    expect(await asB(() => getUserSettings(t.db, b.id))).toEqual(DEFAULT_USER_SETTINGS);
  });

  test("B's progress is a new user's: none of A's quizzes, answers, reviews or cards", async () => {
    expect(await asB(() => getProgressData(t.db, b.id, null, later(500)))).toEqual(await getProgressData(t.db, c.id, null, later(500)));
    const article = await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } });
    expect(await asB(() => getProgressData(t.db, b.id, article.id, later(500)))).toEqual(await getProgressData(t.db, c.id, article.id, later(500)));
    expect((await getProgressData(t.db, c.id, null, later(500))).hasHistory).toBe(false);
  });

  test("B's export is the header alone", async () => {
    expect(await asB(() => exportHistoryCsv(t.db, b.id))).toBe(await exportHistoryCsv(t.db, c.id));
    expect((await exportHistoryCsv(t.db, b.id)).trim()).toBe(EXPORT_HEADER.join(","));
  });

  test("B's home page: no quiz in progress (A's is not B's), nothing studied", async () => {
    const home = await asB(() => getHomeNow(t.db, b.id, later(500)));
    expect(home.inProgress).toBeNull();
    expect(home).toEqual(await getHomeNow(t.db, c.id, later(500)));
  });

  test("B's memory map of the article: none of A's cards", async () => {
    const article = await getReaderArticle(t.db, "tiny", { id: "nobody", role: "learner" });
    if (!article) throw new Error("no article");
    expect(await memoryMapOf(t.db, a.id, article, later(500))).not.toEqual(await memoryMapOf(t.db, c.id, article, later(500)));
    expect(await asB(() => memoryMapOf(t.db, b.id, article, later(500)))).toEqual(await memoryMapOf(t.db, c.id, article, later(500)));
  });
});

describe("B's writes on questions A has cards for change B's rows only", () => {
  test("B grading A's card at A's version: refused (B's card is another card, at version 0)", async () => {
    const aVersion = (await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: a.id, questionId: a.gradedId } } })).version;
    expect(aVersion).toBeGreaterThan(0);
    const result = await asB(() => review.gradeCard(t.db, b.id, { questionId: a.gradedId, expectedVersion: aVersion, rating: 1, durationMs: 1 }, later(300)));
    expect(result).toMatchObject({ ok: false, status: 409 });
  });

  test.each([
    { label: "grade", run: () => review.gradeCard(t.db, b.id, { questionId: a.gradedId, expectedVersion: 0, rating: 1, durationMs: 1 }, later(400)) },
    { label: "bury", run: () => review.buryUntilTomorrow(t.db, b.id, a.gradedId, later(401)) },
    { label: "suspend", run: () => review.changeCard(t.db, b.id, a.flaggedId, { suspended: true }, later(402)) },
    { label: "unsuspend", run: () => review.changeCard(t.db, b.id, a.suspendedId, { suspended: false }, later(403)) },
    { label: "flag", run: () => review.changeCard(t.db, b.id, a.suspendedId, { flag: 1 }, later(404)) },
    { label: "reset", run: () => review.changeCard(t.db, b.id, a.flaggedId, { reset: true }, later(405)) },
    {
      label: "the change action",
      run: () => reviewActions.changeCardAction({ questionId: a.suspendedId, change: "unsuspend", session: { articleSlug: null, mode: { kind: "scheduled" } } }),
    },
    {
      label: "the card browser's form",
      run: async () => {
        const form = new FormData();
        form.set("questionId", a.flaggedId);
        form.set("change", "reset");
        await reviewActions.changeCardFormAction(form);
        return { ok: true };
      },
    },
  ])("B's $label on a question A has a card for changes B's card only", async ({ run }) => {
    expect(await asB(run)).toMatchObject({ ok: true });
  });

  test("B saving settings changes B's row only", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ desiredRetention: "0.8", newCardsPerDay: "3", maximumInterval: "100", timeZone: "Europe/Istanbul" })) form.set(k, v);
    expect(await asB(() => settingsActions.saveSettingsAction({}, form))).toEqual({ saved: true });
    expect(await getUserSettings(t.db, b.id)).toMatchObject({ newCardsPerDay: 3, timeZone: "Europe/Istanbul" });
  });

  test("and B's own rows are B's: B's writes above landed on B's cards", async () => {
    expect(await t.db.card.count({ where: { userId: b.id } })).toBeGreaterThanOrEqual(3);
    expect(await t.db.cardAction.count({ where: { userId: b.id } })).toBeGreaterThanOrEqual(2);
  });
});
