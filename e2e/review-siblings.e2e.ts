// Journey: a learner grades a card in review and its siblings (the other
// cards on the same sentence) are not shown again that day; with "Bury
// related cards until tomorrow" turned off on the settings page, the sibling
// is the very next card. New cards come in reading order, so without burying
// the next card after the first one is its sibling on the same sentence.
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { readDb } from "./helpers";
import { cardRows, currentCard, nextCard, userIdOf } from "./review-helpers";

const browser = sharedBrowser();
const REVIEW = "/articles/shusha-declaration/review";

/** The other active questions on the same evidence sentence of the same article. */
function siblingsOf(questionId: string): string[] {
  return readDb<{ id: string }>(
    inject("dbFile"),
    `SELECT o.id FROM Question q JOIN Question o ON o.articleId = q.articleId AND o.evidenceText = q.evidenceText AND o.id <> q.id AND o.status = 'active'
      WHERE q.id = ?`,
    questionId,
  ).map((r) => r.id);
}

/** Turns the card over and grades it Good with the keyboard; returns the next card on screen. */
async function gradeGood(page: Page): Promise<string> {
  const card = await currentCard(page);
  await page.keyboard.press("Space");
  await page.getByTestId("card-back").waitFor();
  await page.keyboard.press("3");
  return nextCard(page, card);
}

describe("sibling cards in review", () => {
  test("a graded card's sibling is not shown again today; with the setting off it is next", async () => {
    const { context, page } = await browser.newPage();
    await page.goto(REVIEW);
    await page.locator("[data-ready=true]").waitFor();
    const first = await currentCard(page);
    const siblings = siblingsOf(first);
    expect(siblings.length).toBeGreaterThan(0);

    // The rest of today's session (the daily limit of new cards) never shows a sibling.
    const shown: string[] = [];
    let next = await gradeGood(page);
    for (let i = 0; i < 19 && next !== "none"; i++) {
      shown.push(next);
      expect(siblings, `card ${i + 2} is a sibling of the first`).not.toContain(next);
      next = await gradeGood(page);
    }
    expect(shown.length).toBeGreaterThan(5);
    const until = cardRows(await userIdOf(context));
    for (const id of siblings) expect(until[id]?.buriedUntil, `sibling ${id}`).not.toBeNull();
    await context.close();

    // Another learner, on a phone in dark mode, turns the setting off: the first card's sibling is the next card.
    const off = await browser.newPage({ width: 360, dark: true });
    await off.page.goto("/settings");
    const box = off.page.getByRole("checkbox", { name: "Bury related cards until tomorrow" });
    expect(await box.isChecked()).toBe(true);
    await box.scrollIntoViewIfNeeded();
    await off.page.screenshot({ path: "/tmp/review-siblings-settings-360-dark.png", fullPage: true });
    await box.uncheck();
    await off.page.getByRole("button", { name: "Save settings" }).click();
    await off.page.getByText("Saved.").waitFor();
    await off.page.reload();
    expect(await off.page.getByRole("checkbox", { name: "Bury related cards until tomorrow" }).isChecked()).toBe(false);

    await off.page.goto(REVIEW);
    await off.page.locator("[data-ready=true]").waitFor();
    expect(await currentCard(off.page)).toBe(first);
    expect(siblings).toContain(await gradeGood(off.page));
    await off.page.screenshot({ path: "/tmp/review-siblings-review-360-dark.png", fullPage: true });
    await off.context.close();
  });
});
