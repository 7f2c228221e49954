import "server-only";
// Owns counting requests against the limits in lib/domain/auth/limits.ts.
// Fixed windows kept in the RateLimit table, so every instance on one
// database counts the same requests; the read-check-write runs in the house
// serializable transaction (a collision on PostgreSQL is retried, and two
// first hits racing to create a row are retried once as a plain update).
import type { Db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { scaledRule, type LimitName } from "@/lib/domain/auth/limits";
import { isUniqueViolation, serializableTransaction } from "@/lib/server/transaction";

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request for `subject` (an IP address, an email, a user id) under
 * the named limit and says whether it is allowed; a refused request is not counted.
 */
export async function hitLimit(db: Db, name: LimitName, subject: string, now: Date, scale = env.RATE_LIMIT_SCALE): Promise<LimitVerdict> {
  const rule = scaledRule(name, scale);
  const key = `${name}:${subject}`.slice(0, 300);
  const windowMs = rule.windowSeconds * 1000;
  const run = () =>
    serializableTransaction(
      db,
      async (tx): Promise<LimitVerdict> => {
        const row = await tx.rateLimit.findUnique({ where: { key } });
        if (!row || now.getTime() - row.windowStart.getTime() >= windowMs) {
          await tx.rateLimit.upsert({ where: { key }, create: { key, windowStart: now, count: 1 }, update: { windowStart: now, count: 1 } });
          return { ok: true };
        }
        if (row.count >= rule.limit) {
          return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.windowStart.getTime() + windowMs - now.getTime()) / 1000)) };
        }
        await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
        return { ok: true };
      },
      { timeout: 5000, maxWait: 5000 },
    );
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) return run();
    throw error;
  }
}

/** The first refusal among several limits (all are counted only while each allows). */
export async function hitLimits(db: Db, checks: Array<[LimitName, string]>, now: Date): Promise<LimitVerdict> {
  for (const [name, subject] of checks) {
    const verdict = await hitLimit(db, name, subject, now);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

/**
 * Gives back one request counted under the named limit: for a limit on what
 * succeeds (imports), a refused input should not use up the allowance.
 */
export async function refundLimit(db: Db, name: LimitName, subject: string): Promise<void> {
  const key = `${name}:${subject}`.slice(0, 300);
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Drops counters whose window ended long ago (run with the daily guest purge). */
export async function pruneRateLimits(db: Db, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  return (await db.rateLimit.deleteMany({ where: { windowStart: { lt: dayAgo } } })).count;
}
