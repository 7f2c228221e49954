// Journeys: the question editor and learners' reports (issue 11).
// - An author finds a question with the list's filters, edits its prompt
//   (the preview follows as they type) and the next quiz asks it that way;
//   its key and row stay; reload and Back keep the edit and the filters. A
//   learner gets "not found" on the editor.
// - A learner answers a quiz question, reports a problem from the feedback
//   (no refresh, the quiz's keys still work), and an author sees the report
//   in the queue, without the learner's name, and resolves it.
import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard, readDb, writeDb, type QuestionKind } from "./helpers";
import { questionAt, shownPosition, startQuiz } from "./quiz-steps";

const browser = sharedBrowser();
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const SLUG = "shusha-declaration";
const PASSWORD = "a long enough password";

/** A fresh account made an author the way an operator does (the role column; npm run user:role does the same). */
async function signUpAuthor(page: Page): Promise<string> {
  const email = `author-${randomBytes(4).toString("hex")}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Make my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  writeDb(inject("dbFile"), (db) => db.prepare("UPDATE User SET role = 'author' WHERE email = ?").run(email));
  return email;
}

type Row = { id: string; key: string; prompt: string; editedAt: string | null };
const questionById = (id: string) => readDb<Row>(inject("dbFile"), "SELECT id, key, prompt, editedAt FROM Question WHERE id = ?", id)[0]!;

/** The hand-written kind of the article with the fewest active questions (a quiz of it reaches the edited one soon). */
function smallestKind(): QuestionKind {
  const rows = readDb<{ kind: QuestionKind; n: number }>(
    inject("dbFile"),
    `SELECT q.kind, COUNT(*) AS n FROM Question q JOIN Article a ON a.id = q.articleId
      WHERE a.slug = ? AND q.origin = 'handwritten' AND q.status = 'active' AND q.kind IN ('multiple_choice', 'short_answer', 'ordering', 'matching')
      GROUP BY q.kind ORDER BY n ASC, q.kind ASC`,
    SLUG,
  );
  return rows[0]!.kind;
}

describe("question editor", () => {
  test("an author edits a question's prompt and the next quiz shows the new prompt; a learner cannot open the editor", async () => {
    const learner = await browser.newPage();
    // Not found, as for a missing article. (Streamed under the article's loading boundary, so the status is 200 with noindex.)
    await learner.page.goto(`/articles/${SLUG}/questions`);
    await learner.page.getByRole("heading", { name: "Article not found" }).waitFor();
    expect(await learner.page.locator("[data-question-key]").count()).toBe(0);

    const { page, context } = await browser.newPage();
    await signUpAuthor(page);
    const kind = smallestKind();
    await page.goto(`/articles/${SLUG}/questions`);
    await page.getByLabel("Kind").selectOption(kind);
    await page.getByLabel("Origin").selectOption("handwritten");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL((url) => url.searchParams.get("kind") === kind && url.searchParams.get("origin") === "handwritten");
    const first = page.locator("[data-question-key]").first();
    const key = (await first.getAttribute("data-question-key"))!;
    await first.getByRole("link").click();
    await page.waitForURL(/\/questions\/[a-z0-9]+$/);
    const id = page.url().split("/").pop()!;
    const before = questionById(id);
    expect(before.key).toBe(key);

    const prompt = `Edited ${randomBytes(3).toString("hex")}: ${before.prompt}`;
    await page.getByLabel("Prompt", { exact: true }).fill(prompt);
    await poll(() => page.getByTestId("preview-prompt").textContent()).toBe(prompt);
    await page.getByRole("button", { name: "Save changes" }).click();
    await poll(() => page.getByTestId("editor-message").textContent()).toContain("Saved.");
    const after = questionById(id);
    expect(after).toMatchObject({ id, key, prompt });
    expect(after.editedAt).not.toBeNull();

    // Reload keeps the edit; Back returns to the filtered list.
    await page.reload();
    expect(await page.getByLabel("Prompt", { exact: true }).inputValue()).toBe(prompt);
    await page.goBack();
    await page.waitForURL((url) => url.pathname.endsWith("/questions") && url.searchParams.get("kind") === kind);
    await poll(() => page.locator(`[data-question-key="${key}"]`).textContent()).toContain(prompt);
    await context.close();

    // A learner's next quiz of that kind asks the edited prompt.
    const attemptId = await startQuiz(learner.page, { kinds: [kind], origin: "handwritten", size: "all" });
    let seen = false;
    for (let i = 0; i < 30 && !seen; i++) {
      const position = await shownPosition(learner.page);
      if (questionAt(attemptId, position).id === id) {
        expect(await learner.page.locator("#question-prompt").textContent()).toContain(prompt);
        seen = true;
        break;
      }
      await answerWithKeyboard(learner.page);
      await learner.page.keyboard.press("Enter");
      await learner.page.waitForFunction((p) => !document.body.textContent?.includes(`Question ${p + 1} of`), position);
      await learner.page.locator("[data-ready=true]").waitFor();
    }
    expect(seen).toBe(true);
    await learner.context.close();
  });

  test("a learner reports a question from quiz feedback, the quiz goes on, and an author resolves it from the queue", async () => {
    const learner = await browser.newPage();
    const attemptId = await startQuiz(learner.page, { kinds: ["multiple_choice", "true_false"], size: "5" });
    const url = learner.page.url();
    await answerWithKeyboard(learner.page);
    const questionId = questionAt(attemptId, 0).id;
    const note = `The date looks wrong ${randomBytes(3).toString("hex")}`;
    await learner.page.getByText("Report a problem").click();
    await learner.page.getByLabel("The answer is wrong").check();
    await learner.page.getByLabel("Note (optional)").fill(note);
    await learner.page.getByRole("button", { name: "Send report" }).dblclick();
    await poll(() => learner.page.getByTestId("report-thanks").textContent()).toBe("Thanks — an editor will look at it.");
    // No refresh: the same page, the feedback still on screen; Enter still goes on.
    expect(learner.page.url()).toBe(url);
    expect(await learner.page.locator("[data-verdict]").count()).toBe(1);
    const reports = readDb<{ reason: string; note: string; status: string }>(inject("dbFile"), "SELECT reason, note, status FROM QuestionReport WHERE questionId = ?", questionId);
    expect(reports).toEqual([{ reason: "wrong_answer", note, status: "open" }]);
    await learner.page.keyboard.press("Enter");
    await learner.page.getByText("Question 2 of").waitFor();
    await learner.context.close();

    const { page, context } = await browser.newPage();
    await signUpAuthor(page);
    await page.goto(`/articles/${SLUG}/questions?view=reports`);
    const item = page.locator("[data-report-id]", { hasText: note });
    await item.waitFor();
    expect(await item.textContent()).toContain("The answer is wrong");
    await item.getByRole("button", { name: "Resolve" }).click();
    await poll(() => page.locator("[data-report-id]", { hasText: note }).count()).toBe(0);
    const [closed] = readDb<{ status: string; resolvedAt: string | null; resolvedById: string | null }>(
      inject("dbFile"),
      "SELECT status, resolvedAt, resolvedById FROM QuestionReport WHERE questionId = ?",
      questionId,
    );
    expect(closed?.status).toBe("resolved");
    expect(closed?.resolvedAt).not.toBeNull();
    expect(closed?.resolvedById).not.toBeNull();
    await context.close();
  });
});
