// Journey: a new learner sees the empty state, studies a few cards and takes
// a quiz, and sees the progress figures, charts, memory map and export change.
import { describe, expect, test } from "vitest";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard } from "./helpers";

const browser = sharedBrowser();

describe("progress", () => {
  test("figures change after studying; the reader shades what was studied; history exports", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/progress");
    await page.getByTestId("progress-empty").waitFor();
    expect(await page.getByTestId("fig-seen").textContent()).toMatch(/^0 \//);

    await page.goto("/articles/shusha-declaration/review");
    await page.locator("[data-ready=true]").waitFor();
    for (let i = 0; i < 3; i++) {
      const card = await page.locator("[data-review-card]").getAttribute("data-review-card");
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      await page.keyboard.press(i === 0 ? "1" : "3");
      await page.waitForFunction((prev) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== prev, card);
    }

    await page.goto("/articles/shusha-declaration/quiz");
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    for (let i = 0; i < 10; i++) {
      await answerWithKeyboard(page);
      await page.keyboard.press("Enter");
      if (i < 9) await page.getByText(`Question ${i + 2} of 10`).waitFor();
    }
    await page.waitForURL(/\/results$/);

    await page.goto("/progress");
    await page.getByTestId("fig-seen").waitFor();
    expect(await page.getByTestId("progress-empty").count()).toBe(0);
    const seen = Number((await page.getByTestId("fig-seen").textContent())!.split(" ")[0]);
    expect(seen).toBeGreaterThanOrEqual(10);
    expect(await page.getByTestId("fig-streak").textContent()).toBe("1 day");
    expect(await page.getByTestId("fig-acc7").textContent()).toMatch(/^\d+%$/);
    await page.getByText("Active on 1 of the last 365 days").waitFor();
    await page.getByText("Quiz scores as a table").click();
    expect(await page.getByRole("table").filter({ hasText: "Finished" }).locator("tbody tr").count()).toBe(1);

    await page.goto("/articles/shusha-declaration");
    await page.getByTestId("memory-legend").waitFor();
    expect(await page.locator("[data-mastery]:not([data-mastery=unseen])").count()).toBeGreaterThan(0);

    const csv = await (await context.request.get("/progress/export")).text();
    const lines = csv.trim().split("\r\n");
    expect(lines.filter((l) => l.startsWith("quiz_response,"))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("review,")).length).toBeGreaterThanOrEqual(13);
    await context.close();
  });
});
