// The guest purge on a real (throwaway) database with a frozen clock: guests
// idle for 30 days are deleted with every row of theirs; a guest seen within
// the window, or with a session used within it, is kept; accounts never go.
// And the command line (npm run db:purge-guests) against the same database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { answerQuestion, getRunnerState, startQuizAttempt } from "@/lib/server/quiz/service";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { GUEST_IDLE_DAYS, purgeIdleGuests } from "@/lib/server/guests/purge";
import { runGuestPurge } from "@/lib/server/guests/schedule";
import { createTestDb, type TestDb } from "./helpers/test-db";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = path.join(ROOT, "scripts", "purge-guests.ts");

let t: TestDb;
const now = new Date("2026-11-27T10:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600_000);

/** A learner with a row in every table that hangs off User: sessions, a reset, an attempt and its answer, a card, its log, an action. */
async function learner(kind: "guest" | "account", lastSeenAt: Date, sessionSeenAt: Date = lastSeenAt) {
  const user = await t.db.user.create({ data: { kind, lastSeenAt, ...(kind === "account" ? { email: `${Math.random().toString(36).slice(2)}@example.org` } : {}) } });
  await t.db.session.create({ data: { userId: user.id, tokenHash: `h-${user.id}`, expiresAt: daysAgo(-300), lastSeenAt: sessionSeenAt } });
  await t.db.passwordReset.create({ data: { userId: user.id, tokenHash: `r-${user.id}`, expiresAt: daysAgo(40) } });
  const started = await startQuizAttempt(t.db, user.id, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["true_false", "cloze"], origin: "handwritten", mode: "all" } }, lastSeenAt, 3);
  if (!started.ok) throw new Error(started.error);
  const state = await getRunnerState(t.db, user.id, started.attemptId, lastSeenAt);
  if (state?.status !== "in_progress") throw new Error("no question");
  const response = state.question.kind === "true_false" ? { kind: "true_false", value: true } : { kind: "cloze", text: "Babbage" };
  const answered = await answerQuestion(t.db, user.id, { attemptId: started.attemptId, questionId: state.question.id, response }, lastSeenAt);
  if (!answered.ok) throw new Error(answered.error);
  await t.db.cardAction.create({ data: { userId: user.id, questionId: state.question.id, kind: "flag", before: { existed: true }, versionAfter: 9 } });
  // Writing activity moved lastSeenAt nowhere (the services do not touch it), but set it again to be sure of the fixture.
  await t.db.user.update({ where: { id: user.id }, data: { lastSeenAt } });
  return user.id;
}

/** How many rows of each table belong to the user. */
async function rowsOf(userId: string) {
  const where = { userId };
  return {
    users: await t.db.user.count({ where: { id: userId } }),
    sessions: await t.db.session.count({ where }),
    resets: await t.db.passwordReset.count({ where }),
    attempts: await t.db.quizAttempt.count({ where }),
    responses: await t.db.quizResponse.count({ where }),
    cards: await t.db.card.count({ where }),
    logs: await t.db.reviewLog.count({ where }),
    actions: await t.db.cardAction.count({ where }),
  };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  await t.db.user.deleteMany({});
});

