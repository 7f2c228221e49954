// Managing an article (lib/server/articles/manage.ts) on a real database:
// rename keeps the slug and shows at once in the reader; regenerate keeps the
// rows (and every learner's cards and attempts) of unchanged questions, puts
// back a generated question that drifted, retires one the generator no longer
// makes and leaves an edited one alone; archive / restore; who may publish;
// delete with its confirmation removes everything in one go, and refuses
// non-editors with "not found"; "your articles" lists one's own imports and,
// for admins, everybody's private ones. Runs on SQLite and, under npm run
// test:pg, on PostgreSQL.
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import { DomainError } from "@/lib/domain/errors";
import { ArticleTitleSchema, confirmsTitle } from "@/lib/domain/article/manage";
import { newStartToken } from "@/lib/server/quiz/start-token";
import { startQuizAttempt } from "@/lib/server/quiz/service";
import { getReaderArticle, listArticles } from "@/lib/server/data/articles";
import { canDeleteArticle, type ArticleActor } from "@/lib/server/articles/access";
import {
  ARTICLE_NOT_FOUND,
  DELETE_SHIPPED_REFUSED,
  PUBLISH_REFUSED,
  deleteArticle,
  getManagedArticle,
  listYourArticles,
  regenerateArticle,
  renameArticle,
  setArticleArchived,
  setArticleVisibility,
} from "@/lib/server/articles/manage";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
const now = new Date("2026-03-01T10:00:00Z");
const SEED = path.join(__dirname, "fixtures", "seed-quiz");
const ALL = { size: "all" as const, kinds: [...QUESTION_KINDS], origin: "both" as const, mode: "all" as const };

let ownerId = "";
let otherId = "";
let adminId = "";
const as = (id: string, role: ArticleActor["role"] = "learner"): ArticleActor => ({ id, role });

/** What a refused call threw: its status and message. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal, but the call succeeded");
}

/** A private article owned by `owner`: the fixture's text under a new slug, with its generated questions. */
async function importedArticle(slug: string, owner: string, title = "My import"): Promise<string> {
  const tiny = await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } });
  const created = await t.db.article.create({
    data: { slug, title, body: tiny.body, contentHash: tiny.contentHash, wordCount: tiny.wordCount, ownerId: owner, visibility: "private" },
  });
  await regenerateArticle(t.db, as(owner), { slug });
  return created.id;
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, SEED);
  ownerId = (await t.db.user.create({ data: { kind: "account", email: "owner@example.com" } })).id;
  otherId = (await t.db.user.create({ data: { kind: "account", email: "other@example.com" } })).id;
  adminId = (await t.db.user.create({ data: { kind: "account", email: "admin@example.com", role: "admin" } })).id;
});
afterAll(async () => t?.cleanup());

describe("the title rule", () => {
  test.each([
    { label: "trimmed and folded", input: "  A   new\ttitle ", expected: "A new title" },
    { label: "200 characters", input: "x".repeat(200), expected: "x".repeat(200) },
  ])("accepts $label", ({ input, expected }) => {
    expect(ArticleTitleSchema.parse(input)).toBe(expected);
  });
  test.each([
    { label: "empty", input: "" },
    { label: "only spaces", input: "   " },
    { label: "201 characters", input: "x".repeat(201) },
    { label: "not text", input: 12 },
  ])("refuses $label", ({ input }) => {
    expect(ArticleTitleSchema.safeParse(input).success).toBe(false);
  });
  test.each([
    { typed: "My import", title: "My import", expected: true },
    { typed: "  my   IMPORT ", title: "My import", expected: true },
    { typed: "My impor", title: "My import", expected: false },
    { typed: "", title: "", expected: false },
  ])("confirming $typed for $title is $expected", ({ typed, title, expected }) => {
    expect(confirmsTitle(typed, title)).toBe(expected);
  });
});

describe("canDeleteArticle", () => {
  const own = { ownerId: "u1", visibility: "private" as const, archivedAt: null };
  const shipped = { ownerId: null, visibility: "public" as const, archivedAt: null };
  test.each([
    { label: "the owner, a learner, their import", actor: as("u1"), row: own, expected: true },
    { label: "another learner, a private import", actor: as("u2"), row: own, expected: false },
    { label: "another learner, a published import", actor: as("u2"), row: { ...own, visibility: "public" as const }, expected: false },
    { label: "an author, a published import", actor: as("u2", "author"), row: { ...own, visibility: "public" as const }, expected: true },
    { label: "an author, someone's private import", actor: as("u2", "author"), row: own, expected: false },
    { label: "an admin, someone's private import", actor: as("u2", "admin"), row: own, expected: true },
    { label: "a learner, a shipped article", actor: as("u2"), row: shipped, expected: false },
    { label: "an author, a shipped article", actor: as("u2", "author"), row: shipped, expected: false },
    { label: "an admin, a shipped article", actor: as("u2", "admin"), row: shipped, expected: true },
  ])("$label: $expected", ({ actor, row, expected }) => {
    expect(canDeleteArticle(actor, row)).toBe(expected);
  });
});

