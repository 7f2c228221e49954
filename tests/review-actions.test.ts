// The review session's server actions on a real (throwaway) SQLite database:
// each answers with what its session shows next (the same view the review page
// reads at that moment), refusals included, and revalidates nothing, so no
// page is rendered per grade. The session gate (cookies) and the app's
// database are swapped for the test's; next/cache is watched.
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { getReviewView } from "@/lib/server/cards/review";
import type { StudyMode } from "@/lib/domain/scheduling";
import { createTestDb, type TestDb } from "./helpers/test-db";

const holder = vi.hoisted(() => ({ db: null as PrismaClient | null, userId: "" }));
vi.mock("@/lib/server/db", () => ({
  get db() {
    return holder.db;
  },
}));
vi.mock("@/lib/server/auth", () => {
  const user = () => ({ id: holder.userId, kind: "guest", role: "learner", timeZone: "Asia/Baku" });
  return { requireUser: async () => user(), getViewer: async () => ({ ...user(), signedIn: true }) };
});
const nextCache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn(), updateTag: vi.fn() }));
// Outside a request there are no headers: the client address is fixed here.
vi.mock("@/lib/server/request-meta", () => ({ clientIp: async () => "203.0.113.7", isHttpsRequest: async () => false }));
vi.mock("next/cache", () => nextCache);

const { changeCardAction, changeCardFormAction, gradeCardAction, learnMoreNewCardsAction, undoCardActionAction } = await import("@/lib/server/actions/review");

let t: TestDb;
const now = new Date("2026-11-27T10:00:00Z"); // 14:00 in Asia/Baku
const SCHEDULED: StudyMode = { kind: "scheduled" };
type Session = { articleSlug: string | null; mode: StudyMode };
const ALL: Session = { articleSlug: null, mode: SCHEDULED };
const TINY: Session = { articleSlug: "tiny", mode: SCHEDULED };

/** What the review page would show the learner right now. */
const pageView = (articleSlug: string | null = "tiny", mode: StudyMode = SCHEDULED) =>
  getReviewView(t.db, holder.userId, articleSlug ? { articleSlug } : {}, new Date(), mode);
async function shownCard(articleSlug: string | null = "tiny") {
  const card = (await pageView(articleSlug))?.current;
  if (!card) throw new Error("no card to show");
  return card;
}
const gradeShown = async (rating: 1 | 2 | 3 | 4, session: Session = TINY) => {
  const card = await shownCard(session.articleSlug);
  return { card, answer: await gradeCardAction({ questionId: card.questionId, expectedVersion: card.version, rating, durationMs: 3000, session }) };
};

beforeAll(async () => {
  t = await createTestDb();
  holder.db = t.db;
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
  await t.db.question.updateMany({ where: { origin: "generated" }, data: { status: "retired" } });
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  // Only Date is faked: the action's `new Date()` is the test's clock, Prisma's timers run as usual.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
  // Sibling burying off: these tests walk the queue card by card (tests/review-siblings.test.ts has it on).
  holder.userId = (await t.db.user.create({ data: { timeZone: "Asia/Baku", newCardsPerDay: 5, burySiblings: false } })).id;
  for (const fn of Object.values(nextCache)) fn.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
  // No action renders a page: nothing revalidated, nothing refreshed (the card browser's form is tested on its own).
  for (const [name, fn] of Object.entries(nextCache)) expect(fn, name).not.toHaveBeenCalled();
});

