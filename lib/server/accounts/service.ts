import "server-only";
// Owns the account lifecycle: sign up, sign in, sign out (here or
// everywhere), change password, forgot / reset password, delete the account.
// Every function takes the database and `now`, writes in one transaction and
// returns a result the routes turn into a status and a message; the routes
// own cookies and rate limits. Sessions are rotated whenever who-you-are
// changes: sign-up and sign-in replace the guest's session with a new token,
// a password change or reset ends every other session.
import { randomBytes } from "node:crypto";
import { isUniqueViolation } from "@/lib/server/transaction";
import type { Db } from "@/lib/server/db";
import { createSession, hashToken, type CurrentUser } from "@/lib/server/auth";
import { hashPassword, verifyNothing, verifyPassword } from "@/lib/server/accounts/password";
import { adoptGuestRows, type MergeCounts } from "@/lib/server/accounts/merge";
import type { SignInInput, SignUpInput } from "@/lib/domain/auth/credentials";
import { deleteArticlesWithHistory } from "@/lib/server/articles/delete";

export type AccountFailure = { ok: false; status: 400 | 401 | 404 | 409 | 410; error: string; field?: string };
export type SignedIn = { ok: true; userId: string; token: string; merged?: MergeCounts };

const RESET_LIFETIME_MS = 60 * 60 * 1000;
const TX = { timeout: 15_000, maxWait: 10_000 };


/**
 * A new account. A guest who signs up keeps everything: the guest row itself
 * becomes the account (same id, so every row stays where it is), and its
 * guest session is replaced by a new one.
 */
export async function signUp(db: Db, input: SignUpInput, current: CurrentUser | null, now: Date): Promise<SignedIn | AccountFailure> {
  const taken: AccountFailure = { ok: false, status: 409, field: "email", error: "An account with that email already exists. Sign in instead." };
  if (current?.kind === "account") return { ok: false, status: 409, error: "You are already signed in. Sign out first to make another account." };
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return taken;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const data = { kind: "account" as const, email: input.email, passwordHash, lastSeenAt: now };
      const user = current ? await tx.user.update({ where: { id: current.id }, data, select: { id: true } }) : await tx.user.create({ data, select: { id: true } });
      await tx.session.deleteMany({ where: { userId: user.id } });
      return { ok: true as const, userId: user.id, token: await createSession(tx, user.id, "account", now) };
    }, TX);
  } catch (error) {
    if (isUniqueViolation(error)) return taken;
    throw error;
  }
}

const WRONG_CREDENTIALS: AccountFailure = { ok: false, status: 401, error: "Wrong email or password." };

/**
 * Signs in to an existing account. When the visitor is a guest with rows,
 * they are adopted into the account (see merge.ts) and the guest is deleted;
 * the guest's session ends and the account gets a new one.
 */
export async function signIn(db: Db, input: SignInInput, current: CurrentUser | null, now: Date): Promise<SignedIn | AccountFailure> {
  const account = await db.user.findUnique({ where: { email: input.email }, select: { id: true, kind: true, passwordHash: true } });
  const valid = account?.passwordHash ? await verifyPassword(input.password, account.passwordHash) : await verifyNothing(input.password);
  if (!account || account.kind !== "account" || !valid) return WRONG_CREDENTIALS;
  return db.$transaction(async (tx) => {
    let merged: MergeCounts | undefined;
    // Another account's session in this browser is ended by the route (it knows the session's id).
    if (current?.kind === "guest" && current.id !== account.id) merged = await adoptGuestRows(tx, current.id, account.id);
    await tx.user.update({ where: { id: account.id }, data: { lastSeenAt: now } });
    return { ok: true as const, userId: account.id, token: await createSession(tx, account.id, "account", now), merged };
  }, TX);
}

/** Ends one session (this browser). */
export async function signOut(db: Db, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(db: Db, userId: string): Promise<number> {
  return (await db.session.deleteMany({ where: { userId } })).count;
}

async function checkPassword(db: Db, userId: string, password: string): Promise<AccountFailure | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { kind: true, passwordHash: true } });
  if (!user || user.kind !== "account" || !user.passwordHash) return { ok: false, status: 404, error: "Sign in to your account first." };
  if (!(await verifyPassword(password, user.passwordHash))) return { ok: false, status: 401, field: "currentPassword", error: "That is not your current password." };
  return null;
}

/** A new password; every session ends and this browser gets a new one (the token is returned). */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  now: Date,
): Promise<SignedIn | AccountFailure> {
  const refused = await checkPassword(db, userId, input.currentPassword);
  if (refused) return refused;
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.passwordReset.deleteMany({ where: { userId } });
    return { ok: true as const, userId, token: await createSession(tx, userId, "account", now) };
  }, TX);
}

/**
 * Deletes the account and every row of it (attempts, responses, cards,
 * reviews, undo journal, sessions, reset links by cascade; its rate-limit
 * counters; its private articles), in one transaction, after checking the password.
 */
export async function deleteAccount(db: Db, userId: string, password: string): Promise<{ ok: true } | AccountFailure> {
  const refused = await checkPassword(db, userId, password);
  if (refused) return refused.field ? { ...refused, field: "password", error: "That is not your password." } : refused;
  await db.$transaction(async (tx) => {
    // Their private imports go with them (nobody else can see them); a published article stays, ownerless.
    await deleteArticlesWithHistory(tx, { ownerId: userId, visibility: "private" });
    // Every table of user rows cascades from User (as the guest purge relies on too); the rate-limit
    // counters are keyed by text, so the ones naming this user or address go by hand.
    const user = await tx.user.delete({ where: { id: userId }, select: { email: true } });
    const subjects = user.email ? [userId, user.email] : [userId];
    await tx.rateLimit.deleteMany({ where: { OR: subjects.map((subject) => ({ key: { endsWith: `:${subject}` } })) } });
  }, TX);
  return { ok: true };
}

export type ResetMail = { to: string; link: string };

/**
 * Makes a single-use reset link that expires in an hour and hands it to
 * `send` (mail, or the server log). Answers the same whether or not the
 * address has an account, so the form tells nobody which addresses exist.
 */
export async function requestPasswordReset(db: Db, email: string, origin: string, now: Date, send: (mail: ResetMail) => Promise<void>): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, kind: true } });
  if (!user || user.kind !== "account") return;
  const token = randomBytes(32).toString("base64url");
  await db.passwordReset.create({ data: { tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + RESET_LIFETIME_MS) } });
  await send({ to: email, link: `${origin.replace(/\/+$/, "")}/reset-password?token=${token}` });
}

/** Whether a reset link can still be used (for the page, before asking for a new password); reads only. */
export async function isResetLinkUsable(db: Db, token: string, now: Date): Promise<boolean> {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { expiresAt: true, usedAt: true } });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > now);
}

/** Uses a reset link once: sets the password, ends every session, and signs this browser in. */
export async function resetPassword(db: Db, token: string, password: string, now: Date): Promise<SignedIn | AccountFailure> {
  const expired: AccountFailure = { ok: false, status: 410, error: "This reset link has expired or was already used. Ask for a new one." };
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, expiresAt: true, usedAt: true } });
  if (!reset || reset.usedAt || reset.expiresAt <= now) return expired;
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Claimed with a conditional update, so two uses of one link at once succeed once.
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return expired;
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, lastSeenAt: now } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
    await tx.passwordReset.deleteMany({ where: { userId: reset.userId, id: { not: reset.id } } });
    return { ok: true as const, userId: reset.userId, token: await createSession(tx, reset.userId, "account", now) };
  }, TX);
}
