import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createGuestSession, findSessionUser, hashToken, NO_USER_ID } from "@/lib/server/auth";
import { DEFAULT_USER_SETTINGS, getUserSettings } from "@/lib/server/data/settings";
import { loadLearnerRows } from "@/lib/server/data/progress";
import { isSessionToken, newSessionToken } from "@/lib/session-token";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

const now = new Date("2026-11-27T10:00:00Z");
const rowCounts = async () => ({ users: await t.db.user.count(), sessions: await t.db.session.count() });

describe("guest identity", () => {
  test("a new guest gets a session; only the token's hash is stored", async () => {
    const { user, token } = await createGuestSession(t.db, now);
    expect(user).toMatchObject({ kind: "guest", role: "learner" });
    expect(isSessionToken(token)).toBe(true);
    const sessions = await t.db.session.findMany();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(sessions)).not.toContain(token);
  });

  test("the same token keeps the same user; another guest is another user", async () => {
    const first = await createGuestSession(t.db, now);
    const again = await findSessionUser(t.db, first.token, new Date("2026-11-28T10:00:00Z"));
    const other = await createGuestSession(t.db, now);
    expect(again?.id).toBe(first.user.id);
    expect(other.user.id).not.toBe(first.user.id);
    expect(await t.db.user.count()).toBe(2);
  });

  test.each([
    { label: "no cookie", token: undefined },
    { label: "a malformed cookie", token: "abc" },
    { label: "a random well-formed token nobody was given", token: newSessionToken() },
  ])("reading the session with $label finds nobody and creates nothing", async ({ token }) => {
    expect(await findSessionUser(t.db, token, now)).toBeNull();
    expect(await rowCounts()).toEqual({ users: 0, sessions: 0 });
  });

  test("an expired session identifies nobody", async () => {
    const { token } = await createGuestSession(t.db, now);
    expect(await findSessionUser(t.db, token, new Date("2028-06-01T00:00:00Z"))).toBeNull();
  });

  test("a visit slides the session's expiry forward, at most once a day", async () => {
    const { token } = await createGuestSession(t.db, now);
    const created = await t.db.session.findFirstOrThrow();
    await findSessionUser(t.db, token, new Date(now.getTime() + 3600_000));
    expect((await t.db.session.findFirstOrThrow()).expiresAt).toEqual(created.expiresAt);
    const later = new Date("2027-06-01T00:00:00Z");
    await findSessionUser(t.db, token, later);
    const session = await t.db.session.findFirstOrThrow();
    expect(session.expiresAt.getTime()).toBe(later.getTime() + 400 * 24 * 3600 * 1000);
  });

  test("a visitor without a session reads the default settings and no rows", async () => {
    expect(await getUserSettings(t.db, NO_USER_ID)).toEqual(DEFAULT_USER_SETTINGS);
    const { user } = await createGuestSession(t.db, now);
    expect(await getUserSettings(t.db, user.id)).toEqual(DEFAULT_USER_SETTINGS);
    expect(await t.db.card.count({ where: { userId: NO_USER_ID } })).toBe(0);
    const rows = await loadLearnerRows(t.db, NO_USER_ID, null, now);
    expect(rows).toMatchObject({ timeZone: "UTC", cards: [], reviews: [], responses: [], attempts: [] });
    expect(await rowCounts()).toEqual({ users: 1, sessions: 1 });
  });

  test.each([
    { label: "a fresh token", value: newSessionToken(), expected: true },
    { label: "empty", value: "", expected: false },
    { label: "too short", value: "abc", expected: false },
    { label: "bad characters", value: "a".repeat(42) + "!", expected: false },
  ])("isSessionToken: $label", ({ value, expected }) => {
    expect(isSessionToken(value)).toBe(expected);
  });
});