describe("rename", () => {
  test("changes the title, keeps the slug, and the reader shows it at once", async () => {
    await importedArticle("rename-me", ownerId, "First title");
    expect((await getReaderArticle(t.db, "rename-me", as(ownerId)))?.title).toBe("First title");
    expect(await renameArticle(t.db, as(ownerId), { slug: "rename-me", title: "Second title" })).toEqual({ title: "Second title", changed: true });
    expect((await getReaderArticle(t.db, "rename-me", as(ownerId)))?.title).toBe("Second title");
    expect(await renameArticle(t.db, as(ownerId), { slug: "rename-me", title: "Second title" })).toEqual({ title: "Second title", changed: false });
  });

  test("is not found for another learner, and changes nothing", async () => {
    expect(await refusal(renameArticle(t.db, as(otherId), { slug: "rename-me", title: "Hijacked" }))).toEqual({ status: 404, message: ARTICLE_NOT_FOUND });
    expect(await refusal(renameArticle(t.db, as(otherId), { slug: "tiny", title: "Hijacked" }))).toMatchObject({ status: 404 });
    expect(await refusal(renameArticle(t.db, as(ownerId), { slug: "no-such-article", title: "X" }))).toMatchObject({ status: 404 });
    expect((await t.db.article.findUniqueOrThrow({ where: { slug: "rename-me" } })).title).toBe("Second title");
    expect((await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } })).title).not.toBe("Hijacked");
  });
});

describe("regenerate", () => {
  test("keeps every learner's history of unchanged questions and leaves edited ones alone", async () => {
    const articleId = await importedArticle("regen", ownerId);
    const generated = await t.db.question.findMany({ where: { articleId, origin: "generated", status: "active" }, orderBy: { key: "asc" } });
    expect(generated.length).toBeGreaterThan(2);
    const [kept, edited, drifted] = generated as [(typeof generated)[0], (typeof generated)[0], (typeof generated)[0]];
    const before = await t.db.question.findMany({ where: { articleId }, select: { id: true, key: true } });

    const started = await startQuizAttempt(t.db, ownerId, { articleSlug: "regen", startToken: newStartToken(), config: ALL }, now, 3);
    expect(started.ok).toBe(true);
    const responsesBefore = await t.db.quizResponse.count({ where: { question: { articleId } } });
    expect(responsesBefore).toBeGreaterThan(0);
    await t.db.card.create({ data: { userId: ownerId, questionId: kept.id, due: now, reps: 3 } });
    await t.db.question.update({ where: { id: edited.id }, data: { prompt: "An editor's own wording?", editedAt: now, editedById: ownerId } });
    await t.db.question.update({ where: { id: drifted.id }, data: { prompt: "What an older generator wrote?", contentHash: "older-generator" } });
    const stale = await t.db.question.create({
      data: { ...questionCopy(kept), key: "gen-regen-stale-question", articleId, prompt: "A question the generator no longer makes?" },
    });

    const report = await regenerateArticle(t.db, as(ownerId), { slug: "regen" });
    expect(report).toMatchObject({ created: 0, updated: 1, retired: 1 });
    expect(report.unchanged).toBe(before.length - 1);

    const after = await t.db.question.findMany({ where: { articleId }, select: { id: true, key: true, prompt: true, status: true } });
    const byId = new Map(after.map((q) => [q.id, q]));
    for (const q of before) expect(byId.get(q.id)?.key).toBe(q.key);
    expect(byId.get(edited.id)).toMatchObject({ prompt: "An editor's own wording?", status: "active" });
    expect(byId.get(drifted.id)).toMatchObject({ prompt: drifted.prompt, status: "active" });
    expect(byId.get(stale.id)?.status).toBe("retired");
    expect(await t.db.card.findFirstOrThrow({ where: { userId: ownerId, questionId: kept.id } })).toMatchObject({ reps: 3 });
    expect(await t.db.quizResponse.count({ where: { question: { articleId } } })).toBe(responsesBefore);
    expect(await t.db.quizAttempt.count({ where: { articleId } })).toBe(1);
  });

  test("is not found for anyone who may not edit the article", async () => {
    expect(await refusal(regenerateArticle(t.db, as(otherId), { slug: "regen" }))).toMatchObject({ status: 404 });
    expect(await refusal(regenerateArticle(t.db, as(otherId), { slug: "tiny" }))).toMatchObject({ status: 404 });
  });
});

