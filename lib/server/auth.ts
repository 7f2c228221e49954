import "server-only";
// Owns "who is asking": the session cookie (issued by proxy.ts) resolved to a
// user. A token seen for the first time becomes a guest learner with a
// session; accounts added later adopt a guest's rows (User.adoptedById).
import { cache } from "react";
import { cookies } from "next/headers";
import { createHash } from "node:crypto";
import { db, type Db } from "@/lib/server/db";
import { isSessionToken, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/session-token";

export type CurrentUser = { id: string; kind: "guest" | "account"; role: "learner" | "author" | "admin"; timeZone: string };

export class NoSessionError extends Error {
  constructor() {
    super("No session cookie on this request; reload the page to get one.");
    this.name = "NoSessionError";
  }
}

const SESSION_MS = SESSION_MAX_AGE_SECONDS * 1000;
/** Sliding expiry is written at most this often, to keep reads read-only. */
const TOUCH_EVERY_MS = 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const userSelect = { id: true, kind: true, role: true, timeZone: true } as const;

/** Resolves a session token to its user, creating a guest user and session the first time. */
export async function resolveSessionUser(database: Db, token: string, now: Date): Promise<CurrentUser> {
  const tokenHash = hashToken(token);
  const found = await database.session.findUnique({ where: { tokenHash }, include: { user: { select: userSelect } } });
  if (found && found.expiresAt > now) {
    if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await database.session.update({
        where: { id: found.id },
        data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MS) },
      });
    }
    return found.user;
  }
  if (found) {
    // An expired session no longer identifies anyone: start over as a new guest.
    await database.session.delete({ where: { id: found.id } });
  }
  try {
    return await database.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { kind: "guest", lastSeenAt: now }, select: userSelect });
      await tx.session.create({
        data: { tokenHash, userId: user.id, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MS) },
      });
      return user;
    });
  } catch (error) {
    // Two first requests with the same new cookie: the other one created it.
    if ((error as { code?: string }).code === "P2002") {
      const session = await database.session.findUniqueOrThrow({ where: { tokenHash }, include: { user: { select: userSelect } } });
      return session.user;
    }
    throw error;
  }
}

/** The current learner; every query on user data filters by this id. */
export const requireUser = cache(async (): Promise<CurrentUser> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!isSessionToken(token)) throw new NoSessionError();
  return resolveSessionUser(db, token, new Date());
});
