// Journey: bring your own article (issue 11). A new account pastes an article,
// watches the five steps, lands on it with its question counts, and starts a
// quiz and answers; nobody else can open it. A URL served by a local test
// server (a saved news page with navigation, ads, a cookie banner, related
// links, comments and a footer around the story) imports the story alone,
// with the page's title, date and address. A visitor is asked to sign up, and
// the form works without JavaScript too.
import http from "node:http";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard, readDb, userIdOf } from "./helpers";

const browser = sharedBrowser();
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
const STORY = readFileSync(path.join(__dirname, "../tests/fixtures/articles/science-deep-sea-vents.txt"), "utf8").replace(/^date .*\n/, "").trim();
const NEWS_PAGE = readFileSync(path.join(__dirname, "../tests/fixtures/import/news-page.html"), "utf8");

let pageServer: http.Server;
let newsUrl = "";
beforeAll(async () => {
  pageServer = http.createServer((req, res) => {
    if (req.url === "/news/2026/03/porthmellin-sea-wall-vote") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(NEWS_PAGE);
    else res.writeHead(404, { "Content-Type": "text/html" }).end("<p>Not here</p>");
  });
  await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
  newsUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/news/2026/03/porthmellin-sea-wall-vote`;
});
afterAll(async () => {
  pageServer.closeAllConnections();
  await new Promise((resolve) => pageServer.close(resolve));
});

async function signUp(page: Page): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Email", { exact: true }).fill(`importer-${randomBytes(4).toString("hex")}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Make my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

type ArticleRow = { id: string; slug: string; title: string; ownerId: string; visibility: string; sourceUrl: string | null; publishedAt: string | null; body: string };
const articleRow = (slug: string) => readDb<ArticleRow>(inject("dbFile"), "SELECT id, slug, title, ownerId, visibility, sourceUrl, publishedAt, body FROM Article WHERE slug = ?", slug)[0];
const questionCount = (articleId: string, status: string) =>
  readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM Question WHERE articleId = ? AND status = ?", articleId, status)[0]!.n;

describe("import", () => {
  test("paste an article and study it: the steps, the article with its counts, a quiz answered; nobody else sees it", async () => {
    const { context, page } = await browser.newPage();
    await signUp(page);
    await page.getByRole("link", { name: "Import an article" }).click();
    await page.waitForURL("**/articles/new");
    await page.getByLabel("Article text").fill(`Snails of the deep vents\n\n${STORY}`);
    const submit = page.getByRole("button", { name: "Import" });
    await submit.dblclick();
    await page.getByTestId("import-progress").waitFor();
    await page.waitForURL(/\/articles\/snails-of-the-deep-vents\?imported=1$/, { timeout: 60_000 });

    const row = articleRow("snails-of-the-deep-vents")!;
    expect(row).toMatchObject({ title: "Snails of the deep vents", ownerId: await userIdOf(context, inject("dbFile")), visibility: "private", sourceUrl: null });
    // One import, even from a double click.
    expect(readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM Article WHERE slug LIKE 'snails-of-the-deep-vents%'")[0]!.n).toBe(1);
    const active = questionCount(row.id, "active");
    const drafts = questionCount(row.id, "draft");
    expect(active).toBeGreaterThan(0);
    await poll(() => page.getByTestId("imported-banner").textContent()).toContain(`Imported: ${active} questions ready to study, and ${drafts} more set aside as draft${drafts === 1 ? "" : "s"} for you to review`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Snails of the deep vents");
    await page.getByText("The snail, named Alviniconcha pacifica, builds an iron-rich shell").first().waitFor();

    await page.getByRole("link", { name: "Quiz this article" }).click();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    await answerWithKeyboard(page);
    const attemptId = page.url().split("/").pop()!;
    const answered = readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM QuizResponse r JOIN Question q ON q.id = r.questionId WHERE r.attemptId = ? AND r.answeredAt IS NOT NULL AND q.articleId = ?", attemptId, row.id);
    expect(answered[0]!.n).toBe(1);
    await context.close();

    // Someone else (a visitor, then another account) gets a plain 404 for it, and does not find it in the list.
    const other = await browser.newPage();
    expect((await other.page.goto(`/articles/${row.slug}`))?.status()).toBe(404);
    await signUp(other.page);
    expect((await other.page.goto(`/articles/${row.slug}`))?.status()).toBe(404);
    await other.page.goto("/");
    expect(await other.page.getByText("Snails of the deep vents").count()).toBe(0);
    await other.context.close();
  });

  test("import a URL: the story of a news page without its navigation, ads, cookie banner, related links, comments and footer", async () => {
    const { page } = await browser.newPage({ width: 360, dark: true });
    await signUp(page);
    await page.goto("/articles/new");
    await page.getByRole("radio", { name: "From a web address" }).check();
    await page.getByLabel("Web address", { exact: true }).fill(newsUrl);
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL(/\/articles\/porthmellin-votes-to-rebuild-its-sea-wall-after-winter-floods\?imported=1$/, { timeout: 60_000 });

    const row = articleRow("porthmellin-votes-to-rebuild-its-sea-wall-after-winter-floods")!;
    expect(row.title).toBe("Porthmellin votes to rebuild its sea wall after winter floods");
    expect(row.sourceUrl).toBe(newsUrl);
    expect(String(row.publishedAt)).toMatch(/^2026-03-14/);
    const paragraphs = row.body.split("\n\n");
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toMatch(/^Councillors in Porthmellin have voted to rebuild the town's Victorian sea wall/);
    expect(paragraphs[8]).toBe("A public meeting about the construction timetable will be held at Porthmellin Town Hall on 2 April.");
    for (const chrome of ["Subscribe from £1 a week", "We use cookies", "Advertisement", "Trelawny Kitchens", "Harbour master retires", "Most read", "Storm damage bill", "I have lived on Quay Street", "Reply to Gwen T", "Get the Courier in your inbox", "Registered in England and Wales"]) {
      expect(row.body).not.toContain(chrome);
    }
    // The reader shows the same: the story, not the chrome, at 360 px without sideways scrolling.
    await page.getByTestId("imported-banner").waitFor();
    const text = (await page.locator("body").innerText()) ?? "";
    expect(text).toContain("Councillor Morwenna Trewin, who chairs the committee");
    expect(text).not.toContain("Trelawny Kitchens");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  test("a missing page and a non-web address get clear messages, and nothing is written", async () => {
    const { page, context } = await browser.newPage();
    await signUp(page);
    await page.goto("/articles/new");
    await page.getByRole("radio", { name: "From a web address" }).check();
    await page.getByLabel("Web address", { exact: true }).fill(newsUrl.replace(/\/news\/.*/, "/gone"));
    await page.getByRole("button", { name: "Import" }).click();
    await poll(() => page.locator("form [role=alert]").textContent()).toContain("That page was not found");
    await page.getByLabel("Web address", { exact: true }).fill("ftp://example.com/story");
    await page.getByRole("button", { name: "Import" }).click();
    await poll(() => page.locator("form [role=alert]").textContent()).toBe("Only http:// and https:// addresses can be imported.");
    expect(page.url()).toMatch(/\/articles\/new$/);
    expect(readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM Article WHERE ownerId = ?", await userIdOf(context, inject("dbFile")))[0]!.n).toBe(0);
    await context.close();
  });

  test("a visitor and a guest are asked to sign up or sign in", async () => {
    const { page } = await browser.newPage();
    await page.goto("/articles/new");
    await page.getByRole("heading", { name: "Sign up or sign in to import" }).waitFor();
    expect(await page.getByLabel("Article text").count()).toBe(0);
    expect(await page.locator("#main").getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/sign-in?next=%2Farticles%2Fnew");
    const response = await page.request.post("/api/articles/import", { multipart: { source: "paste", text: STORY }, headers: { Accept: "application/x-ndjson" } });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign up or sign in to import an article." });
    // Making the account there comes back to the import form.
    await page.getByRole("link", { name: "Make an account" }).click();
    await page.waitForURL(/\/sign-up\?next=%2Farticles%2Fnew$/);
    await page.getByLabel("Email").fill(`next-${Date.now()}@example.com`);
    await page.getByLabel("Password", { exact: true }).fill("correct horse battery staple");
    await page.getByRole("button", { name: "Make my account" }).click();
    await page.waitForURL(/\/articles\/new$/);
    await page.getByLabel("Article text").waitFor();
    await page.context().close();
  });

  test("without JavaScript the form posts and lands on the article, or comes back with the reason", async () => {
    const { page, context } = await browser.newPage();
    await signUp(page);
    const noScript = await context.browser()!.newContext({ baseURL: inject("baseURL"), javaScriptEnabled: false, storageState: await context.storageState() });
    const plain = await noScript.newPage();
    await plain.goto("/articles/new");
    await plain.getByLabel("Article text").fill("Too short to be an article.");
    await plain.getByRole("button", { name: "Import" }).click();
    await plain.waitForURL(/\/articles\/new\?error=/);
    expect(await plain.getByRole("alert").textContent()).toContain("an article needs at least 30");
    await plain.getByLabel("Article text").fill(STORY);
    await plain.getByLabel("Title (optional)").fill("Vents without script");
    await plain.getByRole("button", { name: "Import" }).click();
    await plain.waitForURL(/\/articles\/vents-without-script\?imported=1$/, { timeout: 60_000 });
    expect(await plain.getByTestId("imported-banner").textContent()).toMatch(/^Imported: \d+ questions ready/);
    await noScript.close();
    await context.close();
  });
});
