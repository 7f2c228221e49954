import "server-only";
// Owns the guest purge: a guest (kind = guest: no account) with no activity
// for `idleDays` is deleted with everything of theirs. Activity is
// User.lastSeenAt and the lastSeenAt of any of their sessions (a session used
// within the window keeps its guest). Accounts are never touched. Deleting the
// user row deletes the rest: every relation to User in prisma/schema.prisma
// cascades (sessions, password resets, attempts and their responses, cards
// and their review logs, card actions). Runs at start-up and daily
// (instrumentation.ts, ./schedule.ts) and by `npm run db:purge-guests`.
import type { Db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const GUEST_IDLE_DAYS = 30;
/** Users deleted per statement: bounded, so a large purge never holds the database for long. */
export const PURGE_BATCH_SIZE = 500;
const DAY_MS = 24 * 3600_000;

export type PurgeOptions = { idleDays?: number; batchSize?: number };

/** Guests idle since before `cutoff`: not seen, and no session seen, since then. */
export function idleGuestsWhere(cutoff: Date): Prisma.UserWhereInput {
  return { kind: "guest", lastSeenAt: { lt: cutoff }, sessions: { none: { lastSeenAt: { gte: cutoff } } } };
}

/** Deletes the guests idle for `idleDays` before `now`, in batches; returns how many were deleted. */
export async function purgeIdleGuests(db: Db, now: Date, { idleDays = GUEST_IDLE_DAYS, batchSize = PURGE_BATCH_SIZE }: PurgeOptions = {}): Promise<number> {
  const cutoff = new Date(now.getTime() - idleDays * DAY_MS);
  const idle = idleGuestsWhere(cutoff);
  let purged = 0;
  for (;;) {
    const batch = await db.user.findMany({ where: idle, select: { id: true }, orderBy: { id: "asc" }, take: batchSize });
    if (batch.length === 0) break;
    // The condition again in the delete: a guest who came back (or signed up) since the read is kept.
    const { count } = await db.user.deleteMany({ where: { AND: [{ id: { in: batch.map((u) => u.id) } }, idle] } });
    purged += count;
    if (batch.length < batchSize || count === 0) break;
  }
  return purged;
}
