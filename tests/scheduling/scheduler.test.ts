import { describe, expect, test, vi } from "vitest";
import {
  applyRating,
  GRADE_LABELS,
  newCardState,
  previewRatings,
  Rating,
  schedulerFor,
  State,
  undoRating,
  type Grade,
  type StoredCard,
} from "@/lib/domain/scheduling";

const T0 = new Date("2026-03-02T09:00:00Z");
const SETTINGS = { desiredRetention: 0.9, maximumInterval: 36500 };
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** Answers `grades` in turn, each at the card's due time; returns every step. */
function reviewAtDue(start: StoredCard, grades: readonly Grade[], settings = SETTINGS) {
  const steps = [];
  let card = start;
  for (const rating of grades) {
    const at = card.due;
    const result = applyRating(card, rating, at, settings);
    steps.push({ rating, at, before: card, ...result });
    card = result.card;
  }
  return steps;
}

const label = (rating: Grade) => GRADE_LABELS[rating];

describe("first review of a new card", () => {
  // ts-fsrs 5.4.2, FSRS-6 default weights, retention 0.9, steps 1m/10m, no fuzz.
  test.each([
    { rating: Rating.Again, state: State.Learning, afterMs: 1 * MIN, scheduledDays: 0, interval: "1m", stability: 0.212 },
    { rating: Rating.Hard, state: State.Learning, afterMs: 6 * MIN, scheduledDays: 0, interval: "6m", stability: 1.2931 },
    { rating: Rating.Good, state: State.Learning, afterMs: 10 * MIN, scheduledDays: 0, interval: "10m", stability: 2.3065 },
    { rating: Rating.Easy, state: State.Review, afterMs: 8 * DAY, scheduledDays: 8, interval: "8d", stability: 8.2956 },
  ] as const)("$rating → state $state, due in $interval", ({ rating, state, afterMs, scheduledDays, interval, stability }) => {
    const { card, log } = applyRating(newCardState(T0), rating, T0, SETTINGS);
    expect(card.state).toBe(state);
    expect(card.due).toEqual(new Date(T0.getTime() + afterMs));
    expect(card.scheduledDays).toBe(scheduledDays);
    expect(card.stability).toBeCloseTo(stability, 4);
    expect(card).toMatchObject({ reps: 1, lapses: 0, lastReview: T0 });
    expect(log).toMatchObject({ rating, state: State.New, review: T0, due: T0 });

    const preview = previewRatings(newCardState(T0), T0, SETTINGS).find((p) => p.rating === rating);
    expect(preview?.interval).toBe(interval);
    expect(preview?.card).toStrictEqual(card);
  });

  test("preview lists the four ratings in button order with their labels", () => {
    const preview = previewRatings(newCardState(T0), T0, SETTINGS);
    expect(preview.map((p) => `${p.label} ${p.interval}`)).toEqual(["Again 1m", "Hard 6m", "Good 10m", "Easy 8d"]);
    for (const p of preview) expect(p.due.getTime() - T0.getTime()).toBe(p.intervalMs);
  });
});

describe("successive reviews", () => {
  test("intervals grow on successive Good, each answered when due", () => {
    const steps = reviewAtDue(newCardState(T0), Array<Grade>(8).fill(Rating.Good));
    const reviewDays = steps.filter((s) => s.card.state === State.Review).map((s) => s.card.scheduledDays);
    expect(reviewDays).toHaveLength(7); // the first Good is the 10-minute learning step
    for (let i = 1; i < reviewDays.length; i++) expect(reviewDays[i]!).toBeGreaterThan(reviewDays[i - 1]!);
  });

  test("Again on a Review card sends it to Relearning, lapses + 1, due after the 10m relearning step", () => {
    const [, , last] = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good, Rating.Good]);
    const review = last!.card;
    expect(review.state).toBe(State.Review);
    const { card } = applyRating(review, Rating.Again, review.due, SETTINGS);
    expect(card.state).toBe(State.Relearning);
    expect(card.lapses).toBe(review.lapses + 1);
    expect(card.reps).toBe(review.reps + 1);
    expect(card.due).toEqual(new Date(review.due.getTime() + 10 * MIN));
  });

  test("Hard on a Review card keeps it in Review without a lapse", () => {
    const [, last] = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good]);
    const { card } = applyRating(last!.card, Rating.Hard, last!.card.due, SETTINGS);
    expect(card.state).toBe(State.Review);
    expect(card.lapses).toBe(0);
  });

  test("the interval sequence Good, Good, Again, Good (the figure quoted in the docs)", () => {
    const steps = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good, Rating.Again, Rating.Good]);
    const line = steps
      .map((s) => `${label(s.rating)} → ${previewRatings(s.before, s.at, SETTINGS).find((p) => p.rating === s.rating)!.interval}`)
      .join(", ");
    console.log(`FSRS (ts-fsrs 5.4.2, retention 0.9, no fuzz), each review at its due time: ${line}`);
    expect(line).toBe("Good → 10m, Good → 2d, Again → 10m, Good → 1d");
    expect(steps.map((s) => s.card.state)).toEqual([State.Learning, State.Review, State.Relearning, State.Review]);
  });
});

