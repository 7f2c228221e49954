// Shared steps of the review journeys: who the browser's guest is, and the
// learner's card rows as the server stored them.
import { createHash } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { readDb } from "./helpers";

/** The user id behind the context's session cookie (the cookie holds a token; the server keeps its SHA-256). */
export async function userIdOf(context: BrowserContext): Promise<string> {
  const token = (await context.cookies()).find((c) => c.name === "recall_session")?.value;
  if (!token) throw new Error("no session cookie yet");
  const hash = createHash("sha256").update(token).digest("hex");
  const [row] = readDb<{ userId: string }>(inject("dbFile"), "SELECT userId FROM Session WHERE tokenHash = ?", hash);
  if (!row) throw new Error("no session row for the cookie");
  return row.userId;
}

export type CardRow = Record<string, unknown> & { questionId: string };

/** Every column of every card row of the learner, keyed by question id. */
export function cardRows(userId: string): Record<string, CardRow> {
  const rows = readDb<CardRow>(inject("dbFile"), "SELECT * FROM Card WHERE userId = ? ORDER BY questionId", userId);
  return Object.fromEntries(rows.map((r) => [r.questionId, r]));
}

export function reviewLogCount(userId: string): number {
  return readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM ReviewLog WHERE userId = ?", userId)[0]!.n;
}

/** Polls the database until the learner's cards differ from `previous` (a write landed), then returns them. */
export async function cardsChangedFrom(userId: string, previous: Record<string, CardRow>, timeoutMs = 10_000): Promise<Record<string, CardRow>> {
  const before = JSON.stringify(previous);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = cardRows(userId);
    if (JSON.stringify(now) !== before) return now;
    if (Date.now() > deadline) throw new Error("the learner's cards did not change");
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function currentCard(page: Page): Promise<string> {
  return (await page.locator("[data-review-card]").getAttribute("data-review-card")) ?? "none";
}

/** Waits until the card on screen is not `previous`. */
export async function nextCard(page: Page, previous: string): Promise<string> {
  await page.waitForFunction((prev) => document.querySelector("[data-review-card]")?.getAttribute("data-review-card") !== prev, previous);
  return currentCard(page);
}

/** Sets the daily new-card limit on the settings page. */
export async function setNewCardsPerDay(page: Page, n: number): Promise<void> {
  await page.goto("/settings");
  await page.locator("#newCardsPerDay").fill(String(n));
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByText("Saved.").waitFor();
}
