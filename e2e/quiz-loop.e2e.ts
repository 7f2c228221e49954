// Journeys for the quiz defects a hurried learner found: every answer is
// recorded exactly as given and shown as it was graded, Back never strands
// the quiz, and the setup says how many questions a quiz will really have.
import { describe, expect, test } from "vitest";
import { inject } from "vitest";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard, readDb } from "./helpers";
import { contrastFailures, questionAt, responseAt, shownPosition, smallTargets, startQuiz } from "./quiz-steps";

const browser = sharedBrowser();

describe("quiz answers are recorded and shown as given", () => {
  test("“I was right” shows the corrected verdict and waits; the next answer typed straight on is recorded exactly", async () => {
    const { context, page } = await browser.newPage();
    const attemptId = await startQuiz(page, { kinds: ["cloze", "short_answer"], size: "5" });
    await page.keyboard.type("zzzz");
    await page.keyboard.press("Enter");
    await page.locator("[data-verdict=wrong]").waitFor();
    await page.getByRole("button", { name: "I was right" }).click();
    await page.getByRole("heading", { name: "Counted as right (you marked it)" }).waitFor();
    await page.waitForTimeout(800); // a jump to the next question would have happened by now
    expect(await page.getByText("Question 1 of 5").isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Counted as right (you marked it)" }).isVisible()).toBe(true);
    expect(await page.getByTestId("credit").textContent()).toMatch(/100%/);
    expect(responseAt(attemptId, 0).overridden).toBe(1);

    // Go on with the keyboard, then type the next answer straight away.
    await page.keyboard.press("Enter");
    await page.getByText("Question 2 of 5").waitFor();
    expect(await page.locator("#typed-answer").inputValue()).toBe("");
    await page.keyboard.type("Ankara road");
    await page.keyboard.press("Enter");
    await page.locator("[data-verdict]").waitFor();
    expect(await page.getByTestId("your-answer").textContent()).toBe("Ankara road");
    expect(JSON.parse(responseAt(attemptId, 1).response!)).toMatchObject({ text: "Ankara road" });
    await context.close();
  });

  test("Back from “See in the article” returns to the answered question's feedback, and the reader links back to the quiz", async () => {
    const { context, page } = await browser.newPage();
    const attemptId = await startQuiz(page, { size: "5" });
    await answerWithKeyboard(page);
    await page.getByRole("link", { name: "See in the article" }).click();
    await page.waitForURL(/\/articles\/shusha-declaration\?/);
    await page.locator("[data-highlighted=true]").waitFor();

    await page.goBack();
    await page.waitForURL(new RegExp(`/quiz/${attemptId}$`));
    // Either the feedback of question 1 or question 2: never question 1 as if unanswered.
    await page.waitForFunction(() => !!document.querySelector("[data-verdict]") || document.body.innerText.includes("Question 2 of 5"), null, { timeout: 5000 });
    if (await page.locator("[data-verdict]").count()) {
      await page.getByRole("button", { name: "Next question" }).click();
    }
    await page.getByText("Question 2 of 5").waitFor();
    await answerWithKeyboard(page);
    expect(await page.getByText("You have already answered this question").count()).toBe(0);

    // The reader's link goes back to the same place.
    await page.getByRole("link", { name: "See in the article" }).click();
    await page.waitForURL(/\/articles\/shusha-declaration\?/);
    const backLink = page.getByRole("link", { name: "Back to the quiz" });
    await backLink.waitFor({ timeout: 5000 });
    expect(await backLink.getAttribute("href")).toBe(`/quiz/${attemptId}`);
    await backLink.click();
    await page.waitForURL(new RegExp(`/quiz/${attemptId}$`));
    await page.getByText("Question 3 of 5").waitFor();
    expect(responseAt(attemptId, 1).answeredAt).not.toBeNull();
    await context.close();
  });

  test("two tabs on one quiz: the second tab's answer to a question answered in the first shows what counts, then goes on", async () => {
    const { context, page } = await browser.newPage();
    const attemptId = await startQuiz(page, { kinds: ["true_false"], size: "5" });
    const other = await context.newPage();
    await other.goto(`/quiz/${attemptId}`);
    await other.locator("[data-ready=true]").waitFor();
    await page.keyboard.press("t");
    await page.keyboard.press("Enter");
    await page.locator("[data-verdict]").waitFor();
    await other.keyboard.press("f");
    await other.keyboard.press("Enter");
    await other.getByText("You had already answered this question").waitFor();
    expect(await other.getByTestId("your-answer").textContent()).toBe("True");
    expect(JSON.parse(responseAt(attemptId, 0).response!)).toEqual({ kind: "true_false", value: true });
    await other.keyboard.press("Enter");
    await other.getByText("Question 2 of 5").waitFor();
    await context.close();
  });

  test("the feedback and results show the verdict stored at answer time", async () => {
    const { context, page } = await browser.newPage();
    // “Türkice” is one letter from the key “Türkiye” but as close to “Turkic”, another answer in the
    // article: the real grading says wrong. Grading again without the article's names said “Almost”.
    const target = "Azerbaijan and Armenia are pursuing a peace deal with the support of _____.";
    const attemptId = await startQuiz(page, { kinds: ["cloze"], origin: "handwritten", size: "all" });
    let seen = false;
    for (;;) {
      await page.locator("[data-ready=true]").waitFor();
      const position = await shownPosition(page);
      const question = questionAt(attemptId, position);
      await page.keyboard.type(question.prompt === target ? "Türkice" : "zzzz");
      await page.keyboard.press("Enter");
      await page.locator("[data-verdict]").waitFor();
      if (question.prompt === target) {
        seen = true;
        expect(await page.locator("[data-verdict]").getAttribute("data-verdict")).toBe("wrong");
        const panel = (await page.getByRole("region", { name: "Feedback" }).textContent()) ?? "";
        expect(panel).not.toContain("Almost");
        expect(panel).toContain("closer to “Turkic”");
      }
      const next = page.getByRole("button", { name: /Next question|See results/ });
      const finished = (await next.textContent())?.includes("See results");
      await next.click();
      if (finished) break;
      await page.getByText(`Question ${position + 2} of`).waitFor();
    }
    expect(seen).toBe(true);
    await page.waitForURL(/\/results$/);
    const item = page.locator("li[data-correct]", { hasText: target });
    expect(await item.getAttribute("data-correct")).toBe("false");
    expect(await item.textContent()).not.toContain("Almost");
    expect(await item.textContent()).toContain("closer to “Turkic”");
    await context.close();
  });

  test("an empty typed answer asks for one; “I don't know” records a wrong answer with no override offer", async () => {
    const { context, page } = await browser.newPage();
    const attemptId = await startQuiz(page, { kinds: ["cloze", "short_answer"], size: "5" });
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "Type your answer" }).waitFor();
    expect(await page.locator("[data-verdict]").count()).toBe(0);
    expect(responseAt(attemptId, 0).answeredAt).toBeNull();
    await page.getByRole("button", { name: "I don't know" }).click();
    await page.locator("[data-verdict=wrong]").waitFor();
    expect(await page.getByRole("button", { name: "I was right" }).count()).toBe(0);
    const stored = responseAt(attemptId, 0);
    expect(stored.correct).toBe(0);
    expect(JSON.parse(stored.response!)).toMatchObject({ dontKnow: true });
    await context.close();
  });

  test("partial credit is explained in the score's terms; matching marks each pair; the evidence is printed once", async () => {
    const { context, page } = await browser.newPage();
    const attemptId = await startQuiz(page, { kinds: ["ordering", "matching"], size: "all" });
    let orderingSeen = false;
    let matchingSeen = false;
    for (;;) {
      await page.locator("[data-ready=true]").waitFor();
      const position = await shownPosition(page);
      const question = questionAt(attemptId, position);
      if (question.kind === "ordering") {
        const correct = JSON.parse(question.items!) as string[];
        // Shown shuffled, never in the right order.
        const shown = await page.locator("[data-order-index] span.flex-1").allTextContents();
        if (correct.length >= 3) expect(shown).not.toEqual(correct);
        // Put the first two in each other's place: one reversed pair of C(n, 2).
        const target = [correct[1]!, correct[0]!, ...correct.slice(2)];
        for (let i = 0; i < target.length; i++) {
          for (;;) {
            const now = await page.locator("[data-order-index] span.flex-1").allTextContents();
            const at = now.indexOf(target[i]!);
            if (at === i) break;
            await page.getByRole("button", { name: `Move “${target[i]}” up` }).click();
          }
        }
        await page.getByRole("button", { name: "Check answer" }).click();
        await page.locator("[data-verdict]").waitFor();
        const n = correct.length;
        const pairs = (n * (n - 1)) / 2;
        const percent = Math.round(((pairs - 2) / pairs) * 100);
        expect(await page.getByTestId("credit").textContent()).toContain(`${percent}%`);
        const note = (await page.getByTestId("feedback-note").textContent()) ?? "";
        expect(note).toContain(`${pairs - 1} of ${pairs} pairs`);
        expect(note).toContain(`${percent}%`);
        orderingSeen = true;
      } else if (question.kind === "matching") {
        const pairs = JSON.parse(question.pairs!) as { left: string; right: string }[];
        // Every pair right except the first two, swapped.
        for (let i = 0; i < pairs.length; i++) {
          const right = i === 0 ? pairs[1]!.right : i === 1 ? pairs[0]!.right : pairs[i]!.right;
          await page.getByLabel(pairs[i]!.left, { exact: true }).selectOption(right);
        }
        await page.getByRole("button", { name: "Check answer" }).click();
        await page.locator("[data-verdict]").waitFor();
        expect(await page.locator("[data-pair-correct=false]").count()).toBe(2);
        expect(await page.locator("[data-pair-correct=true]").count()).toBe(pairs.length - 2);
        const percent = Math.round(((pairs.length - 2) / pairs.length) * 100);
        expect(await page.getByTestId("credit").textContent()).toContain(`${percent}%`);
        matchingSeen = true;
      }
      const panel = (await page.getByRole("region", { name: "Feedback" }).innerText()) ?? "";
      const evidence = question.evidenceText.slice(0, 60);
      expect(panel.split(evidence).length - 1).toBeLessThanOrEqual(1);
      const next = page.getByRole("button", { name: /Next question|See results/ });
      const finished = (await next.textContent())?.includes("See results");
      await next.click();
      if (finished) break;
      await page.getByText(`Question ${position + 2} of`).waitFor();
    }
    expect(orderingSeen && matchingSeen).toBe(true);
    await context.close();
  });
});

