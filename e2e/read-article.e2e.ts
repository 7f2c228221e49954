// Journey: a first-time visitor finds the article on the home page, opens it
// with the keyboard, reads numbered paragraphs, and follows a link to one
// sentence, which is highlighted. Also: narrow screens and dark mode.
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { userIdOf, writeDb } from "./helpers";

const TITLE = "Four years on, the Shusha Declaration binds Türkiye and Azerbaijan as allies";
const browser = sharedBrowser();

describe("reading an article", () => {
  test("home → reader with the keyboard only; reading sets no cookie", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/");
    // The guest identity comes with the first action that stores something (e2e/guest-session.e2e.ts).
    expect((await context.cookies()).find((c) => c.name === "recall_session")).toBeUndefined();

    const card = page.getByRole("listitem").filter({ hasText: TITLE });
    await expect(card.textContent()).resolves.toContain("821 words");
    await expect(card.textContent()).resolves.toMatch(/\d+ questions/);

    // Tab until the Read link has focus, then press Enter.
    const read = page.getByRole("link", { name: `Read “${TITLE}”` });
    for (let i = 0; i < 20 && !(await read.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    expect(await read.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await read.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/articles/shusha-declaration");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.locator("[data-sentence]").count()).toBe(30);
    expect(await page.getByRole("link", { name: "Paragraph 13" }).count()).toBe(1);
    await context.close();
  });

  test("a link to a sentence scrolls to it and highlights it", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/articles/shusha-declaration?s=13#s-13");
    const sentence = page.locator("#s-13");
    expect(await sentence.textContent()).toContain("Organization of Turkic States (OTS) founded in 2009");
    expect(await sentence.getAttribute("aria-current")).toBe("location");
    const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    // The reader streams in, then brings the addressed sentence into view.
    await page.waitForFunction(() => {
      const r = document.getElementById("s-13")!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await page.waitForFunction(() => document.activeElement?.id === "s-13");
    await context.close();
  });

  test("an unknown article answers 404 with a way back", async () => {
    const { context, page } = await browser.newPage();
    const response = await page.goto("/articles/no-such-article");
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("link", { name: "See all articles" }).count()).toBe(1);
    await context.close();
  });

  test("fits a 360 px screen without sideways scrolling, in dark mode (reader and every study page)", async () => {
    const { context, page } = await browser.newPage({ width: 360, dark: true });
    await page.goto("/articles/shusha-declaration");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // stone-950 in dark mode: a dark background, not white.
    const [r, g, b] = bg.match(/\d+(\.\d+)?/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(100);
    await page.screenshot({ path: "test-results/reader-360-dark.png", fullPage: false });
    // An author sees /progress/questions (everyone else gets not found): sign up, then take the role.
    const signedUp = await page.request.post("/api/auth/sign-up", { data: { email: `author-${Date.now()}@example.com`, password: "an author's password" } });
    expect(signedUp.status()).toBe(200);
    const userId = await userIdOf(context, inject("dbFile"));
    writeDb(inject("dbFile"), (db) => db.prepare("UPDATE User SET role = 'author' WHERE id = ?").run(userId));
    for (const path of ["/", "/articles/shusha-declaration/quiz", "/review", "/cards", "/progress", "/progress/questions", "/progress/drafts", "/settings", "/account", "/sign-in", "/sign-up"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wide, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
