import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { hashToken, resolveSessionUser } from "@/lib/server/auth";
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

describe("guest identity", () => {
  test("a new token becomes a guest learner with a session; the token itself is not stored", async () => {
    const token = newSessionToken();
    const user = await resolveSessionUser(t.db, token, now);
    expect(user).toMatchObject({ kind: "guest", role: "learner" });
    const sessions = await t.db.session.findMany();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(sessions)).not.toContain(token);
  });

  test("the same token keeps the same user; another token is another user", async () => {
    const token = newSessionToken();
    const first = await resolveSessionUser(t.db, token, now);
    const again = await resolveSessionUser(t.db, token, new Date("2026-11-28T10:00:00Z"));
    const other = await resolveSessionUser(t.db, newSessionToken(), now);
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    expect(await t.db.user.count()).toBe(2);
  });

  test("two first requests racing with one new cookie make one user", async () => {
    const token = newSessionToken();
    const [a, b] = await Promise.all([resolveSessionUser(t.db, token, now), resolveSessionUser(t.db, token, now)]);
    expect(a.id).toBe(b.id);
    expect(await t.db.user.count()).toBe(1);
  });

  test("a visit slides the session's expiry forward", async () => {
    const token = newSessionToken();
    await resolveSessionUser(t.db, token, now);
    const later = new Date("2027-06-01T00:00:00Z");
    await resolveSessionUser(t.db, token, later);
    const session = await t.db.session.findFirstOrThrow();
    expect(session.expiresAt.getTime()).toBe(later.getTime() + 400 * 24 * 3600 * 1000);
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
