import { expect, test } from "vitest";
import { formatInterval } from "@/lib/domain/scheduling";

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

test.each([
  { label: "zero", ms: 0, expected: "<1m" },
  { label: "29 seconds", ms: 29 * s, expected: "<1m" },
  { label: "30 seconds rounds to a minute", ms: 30 * s, expected: "1m" },
  { label: "1 minute", ms: m, expected: "1m" },
  { label: "6 minutes (Hard on a new card)", ms: 6 * m, expected: "6m" },
  { label: "10 minutes", ms: 10 * m, expected: "10m" },
  { label: "59 minutes", ms: 59 * m, expected: "59m" },
  { label: "59m40s reads as an hour, not 60m", ms: 59 * m + 40 * s, expected: "1h" },
  { label: "1 hour", ms: h, expected: "1h" },
  { label: "90 minutes", ms: 90 * m, expected: "1.5h" },
  { label: "23.5 hours", ms: 23.5 * h, expected: "23.5h" },
  { label: "23h58m reads as a day", ms: 23 * h + 58 * m, expected: "1d" },
  { label: "1 day", ms: d, expected: "1d" },
  { label: "4 days", ms: 4 * d, expected: "4d" },
  { label: "29 days", ms: 29 * d, expected: "29d" },
  { label: "30 days", ms: 30 * d, expected: "1mo" },
  { label: "45 days", ms: 45 * d, expected: "1.5mo" },
  { label: "90 days", ms: 90 * d, expected: "3mo" },
  { label: "350 days", ms: 350 * d, expected: "11.7mo" },
  { label: "358 days", ms: 358 * d, expected: "11.9mo" },
  { label: "359 days reads as a year, not 12mo", ms: 359 * d, expected: "1y" },
  { label: "365 days", ms: 365 * d, expected: "1y" },
  { label: "438 days", ms: 438 * d, expected: "1.2y" },
  { label: "100 years", ms: 36500 * d, expected: "100y" },
])("$label → $expected", ({ ms, expected }) => {
  expect(formatInterval(ms)).toBe(expected);
});

test.each([{ ms: -1 }, { ms: Number.NaN }, { ms: Number.POSITIVE_INFINITY }])("rejects $ms", ({ ms }) => {
  expect(() => formatInterval(ms)).toThrow(RangeError);
});
