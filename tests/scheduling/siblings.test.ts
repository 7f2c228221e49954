// Which siblings a review grade buries (lib/domain/scheduling/siblings.ts): the
// cards of the same fact or the same sentence that would show today (new, or a
// review due today), until the next 4 a.m. in the learner's zone; not
// suspended cards, cards buried as long already, reviews due later, or cards in
// (re)learning (as Anki).
import { describe, expect, test } from "vitest";
import { isSibling, siblingsToBury, State, type SiblingCard } from "@/lib/domain/scheduling";

// Asia/Baku is UTC+4: the study day of 2026-11-27 ends at 2026-11-28T00:00Z.
const TZ = "Asia/Baku";
const NOW = new Date("2026-11-27T10:00:00Z");
const TOMORROW = new Date("2026-11-28T00:00:00Z");
const graded = { questionId: "g", family: { factKey: "f-1", sentenceKey: "s-1" } };
const sameSentence = { factKey: "f-2", sentenceKey: "s-1" };
const sameFact = { factKey: "f-1", sentenceKey: "s-9" };
const unrelated = { factKey: "f-3", sentenceKey: "s-3" };
const card = (state: number, due: string, extra: Partial<NonNullable<SiblingCard>> = {}): SiblingCard => ({ state, due: new Date(due), suspended: false, buriedUntil: null, ...extra });

describe("siblingsToBury", () => {
  test.each([
    { label: "a new card not made yet, same sentence", family: sameSentence, card: null, buried: true },
    { label: "a new card, same fact on another sentence", family: sameFact, card: card(State.New, "2026-11-27T10:00:00Z"), buried: true },
    { label: "a review due today (03:00 Baku tomorrow is still today)", family: sameSentence, card: card(State.Review, "2026-11-27T23:00:00Z"), buried: true },
    { label: "an overdue review", family: sameSentence, card: card(State.Review, "2026-11-01T08:00:00Z"), buried: true },
    { label: "a review due tomorrow: nothing to hide", family: sameSentence, card: card(State.Review, "2026-11-28T00:00:00Z"), buried: false },
    { label: "a card in learning (steps of minutes)", family: sameSentence, card: card(State.Learning, "2026-11-27T10:05:00Z"), buried: false },
    { label: "a card in relearning", family: sameSentence, card: card(State.Relearning, "2026-11-27T10:05:00Z"), buried: false },
    { label: "a suspended card", family: sameSentence, card: card(State.New, "2026-11-27T10:00:00Z", { suspended: true }), buried: false },
    { label: "a card buried until tomorrow already", family: sameSentence, card: card(State.New, "2026-11-27T10:00:00Z", { buriedUntil: TOMORROW }), buried: false },
    { label: "a card buried until an hour ago", family: sameSentence, card: card(State.New, "2026-11-27T10:00:00Z", { buriedUntil: new Date("2026-11-27T09:00:00Z") }), buried: true },
    { label: "an unrelated card", family: unrelated, card: null, buried: false },
  ])("$label: buried $buried", ({ family, card, buried }) => {
    const result = siblingsToBury(graded, [{ questionId: "c", family, card }], NOW, TZ);
    expect(result.questionIds).toEqual(buried ? ["c"] : []);
    expect(result.until).toEqual(TOMORROW);
  });

  test("the graded card is never its own sibling", () => {
    expect(siblingsToBury(graded, [{ questionId: "g", family: graded.family, card: null }], NOW, TZ).questionIds).toEqual([]);
  });

  test.each([
    { a: graded.family, b: sameSentence, expected: true },
    { a: graded.family, b: sameFact, expected: true },
    { a: graded.family, b: unrelated, expected: false },
  ])("isSibling($b.factKey, $b.sentenceKey) is $expected", ({ a, b, expected }) => {
    expect(isSibling(a, b)).toBe(expected);
    expect(isSibling(b, a)).toBe(expected);
  });
});
