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
// guest's rows (User.adoptedById).
import { cache } from "react";
import { cookies } from "next/headers";
import { createHash } from "node:crypto";
import { db, type Db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { isSessionToken, newSessionToken, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/session-token";
import { NO_USER_ID } from "@/lib/server/viewer-id";
import { isHttpsRequest } from "@/lib/server/request-meta";

export type CurrentUser = { id: string; kind: "guest" | "account"; role: "learner" | "author" | "admin"; timeZone: string };
/** Who a page renders for; `signedIn` is false for a visitor without a session (no rows, default settings). */
export type Viewer = CurrentUser & { signedIn: boolean };

/**
 * The id of a visitor without a session. No row has it (ids are cuids), so
 * every user-scoped query still filters by it and finds nothing, and a write
 * with it fails on its foreign key rather than landing anywhere.
 */
export { NO_USER_ID };
const NOBODY: Viewer = { id: NO_USER_ID, kind: "guest", role: "learner", timeZone: "UTC", signedIn: false };

const SESSION_MS = SESSION_MAX_AGE_SECONDS * 1000;
/** Sliding expiry is written at most this often, to keep reads read-only. */
const TOUCH_EVERY_MS = 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const userSelect = { id: true, kind: true, role: true, timeZone: true } as const;

/**
 * The user of a live session for this token, or null (unknown, expired or
 * malformed: nothing is created). Slides the session's expiry, at most once a day.
 */
export async function findSessionUser(database: Db, token: string | undefined, now: Date): Promise<CurrentUser | null> {
  return (await lookUpSession(database, token, now))?.user ?? null;
}

/** The live session's user, and whether its expiry was just slid (so a cookie renewal is due). */
async function lookUpSession(database: Db, token: string | undefined, now: Date): Promise<{ user: CurrentUser; slid: boolean } | null> {
  if (!isSessionToken(token)) return null;
  const found = await database.session.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: userSelect } } });
  if (!found || found.expiresAt <= now) return null;
  const slid = now.getTime() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS;
  if (slid) {
    await database.session.update({ where: { id: found.id }, data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MS) } });
  }
  return { user: found.user, slid };
}

/** A new guest learner and its session, in one transaction; the token (returned, for the cookie) is never stored, only its hash. */
export async function createGuestSession(database: Db, now: Date): Promise<{ user: CurrentUser; token: string }> {
  const token = newSessionToken();
  const user = await database.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { kind: "guest", lastSeenAt: now }, select: userSelect });
    await tx.session.create({
      data: { tokenHash: hashToken(token), userId: created.id, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MS) },
    });
    return created;
  });
  return { user, token };
}

async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
    secure: env.COOKIE_SECURE || (await isHttpsRequest()),
  });
}

/** Who the page is for; read-only (see the module comment). */
export const getViewer = cache(async (): Promise<Viewer> => {
  const user = await findSessionUser(db, (await cookies()).get(SESSION_COOKIE)?.value, new Date());
  return user ? { ...user, signedIn: true } : NOBODY;
});

/**
 * The current learner, for server actions that write; every query on user
 * data filters by this id. Creates a guest (and sets its cookie) when the
 * request has no live session. `renewCookie` re-issues an existing session's
 * cookie when its expiry has just slid (at most once a day), so the cookie's
 * lifetime slides with use: only for actions whose response navigates anyway
 * (starting a quiz redirects).
 */
export const requireUser = cache(async (options?: { renewCookie?: boolean }): Promise<CurrentUser> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const found = await lookUpSession(db, token, new Date());
  if (found) {
    if (options?.renewCookie && found.slid && token) await setSessionCookie(token);
    return found.user;
  }
  const created = await createGuestSession(db, new Date());
  await setSessionCookie(created.token);
  return created.user;
});
