// Journey: a learner with a long history opens the progress page and can read
// every chart: each topic labelled once (singular and plural tags merged),
// human kind names, one tick per day on the score chart, the latest 200
// quizzes, grade bars in their own colours, month labels on the calendar and
// the latest weeks in view on a 360 px phone. The charts are drawn by the
// server: a bar or point for each row of their tables, and x labels that
// never overlap, at 1280 px and at 360 px. The history is written straight
// into the server's database (a year of quizzes by hand would take minutes);
// the grades come from real reviews in the browser.
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { studyDayOf } from "@/lib/domain/scheduling";
import { sharedBrowser } from "./browser";
import { becomeGuest, dbTime, readDb, userIdOf, writeDb } from "./helpers";

const browser = sharedBrowser();
// Checks are expect.soft: a run on broken code lists every check that fails, not only the first.
const HOUR = 3600_000;

/** Finished attempts ending just before `now`, `perDay` a day, oldest first; returns their finish times. */
function insertAttempts(userId: string, now: Date, count: number, perDay: number, prefix: string): Date[] {
  const finished = Array.from({ length: count }, (_, i) => new Date(now.getTime() - 60_000 - ((count - 1 - i) * 24 * HOUR) / perDay));
  writeDb(inject("dbFile"), (db) => {
    const insert = db.prepare(
      `INSERT INTO QuizAttempt (id, userId, articleId, config, seed, status, startedAt, finishedAt, score, maxScore) VALUES (?, ?, NULL, '{}', 1, 'finished', ?, ?, ?, 10)`,
    );
    finished.forEach((at, i) => insert.run(`${prefix}-${i}`, userId, dbTime(new Date(at.getTime() - 5 * 60_000)), dbTime(at), (i * 7) % 11));
  });
  return finished;
}

