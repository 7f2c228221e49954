// The quiz pool: the one rule the setup page counts with and a quiz starts with.
import { describe, expect, test } from "vitest";
import { countInPool, countsByKind, groupPool, inPool, quizLength, type PoolEntry } from "@/lib/domain/quiz/pool";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";

const entries: PoolEntry[] = [
  { kind: "cloze", origin: "handwritten", wrong: false, due: false },
  { kind: "cloze", origin: "generated", wrong: true, due: false },
  { kind: "cloze", origin: "generated", wrong: true, due: false },
  { kind: "matching", origin: "handwritten", wrong: false, due: true },
  { kind: "multiple_choice", origin: "generated", wrong: false, due: true },
];
const groups = groupPool(entries);
const all = [...QUESTION_KINDS];

describe("inPool and the counts", () => {
  test.each([
    { label: "everything", filters: { kinds: all, origin: "both", mode: "all" }, expected: 5 },
    { label: "hand-written only", filters: { kinds: all, origin: "handwritten", mode: "all" }, expected: 2 },
    { label: "generated cloze", filters: { kinds: ["cloze"], origin: "generated", mode: "all" }, expected: 2 },
    { label: "wrong answers", filters: { kinds: all, origin: "both", mode: "wrong" }, expected: 2 },
    { label: "due, hand-written", filters: { kinds: all, origin: "handwritten", mode: "due" }, expected: 1 },
    { label: "a kind with none", filters: { kinds: ["ordering"], origin: "both", mode: "all" }, expected: 0 },
  ] as const)("$label", ({ filters, expected }) => {
    const f = { ...filters, kinds: [...filters.kinds] };
    expect(countInPool(groups, f)).toBe(expected);
    expect(entries.filter((e) => inPool(e, f)).length).toBe(expected);
  });

  test("per-kind counts follow the origin and the mode", () => {
    expect(countsByKind(groups, { origin: "generated", mode: "all" })).toEqual({ cloze: 2, multiple_choice: 1 });
    expect(countsByKind(groups, { origin: "both", mode: "due" })).toEqual({ matching: 1, multiple_choice: 1 });
  });

  test("groups keep every entry", () => {
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(entries.length);
    expect(groups).toHaveLength(4);
  });
});

describe("quizLength", () => {
  test.each([
    { available: 1, size: "20", expected: { length: 1, short: true } },
    { available: 30, size: "20", expected: { length: 20, short: false } },
    { available: 7, size: "all", expected: { length: 7, short: false } },
    { available: 0, size: "5", expected: { length: 0, short: true } },
  ] as const)("$available available, size $size", ({ available, size, expected }) => {
    expect(quizLength(available, size)).toEqual(expected);
  });
});
