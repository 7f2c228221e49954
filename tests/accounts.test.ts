// Accounts through the real services on a throwaway database (SQLite by
// `npm test`, PostgreSQL by `npm run test:pg`): sign-up adopts the guest,
// sign-in merges a guest's rows into an account, sessions rotate and expire,
// password change / reset / deletion, and the rate limiter.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { createGuestSession, findSessionUser, hashToken, type CurrentUser } from "@/lib/server/auth";
import { changePassword, deleteAccount, requestPasswordReset, resetPassword, signIn, signOut, signOutEverywhere, signUp, type ResetMail } from "@/lib/server/accounts/service";
import { hashPassword, verifyPassword } from "@/lib/server/accounts/password";
import { hitLimit } from "@/lib/server/rate-limit";
import { runGuestPurge } from "@/lib/server/guests/schedule";
import { answerQuestion, getRunnerState, startQuizAttempt } from "@/lib/server/quiz/service";
import { getReviewState, gradeCard } from "@/lib/server/cards/review";
import { updateUserSettings } from "@/lib/server/data/settings";
import { SignUpSchema } from "@/lib/domain/auth/credentials";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
});
afterEach(async () => {
  await t.cleanup();
});

const now = new Date("2026-12-05T10:00:00Z");
const later = (ms: number, from = now) => new Date(from.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;
const creds = (email: string, password = "correct horse battery") => SignUpSchema.parse({ email, password });

async function guest(at = now): Promise<{ user: CurrentUser; token: string }> {
  return createGuestSession(t.db, at);
}

/** A quiz of every hand-written question, all answered with "I don't know", and one card graded in review. */
async function study(userId: string, at: Date, rating: 1 | 3 = 3) {
  const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["multiple_choice", "true_false", "cloze"], origin: "handwritten", mode: "all" } }, at, 7);
  if (!started.ok) throw new Error(started.error);
  for (let i = 0; i < 2; i++) {
    const s = await getRunnerState(t.db, userId, started.attemptId, at);
    if (!s || s.status !== "in_progress") break;
    await answerQuestion(t.db, userId, { attemptId: started.attemptId, questionId: s.question.id, response: { kind: s.question.kind, dontKnow: true } }, later(1000 * (i + 1), at));
  }
  const review = await getReviewState(t.db, userId, {}, later(60_000, at));
  const card = review?.current;
  if (card) await gradeCard(t.db, userId, { questionId: card.questionId, expectedVersion: card.version, rating, durationMs: 2000 }, later(60_000, at));
  return started.attemptId;
}

const rowsOf = async (userId: string) => ({
  attempts: await t.db.quizAttempt.count({ where: { userId } }),
  responses: await t.db.quizResponse.count({ where: { userId } }),
  cards: await t.db.card.count({ where: { userId } }),
  reviews: await t.db.reviewLog.count({ where: { userId } }),
  actions: await t.db.cardAction.count({ where: { userId } }),
  sessions: await t.db.session.count({ where: { userId } }),
  resets: await t.db.passwordReset.count({ where: { userId } }),
  users: await t.db.user.count({ where: { id: userId } }),
});

describe("passwords", () => {
  test("scrypt hashes carry their parameters and a salt, verify, and refuse a wrong or malformed one", async () => {
    const a = await hashPassword("tr0ub4dor&3");
    const b = await hashPassword("tr0ub4dor&3");
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("tr0ub4dor&3", a)).toBe(true);
    expect(await verifyPassword("tr0ub4dor&4", a)).toBe(false);
    expect(await verifyPassword("tr0ub4dor&3", "plain")).toBe(false);
  });

  test.each([
    { label: "email is trimmed and lower-cased", input: { email: "  Ada@Example.COM ", password: "12345678" }, ok: true },
    { label: "not an email", input: { email: "ada", password: "12345678" }, ok: false },
    { label: "password too short", input: { email: "a@b.co", password: "1234567" }, ok: false },
    { label: "password of spaces", input: { email: "a@b.co", password: "         " }, ok: false },
    { label: "password too long", input: { email: "a@b.co", password: "x".repeat(129) }, ok: false },
  ])("sign-up input: $label", ({ input, ok }) => {
    const parsed = SignUpSchema.safeParse(input);
    expect(parsed.success).toBe(ok);
    if (parsed.success) expect(parsed.data.email).toBe("ada@example.com");
  });
});

