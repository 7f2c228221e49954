// Journey: an ordering card in review must not give its answer away. The
// items on the front are shuffled per learner and review, never shown in the
// correct order (the seed's timelines sorted alphabetically are exactly in
// chronological order, which is what review used to show).
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { readDb } from "./helpers";
import { currentCard, nextCard } from "./review-helpers";

const browser = sharedBrowser();

describe("ordering cards in review", () => {
  test("every hand-written ordering card shows its items out of the correct order", async () => {
    const ordering = new Map(
      readDb<{ id: string; key: string; items: string }>(
        inject("dbFile"),
        "SELECT id, key, items FROM Question WHERE kind = 'ordering' AND status = 'active' AND origin = 'handwritten'",
      ).map((q) => [q.id, { key: q.key, items: JSON.parse(q.items) as string[] }]),
    );
    expect(ordering.size).toBe(3);

    const { context, page } = await browser.newPage({ width: 360 });
    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    const shown = new Map<string, string[]>();
    // Bury card after card (each leaves today's queue) until every ordering card has been on screen.
    for (let i = 0; i < 150 && shown.size < ordering.size; i++) {
      const id = await currentCard(page);
      if (id === "none") break;
      if (ordering.has(id) && !shown.has(id)) {
        shown.set(id, await page.locator("[data-card-front] li").allTextContents());
        if (shown.size === 1) await page.screenshot({ path: "/tmp/review-ordering-front-360.png", fullPage: true });
      }
      await page.keyboard.press("b");
      await nextCard(page, id);
    }
    expect([...shown.keys()].sort()).toEqual([...ordering.keys()].sort());
    for (const [id, items] of shown) {
      const { key, items: correct } = ordering.get(id)!;
      expect([...items].sort(), key).toEqual([...correct].sort());
      expect(items, `${key} is shown in its correct order`).not.toEqual(correct);
    }
    await context.close();
  }, 180_000);
});