describe("each review action answers with what the session shows next", () => {
  test("a grade: the id to undo it by, and the next card and counts, as the page would read them now", async () => {
    const { card, answer } = await gradeShown(3);
    expect(answer).toMatchObject({ ok: true, actionId: expect.any(String) });
    expect(answer.view).toEqual(await pageView());
    expect(answer.view?.current?.questionId).not.toBe(card.questionId);
    expect(answer.view?.counts).toEqual({ new: 4, learning: 1, due: 0 });
    expect(answer.view?.atIso).toBe(now.toISOString());
  });

  test.each([
    { label: "every article", session: ALL },
    { label: "one article", session: TINY },
    { label: "learning ahead", session: { articleSlug: "tiny", mode: { kind: "learning-ahead" } as StudyMode } },
    { label: "review ahead", session: { articleSlug: null, mode: { kind: "review-ahead", days: 7 } as StudyMode } },
  ])("in the session's scope and mode: $label", async ({ session }) => {
    const { answer } = await gradeShown(1, session);
    expect(answer.ok).toBe(true);
    expect(answer.view).toEqual(await pageView(session.articleSlug, session.mode));
    expect(answer.view?.mode).toEqual(session.mode);
    expect(answer.view?.scope?.slug ?? null).toBe(session.articleSlug);
  });

  test("a card changed since it was shown (another tab): refused with its message and the card as the server has it", async () => {
    const card = await shownCard();
    const first = await gradeCardAction({ questionId: card.questionId, expectedVersion: card.version, rating: 1, durationMs: 1, session: TINY });
    expect(first.ok).toBe(true);
    // Again: due in a minute; a minute later it is the card on screen, at its new version.
    vi.setSystemTime(new Date(now.getTime() + 61_000));
    const stale = await gradeCardAction({ questionId: card.questionId, expectedVersion: card.version, rating: 3, durationMs: 1, session: TINY });
    expect(stale).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/changed since it was shown/) });
    expect(stale.view?.current).toMatchObject({ questionId: card.questionId, version: card.version + 1 });
    expect(stale.view).toEqual(await pageView());
    expect(await t.db.reviewLog.count({ where: { userId: holder.userId } })).toBe(1);
  });

  test("undo: the card is back on screen, as it was", async () => {
    const before = await pageView();
    const { card, answer } = await gradeShown(4);
    if (!answer.ok || !answer.actionId) throw new Error("no action id");
    const undone = await undoCardActionAction({ actionId: answer.actionId, session: TINY });
    expect(undone.ok).toBe(true);
    expect(undone.view?.current?.questionId).toBe(card.questionId);
    expect(undone.view).toEqual(before);
    // The same undo again: refused, and the session as it is.
    const again = await undoCardActionAction({ actionId: answer.actionId, session: TINY });
    expect(again).toMatchObject({ ok: false, status: 409, view: before });
  });

  /** Every row of the learner's that an undo could touch, as stored. */
  const studyRows = async () => ({
    cards: await t.db.card.findMany({ where: { userId: holder.userId }, orderBy: { id: "asc" } }),
    logs: await t.db.reviewLog.findMany({ where: { userId: holder.userId }, orderBy: { id: "asc" } }),
    actions: await t.db.cardAction.findMany({ where: { userId: holder.userId }, orderBy: { id: "asc" } }),
  });

  test("undo names the action it undoes: two undos of the same id, the second is refused and the database is unchanged", async () => {
    const first = await gradeShown(3);
    const second = await gradeShown(1);
    if (!first.answer.ok || !second.answer.ok || !second.answer.actionId || !first.answer.actionId) throw new Error("no action id");
    expect(await undoCardActionAction({ actionId: second.answer.actionId, session: TINY })).toMatchObject({ ok: true });
    const afterFirstUndo = await studyRows();
    const repeat = await undoCardActionAction({ actionId: second.answer.actionId, session: TINY });
    expect(repeat).toMatchObject({ ok: false, status: 409, error: "That action was already undone." });
    expect(await studyRows()).toEqual(afterFirstUndo);
    // The other grade is still there, and still undoable by its own id.
    expect(afterFirstUndo.logs).toHaveLength(1);
    expect(await undoCardActionAction({ actionId: first.answer.actionId, session: TINY })).toMatchObject({ ok: true });
  });

  test.each([
    { label: "no action id", input: { session: TINY } },
    { label: "an empty action id", input: { actionId: "", session: TINY } },
    { label: "an id that is not an id", input: { actionId: "../../x", session: TINY } },
    { label: "no session", input: { actionId: "abc123" } },
    { label: "nothing", input: undefined },
  ])("an undo that does not name an action ($label) is refused with 400 and changes nothing", async ({ input }) => {
    const { answer } = await gradeShown(3);
    expect(answer.ok).toBe(true);
    const before = await studyRows();
    expect(await undoCardActionAction(input)).toEqual({ ok: false, status: 400, error: "That undo could not be read." });
    expect(await studyRows()).toEqual(before);
  });

  test.each([
    { label: "bury", change: { change: "bury" }, leavesQueue: true },
    { label: "suspend", change: { change: "suspend" }, leavesQueue: true },
    { label: "flag", change: { change: "flag", flag: 1 }, leavesQueue: false },
  ])("$label: the id to undo it by, and the session after it", async ({ change, leavesQueue }) => {
    const card = await shownCard();
    const answer = await changeCardAction({ questionId: card.questionId, ...change, session: TINY });
    expect(answer).toMatchObject({ ok: true, actionId: expect.any(String) });
    expect(answer.view).toEqual(await pageView());
    if (leavesQueue) expect(answer.view?.current?.questionId).not.toBe(card.questionId);
    else expect(answer.view?.current).toMatchObject({ questionId: card.questionId, flag: 1 });
  });

  test("learn more new cards: the scheduled session with the raised limit", async () => {
    for (let i = 0; i < 5; i++) await gradeShown(4);
    expect((await pageView())?.current).toBeNull();
    const answer = await learnMoreNewCardsAction({ count: "1", session: TINY });
    expect(answer.ok).toBe(true);
    expect(answer.view?.counts.new).toBe(1);
    expect(answer.view).toEqual(await pageView());
  });

  test("a session whose article is gone: the grade is recorded and the view is null (the page then says not found)", async () => {
    const card = await shownCard();
    const answer = await gradeCardAction({ questionId: card.questionId, expectedVersion: card.version, rating: 3, durationMs: 1, session: { articleSlug: "no-such-article", mode: SCHEDULED } });
    expect(answer).toMatchObject({ ok: true, view: null });
  });

  test.each([
    { label: "no session", input: (q: string) => ({ questionId: q, expectedVersion: 0, rating: 3, durationMs: 1 }) },
    { label: "a bad slug", input: (q: string) => ({ questionId: q, expectedVersion: 0, rating: 3, durationMs: 1, session: { articleSlug: "Not A Slug", mode: SCHEDULED } }) },
    { label: "review ahead by 0 days", input: (q: string) => ({ questionId: q, expectedVersion: 0, rating: 3, durationMs: 1, session: { articleSlug: null, mode: { kind: "review-ahead", days: 0 } } }) },
    { label: "an unknown mode", input: (q: string) => ({ questionId: q, expectedVersion: 0, rating: 3, durationMs: 1, session: { articleSlug: null, mode: { kind: "cram" } } }) },
  ])("an unreadable request ($label) is refused with no view and records nothing", async ({ input }) => {
    const card = await shownCard();
    const answer = await gradeCardAction(input(card.questionId));
    expect(answer).toEqual({ ok: false, status: 400, error: "That grade could not be read." });
    expect(await t.db.reviewLog.count({ where: { userId: holder.userId } })).toBe(0);
  });
});

describe("the card browser's form", () => {
  test("unsuspends and renders the card browser again (it has no answer to show)", async () => {
    const card = await shownCard();
    await changeCardAction({ questionId: card.questionId, change: "suspend", session: TINY });
    const form = new FormData();
    form.set("questionId", card.questionId);
    form.set("change", "unsuspend");
    await changeCardFormAction(form);
    expect((await t.db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: holder.userId, questionId: card.questionId } } })).suspended).toBe(false);
    expect(nextCache.revalidatePath).toHaveBeenCalledWith("/cards");
    nextCache.revalidatePath.mockClear();
  });
});