describe("sign up", () => {
  test("a guest who signs up keeps every row: the guest becomes the account, and its session is replaced", async () => {
    const g = await guest();
    await study(g.user.id, now);
    const before = await rowsOf(g.user.id);
    const result = await signUp(t.db, creds("ada@example.com"), g.user, later(DAY));
    expect(result).toMatchObject({ ok: true, userId: g.user.id });
    if (!result.ok) return;
    expect(await rowsOf(g.user.id)).toEqual({ ...before, sessions: 1 });
    expect(await findSessionUser(t.db, g.token, later(DAY))).toBeNull();
    expect(await findSessionUser(t.db, result.token, later(DAY))).toMatchObject({ id: g.user.id, kind: "account", email: "ada@example.com" });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: g.user.id } });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(await t.db.session.findMany())).not.toContain(result.token);
  });

  test("a taken email is refused and nothing changes; a signed-in account cannot sign up again", async () => {
    const first = await signUp(t.db, creds("ada@example.com"), null, now);
    expect(first.ok).toBe(true);
    const g = await guest();
    expect(await signUp(t.db, creds("ADA@example.com "), g.user, now)).toMatchObject({ ok: false, status: 409, field: "email" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: g.user.id } })).toMatchObject({ kind: "guest", email: null });
    const account = await findSessionUser(t.db, first.ok ? first.token : "", now);
    expect(await signUp(t.db, creds("other@example.com"), account, now)).toMatchObject({ ok: false, status: 409 });
  });
});

describe("sign in", () => {
  test("a wrong password and an unknown email get the same answer", async () => {
    await signUp(t.db, creds("ada@example.com"), null, now);
    const wrong = await signIn(t.db, creds("ada@example.com", "wrong password"), null, now);
    const unknown = await signIn(t.db, creds("nobody@example.com"), null, now);
    expect(wrong).toEqual({ ok: false, status: 401, error: "Wrong email or password." });
    expect(unknown).toEqual(wrong);
  });

  test("a guest with rows signing in to an account with rows: everything is merged, the guest is gone", async () => {
    const made = await signUp(t.db, creds("ada@example.com"), null, now);
    if (!made.ok) throw new Error("sign-up failed");
    const accountId = made.userId;
    await study(accountId, now, 3);
    await updateUserSettings(t.db, accountId, { timeZone: "Asia/Baku", desiredRetention: 0.9, newCardsPerDay: 20, maximumInterval: 36500, burySiblings: true });
    const g = await guest(later(DAY));
    await study(g.user.id, later(DAY), 1);
    await updateUserSettings(t.db, g.user.id, { timeZone: "Europe/Istanbul", desiredRetention: 0.85, newCardsPerDay: 20, maximumInterval: 36500, burySiblings: false });
    const account = await rowsOf(accountId);
    const guestRows = await rowsOf(g.user.id);
    const sharedQuestions = await t.db.card.count({ where: { userId: accountId, question: { cards: { some: { userId: g.user.id } } } } });
    expect(sharedQuestions).toBeGreaterThan(0);
    const guestCard = await t.db.card.findFirstOrThrow({ where: { userId: g.user.id, lastReview: { not: null } }, orderBy: { lastReview: "desc" } });

    const result = await signIn(t.db, creds("ada@example.com"), g.user, later(2 * DAY));
    expect(result).toMatchObject({ ok: true, userId: accountId });
    if (!result.ok) return;
    const merged = await rowsOf(accountId);
    expect(merged.attempts).toBe(account.attempts + guestRows.attempts);
    expect(merged.responses).toBe(account.responses + guestRows.responses);
    expect(merged.reviews).toBe(account.reviews + guestRows.reviews);
    expect(merged.cards).toBe(account.cards + guestRows.cards - sharedQuestions);
    expect(await rowsOf(g.user.id)).toEqual({ attempts: 0, responses: 0, cards: 0, reviews: 0, actions: 0, sessions: 0, resets: 0, users: 0 });
    // The guest reviewed its card a day later: the guest's memory state wins for that question.
    const kept = await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: accountId, questionId: guestCard.questionId } } });
    expect(kept.id).toBe(guestCard.id);
    expect(await t.db.reviewLog.count({ where: { questionId: guestCard.questionId, cardId: { not: kept.id } } })).toBe(0);
    // The account's own choice stays; a setting it never changed takes the guest's.
    expect(await t.db.user.findUniqueOrThrow({ where: { id: accountId } })).toMatchObject({ timeZone: "Asia/Baku", desiredRetention: 0.85, burySiblings: false });
    expect(await findSessionUser(t.db, g.token, later(2 * DAY))).toBeNull();
    expect(result.merged).toMatchObject({ attempts: guestRows.attempts, collidedCards: sharedQuestions });
  });
});