describe("purgeIdleGuests", () => {
  test("a guest idle 31 days goes with every row of theirs; the questions stay", async () => {
    const idle = await learner("guest", daysAgo(31));
    const before = await rowsOf(idle);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    const questions = await t.db.question.count();
    expect(await purgeIdleGuests(t.db, now)).toBe(1);
    expect(Object.values(await rowsOf(idle)).every((n) => n === 0)).toBe(true);
    expect(await t.db.question.count()).toBe(questions);
  });

  test.each([
    { label: "a guest seen 29 days ago", make: () => learner("guest", daysAgo(29)) },
    { label: "a guest idle 40 days whose session was used 2 days ago", make: () => learner("guest", daysAgo(40), daysAgo(2)) },
    { label: "an account idle for a year", make: () => learner("account", daysAgo(365)) },
  ])("keeps $label, and every row of theirs", async ({ make }) => {
    const kept = await make();
    const before = await rowsOf(kept);
    expect(await purgeIdleGuests(t.db, now)).toBe(0);
    expect(await rowsOf(kept)).toEqual(before);
  });

  test("counts what it purged, in batches, and keeps the rest; a second run purges nothing", async () => {
    const idle = await Promise.all(Array.from({ length: 7 }, () => t.db.user.create({ data: { kind: "guest", lastSeenAt: daysAgo(45) } })));
    const fresh = await t.db.user.create({ data: { kind: "guest", lastSeenAt: daysAgo(1) } });
    const account = await t.db.user.create({ data: { kind: "account", email: "a@example.org", lastSeenAt: daysAgo(400) } });
    // At the edge: idle exactly 30 days is not yet "older than 30 days".
    const edge = await t.db.user.create({ data: { kind: "guest", lastSeenAt: daysAgo(GUEST_IDLE_DAYS) } });
    expect(await purgeIdleGuests(t.db, now, { batchSize: 3 })).toBe(7);
    expect(await t.db.user.count({ where: { id: { in: idle.map((u) => u.id) } } })).toBe(0);
    expect((await t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((u) => u.id).sort()).toEqual([fresh.id, account.id, edge.id].sort());
    expect(await purgeIdleGuests(t.db, now)).toBe(0);
    // A longer window keeps what the default would purge.
    await t.db.user.create({ data: { kind: "guest", lastSeenAt: daysAgo(45) } });
    expect(await purgeIdleGuests(t.db, now, { idleDays: 60 })).toBe(0);
    expect(await purgeIdleGuests(t.db, now, { idleDays: 44 })).toBe(1);
  });

  test("the scheduled run logs one line and never throws, even when the database fails", async () => {
    await t.db.user.create({ data: { kind: "guest", lastSeenAt: daysAgo(31) } });
    const lines: string[] = [];
    const log = { info: (l: string) => lines.push(`info ${l}`), error: (l: string) => lines.push(`error ${l}`) };
    expect(await runGuestPurge(t.db, () => now, log)).toBe(1);
    const broken = { user: { findMany: () => Promise.reject(new Error("database is locked\nstack...")) } } as unknown as typeof t.db;
    expect(await runGuestPurge(broken, () => now, log)).toBeNull();
    expect(lines).toEqual(["info recall: purged 1 idle guests", "error recall: guest purge failed: database is locked"]);
  });
});

describe("npm run db:purge-guests", () => {
  function run(args: string[]) {
    const r = spawnSync(TSX, ["--conditions=react-server", SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000, env: { ...process.env, DATABASE_URL: t.url } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  test("purges the idle guests of DATABASE_URL and prints one line", async () => {
    // The CLI runs at the real time: idle means idle before today.
    const real = Date.now();
    const idle = await t.db.user.create({ data: { kind: "guest", lastSeenAt: new Date(real - 31 * 24 * 3600_000) } });
    await t.db.user.create({ data: { kind: "guest", lastSeenAt: new Date(real) } });
    const r = run([]);
    expect(r).toMatchObject({ code: 0, stdout: "purged 1 idle guests\n" });
    expect(await t.db.user.count({ where: { id: idle.id } })).toBe(0);
    expect(run(["--idle-days", "3650"])).toMatchObject({ code: 0, stdout: "purged 0 idle guests\n" });
  });

  test.each([
    { label: "an unknown flag", args: ["--all"], message: /unknown or repeated option "--all"/ },
    { label: "a missing number", args: ["--idle-days"], message: /needs a number of days/ },
    { label: "not a number", args: ["--idle-days", "soon"], message: /needs a number of days/ },
    { label: "zero days", args: ["--idle-days", "0"], message: /at least 1/ },
    { label: "a fraction", args: ["--idle-days", "1.5"], message: /whole number/ },
    { label: "a repeated flag", args: ["--idle-days", "5", "--idle-days", "6"], message: /repeated/ },
  ])("$label: exit 2 with a message, nothing purged", async ({ args, message }) => {
    const idle = await t.db.user.create({ data: { kind: "guest", lastSeenAt: new Date(Date.now() - 90 * 24 * 3600_000) } });
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(await t.db.user.count({ where: { id: idle.id } })).toBe(1);
  });
});
