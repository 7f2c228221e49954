// Every server action's use of the gate, on a real (throwaway) database: the
// rules in the actions' comments. Only some actions may create the learner
// (requireUser), and only once their input is valid; the others read the
// session (getViewer), never create anyone, and without a session answer what
// a missing row answers; starting a quiz renews the cookie. The session gate
// (cookies) is swapped for counters; next/cache is watched.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { createTestDb, type TestDb } from "./helpers/test-db";

const holder = vi.hoisted(() => ({ db: null as PrismaClient | null, userId: "", signedIn: true }));
vi.mock("@/lib/server/db", () => ({
  get db() {
    return holder.db;
  },
}));
const auth = vi.hoisted(() => {
  const user = () => ({ id: holder.userId, kind: "guest" as const, role: "learner" as const, timeZone: "UTC" });
  return {
    requireUser: vi.fn(async (_options?: { renewCookie?: boolean }) => user()),
    getViewer: vi.fn(async () => (holder.signedIn ? { ...user(), signedIn: true } : { ...user(), id: "no-session", signedIn: false })),
  };
});
vi.mock("@/lib/server/auth", () => auth);
const nextCache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn(), updateTag: vi.fn() }));
// Outside a request there are no headers: the client address is fixed here.
vi.mock("@/lib/server/request-meta", () => ({ clientIp: async () => "203.0.113.7", isHttpsRequest: async () => false }));
vi.mock("next/cache", () => nextCache);

const quiz = await import("@/lib/server/actions/quiz");
const review = await import("@/lib/server/actions/review");
const settings = await import("@/lib/server/actions/settings");

let t: TestDb;
const SESSION = { articleSlug: null, mode: { kind: "scheduled" } };

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}
/** The URL a redirect thrown by an action goes to. */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = (await run.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  const match = error?.digest?.match(/^NEXT_REDIRECT;[^;]*;([^;]+);/);
  if (!match) throw new Error(`expected a redirect, got ${String(error)}`);
  return match[1]!;
}

beforeAll(async () => {
  t = await createTestDb();
  holder.db = t.db;
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  holder.userId = (await t.db.user.create({ data: {} })).id;
  holder.signedIn = true;
  auth.requireUser.mockClear();
  auth.getViewer.mockClear();
  for (const fn of Object.values(nextCache)) fn.mockClear();
});

describe("malformed input is refused before anyone is created (the actions that may create the learner)", () => {
  test.each([
    { label: "start a quiz, bad article", call: () => quiz.startQuizAction({}, form({ slug: "Not A Slug", size: "5", kinds: "cloze", origin: "handwritten", mode: "all" })), expected: { error: "That article does not exist." } },
    {
      label: "start a quiz, bad settings",
      call: () => quiz.startQuizAction({}, form({ slug: "tiny", size: "7", kinds: "cloze", origin: "handwritten", mode: "all", startToken: newStartToken() })),
      expected: { error: "Please check the quiz settings.", fieldErrors: { size: [expect.any(String)] } },
    },
    { label: "grade", call: () => review.gradeCardAction({ questionId: "x" }), expected: { ok: false, status: 400, error: "That grade could not be read." } },
    { label: "change", call: () => review.changeCardAction({ questionId: "cjld2cjxh0000qzrmn831i7rn", change: "explode", session: SESSION }), expected: { ok: false, status: 400, error: "That change could not be read." } },
    { label: "learn more", call: () => review.learnMoreNewCardsAction({ count: "lots", session: SESSION }), expected: { ok: false, status: 400, error: expect.any(String) } },
    { label: "card browser form", call: () => review.changeCardFormAction(form({ questionId: "", change: "bury" })), expected: undefined },
    {
      label: "settings",
      call: () => settings.saveSettingsAction({}, form({ desiredRetention: "2", newCardsPerDay: "20", maximumInterval: "365", timeZone: "UTC" })),
      expected: { error: "Nothing was saved: please correct the fields below.", fieldErrors: { desiredRetention: [expect.any(String)] } },
    },
  ])("$label", async ({ call, expected }) => {
    expect(await call()).toEqual(expected);
    expect(auth.requireUser).not.toHaveBeenCalled();
    expect(nextCache.revalidatePath).not.toHaveBeenCalled();
  });
});