describe("quiz setup counts", () => {
  test("counts follow every filter, and a size that cannot be met says how many there are", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/articles/shusha-declaration/quiz");
    const db = inject("dbFile");
    const count = (origin: string, kind: string) =>
      readDb<{ n: number }>(db, "select count(*) as n from Question where status = 'active' and origin = ? and kind = ?", origin, kind)[0]!.n;
    await page.locator("input[name=origin][value=handwritten]").check();
    const mcLabel = page.locator("label", { has: page.locator("input[name=kinds][value=multiple_choice]") });
    await expect.poll(() => mcLabel.textContent()).toContain(`(${count("handwritten", "multiple_choice")})`);
    await page.locator("input[name=origin][value=generated]").check();
    await expect.poll(() => mcLabel.textContent()).toContain(`(${count("generated", "multiple_choice")})`);

    // Only hand-written matching questions, and ask for 20.
    await page.locator("input[name=origin][value=handwritten]").check();
    for (const box of await page.locator("input[name=kinds]").all()) await box.setChecked((await box.getAttribute("value")) === "matching");
    await page.locator("input[name=size][value='20']").check();
    const available = count("handwritten", "matching");
    expect(available).toBeLessThan(20);
    const summary = page.getByTestId("match-count");
    await expect.poll(() => summary.textContent()).toContain(`${available} question${available === 1 ? "" : "s"} match`);
    expect(await summary.textContent()).toMatch(/fewer than 20|only/i);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    await page.getByText(`Question 1 of ${available}`).waitFor();
    await context.close();
  });

  test("asking for all of more questions than sentences says a quiz asks one per sentence, and the quiz has at most that many", async () => {
    const { context, page } = await browser.newPage();
    await page.goto("/articles/shusha-declaration/quiz");
    await page.locator("input[name=size][value=all]").check();
    const summary = page.getByTestId("match-count");
    await expect.poll(() => summary.textContent()).toMatch(/on \d+ sentences of the article\. A quiz asks one question per sentence/);
    const [, questions, sentences] = (await summary.textContent())!.match(/^(\d+) questions match these settings, on (\d+) sentences/)!;
    expect(Number(sentences)).toBeLessThan(Number(questions));
    expect(await summary.textContent()).toContain(`this quiz will have at most ${sentences}.`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    const total = Number((await page.getByText(/^Question 1 of \d+$/).textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(10);
    expect(total).toBeLessThanOrEqual(Number(sentences));
    await context.close();
  });
});

describe("keyboard and touch", () => {
  test("? opens the shortcut overview on the quiz and review pages", async () => {
    const { context, page } = await browser.newPage();
    await startQuiz(page, { size: "5" });
    // In a typed answer's field "?" is a character; from anywhere else it opens the overview.
    await page.locator("#question-prompt").focus();
    await page.keyboard.press("Shift+?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Enter");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    await page.keyboard.press("Shift+?");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Again");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await context.close();
  });

  for (const dark of [false, true]) {
    test(`at 360 px${dark ? " in dark mode" : ""}: every question kind has 44 px targets, 4.5:1 text, matching options in full`, { timeout: 180_000 }, async () => {
      const { context, page } = await browser.newPage({ width: 360, dark });
      await startQuiz(page, { size: "all" });
      const kinds = new Set<string>();
      const problems: string[] = [];
      for (let i = 0; i < 60 && [...kinds].filter((k) => !k.includes(":")).length < 7; i++) {
        await page.locator("[data-ready=true]").waitFor();
        const kind = (await page.locator("[data-question-kind]").getAttribute("data-question-kind"))!;
        const position = await shownPosition(page);
        if (!kinds.has(kind)) {
          kinds.add(kind);
          problems.push(...(await smallTargets(page, "main")).map((p) => `${kind} question: ${p}`));
          problems.push(...(await contrastFailures(page, "main")).map((p) => `${kind} question: ${p}`));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
          if (overflow) problems.push(`${kind} question: the page is wider than the screen`);
          if (kind === "matching") {
            const attemptId = page.url().split("/").pop()!;
            const pairs = JSON.parse(questionAt(attemptId, position).pairs!) as { right: string }[];
            for (const p of pairs) {
              const option = page.locator("[data-match-option]", { hasText: p.right });
              const clipped = await option.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth);
              if (clipped) problems.push(`matching option cut: ${p.right}`);
            }
          }
        }
        await answerWithKeyboard(page);
        if (!kinds.has(`${kind}:feedback`)) {
          kinds.add(`${kind}:feedback`);
          problems.push(...(await contrastFailures(page, "main")).map((p) => `${kind} feedback: ${p}`));
          problems.push(...(await smallTargets(page, "[aria-label=Feedback]")).map((p) => `${kind} feedback: ${p}`));
        }
        const next = page.getByRole("button", { name: /Next question|See results/ });
        if ((await next.textContent())?.includes("See results")) break;
        await next.click();
        await page.getByText(`Question ${position + 2} of`).waitFor();
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe("every study page at 360 px", () => {
  const pages = ["/", "/articles/shusha-declaration", "/articles/shusha-declaration/quiz", "/review", "/cards", "/progress", "/settings"];
  for (const dark of [false, true]) {
    test(`text meets 4.5:1 and controls are 44 px${dark ? " in dark mode" : ""}`, { timeout: 120_000 }, async () => {
      const { context, page } = await browser.newPage({ width: 360, dark });
      const problems: string[] = [];
      // Some history first, so the progress page and the review have something to show.
      await startQuiz(page, { size: "5" });
      for (let i = 0; i < 5; i++) {
        await answerWithKeyboard(page);
        await page.getByRole("button", { name: /Next question|See results/ }).click();
        if (i < 4) await page.getByText(`Question ${i + 2} of 5`).waitFor();
      }
      await page.waitForURL(/\/results$/);
      for (const path of [...pages, page.url().replace(/^https?:\/\/[^/]+/, "")]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        problems.push(...(await contrastFailures(page, "body")).map((p) => `${path}: ${p}`));
        problems.push(...(await smallTargets(page, "body")).map((p) => `${path}: ${p}`));
        if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) problems.push(`${path}: wider than the screen`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe("a phone goes on to the next question at the top", () => {
  test("after scrolling down to “Next question”, the next question shows its count and prompt in view, by tap and by Enter", async () => {
    const { context, page } = await browser.newPage({ width: 360, dark: true });
    await page.setViewportSize({ width: 360, height: 640 });
    await startQuiz(page, { size: "5" });
    for (const [n, how] of [[2, "tap"], [3, "enter"]] as const) {
      await answerWithKeyboard(page);
      await page.locator("[data-verdict]").waitFor();
      const next = page.getByRole("button", { name: "Next question" });
      await next.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      // The feedback makes the page longer than the screen: the learner is scrolled down.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      if (how === "tap") await next.click();
      else await page.keyboard.press("Enter");
      await page.getByText(`Question ${n} of 5`).waitFor();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const prompt = await page.locator("#question-prompt").boundingBox();
      expect(prompt && prompt.y >= 0 && prompt.y + prompt.height <= 640).toBe(true);
    }
    await context.close();
  });
});
