// Shared steps of the browser journeys.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import type { BrowserContext, Page } from "playwright-core";
import { SESSION_COOKIE } from "@/lib/session-token";

/** Presses Tab until `isTarget` holds for the focused element (keyboard-only navigation). */
export async function tabTo(page: Page, isTarget: (el: Element) => boolean, maxTabs = 60): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await page.evaluate((fn) => !!document.activeElement && new Function("el", `return (${fn})(el)`)(document.activeElement), isTarget.toString())) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach the element with Tab in ${maxTabs} presses`);
}

export function readDb<T>(dbFile: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export type QuestionKind = "multiple_choice" | "true_false" | "cloze" | "short_answer" | "ordering" | "matching" | "flashcard";

/** Answers the question on screen with the keyboard only; typed answers are deliberately wrong. */
export async function answerWithKeyboard(page: Page): Promise<QuestionKind> {
  await page.locator("[data-ready=true]").waitFor();
  const kind = (await page.locator("[data-question-kind]").getAttribute("data-question-kind")) as QuestionKind;
  switch (kind) {
    case "multiple_choice":
      await page.keyboard.press("2");
      await page.keyboard.press("Enter");
      break;
    case "true_false":
      await page.keyboard.press("t");
      await page.keyboard.press("Enter");
      break;
    case "cloze":
    case "short_answer":
      await page.keyboard.type("zzzz");
      await page.keyboard.press("Enter");
      break;
    case "ordering":
      await tabTo(page, (el) => el.hasAttribute("data-order-index"));
      await page.keyboard.press("Alt+ArrowDown");
      await page.keyboard.press("Enter");
      break;
    case "matching": {
      const selects = await page.locator("select").count();
      for (let i = 0; i < selects; i++) {
        await tabTo(page, (el) => el.tagName === "SELECT" && (el as HTMLSelectElement).value === "");
        for (let k = 0; k <= i; k++) await page.keyboard.press("ArrowDown");
      }
      await page.keyboard.press("Enter");
      break;
    }
    case "flashcard":
      await page.keyboard.press(" ");
      await page.getByText("I knew it").waitFor();
      await page.keyboard.press("y");
      break;
  }
  await page.locator("[data-verdict]").waitFor();
  return kind;
}

/** Writes to the server's SQLite file in one transaction (for journeys that need a long history quickly). */
export function writeDb(dbFile: string, write: (db: Database.Database) => void): void {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.transaction(() => write(db))();
  } finally {
    db.close();
  }
}

/** A DateTime as the Prisma SQLite adapter stores it (ISO 8601 with +00:00). */
export function dbTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** The id of the learner a browser context is signed in as (its session cookie, hashed as the server stores it). */
export async function userIdOf(context: BrowserContext, dbFile: string): Promise<string> {
  const token = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)?.value;
  if (!token) throw new Error("the context has no session cookie yet; visit a page first");
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const [row] = readDb<{ userId: string }>(dbFile, "SELECT userId FROM Session WHERE tokenHash = ?", tokenHash);
  if (!row) throw new Error("no session row for the context's cookie");
  return row.userId;
}

/** A DateTime column as read straight from SQLite (ISO text or epoch milliseconds). */
export function storedDate(value: string | number): Date {
  if (typeof value === "number") return new Date(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}

/**
 * Makes the context a guest learner before its first action, for journeys that
 * write rows for it straight into the database: page views create no learner
 * (the first action that stores a row does), so this saves the default settings.
 */
export async function becomeGuest(page: Page): Promise<void> {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByText("Saved.").waitFor();
}