describe("sessions", () => {
  test("sign out ends this session; sign out everywhere ends all of them", async () => {
    const made = await signUp(t.db, creds("ada@example.com"), null, now);
    if (!made.ok) throw new Error();
    const second = await signIn(t.db, creds("ada@example.com"), null, now);
    const third = await signIn(t.db, creds("ada@example.com"), null, now);
    if (!second.ok || !third.ok) throw new Error();
    const sessionId = (await t.db.session.findUniqueOrThrow({ where: { tokenHash: hashToken(made.token) } })).id;
    await signOut(t.db, sessionId);
    expect(await findSessionUser(t.db, made.token, now)).toBeNull();
    expect(await findSessionUser(t.db, second.token, now)).not.toBeNull();
    expect(await signOutEverywhere(t.db, made.userId)).toBe(2);
    expect(await findSessionUser(t.db, third.token, now)).toBeNull();
  });

  test("an account session expires after 30 idle days, and 90 days after sign-in however much it is used", async () => {
    const made = await signUp(t.db, creds("ada@example.com"), null, now);
    if (!made.ok) throw new Error();
    expect(await findSessionUser(t.db, made.token, later(29 * DAY))).not.toBeNull();
    expect(await findSessionUser(t.db, made.token, later(29 * DAY + 29 * DAY))).not.toBeNull();
    for (let day = 60; day < 90; day += 5) expect(await findSessionUser(t.db, made.token, later(day * DAY))).not.toBeNull();
    expect(await findSessionUser(t.db, made.token, later(90 * DAY + 1000))).toBeNull();
    const idle = await signIn(t.db, creds("ada@example.com"), null, now);
    if (!idle.ok) throw new Error();
    expect(await findSessionUser(t.db, idle.token, later(31 * DAY))).toBeNull();
  });

  test("using a session marks the user as seen (what the guest purge reads)", async () => {
    const g = await guest();
    await findSessionUser(t.db, g.token, later(3 * DAY));
    expect((await t.db.user.findUniqueOrThrow({ where: { id: g.user.id } })).lastSeenAt).toEqual(later(3 * DAY));
  });
});

