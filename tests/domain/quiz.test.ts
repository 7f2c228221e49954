import { describe, expect, test } from "vitest";
import { seededRandom, shuffleAwayFromOrder, shuffleWithSeed } from "@/lib/domain/quiz/shuffle";
import { presentQuestion, toPublicQuestion } from "@/lib/domain/quiz/present";
import { QuizConfigSchema } from "@/lib/domain/quiz/config";

describe("shuffles", () => {
  test("a seeded generator is reproducible and in [0, 1)", () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8])("an ordering question is never shown in its correct order (seed %i)", (seed) => {
    const items = ["a", "b", "c"];
    const shown = shuffleAwayFromOrder(items, seed);
    expect(shown).not.toEqual(items);
    expect([...shown].sort()).toEqual(items);
  });

  test("shuffling keeps every element", () => {
    expect(shuffleWithSeed([1, 2, 3, 4, 5], 9).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("what the browser sees of a question", () => {
  test.each([
    { kind: "multiple_choice" as const, choices: ["1843", "1833", "1853"], items: null, pairs: null },
    { kind: "ordering" as const, choices: null, items: ["x", "y", "z"], pairs: null },
    { kind: "matching" as const, choices: null, items: null, pairs: [{ left: "A", right: "1" }, { left: "B", right: "2" }, { left: "C", right: "3" }] },
    { kind: "cloze" as const, choices: null, items: null, pairs: null },
  ])("$kind: only id, kind, prompt and shuffled lists", ({ kind, choices, items, pairs }) => {
    const q = { id: "q1", kind, prompt: "Prompt", choices, items, pairs };
    const view = toPublicQuestion(q, presentQuestion(q, 11));
    expect(Object.keys(view).every((k) => ["id", "kind", "prompt", "choices", "items", "lefts", "rights"].includes(k))).toBe(true);
    if (choices) expect([...view.choices!].sort()).toEqual([...choices].sort());
    if (items) expect(view.items).not.toEqual(items);
    if (pairs) expect(view).not.toHaveProperty("pairs");
  });
});

describe("QuizConfigSchema", () => {
  test.each([
    { label: "a good setup", input: { size: "10", kinds: ["cloze", "matching"], origin: "both", mode: "all" }, ok: true },
    { label: "no kinds", input: { size: "10", kinds: [], origin: "both", mode: "all" }, ok: false },
    { label: "an unknown size", input: { size: "7", kinds: ["cloze"], origin: "both", mode: "all" }, ok: false },
    { label: "an unknown kind", input: { size: "5", kinds: ["essay"], origin: "both", mode: "all" }, ok: false },
    { label: "an unknown mode", input: { size: "5", kinds: ["cloze"], origin: "both", mode: "hard" }, ok: false },
  ])("$label", ({ input, ok }) => {
    expect(QuizConfigSchema.safeParse(input).success).toBe(ok);
  });
});

describe("figures among the choices are shown smallest first (tried in the app, 2026-12-07, fourth session)", () => {
  test("'$8 million, $9 million, $7 million, $5 million' is shown in order of size; names stay shuffled", async () => {
    const { multipleChoice, inOrderOfSize } = await import("@/lib/domain/kinds/multiple-choice");
    const q = { id: "q", kind: "multiple_choice" as const, prompt: "The bill came in at around _____.", answer: "$7 million", acceptedAnswers: [], choices: ["$8 million", "$9 million", "$7 million", "$5 million"], items: null, pairs: null };
    for (const seed of [1, 2, 3, 4, 5]) expect(multipleChoice.present(q as never, seed).choices).toEqual(["$5 million", "$7 million", "$8 million", "$9 million"]);
    expect(inOrderOfSize(["the late 1980s", "the late 1950s", "the late 1970s", "the late 1960s"])).toEqual(["the late 1950s", "the late 1960s", "the late 1970s", "the late 1980s"]);
    expect(inOrderOfSize(["Paris", "Rome", "Oslo", "Bern"])).toBeNull();
    expect(inOrderOfSize(["12 km", "3 miles", "7 km", "1 km"])).toBeNull();
  });
});
