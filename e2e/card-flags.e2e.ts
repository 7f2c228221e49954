// Journey: flag a card during review (F), then find it again: the card
// browser marks it and filters by flag, and the card's page shows the flag.
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { readDb, userIdOf } from "./helpers";

const browser = sharedBrowser();

describe("card flags", () => {
  test("a card flagged in review is marked in /cards, found by the flag filter, and shows its flag", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    const questionId = (await page.locator("[data-review-card]").getAttribute("data-review-card"))!;
    await page.keyboard.press("f");
    await page.getByText("⚑ Flagged").waitFor();
    const userId = await userIdOf(context, inject("dbFile"));
    expect(readDb<{ flag: number }>(inject("dbFile"), "SELECT flag FROM Card WHERE userId = ? AND questionId = ?", userId, questionId)).toEqual([{ flag: 1 }]);

    // The unfiltered list marks the flagged card, and only it.
    await page.goto("/cards");
    const rowOf = (id: string) => page.locator("li").filter({ has: page.locator(`a[href="/cards/${id}"]`) });
    expect(await rowOf(questionId).getAttribute("data-flagged")).toBe("true");
    expect(await rowOf(questionId).textContent()).toContain("Flagged");
    expect(await page.locator("li[data-flagged=true]").count()).toBe(1);

    // Filter by flag with the form, as a learner does.
    await page.getByLabel("Flag", { exact: true }).selectOption("flagged");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/[?&]flag=flagged/);
    await page.getByTestId("card-count").filter({ hasText: /^1 of \d+ cards$/ }).waitFor();
    expect(await page.locator("li[data-card-state]").count()).toBe(1);
    expect(await rowOf(questionId).count()).toBe(1);
    expect(await page.getByLabel("Flag", { exact: true }).inputValue()).toBe("flagged");

    // "Not flagged" leaves it out.
    await page.goto("/cards?flag=unflagged");
    expect(await rowOf(questionId).count()).toBe(0);
    expect(await page.locator("li[data-card-state]").count()).toBeGreaterThan(0);

    // The card's own page says it is flagged.
    await page.goto(`/cards/${questionId}`);
    expect(await page.getByTestId("card-summary").textContent()).toContain("Flagged");
    await context.close();
  });
});
