// Steps shared by the quiz journeys: set a quiz up, read what the server
// stored for the question on screen, and check what a learner can see.
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { readDb, type QuestionKind } from "./helpers";

export type StoredQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  items: string | null;
  pairs: string | null;
  evidenceText: string;
  explanation: string;
};

export type StoredResponse = { response: string | null; correct: number | null; credit: number | null; overridden: number; answeredAt: number | null };

/** Opens the setup page and starts a quiz with these kinds, origin and size. */
export async function startQuiz(page: Page, options: { kinds?: QuestionKind[]; origin?: "both" | "handwritten" | "generated"; size?: "5" | "10" | "20" | "all" } = {}) {
  await page.goto("/articles/shusha-declaration/quiz");
  if (options.kinds) {
    for (const box of await page.locator("input[name=kinds]").all()) {
      await box.setChecked(options.kinds.includes((await box.getAttribute("value")) as QuestionKind));
    }
  }
  if (options.origin) await page.locator(`input[name=origin][value=${options.origin}]`).check();
  if (options.size) await page.locator(`input[name=size][value='${options.size}']`).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
  await page.locator("[data-ready=true]").waitFor();
  return page.url().split("/").pop()!;
}

/** The 0-based position of the question on screen ("Question N of M"). */
export async function shownPosition(page: Page): Promise<number> {
  const text = (await page.getByText(/^Question \d+ of \d+$/).textContent()) ?? "";
  return Number(text.match(/Question (\d+)/)![1]) - 1;
}

export function questionAt(attemptId: string, position: number): StoredQuestion {
  const rows = readDb<StoredQuestion>(
    inject("dbFile"),
    "select q.id, q.kind, q.prompt, q.answer, q.items, q.pairs, q.evidenceText, q.explanation from QuizResponse r join Question q on q.id = r.questionId where r.attemptId = ? and r.position = ?",
    attemptId,
    position,
  );
  if (!rows[0]) throw new Error(`no question at position ${position} of attempt ${attemptId}`);
  return rows[0];
}

export function responseAt(attemptId: string, position: number): StoredResponse {
  const rows = readDb<StoredResponse>(
    inject("dbFile"),
    "select response, correct, credit, overridden, answeredAt from QuizResponse where attemptId = ? and position = ?",
    attemptId,
    position,
  );
  return rows[0]!;
}

/** Contrast failures (ratio < 4.5) among visible text inside `selector`. */
export async function contrastFailures(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    // Tailwind 4 computes colours as oklch(): let a canvas turn any CSS colour into sRGB bytes.
    const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const parse = (c: string) => {
      if (!c || c === "transparent") return null;
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#000";
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255] as const;
    };
    const lum = ([r, g, b]: readonly number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const background = (el: Element | null): number[] => {
      // Composite translucent backgrounds up the tree onto the page colour.
      const layers: (readonly number[])[] = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) {
          layers.push(c);
          if (c[3] >= 1) break;
        }
      }
      let base = [255, 255, 255];
      for (const l of layers.reverse()) base = base.map((v, i) => v * (1 - l[3]!) + l[i]! * l[3]!);
      return base;
    };
    const failures: string[] = [];
    const root = document.querySelector(sel);
    if (!root) return [`nothing matches ${sel}`];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || style.visibility === "hidden" || el.closest(".sr-only,[aria-hidden=true]")) continue;
      const fg = parse(style.color);
      if (!fg) continue;
      const bg = background(el);
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      const alpha = fg[3] * opacity;
      const mixed = [0, 1, 2].map((i) => fg[i]! * alpha + bg[i]! * (1 - alpha));
      const [l1, l2] = [lum(mixed), lum(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      if (ratio < 4.5 && !el.closest("button:disabled, fieldset:disabled, [aria-disabled=true]")) failures.push(`${ratio.toFixed(2)}: “${n.textContent.trim().slice(0, 40)}”`);
    }
    return failures;
  }, selector);
}

/** Visible controls smaller than 44 × 44 px (links inside running text excepted). */
export async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll(`${sel} button, ${sel} a, ${sel} input:not(.sr-only), ${sel} select, ${sel} label:has(input)`)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest(".sr-only")) continue;
      // A radio or checkbox inside its label: the label is the target.
      if (el.tagName === "INPUT" && el.closest("label")) continue;
      if (el.tagName === "A" && el.closest("p") && (el.closest("p")!.textContent ?? "").trim() !== (el.textContent ?? "").trim()) continue;
      if (r.height < 44 || r.width < 44) out.push(`${el.tagName.toLowerCase()} “${(el.textContent ?? "").trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  }, selector);
}
