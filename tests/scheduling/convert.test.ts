import { describe, expect, test } from "vitest";
import { createEmptyCard, fsrs, Rating, State, type Card as FsrsCard } from "ts-fsrs";
import {
  fromFsrsCard,
  fromFsrsReviewLog,
  newCardState,
  toFsrsCard,
  toFsrsReviewLog,
  type StoredCard,
  type StoredReviewLog,
} from "@/lib/domain/scheduling";

const T0 = new Date("2026-03-02T09:00:00Z");

const storedCards: { label: string; row: StoredCard }[] = [
  { label: "new", row: newCardState(T0) },
  {
    label: "learning",
    row: {
      due: new Date("2026-03-02T09:10:00Z"),
      stability: 2.3065,
      difficulty: 2.11810397,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 1,
      reps: 1,
      lapses: 0,
      state: State.Learning,
      lastReview: new Date("2026-03-02T09:00:00Z"),
    },
  },
  {
    label: "review",
    row: {
      due: new Date("2026-04-11T09:10:00Z"),
      stability: 41.5,
      difficulty: 4.25,
      elapsedDays: 9,
      scheduledDays: 40,
      learningSteps: 0,
      reps: 6,
      lapses: 1,
      state: State.Review,
      lastReview: new Date("2026-03-02T09:10:00Z"),
    },
  },
  {
    label: "relearning",
    row: {
      due: new Date("2026-03-02T09:20:00Z"),
      stability: 0.6077,
      difficulty: 7.39,
      elapsedDays: 2,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 3,
      lapses: 1,
      state: State.Relearning,
      lastReview: new Date("2026-03-02T09:10:00Z"),
    },
  },
];

describe("card conversion", () => {
  test.each(storedCards)("stored → ts-fsrs → stored is lossless ($label)", ({ row }) => {
    expect(fromFsrsCard(toFsrsCard(row))).toStrictEqual(row);
  });

  test("ts-fsrs → stored → ts-fsrs is lossless for every card ts-fsrs produces", () => {
    const f = fsrs({ enable_fuzz: false });
    const cards: FsrsCard[] = [createEmptyCard(T0)];
    let card = createEmptyCard(T0);
    for (const grade of [Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      const now = card.due;
      for (const item of f.repeat(card, now)) cards.push(item.card);
      card = f.next(card, now, grade).card;
    }
    for (const original of cards) {
      const back = toFsrsCard(fromFsrsCard(original));
      expect(back).toStrictEqual(original);
      // The Int columns of the schema hold these without loss.
      for (const value of [back.elapsed_days, back.scheduled_days, back.learning_steps, back.reps, back.lapses, back.state]) {
        expect(Number.isInteger(value)).toBe(true);
      }
    }
  });

  test("field names map one to one", () => {
    const row = storedCards[2]!.row;
    expect(toFsrsCard(row)).toStrictEqual({
      due: row.due,
      stability: row.stability,
      difficulty: row.difficulty,
      elapsed_days: row.elapsedDays,
      scheduled_days: row.scheduledDays,
      learning_steps: row.learningSteps,
      reps: row.reps,
      lapses: row.lapses,
      state: row.state,
      last_review: row.lastReview,
    });
  });

  test("converted dates are copies, never the source objects", () => {
    const row = storedCards[2]!.row;
    const card = toFsrsCard(row);
    expect(card.due).not.toBe(row.due);
    expect(card.last_review).not.toBe(row.lastReview);
    const back = fromFsrsCard(card);
    expect(back.due).not.toBe(card.due);
    expect(back.lastReview).not.toBe(card.last_review);
  });

  test.each([{ state: -1 }, { state: 4 }, { state: 1.5 }, { state: Number.NaN }])("rejects stored state $state", ({ state }) => {
    expect(() => toFsrsCard({ ...newCardState(T0), state })).toThrow(RangeError);
  });
});

describe("review log conversion", () => {
  const f = fsrs({ enable_fuzz: false });
  const logs = (() => {
    const out = [];
    let card = createEmptyCard(T0);
    for (const grade of [Rating.Good, Rating.Good, Rating.Again, Rating.Good] as const) {
      const result = f.next(card, card.due, grade);
      out.push(result.log);
      card = result.card;
    }
    return out;
  })();

  test.each(logs.map((log, i) => ({ i, log })))("ts-fsrs → stored → ts-fsrs is lossless (review $i)", ({ log }) => {
    expect(toFsrsReviewLog(fromFsrsReviewLog(log))).toStrictEqual(log);
  });

  test("stored → ts-fsrs → stored is lossless", () => {
    const row: StoredReviewLog = {
      rating: Rating.Again,
      state: State.Review,
      due: new Date("2026-03-02T09:10:00Z"),
      stability: 2.3065,
      difficulty: 2.11121424,
      elapsedDays: 2,
      lastElapsedDays: 0,
      scheduledDays: 2,
      learningSteps: 0,
      review: new Date("2026-03-04T09:10:00Z"),
    };
    expect(fromFsrsReviewLog(toFsrsReviewLog(row))).toStrictEqual(row);
  });

  test.each([{ rating: -1 }, { rating: 5 }])("rejects stored rating $rating", ({ rating }) => {
    const row = fromFsrsReviewLog(logs[0]!);
    expect(() => toFsrsReviewLog({ ...row, rating })).toThrow(RangeError);
  });
});

test("newCardState is an empty New card due now", () => {
  expect(newCardState(T0)).toStrictEqual({
    due: T0,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: State.New,
    lastReview: null,
  });
  expect(newCardState(T0).due).not.toBe(T0);
});
