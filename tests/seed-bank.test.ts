// The shipped seed: the article and its hand-written question bank, checked
// as the seed script reads them.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import { loadSeedDirectory } from "@/lib/server/seed/load";

const SEEDS = path.join(__dirname, "..", "seeds");

describe("the shipped question bank", async () => {
  const data = await loadSeedDirectory(SEEDS);
  const article = data.articles.find((a) => a.slug === "shusha-declaration")!;
  const questions = data.questions.filter((q) => q.articleSlug === "shusha-declaration");

  test("the article has its title, date and the full text of the shared seed", () => {
    expect(article.title.length).toBeGreaterThan(10);
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2025-06-15");
    expect(article.body.startsWith("Four years ago, Türkiye and Azerbaijan")).toBe(true);
    expect(article.body.endsWith("empower the Turkic world.")).toBe(true);
    expect(article.paragraphs).toHaveLength(13);
  });

  test("at least 40 questions, every one of the seven kinds", () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(questions.map((q) => q.kind));
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  test("every evidence quote is verbatim in the article and every paragraph is covered", () => {
    const covered = new Set<number>();
    for (const q of questions) {
      expect(article.body.slice(q.evidenceStart, q.evidenceEnd)).toBe(q.evidenceText);
      const p = article.paragraphs.find((para) => q.evidenceStart >= para.start && q.evidenceEnd <= para.end);
      expect(p, `evidence of ${q.key} lies within one paragraph`).toBeDefined();
      covered.add(p!.index);
    }
    expect([...covered].sort((a, b) => a - b)).toEqual(article.paragraphs.map((p) => p.index));
  });

  test("every question has an explanation, and typed answers are not given away by the prompt", () => {
    for (const q of questions) {
      expect(q.explanation.length, q.key).toBeGreaterThan(10);
      if (q.kind === "cloze" || q.kind === "short_answer" || q.kind === "multiple_choice") {
        expect(q.prompt.toLowerCase(), q.key).not.toContain(q.answer.toLowerCase());
      }
    }
  });
});
