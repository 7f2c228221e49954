import { describe, expect, test } from "vitest";
import { State } from "@/lib/domain/scheduling";
import { buildHeadline, type HeadlineInput } from "@/lib/domain/stats";
import { answer, assertAllFinite, at, card, daysBefore, review } from "./fixtures";

const NOW = at("2026-11-27T10:00:00Z"); // 14:00 in Baku, study day 2026-11-27
const TZ = "Asia/Baku";
const input = (extra: Partial<HeadlineInput>): HeadlineInput => ({ cards: [], reviews: [], responses: [], now: NOW, timeZone: TZ, ...extra });

describe("buildHeadline", () => {
  test("an empty history: every figure defined, zeros and nulls, no NaN", () => {
    const headline = buildHeadline(input({}));
    expect(headline).toEqual({
      questionsSeen: 0,
      mastered: 0,
      accuracy7: { correct: 0, total: 0, accuracy: null },
      accuracy30: { correct: 0, total: 0, accuracy: null },
      streak: { current: 0, best: 0, activeToday: false, lastActiveDay: null },
      dueToday: 0,
      dueTomorrow: 0,
      knowledge: null,
      cards: 0,
    });
    assertAllFinite(headline);
  });

  test.each([
    {
      label: "cards answered and quiz answers, each question once",
      cards: [card("q1"), card("q2", { reps: 0, state: State.New, lastReview: null })],
      responses: [answer("2026-11-26T12:00:00Z", { questionId: "q1" }), answer("2026-11-26T12:00:00Z", { questionId: "q3" })],
      expected: 2, // q1 (card and answer), q3 (answer); q2's card was never answered
    },
    { label: "an unanswered response is not a question seen", cards: [], responses: [answer(null, { questionId: "q4" })], expected: 0 },
  ])("questionsSeen: $label", ({ cards, responses, expected }) => {
    expect(buildHeadline(input({ cards, responses })).questionsSeen).toBe(expected);
  });

  test("mastered: studied cards with stability of 21 days or more", () => {
    const cards = [
      card("a", { stability: 21 }),
      card("b", { stability: 40, suspended: true }),
      card("c", { stability: 20.9 }),
      card("d", { stability: 30, state: State.New, reps: 0, lastReview: null }),
    ];
    expect(buildHeadline(input({ cards })).mastered).toBe(2);
  });

  test.each([
    { label: "afternoon", now: "2026-11-27T10:00:00Z", dueToday: 3, dueTomorrow: 2 },
    // 03:59 in Baku on the 27th: the study day is still the 26th, so the 27th's cards are tomorrow's.
    { label: "one minute before the rollover", now: "2026-11-26T23:59:00Z", dueToday: 1, dueTomorrow: 2 },
    { label: "at the rollover", now: "2026-11-27T00:00:00Z", dueToday: 3, dueTomorrow: 2 },
  ])("due today / tomorrow at the 04:00 rollover: $label", ({ now, dueToday, dueTomorrow }) => {
    const cards = [
      card("overdue", { due: at("2026-11-20T08:00:00Z") }),
      card("today-morning", { due: at("2026-11-27T05:00:00Z") }),
      card("today-last-instant", { due: at("2026-11-27T23:59:59.999Z") }), // 03:59:59 local on the 28th
      card("tomorrow-first-instant", { due: at("2026-11-28T00:00:00Z") }), // 04:00 local on the 28th
      card("tomorrow-evening", { due: at("2026-11-28T18:00:00Z") }),
      card("day-after", { due: at("2026-11-29T00:00:00Z") }),
      card("suspended", { due: at("2026-11-20T08:00:00Z"), suspended: true }),
      card("new", { due: at("2026-11-01T00:00:00Z"), state: State.New, reps: 0, lastReview: null }),
    ];
    const headline = buildHeadline(input({ cards, now: at(now) }));
    expect({ dueToday: headline.dueToday, dueTomorrow: headline.dueTomorrow }).toEqual({ dueToday, dueTomorrow });
  });

  test.each([
    { label: "a fresh card answered just now", cards: [card("a", { state: State.Learning, stability: 2.3, lastReview: NOW })], knowledge: 1 },
    { label: "an old card at its stability (10 days after a review at stability 10)", cards: [card("a", { stability: 10, lastReview: daysBefore(NOW, 10) })], knowledge: 0.9 },
    { label: "a never-studied card counts as 0", cards: [card("a", { state: State.New, reps: 0, stability: 0, lastReview: null })], knowledge: 0 },
    {
      label: "the mean over all cards",
      cards: [
        card("a", { state: State.Learning, stability: 2.3, lastReview: NOW }),
        card("b", { stability: 10, lastReview: daysBefore(NOW, 10) }),
        card("c", { state: State.New, reps: 0, stability: 0, lastReview: null }),
      ],
      knowledge: 1.9 / 3,
    },
  ])("estimated knowledge: $label", ({ cards, knowledge }) => {
    const headline = buildHeadline(input({ cards }));
    expect(headline.knowledge).toBeCloseTo(knowledge, 8);
    expect(headline.cards).toBe(cards.length);
  });

  test("a day with only quiz answers keeps the streak and counts in accuracy", () => {
    const headline = buildHeadline(
      input({
        reviews: [review("2026-11-25T10:00:00Z", { rating: 3 })],
        responses: [answer("2026-11-26T10:00:00Z", { correct: false }), answer("2026-11-26T10:05:00Z", { correct: true })],
      }),
    );
    expect(headline.streak).toEqual({ current: 2, best: 2, activeToday: false, lastActiveDay: "2026-11-26" });
    expect(headline.accuracy7).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
  });

  test("a streak across the rollover in Los Angeles: 23:30 and 03:30 local are consecutive days", () => {
    const headline = buildHeadline(
      input({
        timeZone: "America/Los_Angeles",
        now: at("2026-11-22T18:00:00Z"), // 10:00 local on the 22nd, nothing studied yet today
        reviews: [review("2026-11-21T07:30:00Z"), review("2026-11-22T11:30:00Z")], // 23:30 on the 20th, 03:30 on the 22nd
      }),
    );
    expect(headline.streak).toEqual({ current: 2, best: 2, activeToday: false, lastActiveDay: "2026-11-21" });
  });
});
