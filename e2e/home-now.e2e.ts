// Journey: the home page is the way back in. A brand-new guest is told to
// start with a quiz; after some study it shows what to do now: the cards due
// today (the same counts as the review page), the quiz in progress with
// Resume, and the streak.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard } from "./helpers";

const browser = sharedBrowser();

async function reviewCounts(page: Page) {
  await page.goto("/review");
  await page.locator("[data-ready=true]").waitFor();
  const text = (await page.getByTestId("review-counts").textContent()) ?? "";
  const [n = NaN, l = NaN, d = NaN] = [...text.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
  return { new: n, learning: l, due: d };
}

describe("home page: what to do now", () => {
  test("a brand-new guest is told nothing is due yet and to start with a quiz", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/");
    const now = page.getByRole("region", { name: "Today" });
    expect(await now.textContent()).toContain("Nothing due yet — start with a quiz");
    const start = now.getByRole("link", { name: /Start a quiz/ });
    expect(await start.getAttribute("href")).toBe("/articles/shusha-declaration/quiz");
    await start.click();
    await page.waitForURL(/\/articles\/shusha-declaration\/quiz$/);
    await context.close();
  });

  test("after answering part of a quiz: due cards, Resume, streak", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/articles/shusha-declaration/quiz");
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    const attemptUrl = page.url();
    for (let i = 0; i < 3; i++) {
      await answerWithKeyboard(page);
      await page.keyboard.press("Enter");
      await page.getByText(`Question ${i + 2} of 10`).waitFor();
    }
    const expected = await reviewCounts(page);

    await page.goto("/");
    const now = page.getByRole("region", { name: "Today" });
    expect(await now.textContent()).not.toContain("Nothing due yet");
    expect(await now.getByTestId("home-due").textContent()).toBe(String(expected.learning + expected.due));
    expect(await now.getByTestId("home-new").textContent()).toBe(String(expected.new));
    expect(await now.getByTestId("home-streak").textContent()).toBe("1 day");
    expect(await now.textContent()).toContain("3 of 10 answered");

    await now.getByRole("link", { name: /^Resume/ }).click();
    await page.waitForURL(attemptUrl);
    await page.getByText("Question 4 of 10").waitFor();

    await page.goto("/");
    await page.getByRole("region", { name: "Today" }).getByRole("link", { name: /^Review/ }).click();
    await page.waitForURL(/\/review$/);
    await context.close();
  });
});