/** A question row's content, to make another like it. */
function questionCopy(q: { kind: string; prompt: string; answer: string; explanation: string; evidenceText: string; evidenceStart: number; evidenceEnd: number; contentHash: string }) {
  return {
    kind: q.kind as "short_answer",
    prompt: q.prompt,
    answer: q.answer,
    explanation: q.explanation,
    evidenceText: q.evidenceText,
    evidenceStart: q.evidenceStart,
    evidenceEnd: q.evidenceEnd,
    contentHash: "stale",
    origin: "generated" as const,
  };
}

describe("archive and restore", () => {
  test("archiving takes it off the study list, keeps the first date when repeated, and restoring brings it back", async () => {
    await importedArticle("archive-me", ownerId);
    const later = new Date(now.getTime() + 60_000);
    expect(await setArticleArchived(t.db, as(ownerId), { slug: "archive-me", archived: true }, now)).toEqual({ archivedAt: now });
    expect(await setArticleArchived(t.db, as(ownerId), { slug: "archive-me", archived: true }, later)).toEqual({ archivedAt: now });
    expect((await listArticles(t.db, ownerId)).map((a) => a.slug)).not.toContain("archive-me");
    expect(await getManagedArticle(t.db, as(ownerId), "archive-me")).toMatchObject({ archivedAt: now });
    expect(await setArticleArchived(t.db, as(ownerId), { slug: "archive-me", archived: false }, later)).toEqual({ archivedAt: null });
    expect((await listArticles(t.db, ownerId)).map((a) => a.slug)).toContain("archive-me");
  });

  test("a learner cannot archive a shipped article (not found); an author can", async () => {
    expect(await refusal(setArticleArchived(t.db, as(otherId), { slug: "tiny", archived: true }, now))).toMatchObject({ status: 404 });
    expect((await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } })).archivedAt).toBeNull();
    expect(await setArticleArchived(t.db, as(otherId, "author"), { slug: "tiny", archived: true }, now)).toEqual({ archivedAt: now });
    await setArticleArchived(t.db, as(otherId, "author"), { slug: "tiny", archived: false }, now);
  });
});

describe("publish and make private", () => {
  beforeEach(async () => {
    if (!(await t.db.article.findUnique({ where: { slug: "publish-me" } }))) await importedArticle("publish-me", ownerId);
    await t.db.article.update({ where: { slug: "publish-me" }, data: { visibility: "private" } });
  });
  const visibility = async () => (await t.db.article.findUniqueOrThrow({ where: { slug: "publish-me" } })).visibility;

  test("a learner cannot publish their own import, and is told why", async () => {
    expect(await refusal(setArticleVisibility(t.db, as(ownerId), { slug: "publish-me", visibility: "public" }))).toEqual({ status: 400, message: PUBLISH_REFUSED });
    expect(await visibility()).toBe("private");
    expect((await getManagedArticle(t.db, as(ownerId), "publish-me"))?.can).toEqual({ publish: false, delete: true });
  });

  test("an author publishes their own import and makes it private again", async () => {
    expect(await setArticleVisibility(t.db, as(ownerId, "author"), { slug: "publish-me", visibility: "public" })).toEqual({ visibility: "public" });
    expect(await visibility()).toBe("public");
    expect((await listArticles(t.db, otherId)).map((a) => a.slug)).toContain("publish-me");
    await setArticleVisibility(t.db, as(ownerId, "author"), { slug: "publish-me", visibility: "private" });
    expect(await visibility()).toBe("private");
  });

  test("another author does not find someone's private import; an admin publishes it", async () => {
    expect(await refusal(setArticleVisibility(t.db, as(otherId, "author"), { slug: "publish-me", visibility: "public" }))).toMatchObject({ status: 404 });
    expect(await visibility()).toBe("private");
    expect(await setArticleVisibility(t.db, as(adminId, "admin"), { slug: "publish-me", visibility: "public" })).toEqual({ visibility: "public" });
    expect(await visibility()).toBe("public");
  });

  test("a shipped article cannot be made private (it has no owner)", async () => {
    expect(await refusal(setArticleVisibility(t.db, as(adminId, "admin"), { slug: "tiny", visibility: "private" }))).toMatchObject({ status: 400 });
    expect((await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } })).visibility).toBe("public");
  });
});

