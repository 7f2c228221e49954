import { describe, expect, test } from "vitest";
import { nextStudyDayStart, startOfStudyDay, studyDayOf } from "@/lib/domain/scheduling";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe("studyDayOf: the day rolls over at 04:00 local", () => {
  test.each([
    // Asia/Baku is UTC+4 all year.
    { label: "Baku 03:59 local belongs to the previous day", instant: "2026-11-26T23:59:00Z", timeZone: "Asia/Baku", expected: "2026-11-26" },
    { label: "Baku 04:00 local starts the new day", instant: "2026-11-27T00:00:00Z", timeZone: "Asia/Baku", expected: "2026-11-27" },
    { label: "Baku 23:30 local", instant: "2026-11-27T19:30:00Z", timeZone: "Asia/Baku", expected: "2026-11-27" },
    { label: "Baku 00:30 local is still the evening's day", instant: "2026-11-27T20:30:00Z", timeZone: "Asia/Baku", expected: "2026-11-27" },
    // America/New_York, UTC−5 (EST) / UTC−4 (EDT).
    { label: "New York 03:59 EST", instant: "2026-11-27T08:59:00Z", timeZone: "America/New_York", expected: "2026-11-26" },
    { label: "New York 04:00 EST", instant: "2026-11-27T09:00:00Z", timeZone: "America/New_York", expected: "2026-11-27" },
    { label: "New York 03:59 EDT on spring-forward day (clock jumped 02:00→03:00)", instant: "2026-03-08T07:59:00Z", timeZone: "America/New_York", expected: "2026-03-07" },
    { label: "New York 04:00 EDT on spring-forward day", instant: "2026-03-08T08:00:00Z", timeZone: "America/New_York", expected: "2026-03-08" },
    { label: "New York 01:30 EDT, first pass on fall-back day", instant: "2026-11-01T05:30:00Z", timeZone: "America/New_York", expected: "2026-10-31" },
    { label: "New York 01:30 EST, second pass on fall-back day", instant: "2026-11-01T06:30:00Z", timeZone: "America/New_York", expected: "2026-10-31" },
    { label: "New York 03:59 EST on fall-back day", instant: "2026-11-01T08:59:00Z", timeZone: "America/New_York", expected: "2026-10-31" },
    { label: "New York 04:00 EST on fall-back day", instant: "2026-11-01T09:00:00Z", timeZone: "America/New_York", expected: "2026-11-01" },
    // Pacific/Auckland, UTC+13 (NZDT) / UTC+12 (NZST): the local date is ahead of UTC.
    { label: "Auckland 03:59 NZDT", instant: "2026-11-27T14:59:00Z", timeZone: "Pacific/Auckland", expected: "2026-11-27" },
    { label: "Auckland 04:00 NZDT", instant: "2026-11-27T15:00:00Z", timeZone: "Pacific/Auckland", expected: "2026-11-28" },
    { label: "Auckland New Year 03:59 is still 31 December", instant: "2026-12-31T14:59:00Z", timeZone: "Pacific/Auckland", expected: "2026-12-31" },
    { label: "Auckland New Year 04:00", instant: "2026-12-31T15:00:00Z", timeZone: "Pacific/Auckland", expected: "2027-01-01" },
    { label: "UTC 03:59", instant: "2026-03-01T03:59:00Z", timeZone: "UTC", expected: "2026-02-28" },
    { label: "UTC 04:00", instant: "2026-03-01T04:00:00Z", timeZone: "UTC", expected: "2026-03-01" },
  ])("$label → $expected", ({ instant, timeZone, expected }) => {
    expect(studyDayOf(at(instant), timeZone)).toBe(expected);
  });
});

