// Exam integrity, as an attacker would try it: during a quiz, read the open
// question's id from the runner's RSC payload, then look for its key on every
// other page (the card page and its RSC, a card search for the key, the
// results of an earlier quiz, the export, the review screen). None shows it;
// once the question is answered in the quiz, its card page does. And a
// repeated "Start quiz" (a double-click, a replayed request) makes one attempt.
import { describe, expect, inject, test } from "vitest";
import type { BrowserContext, Page, Request } from "playwright-core";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard, readDb, userIdOf } from "./helpers";
import { questionAt, startQuiz } from "./quiz-steps";

const browser = sharedBrowser();

type Secrets = { answer: string; acceptedAnswers: string; explanation: string; evidenceText: string; prompt: string; key: string };

async function payloads(context: BrowserContext, url: string): Promise<{ html: string; rsc: string }> {
  const html = await (await context.request.get(url)).text();
  const rsc = await (await context.request.get(url, { headers: { RSC: "1" } })).text();
  return { html, rsc };
}

/** Takes the quiz on screen (of `total` questions) to its results, answering with the keyboard (typed answers wrong). */
async function finishQuiz(page: Page, total: number) {
  for (let i = 0; i < total; i++) {
    await page.getByText(`Question ${i + 1} of ${total}`).waitFor();
    await answerWithKeyboard(page);
    await page.keyboard.press("Enter");
  }
  await page.waitForURL(/\/results$/);
}

describe("exam integrity", () => {
  test("an open question's key is on no other page until it is answered in the quiz", async () => {
    const { context, page } = await browser.newPage();
    const dbFile = inject("dbFile");
    // An earlier quiz of the same questions, finished: its results and the export would hold the keys.
    const earlier = await startQuiz(page, { kinds: ["short_answer"], origin: "handwritten", size: "all" });
    const total = readDb<{ n: number }>(dbFile, "SELECT count(*) AS n FROM QuizResponse WHERE attemptId = ?", earlier)[0]!.n;
    await finishQuiz(page, total);
    const open = await startQuiz(page, { kinds: ["short_answer"], origin: "handwritten", size: "all" });
    const question = questionAt(open, 0);
    const [secrets] = readDb<Secrets>(dbFile, "SELECT answer, acceptedAnswers, explanation, evidenceText, prompt, key FROM Question WHERE id = ?", question.id);
    if (!secrets) throw new Error("no question");

    // The attacker's step: the runner's payload names the question.
    const runner = await payloads(context, `/quiz/${open}`);
    expect(runner.rsc).toContain(question.id);

    // What is public on these pages anyway (the prompt, the article's title) cannot count as a leak.
    const publicText = `${secrets.prompt} Shusha Declaration`;
    const keys = [secrets.answer, ...(JSON.parse(secrets.acceptedAnswers) as string[])].filter((k) => k.trim() !== "" && !publicText.includes(k));
    const prose = [secrets.explanation, secrets.evidenceText].filter((s) => s.trim() !== "" && !publicText.includes(s));
    expect(keys.length + prose.length).toBeGreaterThan(0);

    const card = await payloads(context, `/cards/${question.id}`);
    expect(card.html).toContain("The answer is hidden until you answer this question in your quiz in progress.");
    expect(card.html).toContain(`/quiz/${open}`);
    for (const payload of [card.html, card.rsc]) {
      for (const secret of [...keys, ...prose]) expect(payload, `card page leaks "${secret}"`).not.toContain(secret);
      expect(payload).not.toContain("Answer:");
    }

    // Searching the cards for the key finds nothing (search reads prompts only).
    for (const key of keys) {
      const search = await payloads(context, `/cards?q=${encodeURIComponent(key)}`);
      expect(search.html, `a search for "${key}" lists the card`).not.toContain(`/cards/${question.id}"`);
    }

    // The earlier quiz's results hide this question's key and explanation while it is open.
    const results = await payloads(context, `/quiz/${earlier}/results`);
    for (const payload of [results.html, results.rsc]) for (const secret of prose) expect(payload, `results leak "${secret}"`).not.toContain(secret);
    expect(results.html).toContain("The answer is hidden until you answer this question in your quiz in progress.");

    // The export keeps the rows of this question without what was answered or whether it was right.
    const csv = await (await context.request.get("/progress/export")).text();
    const rows = csv.split("\n").filter((line) => line.includes(secrets.key));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).not.toContain("zzzz");
      for (const key of keys) expect(row, `export leaks "${key}"`).not.toContain(key);
    }

    // The review screen holds the question's card back, and says why.
    const review = await payloads(context, "/review");
    for (const payload of [review.html, review.rsc]) for (const secret of prose) expect(payload).not.toContain(secret);
    expect(review.html).toContain('data-testid="held-for-quiz"');

    // Answered in the quiz: the card page shows the key again.
    await page.goto(`/quiz/${open}`);
    await answerWithKeyboard(page);
    const after = await payloads(context, `/cards/${question.id}`);
    expect(after.html).toContain("Answer:");
    expect(after.html).not.toContain("The answer is hidden");
    await context.close();
  });

  test("a double-click on Start quiz, and the same request replayed, make one attempt", async () => {
    const { context, page } = await browser.newPage();
    const dbFile = inject("dbFile");
    let startRequest: Request | undefined;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"] && !startRequest) startRequest = request;
    });
    await page.goto("/articles/shusha-declaration/quiz");
    await page.getByRole("button", { name: "Start quiz" }).dblclick();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    const attemptId = page.url().split("/").pop()!;
    const userId = await userIdOf(context, dbFile);
    const attempts = () => readDb<{ n: number }>(dbFile, "SELECT count(*) AS n FROM QuizAttempt WHERE userId = ?", userId)[0]!.n;
    expect(attempts()).toBe(1);

    // The same form submission sent again, five times at once (a resend, a script): still that one attempt.
    if (!startRequest) throw new Error("no server action request was seen");
    const { url, headers, body } = { url: startRequest.url(), headers: await startRequest.allHeaders(), body: startRequest.postDataBuffer() };
    const replays = await Promise.all(
      Array.from({ length: 5 }, () =>
        context.request.fetch(url, { method: "POST", headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: headers.accept ?? "text/x-component" }, data: body ?? undefined, maxRedirects: 0 }),
      ),
    );
    for (const reply of replays) expect(reply.status()).toBeLessThan(500);
    expect(attempts()).toBe(1);
    expect(readDb<{ id: string }>(dbFile, "SELECT id FROM QuizAttempt WHERE userId = ?", userId)[0]!.id).toBe(attemptId);

    // A fresh visit of the setup page is a new form: it starts a new quiz.
    await page.goto("/articles/shusha-declaration/quiz");
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL((u) => /\/quiz\/[a-z0-9]+$/.test(u.pathname) && !u.pathname.endsWith(attemptId));
    expect(attempts()).toBe(2);
    await context.close();
  });
});