/** One answered response to every active question, spread over the newest attempts. */
function insertResponses(userId: string, prefix: string, attempts: Date[]): void {
  const questions = readDb<{ id: string }>(inject("dbFile"), "SELECT id FROM Question WHERE status = 'active' ORDER BY key");
  const spread = 20;
  writeDb(inject("dbFile"), (db) => {
    const insert = db.prepare(
      `INSERT INTO QuizResponse (id, attemptId, userId, questionId, position, correct, credit, outcome, overridden, shownAt, answeredAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    );
    questions.forEach((q, j) => {
      const a = attempts.length - 1 - (j % spread);
      const at = dbTime(attempts[a]!);
      const correct = j % 3 !== 0;
      insert.run(`${prefix}-r${j}`, `${prefix}-${a}`, userId, q.id, Math.floor(j / spread), correct ? 1 : 0, correct ? 1 : 0, correct ? "exact" : "wrong", at, at);
    });
  });
}

/** Copies of one of the learner's review logs as reviews of a known card (state 2) after 1 to 120 days, bucket by bucket: one failed, the rest passed. */
function insertRetentionReviews(userId: string, prefix: string): void {
  writeDb(inject("dbFile"), (db) => {
    const copy = db.prepare(
      `INSERT INTO ReviewLog (id, userId, cardId, questionId, source, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, review, previousDue, durationMs, createdAt)
       SELECT ?, userId, cardId, questionId, source, ?, 2, due, stability, difficulty, ?, lastElapsedDays, scheduledDays, learningSteps, review, previousDue, durationMs, createdAt FROM ReviewLog WHERE userId = ? LIMIT 1`,
    );
    [1, 2, 5, 10, 20, 45, 120].forEach((days, b) => {
      for (let i = 0; i <= b; i++) copy.run(`${prefix}-${b}-${i}`, i === 0 ? 1 : 3, days, userId);
    });
  });
}

const figure = (page: Page, title: string) => page.locator("figure", { has: page.locator("figcaption", { hasText: title }) });

async function openTable(page: Page, title: string, summary: string) {
  await figure(page, title).locator("summary", { hasText: summary }).click();
  return figure(page, title).locator("table tbody tr");
}

const firstCells = async (page: Page, title: string, summary: string) => (await openTable(page, title, summary)).locator("td:first-child").allTextContents();

/** A column of a chart's table (opened by firstCells or openTable first). */
const tableColumn = (page: Page, title: string, column: number) => figure(page, title).locator(`table tbody td:nth-child(${column})`).allTextContents();

const CHARTS = ["Quiz score per attempt", "Cards due, next 30 days", "Accuracy by question kind", "Accuracy by topic", "True retention by interval", "Answer grades"];

/** A chart's bars (or the score chart's points), drawn by the server as HTML. */
const marks = (page: Page, title: string, kind: "bar" | "point" = "bar") => figure(page, title).locator(`[data-${kind}]`);

const gradeFills = (page: Page) => marks(page, "Answer grades").evaluateAll((bars) => bars.map((b) => getComputedStyle(b).backgroundColor));

/** Heights of a chart's bars in px, in order. */
const barHeights = (page: Page, title: string) => marks(page, title).evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().height));

/** The row labels of an accuracy chart. */
const rowLabels = (page: Page, title: string) => figure(page, title).locator("[data-y-label]").allTextContents();

/** The x labels a chart shows at the current width (a container query hides those a narrow plot has no room for). */
const shownXLabels = (page: Page, title: string) =>
  figure(page, title)
    .locator("[data-x-label]")
    .evaluateAll((labels) =>
      labels
        .filter((l) => l.checkVisibility())
        .map((l) => {
          const r = l.getBoundingClientRect();
          return { text: l.textContent ?? "", left: r.left, right: r.right };
        }),
    );

/** Every chart at the current width: x labels shown, none overlapping or outside its card, every bar inside its plot. */
async function checkLayout(page: Page, width: number) {
  for (const title of CHARTS) {
    const labels = await shownXLabels(page, title);
    expect.soft(labels.length, `${title}: x labels at ${width} px`).toBeGreaterThan(1);
    labels.slice(1).forEach((l, i) => expect.soft(l.left, `${title} at ${width} px: "${labels[i]!.text}" overlaps "${l.text}"`).toBeGreaterThanOrEqual(labels[i]!.right));
    const card = (await figure(page, title).boundingBox())!;
    for (const l of labels) expect.soft(l.left >= card.x && l.right <= card.x + card.width, `${title} at ${width} px: "${l.text}" outside its card`).toBe(true);
    const outside = await figure(page, title)
      .locator("[data-bar]")
      .evaluateAll((bars) =>
        bars.filter((bar) => {
          const r = bar.getBoundingClientRect();
          const plot = bar.closest("[data-plot]")!.getBoundingClientRect();
          return r.left < plot.left - 0.5 || r.right > plot.right + 0.5 || r.top < plot.top - 0.5 || r.bottom > plot.bottom + 0.5;
        }).length,
      );
    expect.soft(outside, `${title} at ${width} px: bars outside the plot`).toBe(0);
  }
}

/** The charts are drawn by the server: they are on the page as soon as their section has streamed in. */
async function waitForCharts(page: Page) {
  await page.getByText("Study activity, last 365 days").waitFor();
  await figure(page, "Quiz score per attempt").locator("[data-chart]").waitFor();
}

/** Grades four different cards Again, Hard, Good, Easy, then two more Good. */
async function reviewCards(page: Page) {
  await page.goto("/articles/shusha-declaration/review");
  await page.locator("[data-ready=true]").waitFor();
  for (const key of ["1", "2", "3", "4", "3", "3"]) {
    const card = await page.locator("[data-review-card]").getAttribute("data-review-card");
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press(key);
    await page.waitForFunction((prev) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== prev, card);
  }
}

/** The cell of `day` on the activity calendar, and whether it lies inside the calendar's visible scroll area and the viewport. */
function dayCellVisible(page: Page, day: string) {
  return page.locator(`[title^="${day}:"]`).evaluate((cell) => {
    let box: HTMLElement | null = cell.parentElement;
    while (box && !["auto", "scroll"].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
    const r = cell.getBoundingClientRect();
    const area = box ? box.getBoundingClientRect() : { left: 0, right: window.innerWidth };
    return { visible: r.width > 0 && r.left >= area.left - 1 && r.right <= area.right + 1 && r.left >= 0 && r.right <= window.innerWidth + 1, left: r.left, right: r.right, areaLeft: area.left, areaRight: area.right };
  });
}

describe("progress charts", () => {
  test("a long history reads well: topics, kinds, latest 200 quizzes, grade colours, calendar months, 360 px", async () => {
    const { context, page } = await browser.newPage();
    await reviewCards(page);
    const userId = await userIdOf(context, inject("dbFile"));
    const now = new Date();
    const finished = insertAttempts(userId, now, 207, 3, "long");
    insertResponses(userId, "long", finished);
    insertRetentionReviews(userId, "long");

    await page.goto("/progress");
    await waitForCharts(page);

    // Every topic has a label on the chart, and singular/plural tags are one topic.
    const topics = await firstCells(page, "Accuracy by topic", "as a table");
    expect.soft(topics.length).toBeGreaterThan(5);
    const lower = topics.map((t) => t.toLowerCase());
    for (const [one, many] of [["person", "people"], ["role", "roles"], ["place", "places"], ["date", "dates"], ["organisation", "organisations"]] as const) {
      expect.soft(lower.includes(one) && lower.includes(many), `${one} and ${many} are separate topics: ${topics.join(", ")}`).toBe(false);
    }
    expect.soft(await rowLabels(page, "Accuracy by topic")).toEqual(topics);
    expect.soft(await marks(page, "Accuracy by topic").count(), "a bar per topic").toBe(topics.length);

    // Human names for kinds, in the chart and its table, and no raw kind anywhere on the page.
    const kinds = await firstCells(page, "Accuracy by question kind", "as a table");
    expect.soft(kinds).toContain("Short answer");
    expect.soft(await rowLabels(page, "Accuracy by question kind")).toEqual(kinds);
    expect.soft(await marks(page, "Accuracy by question kind").count(), "a bar per kind").toBe(kinds.length);
    await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect.soft(await page.locator("body").innerText()).not.toMatch(/short_answer|multiple_choice|true_false/);

    // The score chart takes the newest 200 quizzes, and labels each day once.
    const scoreDays = await firstCells(page, "Quiz score per attempt", "as a table");
    expect.soft(scoreDays).toHaveLength(200);
    expect.soft(scoreDays.at(-1)).toContain(studyDayOf(finished.at(-1)!, "UTC"));
    expect.soft(scoreDays[0]).toContain(studyDayOf(finished[7]!, "UTC"));
    const ticks = (await shownXLabels(page, "Quiz score per attempt")).map((l) => l.text);
    expect.soft(ticks.length).toBeGreaterThan(1);
    expect.soft(ticks.length, `duplicate day ticks: ${ticks.join(", ")}`).toBe(new Set(ticks).size);
    // A point per quiz, each with its value on hover, as the table has it.
    expect.soft(await marks(page, "Quiz score per attempt", "point").count()).toBe(200);
    const lastScore = (await tableColumn(page, "Quiz score per attempt", 2)).at(-1);
    expect.soft(await marks(page, "Quiz score per attempt", "point").last().getAttribute("title")).toMatch(new RegExp(`^\\d{1,2} [A-Z][a-z]{2}: ${lastScore}$`));

    // A bar per day of the forecast, standing on the days the table lists.
    // (Every table is open since the kinds check: their cells are read as they are.)
    const dueDays = await tableColumn(page, "Cards due, next 30 days", 1);
    const dueBars = await barHeights(page, "Cards due, next 30 days");
    expect.soft(dueBars).toHaveLength(30);
    expect.soft(dueBars.filter((h) => h > 0).length, "forecast bars with cards due").toBe(dueDays.length);

    // Retention rises bucket by bucket here (one failed review in each, more passed ones each time): so do the bars.
    const kept = await barHeights(page, "True retention by interval");
    expect.soft(kept).toHaveLength(7);
    expect.soft(kept[0], "0% retention, no bar").toBe(0);
    kept.slice(1).forEach((h, i) => expect.soft(h, `retention bar ${i + 2} taller than the one before`).toBeGreaterThan(kept[i]!));

    // Grade bars: one colour per grade, the count printed on each, as in the table.
    const fills = await gradeFills(page);
    expect.soft(fills).toHaveLength(4);
    expect.soft(new Set(fills).size, `grade bar fills: ${fills.join(", ")}`).toBe(4);
    expect.soft(await marks(page, "Answer grades").allTextContents()).toEqual(await tableColumn(page, "Answer grades", 2));

    await checkLayout(page, 1280);

    // Month labels on the calendar.
    const months = await page.locator("[data-month-label]").allTextContents();
    expect.soft(months.length, "month labels on the activity calendar").toBeGreaterThanOrEqual(11);
    for (const m of months) expect.soft(m).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/);

    await page.screenshot({ path: "/tmp/progress-1280-light.png", fullPage: true });

    // At 360 px the latest week of the calendar is in view without scrolling.
    await page.setViewportSize({ width: 360, height: 900 });
    await page.reload();
    await waitForCharts(page);
    const today = studyDayOf(now, "UTC");
    const cell = await dayCellVisible(page, today);
    expect.soft(cell.visible, `today's calendar cell at 360 px: ${JSON.stringify(cell)}`).toBe(true);
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkLayout(page, 360);
    await page.screenshot({ path: "/tmp/progress-360-light.png", fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    const darkFills = await gradeFills(page);
    expect.soft(new Set(darkFills).size, `dark grade bar fills: ${darkFills.join(", ")}`).toBe(4);
    expect.soft(darkFills, "the grade colours follow the dark theme").not.toEqual(fills);
    await page.screenshot({ path: "/tmp/progress-360-dark.png", fullPage: true });
    await context.close();
  });

  test("a few quizzes a day: the score chart has one tick per day", async () => {
    const { context, page } = await browser.newPage();
    await becomeGuest(page);
    await page.goto("/progress");
    await page.getByTestId("progress-empty").waitFor();
    const userId = await userIdOf(context, inject("dbFile"));
    const finished = insertAttempts(userId, new Date(), 9, 3, "few");
    await page.reload();
    await waitForCharts(page);
    const days = new Set(finished.map((d) => studyDayOf(d, "UTC")));
    const ticks = (await shownXLabels(page, "Quiz score per attempt")).map((l) => l.text);
    expect.soft(ticks, "one tick per day on the score chart").toHaveLength(days.size);
    expect.soft(new Set(ticks).size).toBe(days.size);
    await context.close();
  });
});
