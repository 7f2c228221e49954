// Journey: a guest identity is made where a row is first needed. Reading
// pages without a session (or with a token nobody was given) creates no User
// or Session row and sets no cookie; the first "Start quiz" creates one guest
// and sets its httpOnly cookie; later pages find that same learner.
import { createHash } from "node:crypto";
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { readDb } from "./helpers";
import { startQuiz } from "./quiz-steps";
import { newSessionToken, SESSION_COOKIE } from "@/lib/session-token";

const browser = sharedBrowser();
const PAGES = ["/", "/articles/shusha-declaration", "/articles/shusha-declaration/quiz", "/review", "/progress", "/cards", "/settings"];

function rowCounts() {
  const [row] = readDb<{ users: number; sessions: number }>(inject("dbFile"), "SELECT (SELECT COUNT(*) FROM User) AS users, (SELECT COUNT(*) FROM Session) AS sessions");
  return row!;
}

describe("guest sessions", () => {
  test("cookieless page views create no user or session and set no cookie", async () => {
    const { context, page } = await browser.newPage();
    const before = rowCounts();
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    expect(rowCounts()).toEqual(before);
    expect((await context.cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    await context.close();
  });

  test("a random well-formed token on page views creates nothing", async () => {
    const { context, page } = await browser.newPage();
    const token = newSessionToken();
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: inject("baseURL") }]);
    const before = rowCounts();
    for (const path of PAGES) await page.goto(path);
    expect(rowCounts()).toEqual(before);
    expect((await context.cookies()).find((c) => c.name === SESSION_COOKIE)?.value).toBe(token);
    await context.close();
  });

  test("the first Start quiz creates one guest and sets its cookie; the next pages are that learner's", async () => {
    const { context, page } = await browser.newPage();
    const before = rowCounts();
    await startQuiz(page, { size: "5" });
    expect(rowCounts()).toEqual({ users: before.users + 1, sessions: before.sessions + 1 });
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    await page.goto("/");
    await page.goto("/review");
    expect(rowCounts()).toEqual({ users: before.users + 1, sessions: before.sessions + 1 });
    const [attempts] = readDb<{ n: number }>(
      inject("dbFile"),
      "SELECT COUNT(*) AS n FROM QuizAttempt a JOIN Session s ON s.userId = a.userId WHERE s.tokenHash = ?",
      createHash("sha256").update(cookie!.value).digest("hex"),
    );
    expect(attempts!.n).toBe(1);
    await context.close();
  });
});
