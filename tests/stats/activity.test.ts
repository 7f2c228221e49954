import { describe, expect, test } from "vitest";
import { studyDayOf } from "@/lib/domain/scheduling";
import { accuracyOverStudyDays, activeStudyDays, activityHeatmap, calendarWeeks, dailyStreak, shiftStudyDay, studyDayLabel } from "@/lib/domain/stats";
import { answer, at, review } from "./fixtures";

describe("dailyStreak", () => {
  test.each([
    { label: "no activity", days: [], today: "2026-11-27", expected: { current: 0, best: 0, activeToday: false, lastActiveDay: null } },
    { label: "today only", days: ["2026-11-27"], today: "2026-11-27", expected: { current: 1, best: 1, activeToday: true, lastActiveDay: "2026-11-27" } },
    {
      label: "today not yet studied, but yesterday was: the streak is still alive",
      days: ["2026-11-25", "2026-11-26"],
      today: "2026-11-27",
      expected: { current: 2, best: 2, activeToday: false, lastActiveDay: "2026-11-26" },
    },
    {
      label: "last studied two days ago: the streak is broken",
      days: ["2026-11-24", "2026-11-25"],
      today: "2026-11-27",
      expected: { current: 0, best: 2, activeToday: false, lastActiveDay: "2026-11-25" },
    },
    {
      label: "best run earlier than the current one",
      days: ["2026-11-10", "2026-11-11", "2026-11-12", "2026-11-26", "2026-11-27"],
      today: "2026-11-27",
      expected: { current: 2, best: 3, activeToday: true, lastActiveDay: "2026-11-27" },
    },
    {
      label: "across a month and a year end",
      days: ["2026-11-30", "2026-12-01", "2026-12-31", "2027-01-01"],
      today: "2027-01-01",
      expected: { current: 2, best: 2, activeToday: true, lastActiveDay: "2027-01-01" },
    },
    {
      label: "a day after today is ignored",
      days: ["2026-11-27", "2026-11-28"],
      today: "2026-11-27",
      expected: { current: 1, best: 1, activeToday: true, lastActiveDay: "2026-11-27" },
    },
  ])("$label", ({ days, today, expected }) => {
    expect(dailyStreak(new Set(days), today)).toEqual(expected);
  });
});

describe("activeStudyDays: 4 a.m. rollover in the learner's zone", () => {
  // Los Angeles is UTC−8 in November. Local 23:30 on the 20th is 07:30Z on the 21st;
  // local 03:30 on the 22nd is 11:30Z on the 22nd and still belongs to the 21st's study day.
  const lateEvening = review("2026-11-21T07:30:00Z");
  const smallHours = review("2026-11-22T11:30:00Z");
  const morning = review("2026-11-22T12:30:00Z"); // 04:30 local: the 22nd
  const NOW = at("2026-11-22T18:00:00Z"); // 10:00 local on the 22nd

  test.each([
    { label: "Los Angeles: 23:30 and 03:30 local fall on consecutive study days", timeZone: "America/Los_Angeles", logs: [lateEvening, smallHours], days: ["2026-11-20", "2026-11-21"], streak: 2, activeToday: false },
    { label: "Los Angeles: 04:30 local starts today", timeZone: "America/Los_Angeles", logs: [lateEvening, smallHours, morning], days: ["2026-11-20", "2026-11-21", "2026-11-22"], streak: 3, activeToday: true },
    { label: "the same instants for a learner in UTC", timeZone: "UTC", logs: [lateEvening, smallHours, morning], days: ["2026-11-21", "2026-11-22"], streak: 2, activeToday: true },
    // Baku is UTC+4: 23:30 local on the 20th is 19:30Z, 03:30 local on the 22nd is 23:30Z on the 21st.
    { label: "Baku: 23:30 on the 20th and 03:30 on the 22nd are consecutive study days", timeZone: "Asia/Baku", logs: [review("2026-11-20T19:30:00Z"), review("2026-11-21T23:30:00Z")], days: ["2026-11-20", "2026-11-21"], streak: 2, activeToday: false },
  ])("$label", ({ timeZone, logs, days, streak, activeToday }) => {
    const active = activeStudyDays(logs, [], NOW, timeZone);
    expect([...active].sort()).toEqual(days);
    const result = dailyStreak(active, studyDayOf(NOW, timeZone));
    expect(result.current).toBe(streak);
    expect(result.activeToday).toBe(activeToday);
  });

  test.each([
    { label: "a day with only quiz answers counts", reviews: [], responses: [answer("2026-11-26T12:00:00Z")], days: ["2026-11-26"] },
    { label: "quiz-sourced logs alone do not add days (their responses do)", reviews: [review("2026-11-25T12:00:00Z", { source: "quiz" })], responses: [], days: [] },
    { label: "an unanswered response is not activity", reviews: [], responses: [answer(null)], days: [] },
    { label: "a row stamped after today (clock skew) is not activity yet", reviews: [review("2026-11-28T12:00:00Z")], responses: [], days: [] },
  ])("$label", ({ reviews, responses, days }) => {
    expect([...activeStudyDays(reviews, responses, at("2026-11-27T12:00:00Z"), "UTC")].sort()).toEqual(days);
  });
});

