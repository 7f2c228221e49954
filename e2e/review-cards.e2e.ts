// Journey: set a daily limit, review ten cards with the keyboard only (each
// grade button shows its interval), watch the counts change, undo one, and
// see the session summary.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { sharedBrowser } from "./browser";
import { tabTo } from "./helpers";

const browser = sharedBrowser();

async function counts(page: Page) {
  const text = (await page.getByTestId("review-counts").textContent()) ?? "";
  const [n, l, d] = [...text.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
  return { new: n, learning: l, due: d };
}

describe("reviewing cards", () => {
  test("ten cards by keyboard, undo one, counts and summary", async () => {
    const { context, page } = await browser.newPage();

    await page.goto("/settings");
    await tabTo(page, (el) => el.id === "newCardsPerDay");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("10");
    await tabTo(page, (el) => el.textContent?.trim() === "Save settings");
    await page.keyboard.press("Enter");
    await page.getByText("Saved.").waitFor();

    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    expect(await counts(page)).toEqual({ new: 10, learning: 0, due: 0 });

    for (let i = 0; i < 10; i++) {
      const card = await page.locator("[data-review-card]").getAttribute("data-review-card");
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      const labels = await page.getByRole("group", { name: "How well did you remember?" }).getByRole("button").allTextContents();
      expect(labels.map((l) => l.replace(/\s+/g, " ").trim())).toEqual([
        expect.stringMatching(/^\d+(\.\d)?(m|h|d|mo|y)\s*Again 1$/),
        expect.stringMatching(/Hard 2$/),
        expect.stringMatching(/Good 3$/),
        expect.stringMatching(/Easy 4$/),
      ]);
      await page.keyboard.press("4");
      if (i < 9) {
        await page.waitForFunction((prev) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== prev, card);
        expect((await counts(page)).new).toBe(9 - i);
      }
    }
    await page.getByTestId("review-summary").waitFor();
    await page.getByTestId("summary-reviewed").waitFor();
    expect(await page.getByTestId("summary-reviewed").textContent()).toBe("10");
    expect(await counts(page)).toEqual({ new: 0, learning: 0, due: 0 });

    // Undo the last grade: that card is new again and back on screen.
    await page.keyboard.press("u");
    await page.getByText("Undone: the card is back as it was.").waitFor();
    await page.waitForFunction(() => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== "none");
    expect(await counts(page)).toEqual({ new: 1, learning: 0, due: 0 });

    await page.keyboard.press("Space");
    await page.keyboard.press("3"); // Good: into learning, due in 10 minutes
    await page.getByTestId("review-summary").waitFor();
    expect(await counts(page)).toEqual({ new: 0, learning: 1, due: 0 });
    expect(await page.getByTestId("summary-reviewed").textContent()).toBe("10");
    expect(await page.getByTestId("review-summary").textContent()).toMatch(/Next card due/);
    await context.close();
  });

  test("bad settings are refused with a reason and change nothing", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/settings");
    await page.locator("#desiredRetention").fill("0.5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Desired retention must be at least 0.70").waitFor();
    await page.reload();
    expect(await page.locator("#desiredRetention").inputValue()).toBe("0.9");
    await context.close();
  });
});
