// Journey: accounts. A guest studies, makes an account (keeping everything),
// signs out, and signs in again in a fresh browser to find the same progress;
// a guest with new work signs in and it merges; wrong passwords are refused
// and, past the limit, answered 429 with Retry-After; the account page
// changes the password and deletes the account, leaving no row.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { readDb, userIdOf } from "./helpers";
import { currentCard, nextCard } from "./review-helpers";

const browser = sharedBrowser();
/** Password hashing takes a few hundred ms on a busy machine: wait up to 15 s for what a form shows. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const FIGURES = ["fig-seen", "fig-acc7", "fig-due", "fig-knowledge"];
const email = () => `learner-${randomBytes(4).toString("hex")}@example.com`;
const PASSWORD = "a long enough password";

async function gradeCards(page: Page, count: number) {
  await page.goto("/review");
  for (let i = 0; i < count; i++) {
    await page.locator("[data-ready=true]").waitFor();
    const shown = await currentCard(page);
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press("3");
    await nextCard(page, shown);
  }
}

async function figures(page: Page): Promise<Record<string, string>> {
  await page.goto("/progress");
  const out: Record<string, string> = {};
  for (const id of FIGURES) out[id] = (await page.getByTestId(id).textContent())!.trim();
  return out;
}

async function fill(page: Page, fields: Record<string, string>, submit: string) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: submit }).click();
}

const reviewCount = (userId: string) => readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM ReviewLog WHERE userId = ?", userId)[0]!.n;

describe("accounts", () => {
  test("a guest studies, signs up, signs out, signs in on a fresh browser and finds the same progress", async () => {
    const first = await browser.newPage();
    await gradeCards(first.page, 3);
    const guestId = await userIdOf(first.context, inject("dbFile"));
    const before = await figures(first.page);
    expect(before["fig-seen"]).toMatch(/^3 \//);

    const address = email();
    await first.page.goto("/sign-up");
    await fill(first.page, { Email: address, Password: PASSWORD }, "Make my account");
    await first.page.waitForURL((url) => url.pathname === "/");
    await poll(() => first.page.getByRole("link", { name: "Account" }).count()).toBe(1);
    const [user] = readDb<{ id: string; kind: string; email: string }>(inject("dbFile"), "SELECT id, kind, email FROM User WHERE email = ?", address);
    expect(user).toEqual({ id: guestId, kind: "account", email: address });
    expect(await figures(first.page)).toEqual(before);

    await first.page.goto("/account");
    await poll(() => first.page.getByTestId("account-email").textContent()).toBe(address);
    await first.page.getByRole("button", { name: "Sign out", exact: true }).click();
    await first.page.waitForURL((url) => url.pathname === "/");
    await poll(() => first.page.getByRole("link", { name: "Sign in" }).count()).toBe(1);
    expect((await figures(first.page))["fig-seen"]).toMatch(/^0 \//);
    await first.context.close();

    const second = await browser.newPage();
    await second.page.goto("/sign-in");
    await fill(second.page, { Email: address.toUpperCase(), Password: PASSWORD }, "Sign in");
    await second.page.waitForURL((url) => url.pathname === "/");
    expect(await figures(second.page)).toEqual(before);
    expect(reviewCount(guestId)).toBe(3);
    await second.context.close();
  });

  test("a guest's new work merges into the account it signs in to", async () => {
    const owner = await browser.newPage();
    await gradeCards(owner.page, 1);
    const address = email();
    await owner.page.goto("/sign-up");
    await fill(owner.page, { Email: address, Password: PASSWORD }, "Make my account");
    await owner.page.waitForURL((url) => url.pathname === "/");
    const accountId = await userIdOf(owner.context, inject("dbFile"));
    await owner.context.close();

    const visitor = await browser.newPage();
    await gradeCards(visitor.page, 2);
    const guestId = await userIdOf(visitor.context, inject("dbFile"));
    await visitor.page.goto("/sign-in");
    await poll(() => visitor.page.getByText("What you studied as a guest in this browser moves into your account.").count()).toBe(1);
    await fill(visitor.page, { Email: address, Password: PASSWORD }, "Sign in");
    await visitor.page.waitForURL((url) => url.pathname === "/");
    expect(reviewCount(accountId)).toBe(3);
    expect(readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM User WHERE id = ?", guestId)[0]!.n).toBe(0);
    expect(await userIdOf(visitor.context, inject("dbFile"))).toBe(accountId);
    await visitor.context.close();
  });

  test("a wrong password is refused with a message; past the limit the answer is 429 with Retry-After", async () => {
    const { context, page } = await browser.newPage();
    const address = email();
    await page.goto("/sign-up");
    await fill(page, { Email: address, Password: PASSWORD }, "Make my account");
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");

    await page.goto("/sign-in");
    await fill(page, { Email: address, Password: "not my password" }, "Sign in");
    await poll(() => page.locator("form [role=alert]").textContent()).toBe("Wrong email or password.");
    // The form's attempt was the 1st of 10 allowed for this address in 15 minutes.
    for (let i = 2; i <= 10; i++) {
      const response = await page.request.post("/api/auth/sign-in", { data: { email: address, password: `wrong ${i}` } });
      expect(response.status(), `attempt ${i}`).toBe(401);
    }
    const refused = await page.request.post("/api/auth/sign-in", { data: { email: address, password: PASSWORD } });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(800);
    expect((await refused.json()).error).toMatch(/^Too many attempts\. Please wait 1[45] minutes and try again\.$/);
    await fill(page, { Email: address, Password: PASSWORD }, "Sign in");
    await poll(() => page.locator("form [role=alert]").textContent()).toMatch(/^Too many attempts/);
    await context.close();
  });

  test("bad input is a 400 with field errors and changes nothing; a foreign origin is 403", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/sign-up");
    const users = () => readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM User")[0]!.n;
    const before = users();
    await fill(page, { Email: "not-an-email", Password: "short" }, "Make my account");
    await poll(() => page.getByText("That does not look like an email address.").count()).toBe(1);
    await poll(() => page.getByText("Use at least 8 characters.").count()).toBe(1);
    for (const data of ["{", "[]", '{"email":5}']) {
      const response = await page.request.post("/api/auth/sign-up", { headers: { "content-type": "application/json" }, data });
      expect(response.status(), data).toBe(400);
    }
    const foreign = await page.request.post("/api/auth/sign-up", { headers: { origin: "https://evil.example" }, data: { email: email(), password: PASSWORD } });
    expect(foreign.status()).toBe(403);
    expect((await page.request.get("/api/auth/sign-up")).status()).toBe(405);
    // The authors' pages are not found (a real 404) for anyone else; the learner's progress page is there.
    for (const path of ["/progress/questions", "/progress/drafts"]) expect((await page.request.get(path)).status(), path).toBe(404);
    expect((await page.request.get("/progress")).status()).toBe(200);
    expect(users()).toBe(before);
    // Without JavaScript the form posts itself, and the answer is a page with the message.
    const referer = `${inject("baseURL")}/sign-up`;
    const plain = await page.request.post("/api/auth/sign-up", { form: { email: "nope", password: PASSWORD, _then: "/" }, headers: { referer }, maxRedirects: 0 });
    expect(plain.status()).toBe(303);
    expect(plain.headers().location).toBe("/sign-up?error=That%20does%20not%20look%20like%20an%20email%20address.");
    await page.goto(plain.headers().location!);
    await poll(() => page.locator("main [role=alert]").first().textContent()).toBe("That does not look like an email address.");
    expect(users()).toBe(before);
    const ok = await page.request.post("/api/auth/sign-up", { form: { email: email(), password: PASSWORD, _then: "//evil.example" }, headers: { referer }, maxRedirects: 0 });
    expect(ok.status()).toBe(303);
    expect(ok.headers().location).toBe("/sign-up");
    expect(users()).toBe(before + 1);
    await context.close();
  });

  test("signed out in one tab, a grade in the other is refused with a message, and nothing is recorded for anyone", async () => {
    const { context, page } = await browser.newPage();
    const made = await page.request.post("/api/auth/sign-up", { data: { email: email(), password: PASSWORD } });
    expect(made.status()).toBe(200);
    const userId = await userIdOf(context, inject("dbFile"));
    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    const other = await context.newPage();
    await other.goto("/account");
    await other.getByRole("button", { name: "Sign out", exact: true }).click();
    await other.waitForURL((url) => url.pathname === "/");
    const counts = () => readDb<{ users: number; logs: number }>(inject("dbFile"), "SELECT (SELECT COUNT(*) FROM User) AS users, (SELECT COUNT(*) FROM ReviewLog) AS logs")[0]!;
    const before = counts();
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press("3");
    await poll(() => page.getByText("You were signed out (perhaps in another tab).", { exact: false }).count()).toBeGreaterThan(0);
    expect(counts()).toEqual(before);
    expect(reviewCount(userId)).toBe(0);
    await context.close();
  });

  test("forgot password: the link in the server log sets a new password once and signs in; a second use is refused", async () => {
    const { context, page } = await browser.newPage();
    const address = email();
    const made = await page.request.post("/api/auth/sign-up", { data: { email: address, password: PASSWORD } });
    expect(made.status()).toBe(200);
    await page.request.post("/api/auth/sign-out", { data: {} });
    await page.goto("/forgot-password");
    await fill(page, { Email: address }, "Send the link");
    await poll(() => page.locator("form [role=status]").textContent()).toMatch(/^If an account uses that address, a reset link is on its way/);
    let link: string | undefined;
    await poll(() => {
      const line = readFileSync(inject("serverLog"), "utf8").split("\n").find((l) => l.startsWith(`recall: password reset link for ${address}: `));
      link = line?.split(": ").pop();
      return Boolean(link);
    }).toBe(true);
    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await fill(page, { "New password": "a brand new password" }, "Save and sign in");
    await page.waitForURL((url) => url.pathname === "/");
    await poll(() => page.getByRole("link", { name: "Account" }).count()).toBe(1);
    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await poll(() => page.getByRole("heading", { name: "This link does not work" }).count()).toBe(1);
    const reuse = await page.request.post("/api/auth/reset-password", { data: { token: new URL(link!).searchParams.get("token"), password: "yet another password" } });
    expect(reuse.status()).toBe(410);
    const old = await page.request.post("/api/auth/sign-in", { data: { email: address, password: PASSWORD } });
    expect(old.status()).toBe(401);
    await context.close();
  });

  test("the account page changes the password and deletes the account, leaving no row", async () => {
    const { context, page } = await browser.newPage();
    await gradeCards(page, 1);
    const address = email();
    await page.goto("/sign-up");
    await fill(page, { Email: address, Password: PASSWORD }, "Make my account");
    await page.waitForURL((url) => url.pathname === "/");
    const userId = await userIdOf(context, inject("dbFile"));

    await page.goto("/account");
    await fill(page, { "Current password": "wrong password", "New password": "another long password" }, "Change password");
    await poll(() => page.getByText("That is not your current password.").count()).toBe(1);
    await fill(page, { "Current password": PASSWORD, "New password": "another long password" }, "Change password");
    await poll(() => page.locator("form [role=status]").textContent()).toBe("Password changed. Every other device was signed out.");
    await page.reload();
    await poll(() => page.getByTestId("account-email").textContent()).toBe(address);

    await fill(page, { Password: "another long password", "Type delete to confirm": "keep" }, "Delete my account");
    await poll(() => page.getByText("Type delete to confirm.").count()).toBeGreaterThan(0);
    await fill(page, { Password: "another long password", "Type delete to confirm": "delete" }, "Delete my account");
    await page.waitForURL((url) => url.pathname === "/account");
    await poll(() => page.getByRole("status").filter({ hasText: "Your account and everything in it were deleted." }).count()).toBe(1);
    const left = readDb<{ n: number }>(
      inject("dbFile"),
      `SELECT (SELECT COUNT(*) FROM User WHERE id = @id) + (SELECT COUNT(*) FROM Session WHERE userId = @id) + (SELECT COUNT(*) FROM Card WHERE userId = @id)
        + (SELECT COUNT(*) FROM ReviewLog WHERE userId = @id) + (SELECT COUNT(*) FROM CardAction WHERE userId = @id) + (SELECT COUNT(*) FROM QuizAttempt WHERE userId = @id) AS n`,
      { id: userId },
    );
    expect(left[0]!.n).toBe(0);
    await context.close();
  });
});
