import "server-only";
// Owns "who is asking": the session cookie resolved to a user. Two gates:
//
// - getViewer(), for pages and route handlers: read-only. A visitor without a
//   (live) session is a viewer with no rows (id NO_USER_ID, the default
//   settings): pages show their empty state and nothing is created.
// - requireUser(), for server actions that write: the same learner, or, when
//   there is none yet, a new guest user + session whose cookie is set on the
//   action's response. So a row is first created where one is first needed,
//   and no request pays for a proxy.
//
// The cookie is set only when a session is created (or renewed on purpose):
// a Set-Cookie on an action's response makes the router refresh the page,
// which must never happen under quiz feedback. Accounts added later adopt a
// guest's rows (lib/server/accounts/service.ts).
import { cache } from "react";
import { cookies } from "next/headers";
import { createHash } from "node:crypto";
import { db, type Db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { isSessionToken, newSessionToken, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/session-token";
import { NO_USER_ID } from "@/lib/server/viewer-id";
import { hitLimit } from "@/lib/server/rate-limit";
import { clientIp, isHttpsRequest } from "@/lib/server/request-meta";
import { DomainError, TooManyRequestsError } from "@/lib/domain/errors";
import { SIGNED_OUT_MESSAGE } from "@/lib/domain/auth/messages";

export type CurrentUser = { id: string; kind: "guest" | "account"; role: "learner" | "author" | "admin"; timeZone: string; email: string | null };
/** Who a page renders for; `signedIn` is false for a visitor without a session (no rows, default settings). */
export type Viewer = CurrentUser & { signedIn: boolean };

/**
 * The id of a visitor without a session. No row has it (ids are cuids), so
 * every user-scoped query still filters by it and finds nothing, and a write
 * with it fails on its foreign key rather than landing anywhere.
 */
export { NO_USER_ID };
const NOBODY: Viewer = { id: NO_USER_ID, kind: "guest", role: "learner", timeZone: "UTC", email: null, signedIn: false };

type UserKind = CurrentUser["kind"];
/**
 * How long a session lives. A guest's cookie is its only key to its rows, so
 * it slides for 400 days (idle guests are purged after 30 days anyway); an
 * account's session expires after 30 idle days and 90 days after sign-in
 * whatever the use, and signing in again is always possible.
 */
export const SESSION_LIFETIME: Record<UserKind, { idleMs: number; absoluteMs: number }> = {
  guest: { idleMs: SESSION_MAX_AGE_SECONDS * 1000, absoluteMs: Number.POSITIVE_INFINITY },
  account: { idleMs: 30 * 24 * 60 * 60 * 1000, absoluteMs: 90 * 24 * 60 * 60 * 1000 },
};
/** Sliding expiry is written at most this often, to keep reads read-only. */
const TOUCH_EVERY_MS = 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const userSelect = { id: true, kind: true, role: true, timeZone: true, email: true } as const;

function expiryFor(kind: UserKind, createdAt: Date, now: Date): Date {
  const life = SESSION_LIFETIME[kind];
  return new Date(Math.min(now.getTime() + life.idleMs, createdAt.getTime() + life.absoluteMs));
}

/**
 * The user of a live session for this token, or null (unknown, expired or
 * malformed: nothing is created). Slides the session's expiry, at most once a day.
 */
export async function findSessionUser(database: Db, token: string | undefined, now: Date): Promise<CurrentUser | null> {
  return (await lookUpSession(database, token, now))?.user ?? null;
}

/** The live session's user, and whether its expiry was just slid (so a cookie renewal is due). */
async function lookUpSession(database: Db, token: string | undefined, now: Date): Promise<{ user: CurrentUser; slid: boolean; sessionId: string } | null> {
  if (!isSessionToken(token)) return null;
  const found = await database.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: userSelect } } });
  if (!found || found.expiresAt <= now) return null;
  if (found.createdAt.getTime() + SESSION_LIFETIME[found.user.kind].absoluteMs <= now.getTime()) return null;
  const slid = now.getTime() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS;
  if (slid) {
    // The user's lastSeenAt is what the idle-guest purge reads.
    await database.$transaction([
      database.session.update({ where: { id: found.id }, data: { lastSeenAt: now, expiresAt: expiryFor(found.user.kind, found.createdAt, now) } }),
      database.user.update({ where: { id: found.user.id }, data: { lastSeenAt: now } }),
    ]);
  }
  return { user: found.user, slid, sessionId: found.id };
}

