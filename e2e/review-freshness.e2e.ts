// Journey: a grade is one request. Each grade, bury or flag is the action's
// POST alone (its answer is the next card) and no render of the page (no GET
// of its RSC payload); yet every page shows what the server has when reached
// afterwards, by a link, by Back and Forward (the router keeps the pages it
// rendered for those), or by a reload.
import type { Page, Request } from "playwright-core";
import { describe, expect, test } from "vitest";
import { sharedBrowser } from "./browser";
import { becomeGuest } from "./helpers";
import { cardRows, currentCard, nextCard, userIdOf } from "./review-helpers";

const browser = sharedBrowser();

type Kind = "action" | "page GET";
function kindOf(request: Request): Kind | null {
  const h = request.headers();
  if (request.method() === "POST" && h["next-action"]) return "action";
  const prefetch = h["next-router-prefetch"] || h["next-router-segment-prefetch"];
  if (request.method() === "GET" && h["rsc"] === "1" && !prefetch) return "page GET";
  return null;
}

/** The page's action POSTs and page GETs, in order; `settled` waits until none has been open for a while and hands over those since the last call. */
function watch(page: Page) {
  let seen: Kind[] = [];
  let open = 0;
  let lastChange = Date.now();
  page.on("request", (r) => {
    const kind = kindOf(r);
    if (!kind) return;
    seen.push(kind);
    open++;
    lastChange = Date.now();
  });
  const done = (r: Request) => {
    if (!kindOf(r)) return;
    open--;
    lastChange = Date.now();
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return {
    async settled(quietMs = 500): Promise<Kind[]> {
      while (open > 0 || Date.now() - lastChange < quietMs) await new Promise((r) => setTimeout(r, 50));
      const out = seen;
      seen = [];
      return out;
    },
  };
}

/** The review card on screen once the screen is the server's: a card id, its flag, and the counts. */
async function shownReview(page: Page) {
  await page.locator("[data-ready=true] [data-card-front], [data-testid=review-summary]").first().waitFor();
  return {
    card: await currentCard(page),
    flagged: (await page.getByText("⚑ Flagged").count()) > 0,
    counts: (await page.getByTestId("review-counts").textContent())?.replace(/\s+/g, " ").trim(),
  };
}

const flaggedInBrowser = (page: Page, questionId: string) =>
  page.locator("li").filter({ has: page.locator(`a[href="/cards/${questionId}"]`) }).getAttribute("data-flagged");

describe("one request per grade, fresh pages after", () => {
  test("grade, bury and flag are one POST each and no page render; /cards and /review are fresh by link, Back, Forward and reload", async () => {
    const { context, page } = await browser.newPage();
    await becomeGuest(page);
    const requests = watch(page);
    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    await requests.settled();
    const userId = await userIdOf(context);
    const first = await shownReview(page);

    // Three grades (Again, Good, Easy), then a bury: each is the action's POST and nothing else.
    const graded: string[] = [];
    for (const key of ["1", "3", "4"]) {
      const id = await currentCard(page);
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      await requests.settled();
      await page.keyboard.press(key);
      await nextCard(page, id);
      expect(await requests.settled(), `grade ${key}`).toEqual(["action"]);
      graded.push(id);
    }
    const buried = await currentCard(page);
    await page.keyboard.press("b");
    await nextCard(page, buried);
    expect(await requests.settled(), "bury").toEqual(["action"]);
    const flagged = await currentCard(page);
    await page.keyboard.press("f");
    await page.getByText("⚑ Flagged").waitFor();
    expect(await requests.settled(), "flag").toEqual(["action"]);
    expect(cardRows(userId)[flagged]?.flag).toBe(1);
    const onReview = await shownReview(page);
    expect(onReview).toMatchObject({ card: flagged, flagged: true });
    expect(onReview.card).not.toBe(first.card);

    // By a link: the card browser marks the flag.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cards" }).click();
    await page.waitForURL(/\/cards$/);
    expect(await flaggedInBrowser(page, flagged)).toBe("true");

    // Back: the review as the server has it (the flagged card), not the page first rendered (a card graded since).
    await page.goBack();
    await page.waitForURL(/\/review$/);
    await page.waitForFunction((id) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") === id, flagged);
    expect(await shownReview(page)).toEqual(onReview);
    await requests.settled();

    // Unflag here, then Forward: the card browser kept from before shows it unflagged.
    await page.keyboard.press("f");
    await page.getByRole("button", { name: /^Flag/ }).waitFor();
    expect(await requests.settled(), "unflag").toEqual(["action"]);
    expect(cardRows(userId)[flagged]?.flag).toBe(0);
    await page.goForward();
    await page.waitForURL(/\/cards$/);
    await page.waitForFunction((id) => document.querySelector(`li:has(a[href="/cards/${id}"])`)?.getAttribute("data-flagged") === "false", flagged);

    // Back again and a reload: the same review, unflagged.
    await page.goBack();
    await page.waitForURL(/\/review$/);
    await page.waitForFunction((id) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") === id, flagged);
    const afterBack = await shownReview(page);
    expect(afterBack).toMatchObject({ card: flagged, flagged: false });
    await page.reload();
    expect(await shownReview(page)).toEqual(afterBack);
    for (const id of graded) expect(afterBack.card).not.toBe(id);
    await context.close();
  }, 120_000);
});
