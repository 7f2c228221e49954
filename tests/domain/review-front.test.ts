import { describe, expect, test } from "vitest";
import { reviewFront, reviewSeed } from "@/lib/domain/review-front";

const TIMELINE = [
  "Azerbaijan's short-lived independence in the early 20th century",
  "Establishment of the new Azerbaijani state after the dissolution of the Soviet Union",
  "Founding of the Organization of Turkic States (2009)",
  "Liberation of Shusha from occupying Armenian forces",
  "Signing of the Shusha Declaration",
];
const ordering = (items: string[]) => ({ kind: "ordering" as const, prompt: "Put these in order.", items, pairs: null });
const PAIRS = [
  { left: "Shusha", right: "Declaration" },
  { left: "OTS", right: "2009" },
  { left: "Heydar Aliyev", right: "President" },
  { left: "Pakistan", right: "Partner" },
];
const matching = { kind: "matching" as const, prompt: "Match them.", items: null, pairs: PAIRS };
const SEEDS = Array.from({ length: 300 }, (_, i) => reviewSeed(`user-${i % 7}`, `q-${i % 5}`, i % 11));

describe("reviewFront", () => {
  test.each([
    { label: "five items sorted alphabetically are the correct order", items: TIMELINE },
    { label: "three items", items: TIMELINE.slice(0, 3) },
    { label: "three items whose first two are equal", items: ["a", "a", "b"] },
  ])("ordering, $label: never the correct order, always the same items", ({ items }) => {
    for (const seed of SEEDS) {
      const { frontList } = reviewFront(ordering(items), seed);
      expect(frontList).not.toEqual(items);
      expect([...frontList!].sort()).toEqual([...items].sort());
    }
  });

  test.each([
    { label: "two items", items: ["x", "y"] },
    { label: "one item", items: ["x"] },
    { label: "no items", items: [] },
  ])("ordering, $label: shuffled but may be in order (no order hides it)", ({ items }) => {
    const shown = new Set(SEEDS.map((seed) => JSON.stringify(reviewFront(ordering(items), seed).frontList)));
    expect(shown.size).toBe(Math.max(1, items.length));
  });

  test("matching: both columns shuffled, the rights never lined up with their lefts", () => {
    const lefts = new Set<string>();
    for (const seed of SEEDS) {
      const { frontList, frontMatches } = reviewFront(matching, seed);
      expect([...frontList!].sort()).toEqual(PAIRS.map((p) => p.left).sort());
      expect([...frontMatches!].sort()).toEqual(PAIRS.map((p) => p.right).sort());
      const aligned = frontList!.map((left) => PAIRS.find((p) => p.left === left)!.right);
      expect(frontMatches).not.toEqual(aligned);
      lefts.add(frontList!.join("|"));
    }
    expect(lefts.size).toBeGreaterThan(10);
  });

  test.each([
    { label: "per learner", a: reviewSeed("alice", "q1", 0), b: reviewSeed("bob", "q1", 0) },
    { label: "per card", a: reviewSeed("alice", "q1", 0), b: reviewSeed("alice", "q2", 0) },
    { label: "per review", a: reviewSeed("alice", "q1", 0), b: reviewSeed("alice", "q1", 1) },
  ])("the seed differs $label", ({ a, b }) => {
    expect(a).not.toBe(b);
  });

  test("the same showing is stable (a reload shows the same order)", () => {
    const seed = reviewSeed("alice", "q1", 3);
    expect(reviewFront(ordering(TIMELINE), seed)).toEqual(reviewFront(ordering(TIMELINE), seed));
  });

  test("orders vary across learners", () => {
    const orders = new Set(["a", "b", "c", "d", "e", "f"].map((u) => reviewFront(ordering(TIMELINE), reviewSeed(u, "q1", 0)).frontList!.join("|")));
    expect(orders.size).toBeGreaterThan(3);
  });

  test.each([
    { kind: "true_false", front: "True or false: Shusha is a city." },
    { kind: "multiple_choice", front: "Shusha is a city." },
    { kind: "flashcard", front: "Shusha is a city." },
  ] as const)("$kind: the prompt, no lists", ({ kind, front }) => {
    expect(reviewFront({ kind, prompt: "Shusha is a city.", items: null, pairs: null }, 1)).toEqual({ front, frontList: null, frontMatches: null });
  });
});
