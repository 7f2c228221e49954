// Runs once when a Next.js server starts (Next's instrumentation hook, on by
// default since Next 15). Starts the daily guest purge (lib/server/guests/) in
// the Node.js runtime only; the modules are imported here, not at the top, so
// no other runtime bundles them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const [{ db }, { scheduleGuestPurge }] = await Promise.all([import("@/lib/server/db"), import("@/lib/server/guests/schedule")]);
    scheduleGuestPurge(db);
  } catch (error) {
    console.error(`recall: guest purge not scheduled: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}
