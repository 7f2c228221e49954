import { describe, expect, test } from "vitest";
import { isPassingRating, isRightAnswer, shareOf } from "@/lib/domain/stats";

describe("what counts as right", () => {
  test.each([
    { rating: 1, passes: false },
    { rating: 2, passes: true },
    { rating: 3, passes: true },
    { rating: 4, passes: true },
  ])("rating $rating passes: $passes", ({ rating, passes }) => {
    expect(isPassingRating(rating)).toBe(passes);
  });

  test.each([
    { correct: true, overridden: false, right: true },
    { correct: false, overridden: false, right: false },
    { correct: false, overridden: true, right: true },
    { correct: null, overridden: false, right: false },
  ])("correct $correct, overridden $overridden → $right", ({ correct, overridden, right }) => {
    expect(isRightAnswer({ correct, overridden })).toBe(right);
  });

  test.each([
    { part: 3, whole: 4, expected: 0.75 },
    { part: 0, whole: 0, expected: null },
  ])("shareOf($part, $whole) = $expected", ({ part, whole, expected }) => {
    expect(shareOf(part, whole)).toBe(expected);
  });
});
