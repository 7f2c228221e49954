import "server-only";
// Owns "the settings loader": a learner's study settings as stored on their
// User row (time zone, daily new cards, desired retention, maximum interval),
// read and written in one place. Every page that shows a time formats it in
// `timeZone`, and every schedule is computed with these values.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";

/** What the settings page edits. */
export type EditableSettings = { timeZone: string; newCardsPerDay: number; desiredRetention: number; maximumInterval: number };
/** And what scheduling reads besides: today's extra new cards from custom study (valid on `extraNewCardsDay` only). */
export type UserSettings = EditableSettings & { extraNewCards: number; extraNewCardsDay: string | null };

const settingsSelect = { timeZone: true, newCardsPerDay: true, desiredRetention: true, maximumInterval: true, extraNewCards: true, extraNewCardsDay: true } as const;

/** The learner's settings; throws when there is no such user (every caller holds the id of the signed-in learner). */
export async function getUserSettings(db: Db | Prisma.TransactionClient, userId: string): Promise<UserSettings> {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: settingsSelect });
}

/** Stores validated settings and returns them as stored. */
export async function updateUserSettings(db: Db, userId: string, settings: EditableSettings): Promise<UserSettings> {
  return db.user.update({ where: { id: userId }, data: settings, select: settingsSelect });
}