describe("the actions on a learner's existing rows read the session and never create anyone", () => {
  const ID = "cjld2cjxh0000qzrmn831i7rn";
  test.each([
    { label: "answer", call: () => quiz.answerAction({ attemptId: ID, questionId: ID, response: { kind: "true_false", value: true } }), expected: { ok: false, status: 404, error: "That question is not part of this quiz." } },
    { label: "override", call: () => quiz.overrideAction({ attemptId: ID, questionId: ID }), expected: { ok: false, status: 404, error: "That question is not part of this quiz." } },
    { label: "reveal a flashcard", call: () => quiz.revealFlashcardAction({ attemptId: ID, questionId: ID }), expected: { ok: false, error: "That question is not part of this quiz." } },
    { label: "retry mistakes", call: () => quiz.retryMistakesAction({}, form({ attemptId: ID })), expected: { error: "That quiz was not found." } },
    { label: "undo", call: () => review.undoCardActionAction({ actionId: ID, session: SESSION }), expected: { ok: false, status: 404, error: "That action was not found." } },
    { label: "session summary", call: () => review.sessionSummaryAction({ since: "2026-12-05T10:00:00Z" }), expected: null },
  ])("$label: without a session, what a missing row answers", async ({ call, expected }) => {
    holder.signedIn = false;
    expect(await call()).toMatchObject(expected as object);
    expect(auth.getViewer).toHaveBeenCalled();
    expect(auth.requireUser).not.toHaveBeenCalled();
  });

  test.each([
    { label: "answer", call: () => quiz.answerAction({ attemptId: "x", questionId: "y" }), expected: { ok: false, status: 400, error: "That answer could not be read." } },
    { label: "override", call: () => quiz.overrideAction({ attemptId: 1 }), expected: { ok: false, status: 400, error: "That question could not be found." } },
    { label: "reveal a flashcard", call: () => quiz.revealFlashcardAction(null), expected: { ok: false, error: "That card could not be found." } },
    { label: "retry mistakes", call: () => quiz.retryMistakesAction({}, form({})), expected: { error: "That quiz could not be found." } },
    { label: "undo", call: () => review.undoCardActionAction({ actionId: "nope" }), expected: { ok: false, status: 400, error: "That undo could not be read." } },
    { label: "session summary", call: () => review.sessionSummaryAction({ since: "yesterday" }), expected: null },
  ])("$label: bad input from a learner with a session is refused as before", async ({ call, expected }) => {
    expect(await call()).toEqual(expected);
    expect(auth.requireUser).not.toHaveBeenCalled();
  });
});

describe("starting a quiz", () => {
  test("creates (or finds) the learner, renewing the cookie, then revalidates the setup page and goes to the runner", async () => {
    const to = await redirectOf(quiz.startQuizAction({}, form({ slug: "tiny", size: "5", kinds: ["true_false", "multiple_choice"], origin: "handwritten", mode: "all", startToken: newStartToken() })));
    expect(auth.requireUser).toHaveBeenCalledExactlyOnceWith({ renewCookie: true });
    const attempt = await t.db.quizAttempt.findFirstOrThrow({ where: { userId: holder.userId } });
    expect(to).toBe(`/quiz/${attempt.id}`);
    expect(nextCache.revalidatePath).toHaveBeenCalledWith("/articles/tiny/quiz");
  });

  test("thirty starts in ten minutes are allowed; the next is refused with a wait, and nothing is written", async () => {
    const start = () => quiz.startQuizAction({}, form({ slug: "tiny", size: "5", kinds: "cloze", origin: "handwritten", mode: "all", startToken: newStartToken() }));
    for (let i = 0; i < 30; i++) await redirectOf(start());
    expect(await t.db.quizAttempt.count({ where: { userId: holder.userId } })).toBe(30);
    expect(await start()).toEqual({ error: expect.stringMatching(/^Too many attempts\. Please wait 10 minutes and try again\.$/) });
    expect(await t.db.quizAttempt.count({ where: { userId: holder.userId } })).toBe(30);
  });

  test("a refusal by the service is its message, and nothing is revalidated", async () => {
    const result = await quiz.startQuizAction({}, form({ slug: "tiny", size: "5", kinds: "cloze", origin: "handwritten", mode: "wrong", startToken: newStartToken() }));
    expect(result).toEqual({ error: expect.stringMatching(/no wrong answers/) });
    expect(nextCache.revalidatePath).not.toHaveBeenCalled();
  });
});

describe("settings", () => {
  test("a valid form is saved for the learner and the layout revalidated", async () => {
    const result = await settings.saveSettingsAction({}, form({ desiredRetention: "0.85", newCardsPerDay: "7", maximumInterval: "365", timeZone: "Asia/Baku" }));
    expect(result).toEqual({ saved: true });
    expect(auth.requireUser).toHaveBeenCalledOnce();
    expect(await t.db.user.findUniqueOrThrow({ where: { id: holder.userId }, select: { newCardsPerDay: true, timeZone: true } })).toEqual({ newCardsPerDay: 7, timeZone: "Asia/Baku" });
    expect(nextCache.revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  test.each([
    { label: "ticked", fields: { burySiblings: "on" } as Record<string, string>, expected: true },
    { label: "not ticked (a checkbox posts nothing)", fields: {} as Record<string, string>, expected: false },
  ])("'Bury related cards until tomorrow' $label is stored as $expected", async ({ fields, expected }) => {
    const result = await settings.saveSettingsAction({}, form({ desiredRetention: "0.9", newCardsPerDay: "20", maximumInterval: "36500", timeZone: "UTC", ...fields }));
    expect(result).toEqual({ saved: true });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: holder.userId }, select: { burySiblings: true } })).burySiblings).toBe(expected);
  });
});

describe("a server failure is a message, never a thrown stack", () => {
  test("grading when the database fails answers the generic 500 and logs one line", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const real = holder.db;
    holder.db = new Proxy(real!, {
      get(target, prop) {
        if (prop === "$transaction") return () => Promise.reject(new Error("SQLITE_BUSY: database is locked"));
        return Reflect.get(target, prop);
      },
    });
    try {
      const answer = await review.gradeCardAction({ questionId: "cjld2cjxh0000qzrmn831i7rn", expectedVersion: 0, rating: 3, durationMs: 1, session: SESSION });
      expect(answer).toEqual({ ok: false, status: 500, error: expect.stringMatching(/went wrong/) });
      expect(log).toHaveBeenCalledExactlyOnceWith("gate: gradeCard failed: Error: SQLITE_BUSY: database is locked");
    } finally {
      holder.db = real;
      log.mockRestore();
    }
  });
});
