import "server-only";
// Owns when the guest purge (and the pruning of spent rate-limit counters)
// runs inside the server: once at start-up, then
// every 24 hours, on a timer that never keeps the process alive. A failure
// logs one line and is retried at the next run; it never reaches the server.
import type { Db } from "@/lib/server/db";
import { purgeIdleGuests } from "@/lib/server/guests/purge";
import { pruneRateLimits } from "@/lib/server/rate-limit";

export const PURGE_INTERVAL_MS = 24 * 3600_000;

type Log = { info: (line: string) => void; error: (line: string) => void };

/** One purge run at the clock's `now`, logged; never throws. */
export async function runGuestPurge(db: Db, now: () => Date = () => new Date(), log: Log = console): Promise<number | null> {
  try {
    const at = now();
    const purged = await purgeIdleGuests(db, at);
    if (purged > 0) log.info(`recall: purged ${purged} idle guests`);
    // Rate-limit counters whose window ended a day ago count nothing any more.
    await pruneRateLimits(db, at);
    return purged;
  } catch (error) {
    log.error(`recall: guest purge failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return null;
  }
}

/** Purges now (without holding up start-up) and every `intervalMs`; returns the timer. */
export function scheduleGuestPurge(db: Db, intervalMs = PURGE_INTERVAL_MS, log: Log = console): NodeJS.Timeout {
  void runGuestPurge(db, () => new Date(), log);
  const timer = setInterval(() => void runGuestPurge(db, () => new Date(), log), intervalMs);
  timer.unref();
  return timer;
}
