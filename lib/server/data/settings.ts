import "server-only";
// Owns "the settings loader": a learner's study settings as stored on their
// User row (time zone, daily new cards, desired retention, maximum interval,
// burying a graded card's siblings),
// read and written in one place. Every page that shows a time formats it in
// `timeZone`, and every schedule is computed with these values.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { NO_USER_ID } from "@/lib/server/viewer-id";

/** What the settings page edits. */
export type EditableSettings = { timeZone: string; newCardsPerDay: number; desiredRetention: number; maximumInterval: number; burySiblings: boolean };
/** And what scheduling reads besides: today's extra new cards from custom study (valid on `extraNewCardsDay` only). */
export type UserSettings = EditableSettings & { extraNewCards: number; extraNewCardsDay: string | null };

const settingsSelect = {
  timeZone: true,
  newCardsPerDay: true,
  desiredRetention: true,
  maximumInterval: true,
  burySiblings: true,
  extraNewCards: true,
  extraNewCardsDay: true,
} as const;

/** A new learner's settings (the User columns' defaults): what a visitor without a session sees. */
export const DEFAULT_USER_SETTINGS: UserSettings = {
  timeZone: "UTC",
  newCardsPerDay: 20,
  desiredRetention: 0.9,
  maximumInterval: 36500,
  burySiblings: true,
  extraNewCards: 0,
  extraNewCardsDay: null,
};

/** The learner's settings, the defaults for a visitor without a session; throws when there is no such user. */
export async function getUserSettings(db: Db | Prisma.TransactionClient, userId: string): Promise<UserSettings> {
  if (userId === NO_USER_ID) return DEFAULT_USER_SETTINGS;
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: settingsSelect });
}

/** Stores validated settings and returns them as stored. */
export async function updateUserSettings(db: Db, userId: string, settings: EditableSettings): Promise<UserSettings> {
  return db.user.update({ where: { id: userId }, data: settings, select: settingsSelect });
}
