import { describe, expect, test } from "vitest";
import { shiftStudyDay, studyDaysEndingAt } from "@/lib/domain/stats";
import { at } from "./fixtures";

describe("shiftStudyDay: calendar arithmetic on study-day labels", () => {
  test.each([
    { day: "2026-11-27", by: 1, expected: "2026-11-28" },
    { day: "2026-11-30", by: 1, expected: "2026-12-01" },
    { day: "2026-12-31", by: 1, expected: "2027-01-01" },
    { day: "2028-03-01", by: -1, expected: "2028-02-29" },
    { day: "2026-11-27", by: -364, expected: "2025-11-28" },
    { day: "2026-03-08", by: 1, expected: "2026-03-09" }, // a DST change is invisible to labels
  ])("$day + $by → $expected", ({ day, by, expected }) => {
    expect(shiftStudyDay(day, by)).toBe(expected);
  });

  test.each([{ day: "27/11/2026", by: 1 }, { day: "2026-11-27", by: 0.5 }])("rejects $day + $by", ({ day, by }) => {
    expect(() => shiftStudyDay(day, by)).toThrow(RangeError);
  });
});

describe("studyDaysEndingAt", () => {
  test.each([
    { label: "Baku afternoon", now: "2026-11-27T10:00:00Z", timeZone: "Asia/Baku", count: 3, expected: ["2026-11-25", "2026-11-26", "2026-11-27"] },
    { label: "Baku 03:59 local is still yesterday", now: "2026-11-26T23:59:00Z", timeZone: "Asia/Baku", count: 2, expected: ["2026-11-25", "2026-11-26"] },
    { label: "Los Angeles 20:00 local is a day behind UTC", now: "2026-11-28T04:00:00Z", timeZone: "America/Los_Angeles", count: 1, expected: ["2026-11-27"] },
    { label: "no days", now: "2026-11-27T10:00:00Z", timeZone: "UTC", count: 0, expected: [] },
  ])("$label", ({ now, timeZone, count, expected }) => {
    expect(studyDaysEndingAt(at(now), timeZone, count)).toEqual(expected);
  });
});
