// Journey: undo steps back through the session's actions in order — grades,
// bury, flag, suspend — several levels, each restoring the card row exactly
// (every column). A repeated undo of the same action (the same request sent
// again) is refused and changes nothing.
import type { Request } from "playwright-core";
import { describe, expect, test } from "vitest";
import { sharedBrowser } from "./browser";
import { becomeGuest } from "./helpers";
import { cardRows, cardsChangedFrom, currentCard, reviewLogCount, userIdOf, type CardRow } from "./review-helpers";

const browser = sharedBrowser();

describe("undo in review", () => {
  test("grade, bury, flag, grade, suspend, then undo each back to the start; a repeated undo changes nothing", async () => {
    const { context, page } = await browser.newPage();
    const undoRequests: Request[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"] && (r.postData() ?? "").includes("actionId")) undoRequests.push(r);
    });
    await becomeGuest(page);
    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    const userId = await userIdOf(context);
    const undoEnabled = () =>
      page.waitForFunction(() => {
        const b = [...document.querySelectorAll("button")].find((x) => x.textContent?.trim().startsWith("Undo"));
        return !!b && !(b as HTMLButtonElement).disabled;
      });

    // Each snapshot is every card row of the learner (and how many review logs) before the next action.
    const snapshots: { rows: Record<string, CardRow>; logs: number; label: string }[] = [{ rows: cardRows(userId), logs: 0, label: "start" }];
    const act = async (label: string, keys: string[]) => {
      const prev = snapshots.at(-1)!.rows;
      for (const key of keys) {
        if (key === " ") await page.getByTestId("card-back").or(page.locator("[data-card-front]")).first().waitFor();
        await page.keyboard.press(key);
        if (key === " ") await page.getByTestId("card-back").waitFor();
      }
      const rows = await cardsChangedFrom(userId, prev);
      await undoEnabled();
      snapshots.push({ rows, logs: reviewLogCount(userId), label });
    };

    const a = await currentCard(page);
    await act(`grade ${a} Good`, [" ", "3"]);
    await page.waitForFunction((prev) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== prev, a);
    const b = await currentCard(page);
    await act(`bury ${b}`, ["b"]);
    await page.waitForFunction((prev) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== prev, b);
    const c = await currentCard(page);
    await act(`flag ${c}`, ["f"]);
    await page.getByText("⚑ Flagged").waitFor();
    await act(`grade ${c} Again`, [" ", "1"]);
    await page.waitForFunction((prev) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== prev, c);
    const d = await currentCard(page);
    await act(`suspend ${d}`, ["s"]);
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect(snapshots.at(-1)!.logs).toBe(2);

    // Undo, one level at a time: each step restores the state before that action, every column.
    for (let i = snapshots.length - 1; i > 0; i--) {
      await page.keyboard.press("u");
      const rows = await cardsChangedFrom(userId, snapshots[i]!.rows);
      expect(rows, `undo of "${snapshots[i]!.label}"`).toEqual(snapshots[i - 1]!.rows);
      expect(reviewLogCount(userId)).toBe(snapshots[i - 1]!.logs);
      if (i > 1) await undoEnabled();
    }
    await page.getByText("Undone: the card is back as it was.").waitFor();

    // The same undo sent again (a double press, a retried request): refused, nothing changes.
    const last = undoRequests.at(-1)!;
    expect(undoRequests).toHaveLength(snapshots.length - 1);
    const again = await context.request.post(last.url(), { headers: last.headers(), data: last.postData() ?? "" });
    expect(await again.text()).toMatch(/already undone/);
    expect(cardRows(userId)).toEqual(snapshots[0]!.rows);
    expect(reviewLogCount(userId)).toBe(0);
    // With nothing left to undo, U does nothing.
    await page.keyboard.press("u");
    expect(cardRows(userId)).toEqual(snapshots[0]!.rows);
    await context.close();
  }, 120_000);
});
