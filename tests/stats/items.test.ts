import { describe, expect, test } from "vitest";
import { itemAnalysis, pearsonCorrelation, type ItemResponse } from "@/lib/domain/stats";

const T0 = Date.parse("2026-11-01T10:00:00Z");
/** One attempt's answered responses, `credits` in question order q1, q2, …; answered at day `day`. */
function attemptRows(attemptId: string, userId: string, credits: (number | null)[], day = 0): ItemResponse[] {
  return credits.map((credit, i) => ({
    attemptId,
    userId,
    questionId: `q${i + 1}`,
    credit,
    answeredAt: credit === null ? null : new Date(T0 + day * 86_400_000 + i * 60_000),
  }));
}

// Five learners, one attempt each, four questions:
//        q1   q2   q3   q4   total
//  A1     1    1    0    1     3
//  A2     1    0    1    1     3
//  A3     0    0    1    0     1
//  A4     1    1    0    1     3
//  A5     0   .5    1    0    1.5
const TABLE: ItemResponse[] = [
  ...attemptRows("A1", "u1", [1, 1, 0, 1]),
  ...attemptRows("A2", "u2", [1, 0, 1, 1]),
  ...attemptRows("A3", "u3", [0, 0, 1, 0]),
  ...attemptRows("A4", "u4", [1, 1, 0, 1]),
  ...attemptRows("A5", "u5", [0, 0.5, 1, 0]),
];

describe("itemAnalysis on a hand-computed table", () => {
  // q1: x = [1,1,0,1,0] (facility 0.6); rest totals y = [2,2,1,2,1.5] (mean 1.7).
  //   dx = [.4,.4,-.6,.4,-.6], dy = [.3,.3,-.7,.3,-.2]
  //   Σdxdy = .12+.12+.42+.12+.12 = .9, Σdx² = 1.2, Σdy² = .27+.49+.04 = .8
  //   r = .9 / √(1.2 × .8) = .9 / √.96 ≈ 0.918559
  // q3: x = [0,1,1,0,1]; y = [3,2,0,3,.5] (mean 1.7); dy = [1.3,.3,-1.7,1.3,-1.2]
  //   Σdxdy = -.78+.12-.68-.78-.48 = -2.6, Σdy² = 3.38+.09+2.89+1.44 = 7.8
  //   r = -2.6 / √(1.2 × 7.8) = -2.6 / √9.36 ≈ -0.849837: high scorers miss it.
  // q2: x = [1,0,0,1,.5] (facility .5); y = [2,3,1,2,1]; Σdxdy = 0 → r = 0, not flagged.
  // Attempts have equal length, so the rest mean (y / 3) gives the same r as the rest total.
  const result = itemAnalysis(TABLE);

  test.each([
    { questionId: "q1", n: 5, facility: 0.6, discrimination: 0.9 / Math.sqrt(0.96), flags: [] },
    { questionId: "q2", n: 5, facility: 0.5, discrimination: 0, flags: [] },
    { questionId: "q3", n: 5, facility: 0.6, discrimination: -2.6 / Math.sqrt(9.36), flags: ["negative-discrimination"] },
    { questionId: "q4", n: 5, facility: 0.6, discrimination: 0.9 / Math.sqrt(0.96), flags: [] },
  ])("$questionId: facility $facility, discrimination $discrimination", ({ questionId, n, facility, discrimination, flags }) => {
    const item = result.find((row) => row.questionId === questionId);
    expect(item?.n).toBe(n);
    expect(item?.facility).toBeCloseTo(facility, 12);
    expect(item?.discrimination).toBeCloseTo(discrimination, 12);
    expect(item?.flags).toEqual(flags);
  });

  test("items come back by question id", () => {
    expect(result.map((row) => row.questionId)).toEqual(["q1", "q2", "q3", "q4"]);
  });

  test("the rest total gives the same correlation when attempts have equal length", () => {
    expect(pearsonCorrelation([0, 1, 1, 0, 1], [3, 2, 0, 3, 0.5])).toBeCloseTo(result[2]?.discrimination ?? Number.NaN, 12);
  });
});