describe("password change, reset and account deletion", () => {
  test("changing the password needs the current one and ends every other session", async () => {
    const made = await signUp(t.db, creds("ada@example.com"), null, now);
    const other = await signIn(t.db, creds("ada@example.com"), null, now);
    if (!made.ok || !other.ok) throw new Error();
    expect(await changePassword(t.db, made.userId, { currentPassword: "nope nope", newPassword: "a new password" }, now)).toMatchObject({ ok: false, status: 401 });
    const changed = await changePassword(t.db, made.userId, { currentPassword: "correct horse battery", newPassword: "a new password" }, now);
    expect(changed.ok).toBe(true);
    expect(await findSessionUser(t.db, other.token, now)).toBeNull();
    expect(await findSessionUser(t.db, made.token, now)).toBeNull();
    expect(await findSessionUser(t.db, changed.ok ? changed.token : "", now)).not.toBeNull();
    expect((await signIn(t.db, creds("ada@example.com"), null, now)).ok).toBe(false);
    expect((await signIn(t.db, creds("ada@example.com", "a new password"), null, now)).ok).toBe(true);
  });

  test("a reset link is sent only for an account, works once, and expires after an hour", async () => {
    const made = await signUp(t.db, creds("ada@example.com"), null, now);
    if (!made.ok) throw new Error();
    const sent: ResetMail[] = [];
    const send = async (mail: ResetMail) => void sent.push(mail);
    await requestPasswordReset(t.db, "nobody@example.com", "http://localhost:3000", now, send);
    expect(sent).toEqual([]);
    await requestPasswordReset(t.db, "ada@example.com", "http://localhost:3000/", now, send);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.link).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=[\w-]{43}$/);
    const token = new URL(sent[0]!.link).searchParams.get("token")!;
    expect(JSON.stringify(await t.db.passwordReset.findMany())).not.toContain(token);
    const used = await resetPassword(t.db, token, "brand new secret", later(59 * 60_000));
    expect(used.ok).toBe(true);
    expect(await findSessionUser(t.db, made.token, now)).toBeNull();
    expect(await resetPassword(t.db, token, "another new secret", later(59 * 60_000))).toMatchObject({ ok: false, status: 410 });
    expect((await signIn(t.db, creds("ada@example.com", "brand new secret"), null, now)).ok).toBe(true);
    await requestPasswordReset(t.db, "ada@example.com", "http://x", now, send);
    const stale = new URL(sent[1]!.link).searchParams.get("token")!;
    expect(await resetPassword(t.db, stale, "brand new secret 2", later(60 * 60_000 + 1))).toMatchObject({ ok: false, status: 410 });
  });

  test("deleting the account needs the password and leaves no row of it anywhere", async () => {
    const g = await guest();
    await study(g.user.id, now);
    const made = await signUp(t.db, creds("ada@example.com"), g.user, now);
    if (!made.ok) throw new Error();
    await requestPasswordReset(t.db, "ada@example.com", "http://x", now, async () => {});
    await hitLimit(t.db, "startQuizPerUser", made.userId, now);
    const other = await guest();
    await study(other.user.id, now);
    const otherRows = await rowsOf(other.user.id);
    expect(await deleteAccount(t.db, made.userId, "wrong password")).toMatchObject({ ok: false, status: 401, field: "password" });
    expect((await rowsOf(made.userId)).users).toBe(1);
    expect(await deleteAccount(t.db, made.userId, "correct horse battery")).toEqual({ ok: true });
    expect(await rowsOf(made.userId)).toEqual({ attempts: 0, responses: 0, cards: 0, reviews: 0, actions: 0, sessions: 0, resets: 0, users: 0 });
    expect(await t.db.rateLimit.count({ where: { key: { contains: made.userId } } })).toBe(0);
    expect(await rowsOf(other.user.id)).toEqual(otherRows);
  });
});

describe("rate limits", () => {
  test("a limit allows its count per window, refuses with the seconds left, and opens again after the window", async () => {
    for (let i = 0; i < 10; i++) expect(await hitLimit(t.db, "signInPerEmail", "ada@example.com", later(i * 1000), 1)).toEqual({ ok: true });
    expect(await hitLimit(t.db, "signInPerEmail", "ada@example.com", later(60_000), 1)).toEqual({ ok: false, retryAfterSeconds: 14 * 60 });
    expect(await hitLimit(t.db, "signInPerEmail", "bob@example.com", later(60_000), 1)).toEqual({ ok: true });
    expect(await hitLimit(t.db, "signInPerEmail", "ada@example.com", later(15 * 60_000), 1)).toEqual({ ok: true });
  });

  test("the scale multiplies every limit", async () => {
    for (let i = 0; i < 20; i++) expect((await hitLimit(t.db, "signInPerEmail", "ada@example.com", now, 2)).ok).toBe(true);
    expect((await hitLimit(t.db, "signInPerEmail", "ada@example.com", now, 2)).ok).toBe(false);
  });

  test("the daily run prunes counters whose window ended over a day ago, and only those", async () => {
    await hitLimit(t.db, "signUpPerIp", "198.51.100.1", now, 1);
    await hitLimit(t.db, "signUpPerIp", "198.51.100.2", later(DAY), 1);
    expect(await runGuestPurge(t.db, () => later(DAY + 60_000), { info: () => {}, error: () => {} })).toBe(0);
    expect((await t.db.rateLimit.findMany()).map((r) => r.key)).toEqual(["signUpPerIp:198.51.100.2"]);
  });

  test("concurrent hits are each counted once", async () => {
    const verdicts = await Promise.all(Array.from({ length: 15 }, () => hitLimit(t.db, "signInPerEmail", "ada@example.com", now, 1)));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(10);
  });
});
