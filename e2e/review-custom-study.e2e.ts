// Journey: review runs dry with work left. After today's new cards, the
// "nothing more to review" screen offers what Anki's custom study offers, each
// with what it does and how many cards: study the learning cards due later
// today now, learn N more new cards today (for this study day only), and
// review ahead (cards due in the next days, graded early through ts-fsrs at
// the real time). Bad input is refused with a message and changes nothing.
// Also: the review page at 360 px, light and dark (screenshots, contrast and
// touch-target size of the grade buttons).
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { readDb } from "./helpers";
import { cardRows, currentCard, nextCard, setNewCardsPerDay, userIdOf } from "./review-helpers";

const browser = sharedBrowser();

async function counts(page: Page) {
  const text = (await page.getByTestId("review-counts").textContent()) ?? "";
  const [n, l, d] = [...text.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
  return { new: n, learning: l, due: d };
}

async function gradeShown(page: Page, key: "1" | "2" | "3" | "4"): Promise<string> {
  const id = await currentCard(page);
  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await page.keyboard.press(key);
  return nextCard(page, id);
}

describe("custom study when the review runs dry", () => {
  test("learning cards now, more new cards today, review ahead", async () => {
    const { context, page } = await browser.newPage();
    await setNewCardsPerDay(page, 3);
    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    expect(await counts(page)).toEqual({ new: 3, learning: 0, due: 0 });
    await gradeShown(page, "3"); // Good: learning, due in 10 minutes
    await gradeShown(page, "3");
    await gradeShown(page, "4"); // Easy: a review card due in days
    const summary = page.getByTestId("review-summary");
    await summary.waitFor();
    expect(await counts(page)).toEqual({ new: 0, learning: 2, due: 0 });
    const userId = await userIdOf(context);

    // 1. The two learning cards due later today, now.
    expect(await summary.textContent()).toMatch(/Study the 2 learning cards due later today now/);
    await page.getByRole("button", { name: /Study the 2 learning cards due later today now/ }).click();
    await page.waitForFunction(() => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== "none");
    await gradeShown(page, "3");
    await gradeShown(page, "3");
    await summary.waitFor();
    expect(await counts(page)).toMatchObject({ learning: 0 });
    expect(await summary.textContent()).not.toMatch(/learning cards? due later today/);

    // 2. Learn two more new cards today: bad input first.
    const extraBefore = readDb<{ extraNewCards: number }>(inject("dbFile"), "SELECT extraNewCards FROM User WHERE id = ?", userId)[0];
    expect(extraBefore?.extraNewCards).toBe(0);
    await page.locator("#extraNewCards").fill("0");
    await page.getByRole("button", { name: /^Learn \S* more new cards? today$/ }).click();
    await page.getByText("Choose from 1 to 100 more new cards.").waitFor();
    expect(readDb<{ extraNewCards: number }>(inject("dbFile"), "SELECT extraNewCards FROM User WHERE id = ?", userId)[0]?.extraNewCards).toBe(0);
    await page.locator("#extraNewCards").fill("2");
    await page.getByRole("button", { name: "Learn 2 more new cards today" }).click();
    await page.waitForFunction(() => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== "none");
    expect(await counts(page)).toEqual({ new: 2, learning: 0, due: 0 });
    const stored = readDb<{ extraNewCards: number; extraNewCardsDay: string }>(inject("dbFile"), "SELECT extraNewCards, extraNewCardsDay FROM User WHERE id = ?", userId)[0];
    expect(stored?.extraNewCards).toBe(2);
    expect(stored?.extraNewCardsDay).toMatch(/^\d{4}-\d\d-\d\d$/);
    await gradeShown(page, "4");
    await gradeShown(page, "4");
    await summary.waitFor();
    expect(await counts(page)).toEqual({ new: 0, learning: 0, due: 0 });

    // 3. Review ahead: every card is a review card due in the coming days.
    const reviewCards = Object.values(cardRows(userId)).filter((c) => c.state === 2);
    expect(reviewCards).toHaveLength(5);
    await page.locator("#reviewAheadDays").fill("60");
    expect(await summary.textContent()).toMatch(/5 cards are due in the next 60 days/);
    await page.setViewportSize({ width: 360, height: 900 });
    await page.screenshot({ path: "/tmp/review-custom-study-ahead-360-light.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    // A bad number of days in the address is refused with a message.
    await page.goto("/review?study=ahead&days=abc");
    await page.getByText("That study option could not be read").waitFor();
    expect(await currentCard(page)).toBe("none");
    await page.goto("/review");
    await summary.waitFor();
    await page.locator("#reviewAheadDays").fill("60");
    const before = cardRows(userId);
    const t0 = Date.now();
    await page.getByRole("button", { name: "Review ahead: cards due in the next 60 days" }).click();
    await page.waitForFunction(() => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== "none");
    const early = await currentCard(page);
    expect(Date.parse(String(before[early]!.due))).toBeGreaterThan(t0); // not due yet
    await gradeShown(page, "3");
    const t1 = Date.now();
    const [log] = readDb<{ review: string; elapsedDays: number; state: number }>(
      inject("dbFile"),
      "SELECT review, elapsedDays, state FROM ReviewLog WHERE userId = ? AND questionId = ? ORDER BY review DESC LIMIT 1",
      userId,
      early,
    );
    // Graded at the real time (ts-fsrs sees an early review), not at its due date.
    expect(Date.parse(log!.review)).toBeGreaterThanOrEqual(t0 - 1000);
    expect(Date.parse(log!.review)).toBeLessThanOrEqual(t1 + 1000);
    expect(log!.state).toBe(2);
    expect(cardRows(userId)[early]!.lastReview).toBe(log!.review);
    await context.close();
  }, 120_000);
});

/** The contrast ratio (WCAG) of an element's text against its background, resolved through a canvas. */
async function contrastOf(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 1;
      const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
      const rgb = (css: string) => {
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = css;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const lum = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const style = getComputedStyle(el);
      const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }),
  );
}

describe("the review page at 360 px", () => {
  test.each([{ dark: false }, { dark: true }])("dark: $dark — front, back with grade buttons, custom study", async ({ dark }) => {
    const mode = dark ? "dark" : "light";
    const { context, page } = await browser.newPage({ width: 360, dark });
    await setNewCardsPerDay(page, 1);
    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    await page.screenshot({ path: `/tmp/review-front-360-${mode}.png`, fullPage: true });
    const id = await currentCard(page);
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.screenshot({ path: `/tmp/review-back-360-${mode}.png`, fullPage: true });
    const buttons = page.getByRole("group", { name: "How well did you remember?" }).getByRole("button");
    for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox()))) {
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);
    }
    const ratios = await contrastOf(page, '[aria-label="How well did you remember?"] button');
    expect(ratios).toHaveLength(4);
    for (const [i, ratio] of ratios.entries()) expect(ratio, `grade button ${i + 1} contrast`).toBeGreaterThanOrEqual(4.5);
    await page.keyboard.press("3");
    await nextCard(page, id);
    await page.getByTestId("review-summary").waitFor();
    await page.screenshot({ path: `/tmp/review-custom-study-360-${mode}.png`, fullPage: true });
    await context.close();
  });
});