describe("settings", () => {
  test.each([
    { desiredRetention: 0.7, easy: "2.6mo" },
    { desiredRetention: 0.8, easy: "28d" },
    { desiredRetention: 0.9, easy: "8d" },
    { desiredRetention: 0.97, easy: "2d" },
  ])("desired retention $desiredRetention → first Easy in $easy", ({ desiredRetention, easy }) => {
    const preview = previewRatings(newCardState(T0), T0, { desiredRetention, maximumInterval: 36500 });
    expect(preview.find((p) => p.rating === Rating.Easy)?.interval).toBe(easy);
  });

  test("maximumInterval caps Hard; ts-fsrs then keeps Hard < Good < Easy, so Good and Easy can pass it by 1 and 2 days", () => {
    const settings = { desiredRetention: 0.9, maximumInterval: 30 };
    const steps = reviewAtDue(newCardState(T0), Array<Grade>(6).fill(Rating.Easy), settings);
    const capped = steps.at(-1)!.card;
    const days = previewRatings(capped, capped.due, settings).map((p) => `${p.label} ${p.card.scheduledDays}`);
    expect(days).toEqual(["Again 0", "Hard 30", "Good 31", "Easy 32"]);
  });

  test("fuzz is off by default and, when on, still a pure function of (card, now)", () => {
    expect(schedulerFor(SETTINGS).parameters.enable_fuzz).toBe(false);
    const fuzzed = { ...SETTINGS, enableFuzz: true };
    const [, , review] = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good, Rating.Good]);
    const at = review!.card.due;
    const preview = previewRatings(review!.card, at, fuzzed);
    expect(previewRatings(review!.card, at, fuzzed)).toStrictEqual(preview);
    for (const p of preview) expect(applyRating(review!.card, p.rating, at, fuzzed).card).toStrictEqual(p.card);
  });
});

describe("purity and guards", () => {
  test("inputs are never mutated", () => {
    const [, last] = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good]);
    const card = last!.card;
    const snapshot = structuredClone(card);
    const now = new Date(card.due.getTime() + DAY);
    const nowSnapshot = now.getTime();
    const frozen = Object.freeze({ ...card });
    previewRatings(frozen, now, SETTINGS);
    const { card: after, log } = applyRating(frozen, Rating.Good, now, SETTINGS);
    undoRating(Object.freeze({ ...after }), Object.freeze({ ...log }));
    expect(card).toStrictEqual(snapshot);
    expect(now.getTime()).toBe(nowSnapshot);
    expect(after.due).not.toBe(card.due);
  });

  test("results depend on the now argument only, never on the system clock", () => {
    const card = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good]).at(-1)!.card;
    const now = new Date(card.due.getTime() + 3 * DAY);
    const expected = { preview: previewRatings(card, now, SETTINGS), applied: applyRating(card, Rating.Hard, now, SETTINGS) };
    vi.useFakeTimers();
    try {
      for (const clock of ["1999-12-31T23:59:59Z", "2090-06-01T00:00:00Z"]) {
        vi.setSystemTime(new Date(clock));
        expect({ preview: previewRatings(card, now, SETTINGS), applied: applyRating(card, Rating.Hard, now, SETTINGS) }).toStrictEqual(expected);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  test("an answer dated before the last review is refused", () => {
    const { card } = applyRating(newCardState(T0), Rating.Good, T0, SETTINGS);
    expect(() => applyRating(card, Rating.Good, new Date(T0.getTime() - 1), SETTINGS)).toThrow(RangeError);
    expect(() => previewRatings(card, new Date(T0.getTime() - 1), SETTINGS)).toThrow(RangeError);
  });

  test.each([{ rating: 0 }, { rating: 5 }, { rating: 2.5 }])("rating $rating is refused", ({ rating }) => {
    expect(() => applyRating(newCardState(T0), rating as Grade, T0, SETTINGS)).toThrow(RangeError);
  });

  test("an invalid now is refused", () => {
    expect(() => applyRating(newCardState(T0), Rating.Good, new Date("nope"), SETTINGS)).toThrow(RangeError);
  });
});

