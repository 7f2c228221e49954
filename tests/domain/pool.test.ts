// The quiz pool: the one rule the setup page counts with and a quiz starts with.
import { describe, expect, test } from "vitest";
import { countInPool, countSentencesInPool, countsByKind, groupPool, groupSentences, inPool, quizLength, type PoolEntry } from "@/lib/domain/quiz/pool";
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

describe("sentences: a quiz asks one question per sentence", () => {
  // Three sentences: s1 carries two generated clozes (both wrong), s2 a hand-written cloze and a due matching, s3 a due multiple choice.
  const onSentences = [
    { ...entries[1]!, sentenceKey: "s1" },
    { ...entries[2]!, sentenceKey: "s1" },
    { ...entries[0]!, sentenceKey: "s2" },
    { ...entries[3]!, sentenceKey: "s2" },
    { ...entries[4]!, sentenceKey: "s3" },
  ];
  const sentences = groupSentences(onSentences);

  test.each([
    { label: "everything", filters: { kinds: all, origin: "both", mode: "all" }, expected: 3 },
    { label: "cloze", filters: { kinds: ["cloze"], origin: "both", mode: "all" }, expected: 2 },
    { label: "generated cloze (two questions, one sentence)", filters: { kinds: ["cloze"], origin: "generated", mode: "all" }, expected: 1 },
    { label: "wrong answers", filters: { kinds: all, origin: "both", mode: "wrong" }, expected: 1 },
    { label: "due", filters: { kinds: all, origin: "both", mode: "due" }, expected: 2 },
    { label: "a kind with none", filters: { kinds: ["ordering"], origin: "both", mode: "all" }, expected: 0 },
  ] as const)("$label", ({ filters, expected }) => {
    expect(countSentencesInPool(sentences, { ...filters, kinds: [...filters.kinds] })).toBe(expected);
  });

  test("the groups carry no sentence key or id, only what the filters read", () => {
    const withIds = onSentences.map((e, i) => ({ ...e, id: `q${i}` }));
    expect(JSON.stringify(groupSentences(withIds))).not.toMatch(/"s[123]"|"q\d"/);
    expect(JSON.stringify(groupPool(withIds))).not.toMatch(/"s[123]"|"q\d"/);
    expect(sentences.reduce((n, g) => n + g.count, 0)).toBe(3);
  });
});

describe("quizLength", () => {
  test.each([
    { available: 1, size: "20", sentences: 1, expected: { length: 1, short: true, perSentence: false } },
    { available: 30, size: "20", sentences: 30, expected: { length: 20, short: false, perSentence: false } },
    { available: 7, size: "all", sentences: 7, expected: { length: 7, short: false, perSentence: false } },
    { available: 0, size: "5", sentences: 0, expected: { length: 0, short: true, perSentence: false } },
    { available: 30, size: "10", sentences: 6, expected: { length: 6, short: true, perSentence: true } },
    { available: 30, size: "10", sentences: 12, expected: { length: 10, short: false, perSentence: false } },
    { available: 30, size: "all", sentences: 12, expected: { length: 12, short: false, perSentence: true } },
    { available: 3, size: "10", sentences: 3, expected: { length: 3, short: true, perSentence: false } },
  ] as const)("$available available on $sentences sentences, size $size", ({ available, size, sentences, expected }) => {
    expect(quizLength(available, size, sentences)).toEqual(expected);
  });
});
