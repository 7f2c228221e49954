// The manage page's server actions (lib/server/actions/manage.ts) through the
// gate, on a real (throwaway) database: without a session, or for an article
// the user may not edit, each answers "not found" and changes nothing; bad
// input is refused with a reason; a change revalidates the pages; delete
// redirects to Your articles with a message; regenerate is rate limited.
// The session gate (cookies) is swapped for a fixed user; next/cache is watched.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { createTestDb, type TestDb } from "./helpers/test-db";

const holder = vi.hoisted(() => ({ db: null as PrismaClient | null, userId: "", signedIn: true, role: "learner" as "learner" | "author" | "admin" }));
vi.mock("@/lib/server/db", () => ({
  get db() {
    return holder.db;
  },
}));
const auth = vi.hoisted(() => {
  const user = () => ({ id: holder.userId, kind: "account" as const, role: holder.role, timeZone: "UTC", email: null });
  return {
    requireUser: vi.fn(async () => user()),
    getViewer: vi.fn(async () => (holder.signedIn ? { ...user(), signedIn: true } : { ...user(), id: "no-session", signedIn: false })),
  };
});
vi.mock("@/lib/server/auth", () => auth);
const nextCache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/cache", () => nextCache);

const manage = await import("@/lib/server/actions/manage");

let t: TestDb;
let ownerId = "";
let otherId = "";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** The URL a redirect thrown by an action goes to. */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = (await run.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  const match = error?.digest?.match(/^NEXT_REDIRECT;[^;]*;([^;]+);/);
  if (!match) throw new Error(`expected a redirect, got ${String(error)}`);
  return match[1]!;
}

const article = (slug: string) => t.db.article.findUniqueOrThrow({ where: { slug } });

beforeAll(async () => {
  t = await createTestDb();
  holder.db = t.db;
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-quiz"));
  ownerId = (await t.db.user.create({ data: { kind: "account", email: "owner@example.com" } })).id;
  otherId = (await t.db.user.create({ data: { kind: "account", email: "other@example.com" } })).id;
  const tiny = await article("tiny");
  await t.db.article.create({
    data: { slug: "mine", title: "Mine", body: tiny.body, contentHash: tiny.contentHash, wordCount: tiny.wordCount, ownerId, visibility: "private" },
  });
});
afterAll(async () => t?.cleanup());
beforeEach(() => {
  holder.userId = ownerId;
  holder.signedIn = true;
  holder.role = "learner";
  auth.requireUser.mockClear();
  for (const fn of Object.values(nextCache)) fn.mockClear();
});

const calls = [
  { label: "rename", call: () => manage.renameArticleAction({}, form({ slug: "mine", title: "Stolen" })) },
  { label: "regenerate", call: () => manage.regenerateArticleAction({}, form({ slug: "mine" })) },
  { label: "archive", call: () => manage.archiveArticleAction({}, form({ slug: "mine", archived: "true" })) },
  { label: "publish", call: () => manage.visibilityArticleAction({}, form({ slug: "mine", visibility: "public" })) },
  { label: "delete", call: () => manage.deleteArticleAction({}, form({ slug: "mine", confirmTitle: "Mine" })) },
];

describe("nobody but an editor changes the article", () => {
  test.each(calls)("$label: without a session, not found and nothing changed", async ({ call }) => {
    holder.signedIn = false;
    expect(await call()).toEqual({ error: "That article was not found." });
    expect(await article("mine")).toMatchObject({ title: "Mine", archivedAt: null, visibility: "private" });
    expect(auth.requireUser).not.toHaveBeenCalled();
    expect(nextCache.revalidatePath).not.toHaveBeenCalled();
  });

  test.each(calls)("$label: another user's private article is not found, and nothing changed", async ({ call }) => {
    holder.userId = otherId;
    holder.role = "author";
    expect(await call()).toEqual({ error: "That article was not found." });
    expect(await article("mine")).toMatchObject({ title: "Mine", archivedAt: null, visibility: "private" });
    expect(await t.db.question.count({ where: { article: { slug: "mine" } } })).toBe(0);
  });
});