describe("undo", () => {
  const good2 = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good]); // Learning, then Review (2d)
  const learning = good2[0]!.card;
  const review = good2[1]!.card;
  const relearning = applyRating(review, Rating.Again, review.due, SETTINGS).card;

  interface UndoCase {
    label: string;
    before: StoredCard;
    rating: Grade;
    at: Date;
  }

  const cases: UndoCase[] = [
    ...([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).map((rating) => ({
      label: `new card, ${label(rating)}`,
      before: newCardState(T0),
      rating,
      at: T0,
    })),
    ...([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).map((rating) => ({
      label: `learning card at its due time, ${label(rating)}`,
      before: learning,
      rating,
      at: learning.due,
    })),
    ...([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).map((rating) => ({
      label: `review card at its due time, ${label(rating)}`,
      before: review,
      rating,
      at: review.due,
    })),
    { label: "review card answered a day early (a quiz)", before: review, rating: Rating.Good, at: new Date(review.due.getTime() - DAY) },
    { label: "review card answered 5 minutes after its last review", before: review, rating: Rating.Again, at: new Date(review.lastReview!.getTime() + 5 * MIN) },
    { label: "review card answered 20 days late", before: review, rating: Rating.Hard, at: new Date(review.due.getTime() + 20 * DAY) },
    { label: "relearning card at its due time", before: relearning, rating: Rating.Good, at: relearning.due },
  ];

  test.each(cases)("restores the exact previous card: $label", ({ before, rating, at }) => {
    const { card: after, log } = applyRating(before, rating, at, SETTINGS);
    const restored = undoRating(after, log);
    for (const field of Object.keys(before) as (keyof StoredCard)[]) {
      expect.soft(restored[field], field).toStrictEqual(before[field]);
    }
    expect(restored).toStrictEqual(before);
  });

  test("undoing a whole history step by step walks back through every state", () => {
    const steps = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Hard, Rating.Easy]);
    let card = steps.at(-1)!.card;
    for (const step of [...steps].reverse()) {
      card = undoRating(card, step.log);
      expect(card).toStrictEqual(step.before);
    }
    expect(card).toStrictEqual(newCardState(T0));
  });

  test.each<UndoCase>([
    { label: "learning card answered 4 minutes early", before: learning, rating: Rating.Good, at: new Date(learning.due.getTime() - 4 * MIN) },
    { label: "relearning card answered 3 days late", before: relearning, rating: Rating.Again, at: new Date(relearning.due.getTime() + 3 * DAY) },
  ])("$label: due comes back as the review instant unless previousDue is given", ({ before, rating, at }) => {
    // The log does not keep a (re)learning step's length, so only the caller can restore that due date.
    const { card: after, log } = applyRating(before, rating, at, SETTINGS);
    const restored = undoRating(after, log);
    expect({ ...restored, due: before.due }).toStrictEqual(before);
    expect(restored.due).toEqual(at);
    expect(undoRating(after, log, before.due)).toStrictEqual(before);
  });

  test("undo is exact for a fuzzed Review card answered early", () => {
    const fuzzed = { ...SETTINGS, enableFuzz: true };
    const steps = reviewAtDue(newCardState(T0), [Rating.Good, Rating.Good, Rating.Good, Rating.Good], fuzzed);
    const before = steps.at(-1)!.card;
    expect(before.state).toBe(State.Review);
    const { card: after, log } = applyRating(before, Rating.Easy, new Date(before.due.getTime() - 2 * DAY), fuzzed);
    expect(undoRating(after, log)).toStrictEqual(before);
  });

  test("a manual log cannot be undone", () => {
    const { card, log } = applyRating(newCardState(T0), Rating.Good, T0, SETTINGS);
    expect(() => undoRating(card, { ...log, rating: Rating.Manual })).toThrow(RangeError);
  });
});