describe("startOfStudyDay / nextStudyDayStart", () => {
  test.each([
    { label: "Baku, a 24-hour day", instant: "2026-11-27T10:00:00Z", timeZone: "Asia/Baku", start: "2026-11-27T00:00:00Z", next: "2026-11-28T00:00:00Z", hours: 24 },
    { label: "Baku at 03:59 local: yesterday's day", instant: "2026-11-26T23:59:00Z", timeZone: "Asia/Baku", start: "2026-11-26T00:00:00Z", next: "2026-11-27T00:00:00Z", hours: 24 },
    { label: "New York, spring forward: 23 hours", instant: "2026-03-08T03:00:00Z", timeZone: "America/New_York", start: "2026-03-07T09:00:00Z", next: "2026-03-08T08:00:00Z", hours: 23 },
    { label: "New York, fall back: 25 hours", instant: "2026-11-01T06:30:00Z", timeZone: "America/New_York", start: "2026-10-31T08:00:00Z", next: "2026-11-01T09:00:00Z", hours: 25 },
    { label: "Auckland, NZDT ends 5 April: 25 hours", instant: "2026-04-04T12:00:00Z", timeZone: "Pacific/Auckland", start: "2026-04-03T15:00:00Z", next: "2026-04-04T16:00:00Z", hours: 25 },
    { label: "Auckland, NZDT starts 27 September: 23 hours", instant: "2026-09-26T12:00:00Z", timeZone: "Pacific/Auckland", start: "2026-09-25T16:00:00Z", next: "2026-09-26T15:00:00Z", hours: 23 },
    { label: "Auckland, across New Year", instant: "2026-12-31T20:00:00Z", timeZone: "Pacific/Auckland", start: "2026-12-31T15:00:00Z", next: "2027-01-01T15:00:00Z", hours: 24 },
  ])("$label", ({ instant, timeZone, start, next, hours }) => {
    const startAt = startOfStudyDay(at(instant), timeZone);
    const nextAt = nextStudyDayStart(at(instant), timeZone);
    expect(startAt).toEqual(at(start));
    expect(nextAt).toEqual(at(next));
    expect((nextAt.getTime() - startAt.getTime()) / HOUR).toBe(hours);
    // The bounds are consistent with studyDayOf: [start, next) is one study day.
    expect(studyDayOf(startAt, timeZone)).toBe(studyDayOf(at(instant), timeZone));
    expect(studyDayOf(new Date(startAt.getTime() - 1), timeZone)).not.toBe(studyDayOf(startAt, timeZone));
    expect(studyDayOf(new Date(nextAt.getTime() - 1), timeZone)).toBe(studyDayOf(at(instant), timeZone));
    expect(startOfStudyDay(nextAt, timeZone)).toEqual(nextAt);
  });

  test("every instant of a year in several zones lies in [start, next) of its own day", () => {
    for (const timeZone of ["Asia/Baku", "America/New_York", "Pacific/Auckland", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns"]) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 60_000 * 7) {
        const instant = new Date(t);
        const start = startOfStudyDay(instant, timeZone).getTime();
        const next = nextStudyDayStart(instant, timeZone).getTime();
        expect(start).toBeLessThanOrEqual(t);
        expect(next).toBeGreaterThan(t);
        expect(next - start).toBeGreaterThanOrEqual(23 * HOUR);
        expect(next - start).toBeLessThanOrEqual(25 * HOUR);
      }
    }
  });

  test("an unknown time zone is an error", () => {
    expect(() => studyDayOf(at("2026-11-27T10:00:00Z"), "Mars/Olympus_Mons")).toThrow(RangeError);
  });

  test("an invalid instant is an error", () => {
    expect(() => startOfStudyDay(new Date("nope"), "UTC")).toThrow(RangeError);
  });
});

describe("studyDayOf remembers resolved days without changing an answer", () => {
  /** The study day read straight off the local wall clock, as a reference (no memo). */
  const formats = new Map<string, Intl.DateTimeFormat>();
  const reference = (ms: number, timeZone: string) => {
    if (!formats.has(timeZone)) {
      formats.set(timeZone, new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit" }));
    }
    const parts = Object.fromEntries(
      formats
        .get(timeZone)!
        .formatToParts(ms)
        .map((p) => [p.type, Number(p.value)]),
    ) as Record<string, number>;
    const date = new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day! - (parts.hour! < 4 ? 1 : 0)));
    return date.toISOString().slice(0, 10);
  };

  test.each([
    { label: "New York (DST at 02:00)", timeZone: "America/New_York" },
    { label: "Lord Howe (30-minute DST)", timeZone: "Australia/Lord_Howe" },
    { label: "Kathmandu (UTC+5:45)", timeZone: "Asia/Kathmandu" },
    { label: "Santiago (DST at midnight)", timeZone: "America/Santiago" },
    { label: "Baku (no DST)", timeZone: "Asia/Baku" },
  ])("$label: every 37 minutes over a year, in a scrambled order, matches the wall clock", ({ timeZone }) => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    const instants = Array.from({ length: Math.floor((366 * 24 * 60) / 37) }, (_, i) => start + i * 37 * 60_000);
    // Visit in a scrambled but fixed order, so days are resolved out of order and between known days.
    const order = instants.map((ms, i) => ({ ms, key: (i * 7919) % instants.length })).sort((a, b) => a.key - b.key);
    const wrong = order.filter(({ ms }) => studyDayOf(new Date(ms), timeZone) !== reference(ms, timeZone));
    expect(wrong.map(({ ms }) => new Date(ms).toISOString()).slice(0, 5)).toEqual([]);
  });
});
