import "server-only";
// Owns how the read-check-write services (quiz answers, card grades, undo,
// card changes) run their transactions, so they behave the same on SQLite and
// PostgreSQL.
//
// On SQLite the driver adapter runs one transaction at a time, so "read the
// card, check its version, write it" can never interleave with another
// request. PostgreSQL runs transactions concurrently and, at its default READ
// COMMITTED level, two grades of the same card shown at the same version would
// both pass the check (two review logs, a lost update) or collide on the
// (userId, questionId) unique key. SERIALIZABLE makes PostgreSQL abort one of
// them instead (a write conflict, Prisma's P2034); it is retried here, and the
// retry sees the other's write and answers as SQLite would have. SQLite only
// has SERIALIZABLE, so passing it there changes nothing.
//
// An insert that must happen once per key (a quiz start's token) relies on a
// unique constraint instead: the loser gets P2002 (isUniqueViolation) and
// reads the winner's row.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export type TransactionTimeouts = { timeout: number; maxWait: number };

const ATTEMPTS = 5;

export function isWriteConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
}

/**
 * A unique constraint refused the write (Prisma's P2002, on either database):
 * a concurrent request inserted the same key first. The caller reads the row
 * that won and answers with it, as if it had found it before writing.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function serializableTransaction<T>(
  db: PrismaClient,
  run: (tx: Prisma.TransactionClient) => Promise<T>,
  timeouts: TransactionTimeouts,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(run, { ...timeouts, isolationLevel: Prisma.TransactionIsolationLevel.Serializable });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      // A short randomised pause so the retries of colliding requests spread out.
      await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));
    }
  }
}
