// The kind registry: one module per kind, and what each shows of a question.
import { describe, expect, test } from "vitest";
import { answerParts, displayCorrectAnswer, displayResponse, isOverridableKind, KIND_LABELS, KINDS, presentQuestion, reviewFront } from "@/lib/domain/kinds";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import { keyMatches } from "@/components/study/use-study-keys";

const base = { id: "q1", prompt: "Put these in order", answer: "", acceptedAnswers: [], choices: null, items: null, pairs: null };
const items = ["first", "second", "third", "fourth"];
const pairs = [
  { left: "a", right: "1" },
  { left: "b", right: "2" },
  { left: "c", right: "3" },
];

describe("the registry", () => {
  test("has a module, with a label, for every kind", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...QUESTION_KINDS].sort());
    for (const kind of QUESTION_KINDS) expect(KIND_LABELS[kind]).toMatch(/^[A-Z][a-z ]+$/);
  });

  test.each([
    { kind: "cloze", overridable: true },
    { kind: "short_answer", overridable: true },
    { kind: "multiple_choice", overridable: false },
    { kind: "matching", overridable: false },
    { kind: "no_such_kind", overridable: false },
  ])("$kind can be overridden: $overridable", ({ kind, overridable }) => {
    expect(isOverridableKind(kind)).toBe(overridable);
  });
});

describe("lists are never shown in their correct order", () => {
  test.each(Array.from({ length: 40 }, (_, seed) => ({ seed })))("ordering, seed $seed", ({ seed }) => {
    const q = { ...base, kind: "ordering" as const, items };
    expect(presentQuestion(q, seed).items).not.toEqual(items);
    expect([...presentQuestion(q, seed).items!].sort()).toEqual([...items].sort());
    expect(reviewFront(q, seed).frontList).not.toEqual(items);
  });

  test("matching rights never line up with their lefts as shown, in a quiz or in review", () => {
    const q = { ...base, kind: "matching" as const, pairs };
    const partner = new Map(pairs.map((p) => [p.left, p.right]));
    for (let seed = 0; seed < 40; seed++) {
      const shown = presentQuestion(q, seed);
      expect(shown.rights).not.toEqual(shown.lefts!.map((l) => partner.get(l)));
      const front = reviewFront(q, seed);
      expect(front.frontMatches).not.toEqual(front.frontList!.map((l) => partner.get(l)));
    }
  });
});

describe("how answers read", () => {
  test.each([
    { label: "true/false key", q: { ...base, kind: "true_false" as const, answer: "false" }, expected: "False" },
    { label: "ordering key", q: { ...base, kind: "ordering" as const, items }, expected: "first → second → third → fourth" },
    { label: "matching key", q: { ...base, kind: "matching" as const, pairs }, expected: "a → 1; b → 2; c → 3" },
  ])("$label", ({ q, expected }) => {
    expect(displayCorrectAnswer(q)).toBe(expected);
  });

  test.each([
    { response: { kind: "cloze" as const, text: "" }, expected: "(no answer)" },
    { response: { kind: "cloze" as const, text: "", dontKnow: true as const }, expected: "I don't know" },
    { response: { kind: "flashcard" as const, knew: false }, expected: "I didn't know it" },
  ])("response $expected", ({ response, expected }) => {
    expect(displayResponse(response)).toBe(expected);
  });

  test("matching parts mark each pair", () => {
    const q = { ...base, kind: "matching" as const, pairs };
    const parts = answerParts(q, { kind: "matching", pairs: [{ left: "a", right: "2" }, { left: "b", right: "1" }, { left: "c", right: "3" }] });
    expect(parts?.map((p) => p.correct)).toEqual([false, false, true]);
    expect(parts?.[0]).toEqual({ label: "a", yours: "2", right: "1", correct: false });
  });
});

describe("study keys", () => {
  const t = (tagName: string) => ({ tagName });
  const ev = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  test.each([
    { label: "a letter on the page", binding: { keys: ["t"] }, event: ev("T"), target: t("BODY"), fires: true },
    { label: "a letter typed in a field", binding: { keys: ["t"] }, event: ev("t"), target: t("INPUT"), fires: false },
    { label: "Enter in a field, when allowed", binding: { keys: ["enter"], inFields: true }, event: ev("Enter"), target: t("INPUT"), fires: true },
    { label: "Enter on a button activates the button", binding: { keys: ["enter"], inFields: true }, event: ev("Enter"), target: t("BUTTON"), fires: false },
    { label: "Space on a link", binding: { keys: [" "] }, event: ev(" "), target: t("A"), fires: false },
    { label: "Ctrl+Z needs ctrl", binding: { keys: ["z"], ctrl: true }, event: ev("z"), target: t("BODY"), fires: false },
    { label: "Ctrl+Z", binding: { keys: ["z"], ctrl: true }, event: ev("z", { ctrlKey: true }), target: t("BODY"), fires: true },
    { label: "Alt held, binding without alt", binding: { keys: ["1"] }, event: ev("1", { altKey: true }), target: t("BODY"), fires: false },
  ])("$label", ({ binding, event, target, fires }) => {
    expect(keyMatches({ ...binding, run: () => {} }, event, target)).toBe(fires);
  });
});
