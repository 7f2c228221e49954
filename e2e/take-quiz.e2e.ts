// Journey: take a 10-question quiz with every kind using only the keyboard,
// see the score, open "see in the article" and find the highlighted sentence,
// then retry the mistakes.
import { describe, expect, test } from "vitest";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard, tabTo, type QuestionKind } from "./helpers";

const browser = sharedBrowser();

describe("taking a quiz", () => {
  test("ten questions of every kind by keyboard, score, evidence in the article, retry mistakes", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/articles/shusha-declaration/quiz");
    await tabTo(page, (el) => el.textContent?.trim() === "Start quiz");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    const attemptUrl = page.url();

    const kinds: QuestionKind[] = [];
    for (let i = 0; i < 10; i++) {
      await page.getByText(`Question ${i + 1} of 10`).waitFor();
      kinds.push(await answerWithKeyboard(page));
      // After the answer, focus sits on "Next question" / "See results": Enter goes on.
      await page.keyboard.press("Enter");
      if (i < 9) await page.getByText(`Question ${i + 2} of 10`).waitFor();
    }
    expect(new Set(kinds)).toEqual(new Set(["multiple_choice", "true_false", "cloze", "short_answer", "ordering", "matching", "flashcard"]));

    await page.waitForURL(/\/results$/);
    const score = (await page.getByTestId("score").textContent()) ?? "";
    expect(score).toMatch(/^\d+(\.\d)? \/ 10/);
    const wrong = await page.locator("li[data-correct=false]").count();
    expect(wrong).toBeGreaterThanOrEqual(2); // the typed answers were "zzzz"

    // Reopening the finished quiz goes to its results.
    await page.goto(attemptUrl);
    await page.waitForURL(/\/results$/);

    await tabTo(page, (el) => el.textContent === "See in the article");
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href"));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/articles\/shusha-declaration\?s=\d+(&quiz=[a-z0-9]+)?#s-\d+$/);
    const n = href!.match(/#s-(\d+)$/)![1];
    const sentence = page.locator(`#s-${n}`);
    expect(await sentence.getAttribute("data-highlighted")).toBe("true");
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, `s-${n}`);

    await page.goBack();
    await page.waitForURL(/\/results$/);
    await tabTo(page, (el) => el.textContent?.trim() === "Retry my mistakes");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => /\/quiz\/[a-z0-9]+$/.test(url.pathname) && url.href !== attemptUrl);
    await page.getByText(`Question 1 of ${wrong}`).waitFor();
    await context.close();
  });

  test("closing the tab mid-quiz loses nothing: reopening resumes at the first unanswered question", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/articles/shusha-declaration/quiz");
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    const url = page.url();
    for (let i = 0; i < 3; i++) {
      await answerWithKeyboard(page);
      await page.keyboard.press("Enter");
      await page.getByText(`Question ${i + 2} of 10`).waitFor();
    }
    await page.close();
    const again = await context.newPage();
    await again.goto(url);
    await again.getByText("Question 4 of 10").waitFor();
    await again.goto("/articles/shusha-declaration/quiz");
    await again.getByText("You have a quiz in progress (3 of 10 answered).").waitFor();
    await context.close();
  });
});