type SessionWriter = Pick<Db, "session">;

/** A new session for a user; only the token's hash is stored, the token is returned for the cookie. */
export async function createSession(database: SessionWriter, userId: string, kind: UserKind, now: Date): Promise<string> {
  const token = newSessionToken();
  await database.session.create({ data: { tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt: expiryFor(kind, now, now) } });
  return token;
}

/** A new guest learner and its session, in one transaction; the token (returned, for the cookie) is never stored, only its hash. */
export async function createGuestSession(database: Db, now: Date): Promise<{ user: CurrentUser; token: string }> {
  return database.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { kind: "guest", lastSeenAt: now }, select: userSelect });
    return { user, token: await createSession(tx, user.id, "guest", now) };
  });
}

/** Sets the session cookie on the response (an action's or a route handler's). */
export async function setSessionCookie(token: string, kind: UserKind = "guest"): Promise<void> {
  const maxAge = kind === "guest" ? SESSION_MAX_AGE_SECONDS : Math.floor(SESSION_LIFETIME.account.idleMs / 1000);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge,
    secure: env.COOKIE_SECURE || (await isHttpsRequest()),
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/**
 * The request's session cookie and its live session, read once per request:
 * the page's viewer, an action's learner and the account routes share this
 * one lookup (and its once-a-day slide), however many of them ask.
 */
const readSession = cache(async () => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return { token, found: await lookUpSession(db, token, new Date()) };
});

/** The request's live session (its id and user), or null; for the account routes (sign out, rotate). */
export async function currentSession(): Promise<{ sessionId: string; user: CurrentUser } | null> {
  const { found } = await readSession();
  return found ? { sessionId: found.sessionId, user: found.user } : null;
}

/** Who the page is for; read-only (see the module comment). */
export const getViewer = cache(async (): Promise<Viewer> => {
  const { found } = await readSession();
  return found ? { ...found.user, signedIn: true } : NOBODY;
});

/**
 * The current learner, for server actions that write; every query on user
 * data filters by this id. Creates a guest (and sets its cookie) when the
 * request has no session cookie (one whose session is gone is refused: 401,
 * SIGNED_OUT_MESSAGE, and dropped), at most LIMITS.newGuestPerIp per address an
 * hour (TooManyRequestsError, a 429 through the gate, past that). `renewCookie` re-issues an existing
 * session's cookie when its expiry has just slid (at most once a day), so the
 * cookie's lifetime slides with use: only for actions whose response navigates
 * anyway (starting a quiz redirects).
 */
export const requireUser = cache(async (options?: { renewCookie?: boolean }): Promise<CurrentUser> => {
  const { token, found } = await readSession();
  const now = new Date();
  if (found) {
    if (options?.renewCookie && found.slid && token) await setSessionCookie(token, found.user.kind);
    return found.user;
  }
  if (token) {
    // A cookie whose session is gone (signed out in another tab, expired, or a token nobody was given):
    // this page was someone's, so the action is refused rather than recorded for a new guest. The dead
    // cookie is dropped, so the next action (after a reload, or signing in) starts afresh.
    await clearSessionCookie();
    throw new DomainError(SIGNED_OUT_MESSAGE, 401);
  }
  const allowed = await hitLimit(db, "newGuestPerIp", await clientIp(), now);
  if (!allowed.ok) throw new TooManyRequestsError(allowed.retryAfterSeconds);
  const created = await createGuestSession(db, now);
  await setSessionCookie(created.token, "guest");
  return created.user;
});
