import { describe, expect, test } from "vitest";
import { default_w, forgetting_curve } from "ts-fsrs";
import { State } from "@/lib/domain/scheduling";
import { isMastered, isStudied, MASTERED_STABILITY_DAYS, retrievabilityAt } from "@/lib/domain/stats";
import { DAY_MS, at, daysBefore } from "./fixtures";

const NOW = at("2026-11-27T10:00:00Z");

describe("retrievabilityAt: ts-fsrs probability of recall now", () => {
  test.each([
    { label: "a New card has no memory", state: State.New, stability: 0, lastReview: null, expected: 0 },
    { label: "a card reset to New keeps no probability", state: State.New, stability: 12, lastReview: daysBefore(NOW, 3), expected: 0 },
    { label: "a fresh card answered just now", state: State.Learning, stability: 2.3, lastReview: NOW, expected: 1 },
    { label: "answered 20 hours ago: still day 0 (ts-fsrs counts whole days)", state: State.Learning, stability: 0.5, lastReview: new Date(NOW.getTime() - 20 * 3_600_000), expected: 1 },
    // Stability is by definition the interval at which recall falls to 90%.
    { label: "an old card, stability 10 d, reviewed 10 days ago", state: State.Review, stability: 10, lastReview: daysBefore(NOW, 10), expected: 0.9 },
    { label: "10 days and 23 hours is still 10 whole days", state: State.Review, stability: 10, lastReview: new Date(NOW.getTime() - 10 * DAY_MS - 23 * 3_600_000), expected: 0.9 },
    { label: "a last review after now (clock skew) counts as now", state: State.Review, stability: 10, lastReview: new Date(NOW.getTime() + DAY_MS), expected: 1 },
    { label: "a studied state without a last review is treated as never studied", state: State.Review, stability: 10, lastReview: null, expected: 0 },
  ])("$label → $expected", ({ state, stability, lastReview, expected }) => {
    expect(retrievabilityAt({ state, stability, lastReview }, NOW)).toBeCloseTo(expected, 8);
  });

  test.each([
    { days: 1, stability: 30 },
    { days: 30, stability: 1 },
    { days: 30, stability: 10 },
    { days: 365, stability: 100 },
  ])("agrees with ts-fsrs forgetting_curve (default weights): $days days at stability $stability", ({ days, stability }) => {
    const r = retrievabilityAt({ state: State.Review, stability, lastReview: daysBefore(NOW, days) }, NOW);
    expect(r).toBe(forgetting_curve(default_w, days, stability));
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(1);
  });
});

describe("isStudied / isMastered", () => {
  test.each([
    { label: "New card", state: State.New, stability: 30, lastReview: null, studied: false, mastered: false },
    { label: "Review card at exactly 21 days", state: State.Review, stability: MASTERED_STABILITY_DAYS, lastReview: NOW, studied: true, mastered: true },
    { label: "Review card just under 21 days", state: State.Review, stability: 20.99, lastReview: NOW, studied: true, mastered: false },
    { label: "Learning card", state: State.Learning, stability: 1.2, lastReview: NOW, studied: true, mastered: false },
    { label: "Relearning card that kept a long stability", state: State.Relearning, stability: 25, lastReview: NOW, studied: true, mastered: true },
  ])("$label", ({ state, stability, lastReview, studied, mastered }) => {
    expect(isStudied({ state, lastReview })).toBe(studied);
    expect(isMastered({ state, stability, lastReview })).toBe(mastered);
  });
});
