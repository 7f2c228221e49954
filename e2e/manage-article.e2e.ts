// Journey: manage your own article. An account user with an imported article
// (its rows written straight into the server's database: a copy of a shipped
// article's text, owned by them and private) finds it under "Your articles",
// regenerates its questions, renames it (the reader shows the new title at
// once, at the same address), is told a learner cannot publish, archives it
// (it leaves the home list) and restores it, and deletes it after typing its
// title (a wrong title deletes nothing). A second user gets a 404 for the
// article and its manage page, and for a shipped article's manage page.
import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { dbTime, readDb, userIdOf, writeDb } from "./helpers";

const browser = sharedBrowser();
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const PASSWORD = "a long enough password";
const hex = () => randomBytes(6).toString("hex");

async function signUp(page: Page): Promise<string> {
  const email = `manager-${hex()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Make my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await poll(() => page.getByRole("link", { name: "Account" }).count()).toBe(1);
  return email;
}

/** A private article of `ownerId`: the smallest shipped article's text and structure under a new slug, with no questions yet. */
function insertImportedArticle(ownerId: string, slug: string, title: string): void {
  const tag = hex();
  writeDb(inject("dbFile"), (db) => {
    const source = db.prepare(`SELECT id FROM Article WHERE ownerId IS NULL ORDER BY wordCount LIMIT 1`).get() as { id: string };
    const id = `imp${tag}`;
    const now = dbTime(new Date());
    db.prepare(
      `INSERT INTO Article (id, slug, title, publishedAt, sourceNote, body, contentHash, wordCount, ownerId, visibility, archivedAt, sourceUrl, createdAt, updatedAt)
       SELECT ?, ?, ?, NULL, NULL, body, contentHash, wordCount, ?, 'private', NULL, NULL, ?, ? FROM Article WHERE id = ?`,
    ).run(id, slug, title, ownerId, now, now, source.id);
    db.prepare(`INSERT INTO Paragraph (id, articleId, "index", start, "end") SELECT ? || id, ?, "index", start, "end" FROM Paragraph WHERE articleId = ?`).run(tag, id, source.id);
    db.prepare(
      `INSERT INTO Sentence (id, articleId, paragraphId, "index", start, "end") SELECT ? || id, ?, ? || paragraphId, "index", start, "end" FROM Sentence WHERE articleId = ?`,
    ).run(tag, id, tag, source.id);
  });
}

const articleRows = (slug: string) => readDb<{ id: string; title: string; archivedAt: string | null }>(inject("dbFile"), "SELECT id, title, archivedAt FROM Article WHERE slug = ?", slug);
const questionCount = (articleId: string) => readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM Question WHERE articleId = ?", articleId)[0]!.n;

describe("manage an article", () => {
  test("an owner regenerates, renames, archives, restores and deletes their import; nobody else can open it", async () => {
    const owner = await browser.newPage();
    await signUp(owner.page);
    const ownerId = await userIdOf(owner.context, inject("dbFile"));
    const slug = `my-import-${hex()}`;
    insertImportedArticle(ownerId, slug, "My first import");

    // Your articles: the import, marked private, with its way in.
    await owner.page.getByRole("link", { name: "Your articles" }).click();
    await owner.page.waitForURL((url) => url.pathname === "/articles");
    const card = owner.page.locator(`[data-slug="${slug}"]`);
    await expect.poll(() => card.locator('[data-badge="private"]').count()).toBe(1);
    await card.getByRole("link", { name: "Manage “My first import”" }).click();
    await owner.page.waitForURL((url) => url.pathname === `/articles/${slug}/manage`);

    // Regenerate: the generator writes its questions; twice in a row changes nothing the second time.
    await owner.page.getByRole("button", { name: "Regenerate questions" }).click();
    const regenerated = owner.page.getByTestId("regenerate-form").getByRole("status");
    await poll(() => regenerated.textContent()).toMatch(/Questions regenerated: [1-9]\d* created, 0 updated, 0 unchanged, 0 retired/);
    const [row] = articleRows(slug);
    const created = questionCount(row!.id);
    expect(created).toBeGreaterThan(0);
    await owner.page.getByRole("button", { name: "Regenerate questions" }).click();
    await poll(() => regenerated.textContent()).toMatch(/0 created, 0 updated, [1-9]\d* unchanged, 0 retired/);
    expect(questionCount(row!.id)).toBe(created);

    // Rename: a bad title is refused in place, a good one shows in the reader at the same address.
    const title = owner.page.getByLabel("Title", { exact: true });
    await title.fill("   ");
    await owner.page.getByRole("button", { name: "Rename" }).click();
    await poll(() => owner.page.getByTestId("rename-form").getByRole("alert").textContent()).toBe("Give the article a title.");
    expect(articleRows(slug)[0]!.title).toBe("My first import");
    await title.fill("A renamed import");
    await owner.page.getByRole("button", { name: "Rename" }).click();
    await poll(() => owner.page.getByTestId("rename-form").getByRole("status").textContent()).toBe("Renamed to “A renamed import”.");
    await poll(() => owner.page.getByRole("heading", { level: 1 }).textContent()).toContain("A renamed import");
    await owner.page.getByRole("link", { name: "Read the article" }).click();
    await owner.page.waitForURL((url) => url.pathname === `/articles/${slug}`);
    await poll(() => owner.page.getByRole("heading", { level: 1 }).textContent()).toContain("A renamed import");
    await poll(() => owner.page.getByTestId("editor-bar").textContent()).toContain("Private — only you can see this.");

    // Publishing is an author's or admin's: a learner is told so, with no button.
    await owner.page.getByRole("link", { name: "Manage", exact: true }).click();
    await owner.page.waitForURL((url) => url.pathname === `/articles/${slug}/manage`);
    await poll(() => owner.page.getByTestId("visibility-text").textContent()).toContain("Learners cannot publish: ask an admin to publish yours");
    expect(await owner.page.getByRole("button", { name: "Publish" }).count()).toBe(0);

    // Archive: off the home list, kept under Your articles; restore brings it back.
    await owner.page.getByRole("button", { name: "Archive", exact: true }).click();
    await poll(() => owner.page.getByTestId("archive-form").getByRole("status").textContent()).toContain("Archived");
    await owner.page.getByRole("button", { name: "Restore" }).waitFor();
    expect(articleRows(slug)[0]!.archivedAt).not.toBeNull();
    await owner.page.goto("/");
    expect(await owner.page.getByRole("link", { name: "A renamed import", exact: true }).count()).toBe(0);
    // Its page still opens for its owner, without the quiz and review it no longer offers.
    await owner.page.goto(`/articles/${slug}`);
    await owner.page.getByRole("heading", { name: "A renamed import" }).waitFor();
    expect(await owner.page.getByRole("link", { name: "Quiz this article" }).count()).toBe(0);
    expect(await owner.page.getByRole("link", { name: "Review its cards" }).count()).toBe(0);
    await owner.page.goto(`/articles/${slug}/manage`);
    await owner.page.getByRole("button", { name: "Restore" }).click();
    await owner.page.getByRole("button", { name: "Archive", exact: true }).waitFor();
    expect(articleRows(slug)[0]!.archivedAt).toBeNull();
    await owner.page.goto("/");
    await poll(() => owner.page.getByRole("link", { name: "A renamed import", exact: true }).count()).toBe(1);
    expect(await owner.page.locator('[data-badge="private"]').count()).toBeGreaterThan(0);

    // Someone else: the private article and its manage page are not found; a shipped article's manage page too.
    const other = await browser.newPage();
    await signUp(other.page);
    expect((await other.page.goto(`/articles/${slug}/manage`))?.status()).toBe(404);
    expect((await other.page.goto(`/articles/${slug}`))?.status()).toBe(404);
    const shipped = readDb<{ slug: string }>(inject("dbFile"), "SELECT slug FROM Article WHERE ownerId IS NULL LIMIT 1")[0]!.slug;
    expect((await other.page.goto(`/articles/${shipped}/manage`))?.status()).toBe(404);
    await other.page.getByRole("heading", { name: "Article not found" }).waitFor();
    expect(await other.page.getByRole("button", { name: "Rename" }).count()).toBe(0);
    await other.context.close();

    // Delete: a wrong title deletes nothing; the right one removes it all and lands on Your articles.
    await owner.page.goto(`/articles/${slug}/manage`);
    const confirm = owner.page.getByLabel(/Type the title to confirm/);
    await confirm.fill("My first import");
    await owner.page.getByRole("button", { name: "Delete this article for good" }).click();
    await poll(() => owner.page.getByTestId("delete-form").getByRole("alert").textContent()).toContain("Nothing was deleted");
    expect(articleRows(slug)).toHaveLength(1);
    await confirm.fill("A renamed import");
    await owner.page.getByRole("button", { name: "Delete this article for good" }).dblclick();
    await owner.page.waitForURL((url) => url.pathname === "/articles");
    await poll(() => owner.page.getByRole("status").first().textContent()).toContain("Deleted “A renamed import”");
    expect(articleRows(slug)).toHaveLength(0);
    expect(questionCount(row!.id)).toBe(0);
    expect(await owner.page.locator(`[data-slug="${slug}"]`).count()).toBe(0);
    expect((await owner.page.goto(`/articles/${slug}`))?.status()).toBe(404);
    await owner.context.close();
  });
});
