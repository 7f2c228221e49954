import { describe, expect, test } from "vitest";
import { State } from "@/lib/domain/scheduling";
import {
  accuracyByKind,
  accuracyByTopic,
  dayTicks,
  gradeSpread,
  quizScoresOverTime,
  RETENTION_BUCKETS,
  retentionByInterval,
  type StatsAttempt,
} from "@/lib/domain/stats";
import { at } from "./fixtures";

const attempt = (id: string, extra: Partial<StatsAttempt>): StatsAttempt => ({
  id,
  status: "finished",
  finishedAt: at("2026-11-20T10:00:00Z"),
  score: 5,
  maxScore: 10,
  ...extra,
});

describe("quizScoresOverTime", () => {
  test.each([
    { label: "no attempts", attempts: [], expected: [] },
    {
      label: "finished attempts oldest first, partial credit kept",
      attempts: [
        attempt("b", { finishedAt: at("2026-11-22T10:00:00Z"), score: 7.5, maxScore: 10 }),
        attempt("a", { finishedAt: at("2026-11-21T10:00:00Z"), score: 4, maxScore: 5 }),
      ],
      expected: [
        { attemptId: "a", date: at("2026-11-21T10:00:00Z"), day: "2026-11-21", percent: 80 },
        { attemptId: "b", date: at("2026-11-22T10:00:00Z"), day: "2026-11-22", percent: 75 },
      ],
    },
    {
      label: "in-progress, abandoned and empty attempts are left out",
      attempts: [
        attempt("running", { status: "in_progress", finishedAt: null, score: null }),
        attempt("dropped", { status: "abandoned", finishedAt: at("2026-11-21T10:00:00Z") }),
        attempt("empty", { score: 0, maxScore: 0 }),
        attempt("kept", { score: 0, maxScore: 3 }),
      ],
      expected: [{ attemptId: "kept", date: at("2026-11-20T10:00:00Z"), day: "2026-11-20", percent: 0 }],
    },
    {
      label: "the same instant is ordered by id",
      attempts: [attempt("y", {}), attempt("x", {})],
      expected: [
        { attemptId: "x", date: at("2026-11-20T10:00:00Z"), day: "2026-11-20", percent: 50 },
        { attemptId: "y", date: at("2026-11-20T10:00:00Z"), day: "2026-11-20", percent: 50 },
      ],
    },
    {
      label: "the day is the learner's study day: before 04:00 local counts for the day before",
      timeZone: "Asia/Baku",
      attempts: [attempt("late", { finishedAt: at("2026-11-20T23:30:00Z") }), attempt("early", { finishedAt: at("2026-11-21T01:00:00Z") })],
      expected: [
        { attemptId: "late", date: at("2026-11-20T23:30:00Z"), day: "2026-11-20", percent: 50 },
        { attemptId: "early", date: at("2026-11-21T01:00:00Z"), day: "2026-11-21", percent: 50 },
      ],
    },
  ])("$label", ({ attempts, timeZone, expected }) => {
    expect(quizScoresOverTime(attempts, timeZone ?? "UTC")).toEqual(expected);
  });
});

describe("dayTicks", () => {
  test.each([
    { label: "no points", days: [], expected: [] },
    { label: "one point a day", days: ["2026-11-20", "2026-11-21", "2026-11-22"], expected: [0, 1, 2] },
    { label: "several a day: the first of each day", days: ["2026-11-20", "2026-11-20", "2026-11-20", "2026-11-21", "2026-11-23", "2026-11-23"], expected: [0, 3, 4] },
  ])("$label", ({ days, expected }) => {
    expect(dayTicks(days.map((day) => ({ day })))).toEqual(expected);
  });
});

const scored = (kind: string, topics: string[], correct: boolean | null, overridden = false) => ({
  kind,
  topics,
  correct,
  overridden,
  answeredAt: correct === null ? null : at("2026-11-20T10:00:00Z"),
});

const RESPONSES = [
  scored("cloze", ["history", "dates"], true),
  scored("cloze", ["history"], false),
  scored("cloze", ["history"], false, true), // "I was right"
  scored("true_false", ["dates"], false),
  scored("short_answer", [], true),
  scored("true_false", ["dates"], null), // not answered yet
];

