import { describe, expect, test } from "vitest";
import { formatDateInZone, formatDateTimeInZone } from "@/lib/format";

describe("times in the learner's zone", () => {
  test.each([
    { label: "UTC", zone: "UTC", instant: "2026-11-27T10:05:00Z", expected: "27 Nov 2026, 10:05" },
    { label: "Baku is UTC+4", zone: "Asia/Baku", instant: "2026-11-27T10:05:00Z", expected: "27 Nov 2026, 14:05" },
    { label: "Baku crosses midnight before UTC does", zone: "Asia/Baku", instant: "2026-11-27T21:30:00Z", expected: "28 Nov 2026, 01:30" },
    { label: "Los Angeles in winter is UTC−8", zone: "America/Los_Angeles", instant: "2026-11-27T05:00:00Z", expected: "26 Nov 2026, 21:00" },
    { label: "Los Angeles in summer is UTC−7", zone: "America/Los_Angeles", instant: "2026-07-01T05:00:00Z", expected: "30 Jun 2026, 22:00" },
  ])("$label", ({ zone, instant, expected }) => {
    expect(formatDateTimeInZone(new Date(instant), zone)).toBe(expected);
  });

  test.each([
    { zone: "UTC", instant: "2026-11-27T21:30:00Z", expected: "27 Nov 2026" },
    { zone: "Asia/Baku", instant: "2026-11-27T21:30:00Z", expected: "28 Nov 2026" },
  ])("the date alone in $zone", ({ zone, instant, expected }) => {
    expect(formatDateInZone(new Date(instant), zone)).toBe(expected);
  });

  test("a zone this runtime does not know falls back to UTC rather than failing the page", () => {
    expect(formatDateTimeInZone(new Date("2026-11-27T10:05:00Z"), "Mars/Olympus")).toBe("27 Nov 2026, 10:05");
  });
});