describe("delete", () => {
  test("removes the article, its questions and every learner's attempts, responses and cards in one go, once confirmed", async () => {
    const articleId = await importedArticle("delete-me", ownerId, "Delete me");
    await t.db.article.update({ where: { id: articleId }, data: { visibility: "public" } });
    const started = await startQuizAttempt(t.db, otherId, { articleSlug: "delete-me", startToken: newStartToken(), config: ALL }, now, 5);
    expect(started.ok).toBe(true);
    const questionId = (await t.db.question.findFirstOrThrow({ where: { articleId, status: "active" } })).id;
    await t.db.card.create({ data: { userId: otherId, questionId, due: now } });

    expect(await refusal(deleteArticle(t.db, as(otherId), { slug: "delete-me", confirmTitle: "Delete me" }))).toEqual({ status: 404, message: ARTICLE_NOT_FOUND });
    expect(await refusal(deleteArticle(t.db, as(ownerId), { slug: "delete-me", confirmTitle: "Delete" }))).toMatchObject({ status: 400 });
    expect(await t.db.article.count({ where: { id: articleId } })).toBe(1);
    expect(await t.db.card.count({ where: { questionId } })).toBe(1);

    expect(await deleteArticle(t.db, as(ownerId), { slug: "delete-me", confirmTitle: " delete ME " })).toEqual({ title: "Delete me" });
    expect(await t.db.article.count({ where: { id: articleId } })).toBe(0);
    expect(await t.db.question.count({ where: { articleId } })).toBe(0);
    expect(await t.db.quizAttempt.count({ where: { userId: otherId, articleId } })).toBe(0);
    expect(await t.db.quizResponse.count({ where: { questionId } })).toBe(0);
    expect(await t.db.card.count({ where: { questionId } })).toBe(0);
    expect(await t.db.user.count({ where: { id: { in: [ownerId, otherId] } } })).toBe(2);
    expect(await refusal(deleteArticle(t.db, as(ownerId), { slug: "delete-me", confirmTitle: "Delete me" }))).toMatchObject({ status: 404 });
  });

  test("a shipped article is for an admin to delete; an author is told to archive it", async () => {
    const title = (await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } })).title;
    expect(await refusal(deleteArticle(t.db, as(otherId, "author"), { slug: "tiny", confirmTitle: title }))).toEqual({ status: 400, message: DELETE_SHIPPED_REFUSED });
    expect(await refusal(deleteArticle(t.db, as(otherId), { slug: "tiny", confirmTitle: title }))).toMatchObject({ status: 404 });
    expect(await t.db.article.count({ where: { slug: "tiny" } })).toBe(1);
    expect((await getManagedArticle(t.db, as(adminId, "admin"), "tiny"))?.can).toEqual({ publish: true, delete: true });
  });
});

describe("your articles", () => {
  test("lists one's own imports, archived and private ones too, with their question counts; admins also see everyone's private ones", async () => {
    await importedArticle("listed-private", ownerId, "Listed private");
    await setArticleArchived(t.db, as(ownerId), { slug: "listed-private", archived: true }, now);
    const mine = await listYourArticles(t.db, as(ownerId));
    const listed = mine.own.find((a) => a.slug === "listed-private");
    expect(listed).toMatchObject({ visibility: "private", archivedAt: now });
    expect(listed!.questions.active).toBeGreaterThan(0);
    expect(mine.own.map((a) => a.slug)).not.toContain("tiny");
    expect(mine.othersPrivate).toBeNull();

    const theirs = await listYourArticles(t.db, as(otherId));
    expect(theirs.own.map((a) => a.slug)).not.toContain("listed-private");

    const admin = await listYourArticles(t.db, as(adminId, "admin"));
    expect(admin.othersPrivate?.find((a) => a.slug === "listed-private")).toMatchObject({ owner: { email: "owner@example.com" } });
    expect(admin.othersPrivate?.every((a) => a.visibility === "private")).toBe(true);
    expect(admin.othersPrivate?.map((a) => a.slug)).not.toContain("tiny");

    // A private article whose owner is gone (ownerId set null) is still listed, for an admin to publish or delete.
    const orphan = await importedArticle("orphaned", otherId, "Orphaned");
    await t.db.article.update({ where: { id: orphan }, data: { ownerId: null } });
    const again = await listYourArticles(t.db, as(adminId, "admin"));
    expect(again.othersPrivate?.find((a) => a.slug === "orphaned")).toMatchObject({ owner: null });
    expect((await listYourArticles(t.db, as(otherId, "admin"))).othersPrivate?.map((a) => a.slug)).toContain("orphaned");
    await t.db.article.create({ data: { slug: "admins-own", title: "Admin's own", body: "Text.", contentHash: "h", wordCount: 1, ownerId: adminId, visibility: "private" } });
    expect((await listYourArticles(t.db, as(adminId, "admin"))).othersPrivate?.map((a) => a.slug)).not.toContain("admins-own");
  });

  test("the manage view is null for someone who may not edit", async () => {
    expect(await getManagedArticle(t.db, as(otherId), "listed-private")).toBeNull();
    expect(await getManagedArticle(t.db, as(otherId), "tiny")).toBeNull();
    expect(await getManagedArticle(t.db, as(ownerId), "listed-private")).toMatchObject({ ownerEmail: "owner@example.com", title: "Listed private" });
  });
});