describe("accuracyByKind / accuracyByTopic", () => {
  test.each([
    {
      label: "by kind, most answered first",
      rows: accuracyByKind(RESPONSES),
      expected: [
        { key: "cloze", label: "Fill in the blank", correct: 2, total: 3, accuracy: 2 / 3 },
        { key: "short_answer", label: "Short answer", correct: 1, total: 1, accuracy: 1 },
        { key: "true_false", label: "True or false", correct: 0, total: 1, accuracy: 0 },
      ],
    },
    {
      label: "by topic: an answer counts in each topic of its question, none without topics",
      rows: accuracyByTopic(RESPONSES),
      expected: [
        { key: "history", label: "History", correct: 2, total: 3, accuracy: 2 / 3 },
        { key: "dates", label: "Dates", correct: 1, total: 2, accuracy: 0.5 },
      ],
    },
    { label: "a topic listed twice counts once", rows: accuracyByTopic([scored("cloze", ["x", "x"], true)]), expected: [{ key: "x", label: "X", correct: 1, total: 1, accuracy: 1 }] },
    {
      label: "singular and plural tags are one topic, named by the plural; an answer tagged with both counts once",
      rows: accuracyByTopic([scored("cloze", ["person", "role"], true), scored("cloze", ["people"], false), scored("cloze", ["roles", "role"], true)]),
      expected: [
        { key: "people", label: "People", correct: 1, total: 2, accuracy: 0.5 },
        { key: "roles", label: "Roles", correct: 2, total: 2, accuracy: 1 },
      ],
    },
    {
      label: "a hyphenated tag reads as words",
      rows: accuracyByTopic([scored("cloze", ["turkic-world"], true)]),
      expected: [{ key: "turkic-world", label: "Turkic world", correct: 1, total: 1, accuracy: 1 }],
    },
    { label: "an unknown kind keeps its key as its label", rows: accuracyByKind([scored("essay", [], true)]), expected: [{ key: "essay", label: "essay", correct: 1, total: 1, accuracy: 1 }] },
    { label: "no responses", rows: accuracyByKind([]), expected: [] },
  ])("$label", ({ rows, expected }) => {
    expect(rows).toEqual(expected);
  });
});

describe("retentionByInterval", () => {
  const log = (elapsedDays: number, rating: number, state: number = State.Review) => ({ elapsedDays, rating, state });
  const LOGS = [
    log(0, 3), log(1, 1), // 1d: same-day reviews join the first bucket
    log(2, 3), log(3, 4), // 2–3d
    log(4, 1), log(7, 3), // 4–7d
    log(8, 3), log(14, 2), log(14, 1), // 8–14d: Hard passes
    log(15, 3), log(30, 3), // 15–30d
    log(31, 1), log(90, 3), // 1–3mo
    log(91, 3), log(400, 2), // 3mo+
    log(5, 1, State.New), log(0, 1, State.Learning), log(3, 1, State.Relearning), // not Review: left out
  ];

  test.each([
    { key: "1d", passed: 1, total: 2, retention: 0.5 },
    { key: "2-3d", passed: 2, total: 2, retention: 1 },
    { key: "4-7d", passed: 1, total: 2, retention: 0.5 },
    { key: "8-14d", passed: 2, total: 3, retention: 2 / 3 },
    { key: "15-30d", passed: 2, total: 2, retention: 1 },
    { key: "1-3mo", passed: 1, total: 2, retention: 0.5 },
    { key: "3mo+", passed: 2, total: 2, retention: 1 },
  ])("$key: $passed / $total", ({ key, passed, total, retention }) => {
    const row = retentionByInterval(LOGS).find((bucket) => bucket.key === key);
    expect(row).toMatchObject({ passed, total, retention });
  });

  test("every bucket is returned in order, empty ones with retention null", () => {
    const rows = retentionByInterval([]);
    expect(rows.map((row) => row.key)).toEqual(RETENTION_BUCKETS.map((bucket) => bucket.key));
    expect(rows.every((row) => row.total === 0 && row.retention === null)).toBe(true);
  });
});

describe("gradeSpread", () => {
  test.each([
    {
      label: "counts and shares",
      ratings: [1, 3, 3, 4, 2, 3],
      expected: [
        { rating: 1, label: "Again", count: 1, share: 1 / 6 },
        { rating: 2, label: "Hard", count: 1, share: 1 / 6 },
        { rating: 3, label: "Good", count: 3, share: 0.5 },
        { rating: 4, label: "Easy", count: 1, share: 1 / 6 },
      ],
    },
    {
      label: "no reviews: zero counts, null shares",
      ratings: [],
      expected: [
        { rating: 1, label: "Again", count: 0, share: null },
        { rating: 2, label: "Hard", count: 0, share: null },
        { rating: 3, label: "Good", count: 0, share: null },
        { rating: 4, label: "Easy", count: 0, share: null },
      ],
    },
  ])("$label", ({ ratings, expected }) => {
    expect(gradeSpread(ratings.map((rating) => ({ rating })))).toEqual(expected);
  });
});
