// Journey: every study setting round-trips (save -> what the form shows ->
// reload -> save again -> the database row), and once the learner's time zone
// is Asia/Baku (UTC+4, no daylight saving) every time the pages show is Baku
// time: quiz results, quiz history and the card page.
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard, becomeGuest, readDb, storedDate, userIdOf } from "./helpers";

const browser = sharedBrowser();

const CHOSEN = { desiredRetention: "0.85", newCardsPerDay: "7", maximumInterval: "180", timeZone: "Asia/Baku" };

async function formValues(page: Page) {
  return {
    desiredRetention: await page.locator("#desiredRetention").inputValue(),
    newCardsPerDay: await page.locator("#newCardsPerDay").inputValue(),
    maximumInterval: await page.locator("#maximumInterval").inputValue(),
    timeZone: await page.locator("#timeZone").inputValue(),
  };
}

async function fillSettings(page: Page, values: typeof CHOSEN) {
  await page.locator("#desiredRetention").fill(values.desiredRetention);
  await page.locator("#newCardsPerDay").fill(values.newCardsPerDay);
  await page.locator("#maximumInterval").fill(values.maximumInterval);
  await page.locator("#timeZone").selectOption(values.timeZone);
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  await page.getByRole("button", { name: "Save settings" }).waitFor(); // not "Saving…" any more
}

function storedSettings(userId: string) {
  return readDb<{ desiredRetention: number; newCardsPerDay: number; maximumInterval: number; timeZone: string }>(
    inject("dbFile"),
    "SELECT desiredRetention, newCardsPerDay, maximumInterval, timeZone FROM User WHERE id = ?",
    userId,
  )[0];
}

/** The stored UTC instant moved to Baku (+04:00), written the way the pages write times. */
function bakuTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + 4 * 3600_000);
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(shifted);
}

describe("study settings", () => {
  test("every setting round-trips: save, the form after saving, reload, save again, the database", async () => {
    const { context, page } = await browser.newPage();
    await becomeGuest(page); // saves the defaults: the learner row exists from here
    await page.goto("/settings");
    const userId = await userIdOf(context, inject("dbFile"));
    expect(await formValues(page)).toEqual({ desiredRetention: "0.9", newCardsPerDay: "20", maximumInterval: "36500", timeZone: "UTC" });

    await fillSettings(page, CHOSEN);
    await save(page);
    expect(storedSettings(userId)).toEqual({ desiredRetention: 0.85, newCardsPerDay: 7, maximumInterval: 180, timeZone: "Asia/Baku" });
    // What the form shows after "Saved." is what was saved.
    expect(await formValues(page)).toEqual(CHOSEN);

    await page.reload();
    expect(await formValues(page)).toEqual(CHOSEN);

    // Saving again without touching anything stores the same row.
    await save(page);
    expect(await formValues(page)).toEqual(CHOSEN);
    expect(storedSettings(userId)).toEqual({ desiredRetention: 0.85, newCardsPerDay: 7, maximumInterval: 180, timeZone: "Asia/Baku" });

    // And back: a second change round-trips too.
    const back = { desiredRetention: "0.9", newCardsPerDay: "20", maximumInterval: "36500", timeZone: "America/Los_Angeles" };
    await fillSettings(page, back);
    await save(page);
    expect(await formValues(page)).toEqual(back);
    await page.reload();
    expect(await formValues(page)).toEqual(back);
    expect(storedSettings(userId)).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20, maximumInterval: 36500, timeZone: "America/Los_Angeles" });
    await context.close();
  });

  test("times are shown in the learner's time zone: results, quiz history, card page", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/settings");
    await page.locator("#timeZone").selectOption("Asia/Baku");
    await save(page);

    await page.goto("/articles/shusha-declaration/quiz");
    await page.getByText("5", { exact: true }).click();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    const attemptId = page.url().split("/").pop()!;
    for (let i = 0; i < 5; i++) {
      await page.getByText(`Question ${i + 1} of 5`).waitFor();
      await answerWithKeyboard(page);
      await page.keyboard.press("Enter");
    }
    await page.waitForURL(/\/results$/);

    const [attempt] = readDb<{ startedAt: string | number; finishedAt: string | number }>(
      inject("dbFile"),
      "SELECT startedAt, finishedAt FROM QuizAttempt WHERE id = ?",
      attemptId,
    );
    const finishedAt = storedDate(attempt!.finishedAt);
    const startedAt = storedDate(attempt!.startedAt);
    expect(await page.getByTestId("finished-at").textContent()).toBe(bakuTime(finishedAt));

    await page.goto("/articles/shusha-declaration/quiz");
    const historyRow = page.getByRole("row").filter({ has: page.locator(`a[href="/quiz/${attemptId}/results"]`) });
    expect(await historyRow.getByRole("cell").first().textContent()).toBe(bakuTime(startedAt));

    const [response] = readDb<{ questionId: string; answeredAt: string | number }>(
      inject("dbFile"),
      "SELECT questionId, answeredAt FROM QuizResponse WHERE attemptId = ? AND position = 0",
      attemptId,
    );
    await page.goto(`/cards/${response!.questionId}`);
    const answers = page.getByRole("table", { name: "Quiz answers" });
    expect(await answers.getByRole("cell").first().textContent()).toBe(bakuTime(storedDate(response!.answeredAt)));
    await context.close();
  });
});