describe("activityHeatmap", () => {
  const TZ = "America/Los_Angeles";
  const NOW = at("2026-11-27T19:00:00Z"); // 11:00 local, study day 2026-11-27

  test("365 consecutive study days ending today, across both DST changes", () => {
    const cells = activityHeatmap([], [], NOW, TZ);
    expect(cells).toHaveLength(365);
    expect(cells.at(-1)?.day).toBe("2026-11-27");
    expect(cells[0]?.day).toBe("2025-11-28");
    cells.forEach((cell, i) => {
      if (i > 0) expect(shiftStudyDay(cells[i - 1]?.day ?? "", 1)).toBe(cell.day);
      expect(cell).toEqual({ day: cell.day, reviews: 0, answers: 0, total: 0 });
    });
  });

  test("before 04:00 local, today is still the previous date", () => {
    const cells = activityHeatmap([], [], at("2026-11-28T11:00:00Z"), TZ); // 03:00 local on the 28th
    expect(cells.at(-1)?.day).toBe("2026-11-27");
  });

  test.each([
    { label: "23:30 local on the 26th", reviews: [review("2026-11-27T07:30:00Z")], responses: [], day: "2026-11-26", expected: { reviews: 1, answers: 0, total: 1 } },
    { label: "03:30 local on the 27th belongs to the 26th", reviews: [review("2026-11-27T11:30:00Z")], responses: [], day: "2026-11-26", expected: { reviews: 1, answers: 0, total: 1 } },
    { label: "04:30 local on the 27th is today", reviews: [review("2026-11-27T12:30:00Z")], responses: [], day: "2026-11-27", expected: { reviews: 1, answers: 0, total: 1 } },
    {
      label: "a quiz answer counts once: its response, not its quiz-sourced log",
      reviews: [review("2026-11-27T12:30:00Z", { source: "quiz" })],
      responses: [answer("2026-11-27T12:30:00Z")],
      day: "2026-11-27",
      expected: { reviews: 0, answers: 1, total: 1 },
    },
    {
      label: "reviews and answers on one day",
      reviews: [review("2026-06-01T18:00:00Z"), review("2026-06-01T19:00:00Z")],
      responses: [answer("2026-06-01T20:00:00Z"), answer(null)],
      day: "2026-06-01",
      expected: { reviews: 2, answers: 1, total: 3 },
    },
  ])("$label", ({ reviews, responses, day, expected }) => {
    const cells = activityHeatmap(reviews, responses, NOW, TZ);
    expect(cells.find((cell) => cell.day === day)).toEqual({ day, ...expected });
    expect(cells.reduce((sum, cell) => sum + cell.total, 0)).toBe(expected.total);
  });

  test("activity older than the window or after today is left out", () => {
    const cells = activityHeatmap(
      [review("2025-11-27T20:00:00Z"), review("2025-11-28T20:00:00Z"), review("2026-11-28T20:00:00Z")],
      [],
      NOW,
      TZ,
    );
    expect(cells.reduce((sum, cell) => sum + cell.total, 0)).toBe(1);
    expect(cells[0]).toEqual({ day: "2025-11-28", reviews: 1, answers: 0, total: 1 });
  });
});

