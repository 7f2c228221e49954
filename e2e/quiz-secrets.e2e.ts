// A quiz keeps its secrets: during an attempt, neither the page's HTML nor its
// RSC payload carries the current question's correct answer, accepted
// answers, explanation or evidence.
import { describe, expect, inject, test } from "vitest";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard, readDb } from "./helpers";

type Row = { kind: string; prompt: string; answer: string; acceptedAnswers: string; items: string | null; pairs: string | null; explanation: string; evidenceText: string };

const browser = sharedBrowser();

describe("answer secrecy", () => {
  test("no correct answer reaches the browser before the learner answers", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/articles/shusha-declaration/quiz");
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    const url = page.url();
    const attemptId = url.split("/").pop()!;
    let checkedTyped = 0;

    for (let position = 0; position < 10; position++) {
      const html = await (await context.request.get(url)).text();
      const rsc = await (await context.request.get(url, { headers: { RSC: "1" } })).text();
      expect(rsc.length).toBeGreaterThan(100);
      const [q] = readDb<Row>(
        inject("dbFile"),
        `SELECT q.kind, q.prompt, q.answer, q.acceptedAnswers, q.items, q.pairs, q.explanation, q.evidenceText
           FROM QuizResponse r JOIN Question q ON q.id = r.questionId
          WHERE r.attemptId = ? AND r.position = ?`,
        attemptId,
        position,
      );
      const secrets = [q!.explanation, q!.evidenceText];
      if (["cloze", "short_answer", "flashcard"].includes(q!.kind)) {
        secrets.push(q!.answer, ...(JSON.parse(q!.acceptedAnswers) as string[]));
        checkedTyped++;
      }
      if (q!.items) secrets.push(JSON.stringify(JSON.parse(q!.items)));
      if (q!.pairs) secrets.push(...(JSON.parse(q!.pairs) as { left: string; right: string }[]).map((p) => `${p.left} → ${p.right}`));
      // A true statement's evidence is its own prompt, which is public by definition.
      const hidden = secrets.filter((secret) => secret.trim() !== "" && !q!.prompt.includes(secret));
      for (const payload of [html, rsc]) {
        for (const secret of hidden) expect(payload, `${q!.kind} leaks "${secret}"`).not.toContain(secret);
        expect(payload).not.toMatch(/"(answer|acceptedAnswers|explanation|evidenceText|pairs)"\s*:/);
      }
      await answerWithKeyboard(page);
      await page.keyboard.press("Enter");
      if (position < 9) await page.getByText(`Question ${position + 2} of 10`).waitFor();
    }
    expect(checkedTyped).toBeGreaterThan(0);
    await context.close();
  });
});