describe("itemAnalysis: first attempts, flags and undefined correlations", () => {
  test.each([
    {
      label: "a learner's later attempt is left out of the item's figures",
      rows: [...TABLE, ...attemptRows("A6", "u3", [1, 1, 1, 1], 5)],
      questionId: "q1",
      expected: { n: 5, facility: 0.6, discrimination: 0.9 / Math.sqrt(0.96), flags: [] },
    },
    {
      label: "the first attempt is the earliest answer, whatever the row order",
      rows: [...attemptRows("late", "u1", [1], 3), ...attemptRows("early", "u1", [0], 1)],
      questionId: "q1",
      expected: { n: 1, facility: 0, discrimination: null, flags: ["hard", "few-attempts"] },
    },
    {
      label: "unanswered rows are ignored",
      rows: [...attemptRows("B1", "u1", [0, null]), ...attemptRows("B2", "u2", [null, 1])],
      questionId: "q1",
      expected: { n: 1, facility: 0, discrimination: null, flags: ["hard", "few-attempts"] },
    },
    {
      label: "every learner right: zero variance, discrimination null",
      rows: [1, 2, 3, 4, 5, 6].flatMap((i) => attemptRows(`C${i}`, `u${i}`, [1, i % 2])),
      questionId: "q1",
      expected: { n: 6, facility: 1, discrimination: null, flags: [] },
    },
    {
      label: "hard: facility below 0.2",
      rows: [1, 2, 3, 4, 5, 6].flatMap((i) => attemptRows(`D${i}`, `u${i}`, [i === 1 ? 1 : 0, i <= 3 ? 1 : 0])),
      questionId: "q1",
      // x = [1,0,0,0,0,0] (mean 1/6), rest = [1,1,1,0,0,0] (mean .5): Σdxdy = 5/12 + 1/12 = 1/2,
      // Σdx² = 5/6, Σdy² = 1.5, r = .5 / √1.25 = 1/√5
      expected: { n: 6, facility: 1 / 6, discrimination: 1 / Math.sqrt(5), flags: ["hard"] },
    },
    {
      label: "a response alone in its attempt counts in facility but has no rest score",
      rows: [...attemptRows("E1", "u1", [1]), ...attemptRows("E2", "u2", [0, 1]), ...attemptRows("E3", "u3", [1, 0])],
      questionId: "q1",
      expected: { n: 3, facility: 2 / 3, discrimination: -1, flags: ["negative-discrimination", "few-attempts"] },
    },
  ])("$label", ({ rows, questionId, expected }) => {
    const item = itemAnalysis(rows).find((row) => row.questionId === questionId);
    expect(item?.n).toBe(expected.n);
    expect(item?.facility).toBeCloseTo(expected.facility, 12);
    if (expected.discrimination === null) expect(item?.discrimination).toBeNull();
    else expect(item?.discrimination).toBeCloseTo(expected.discrimination, 12);
    expect(item?.flags).toEqual(expected.flags);
  });

  test("no responses, no items", () => {
    expect(itemAnalysis([])).toEqual([]);
  });
});

describe("pearsonCorrelation", () => {
  test.each([
    { label: "perfect positive", xs: [0, 1, 2], ys: [1, 3, 5], expected: 1 },
    { label: "perfect negative", xs: [0, 1, 2], ys: [5, 3, 1], expected: -1 },
    { label: "a constant series", xs: [1, 1, 1], ys: [1, 2, 3], expected: null },
    { label: "a constant series of inexact floats", xs: [0.1, 0.1, 0.1], ys: [1, 2, 3], expected: null },
    { label: "one point", xs: [1], ys: [2], expected: null },
    { label: "no points", xs: [], ys: [], expected: null },
    // Rest means of thirds sum to a covariance of about -1e-17: zero, not a negative correlation.
    { label: "uncorrelated series with rounding dust", xs: [1, 0, 0, 1, 0.5], ys: [2 / 3, 1, 1 / 3, 2 / 3, 1 / 3], expected: 0 },
  ])("$label", ({ xs, ys, expected }) => {
    const r = pearsonCorrelation(xs, ys);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 12);
  });

  test("series of different lengths are refused", () => {
    expect(() => pearsonCorrelation([1, 2], [1])).toThrow(RangeError);
  });
});