describe("accuracyOverStudyDays", () => {
  const NOW = at("2026-11-27T10:00:00Z");
  const reviews = [
    review("2026-11-27T09:00:00Z", { rating: 3 }), // today: pass
    review("2026-11-21T05:00:00Z", { rating: 1 }), // first day of the 7-day window: fail
    review("2026-11-21T03:00:00Z", { rating: 2 }), // 03:00 UTC is still the 20th: outside 7 days; Hard passes
    review("2026-11-25T12:00:00Z", { rating: 1, source: "quiz" }), // the log of a quiz answer: counted through its response
  ];
  const responses = [
    answer("2026-11-26T12:00:00Z", { correct: true }),
    answer("2026-11-24T12:00:00Z", { correct: false, overridden: true }), // "I was right" counts as right
    answer("2026-10-29T05:00:00Z", { correct: false }), // first day of the 30-day window
    answer("2026-10-29T03:00:00Z", { correct: false }), // the 28th: outside 30 days
    answer(null),
  ];

  test.each([
    { label: "last 7 study days", days: 7, reviews, responses, expected: { correct: 3, total: 4, accuracy: 0.75 } },
    { label: "last 30 study days", days: 30, reviews, responses, expected: { correct: 4, total: 6, accuracy: 4 / 6 } },
    { label: "today only", days: 1, reviews, responses, expected: { correct: 1, total: 1, accuracy: 1 } },
    { label: "nothing to score: accuracy null, not NaN", days: 7, reviews: [], responses: [], expected: { correct: 0, total: 0, accuracy: null } },
  ])("$label", ({ days, reviews, responses, expected }) => {
    expect(accuracyOverStudyDays(reviews, responses, NOW, "UTC", days)).toEqual(expected);
  });

  test.each([{ days: 0 }, { days: 2.5 }])("rejects a window of $days days", ({ days }) => {
    expect(() => accuracyOverStudyDays([], [], NOW, "UTC", days)).toThrow(RangeError);
  });
});

describe("calendarWeeks", () => {
  const run = (first: string, count: number) => Array.from({ length: count }, (_, i) => ({ day: shiftStudyDay(first, i) }));
  const shape = (days: { day: string }[]) => calendarWeeks(days).map((w) => ({ month: w.month, first: w.days.find((d) => d)?.day ?? null, length: w.days.length, pad: w.days.filter((d) => !d).length }));

  test.each([
    { label: "no days", days: [], expected: [] },
    {
      label: "starts on a Sunday with the 1st: one whole week, labelled",
      days: run("2026-11-01", 7),
      expected: [{ month: "Nov", first: "2026-11-01", length: 7, pad: 0 }],
    },
    {
      label: "starts mid-week: the first column is padded before the first day; the last is partial",
      days: run("2026-11-04", 6), // Wed 4th .. Mon 9th
      expected: [
        { month: "Nov", first: "2026-11-04", length: 7, pad: 3 },
        { month: null, first: "2026-11-08", length: 2, pad: 0 },
      ],
    },
    {
      label: "a month is labelled on the week holding its 1st; the first column keeps its month only with room before the next label",
      days: run("2026-11-25", 14), // Wed 25 Nov .. Tue 8 Dec; 1 Dec is in the second column
      expected: [
        { month: null, first: "2026-11-25", length: 7, pad: 3 },
        { month: "Dec", first: "2026-11-29", length: 7, pad: 0 },
        { month: null, first: "2026-12-06", length: 3, pad: 0 },
      ],
    },
    {
      label: "across a year end",
      days: run("2026-12-27", 7), // Sun 27 Dec .. Sat 2 Jan
      expected: [{ month: "Jan", first: "2026-12-27", length: 7, pad: 0 }],
    },
  ])("$label", ({ days, expected }) => {
    expect(shape(days)).toEqual(expected);
  });

  test("a year of days has 53 columns and a label for each month begun in it", () => {
    const weeks = calendarWeeks(run("2025-11-27", 365));
    expect(weeks).toHaveLength(53);
    expect(weeks.flatMap((w) => (w.month ? [w.month] : []))).toEqual(["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]);
  });
});

describe("studyDayLabel", () => {
  test.each([
    { day: "2026-11-05", expected: "5 Nov" },
    { day: "2027-01-31", expected: "31 Jan" },
  ])("$day -> $expected", ({ day, expected }) => {
    expect(studyDayLabel(day)).toBe(expected);
  });
});