describe("bad input is refused with a reason", () => {
  test.each([
    { label: "an empty title", call: () => manage.renameArticleAction({}, form({ slug: "mine", title: "  " })), expected: { error: "Give the article a title.", fieldErrors: { title: ["Give the article a title."] } } },
    { label: "a long title", call: () => manage.renameArticleAction({}, form({ slug: "mine", title: "x".repeat(201) })), expected: { error: "A title is at most 200 characters.", fieldErrors: { title: ["A title is at most 200 characters."] } } },
    { label: "a bad slug", call: () => manage.regenerateArticleAction({}, form({ slug: "../etc" })), expected: { error: "That article was not found." } },
    { label: "a bad archive flag", call: () => manage.archiveArticleAction({}, form({ slug: "mine", archived: "maybe" })), expected: { error: expect.stringContaining("could not be read") } },
    { label: "a bad visibility", call: () => manage.visibilityArticleAction({}, form({ slug: "mine", visibility: "secret" })), expected: { error: expect.stringContaining("could not be read") } },
    { label: "a wrong confirmation", call: () => manage.deleteArticleAction({}, form({ slug: "mine", confirmTitle: "Not mine" })), expected: { error: expect.stringContaining("Nothing was deleted") } },
    { label: "a learner publishing", call: () => manage.visibilityArticleAction({}, form({ slug: "mine", visibility: "public" })), expected: { error: expect.stringContaining("Learners cannot publish: ask an admin") } },
  ])("$label", async ({ call, expected }) => {
    expect(await call()).toEqual(expected);
    expect(await article("mine")).toMatchObject({ title: "Mine", archivedAt: null, visibility: "private" });
    expect(nextCache.revalidatePath).not.toHaveBeenCalled();
  });
});

describe("the owner's changes", () => {
  test("rename, regenerate, archive and restore answer what they did and revalidate", async () => {
    expect(await manage.renameArticleAction({}, form({ slug: "mine", title: "  Still   mine " }))).toEqual({ done: "Renamed to “Still mine”." });
    expect((await article("mine")).title).toBe("Still mine");
    expect((await manage.regenerateArticleAction({}, form({ slug: "mine" }))).done).toMatch(/^Questions regenerated: [1-9]\d* created, 0 updated, 0 unchanged, 0 retired/);
    expect((await manage.archiveArticleAction({}, form({ slug: "mine", archived: "true" }))).done).toMatch(/^Archived/);
    expect((await article("mine")).archivedAt).not.toBeNull();
    expect((await manage.archiveArticleAction({}, form({ slug: "mine", archived: "false" }))).done).toMatch(/^Restored/);
    expect(nextCache.revalidatePath).toHaveBeenCalledTimes(4);
  });

  test("regenerate is limited per user", async () => {
    await t.db.rateLimit.upsert({
      where: { key: `regenerateArticlePerUser:${ownerId}` },
      create: { key: `regenerateArticlePerUser:${ownerId}`, windowStart: new Date(), count: 1000 },
      update: { windowStart: new Date(), count: 1000 },
    });
    expect((await manage.regenerateArticleAction({}, form({ slug: "mine" }))).error).toMatch(/try again/i);
    await t.db.rateLimit.delete({ where: { key: `regenerateArticlePerUser:${ownerId}` } });
  });

  test("delete redirects to Your articles with what was deleted", async () => {
    const to = await redirectOf(manage.deleteArticleAction({}, form({ slug: "mine", confirmTitle: "still mine" })));
    expect(decodeURIComponent(to)).toBe("/articles?done=Deleted “Still mine” with its questions and everyone's history of it.");
    expect(await t.db.article.count({ where: { slug: "mine" } })).toBe(0);
  });
});
