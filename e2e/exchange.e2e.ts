// Journey: export and re-import. An author exports the seeded article's
// questions as GIFT and as Recall JSON, edits a prompt in the JSON file,
// checks it on the import page (one question would be updated, nothing
// written yet), imports it, and finds the new prompt in the question editor's
// list, in the next export and in the database, updated in place. A file with a broken line is refused whole
// with its line and field. A learner gets "not found" for the page and the
// export; an unknown format is a 400 with its reason.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { readDb, writeDb } from "./helpers";

const browser = sharedBrowser();
const SLUG = "shusha-declaration";
const KEY = "shusha-sa-signing-city";
const NEW_PROMPT = "In which city, liberated a year before, was the alliance declaration signed?";
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

async function signUpAsAuthor(page: Page): Promise<void> {
  const email = `author-${randomBytes(4).toString("hex")}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Make my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  writeDb(inject("dbFile"), (db) => db.prepare("UPDATE User SET role = 'author' WHERE email = ?").run(email));
}

async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const target = path.join(mkdtempSync(path.join(tmpdir(), "recall-export-")), file.suggestedFilename());
  await file.saveAs(target);
  return { file: file.suggestedFilename(), text: readFileSync(target, "utf8") };
}

describe("export and re-import", () => {
  test("an author exports GIFT and JSON, edits a prompt in the JSON, checks, imports it, and sees the change", async () => {
    const { page } = await browser.newPage();
    await signUpAsAuthor(page);
    await page.goto(`/articles/${SLUG}/questions/import`);
    await page.getByRole("heading", { name: "Import and export questions" }).waitFor();

    const gift = await download(page, "Download Moodle GIFT");
    expect(gift.file).toBe(`${SLUG}.gift.txt`);
    expect(gift.text).toContain("$CATEGORY: recall/shusha-declaration");
    expect(gift.text).toContain(`::${KEY}::`);

    const json = await download(page, "Download Recall JSON");
    expect(json.file).toBe(`${SLUG}.json`);
    const doc = JSON.parse(json.text) as { questions: { key: string; prompt: string }[] };
    const before = readDb<{ id: string; prompt: string }>(inject("dbFile"), "SELECT id, prompt FROM Question WHERE key = ?", KEY)[0]!;
    doc.questions.find((q) => q.key === KEY)!.prompt = NEW_PROMPT;
    const edited = path.join(mkdtempSync(path.join(tmpdir(), "recall-edit-")), `${SLUG}.json`);
    writeFileSync(edited, JSON.stringify(doc, null, 2));

    await page.getByLabel("Question file").setInputFiles(edited);
    await page.getByRole("button", { name: "Check" }).click();
    await poll(() => page.getByTestId("import-summary").textContent()).toMatch(/nothing written yet: 0 new questions, 1 updated question/);
    await expect(page.getByTestId("plan-prompt").textContent()).resolves.toBe(NEW_PROMPT);
    expect(readDb<{ prompt: string }>(inject("dbFile"), "SELECT prompt FROM Question WHERE key = ?", KEY)[0]!.prompt).toBe(before.prompt);

    // A hurried double click imports once; the second sees nothing left to change.
    await page.getByRole("button", { name: "Import" }).dblclick();
    await poll(() => page.getByTestId("import-summary").textContent()).toMatch(/^Imported/);
    const after = readDb<{ id: string; prompt: string; editedAt: string | null }>(inject("dbFile"), "SELECT id, prompt, editedAt FROM Question WHERE key = ?", KEY)[0]!;
    expect(after).toMatchObject({ id: before.id, prompt: NEW_PROMPT });
    expect(after.editedAt).not.toBeNull();

    await page.goto(`/articles/${SLUG}/questions`);
    await page.getByText(NEW_PROMPT).first().waitFor();

    const again = await page.request.get(`/articles/${SLUG}/export?format=json`);
    expect(again.status()).toBe(200);
    expect(again.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.json"`);
    expect((JSON.parse(await again.text()) as typeof doc).questions.find((q) => q.key === KEY)!.prompt).toBe(NEW_PROMPT);
  });

  test("a file with a broken line is refused whole, naming the line and field", async () => {
    const { page } = await browser.newPage();
    await signUpAsAuthor(page);
    await page.goto(`/articles/${SLUG}/questions/import`);
    const count = () => readDb<{ n: number }>(inject("dbFile"), "SELECT COUNT(*) AS n FROM Question")[0]!.n;
    const before = count();
    await page.getByLabel("Or paste the questions").fill("::e2e-new-one::Who signed the Shusha Declaration with Aliyev?{=Erdoğan}\n\n::e2e-bad::Pick one {=a =b ~c}");
    await page.getByRole("button", { name: "Import" }).click();
    await poll(() => page.getByTestId("import-problems").textContent()).toContain("Line 3, choices:");
    expect(count()).toBe(before);
  });

  test("a learner gets not found for the page and the export; a bad format is a 400 with its reason", async () => {
    const { page } = await browser.newPage();
    const response = await page.goto(`/articles/${SLUG}/questions/import`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Article not found" }).waitFor();
    expect(await page.getByRole("heading", { name: "Import and export questions" }).count()).toBe(0);
    const exported = await page.request.get(`/articles/${SLUG}/export?format=json`);
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain(KEY);
    const bad = await page.request.get(`/articles/${SLUG}/export?format=xml`);
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe("format must be one of anki, gift, json");
  });
});
