import { describe, expect, test } from "vitest";
import { State } from "@/lib/domain/scheduling";
import { dueForecast, type ForecastCard } from "@/lib/domain/stats";
import { at } from "./fixtures";

// Asia/Baku is UTC+4: the study day 2026-11-27 runs 2026-11-27T00:00Z → 2026-11-28T00:00Z.
const TZ = "Asia/Baku";
const NOW = at("2026-11-27T10:00:00Z");
const due = (iso: string, extra: Partial<ForecastCard> = {}): ForecastCard => ({ due: at(iso), state: State.Review, suspended: false, ...extra });

describe("dueForecast", () => {
  test("30 study days from today by default, labelled by study day", () => {
    const forecast = dueForecast([], NOW, TZ);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: "2026-11-27", due: 0 });
    expect(forecast[29]).toEqual({ day: "2026-12-26", due: 0 });
  });

  test.each([
    { label: "overdue counts on day 0", card: due("2026-11-01T08:00:00Z"), day: 0 },
    { label: "due later today", card: due("2026-11-27T20:00:00Z"), day: 0 },
    { label: "03:59:59 local on the 28th is still today", card: due("2026-11-27T23:59:59.999Z"), day: 0 },
    { label: "04:00 local on the 28th is tomorrow", card: due("2026-11-28T00:00:00Z"), day: 1 },
    { label: "a learning step later today", card: due("2026-11-27T10:10:00Z", { state: State.Learning }), day: 0 },
    { label: "relearning tomorrow", card: due("2026-11-28T06:00:00Z", { state: State.Relearning }), day: 1 },
    { label: "the last day of the horizon", card: due("2026-12-26T12:00:00Z"), day: 29 },
    { label: "beyond the horizon", card: due("2026-12-27T00:00:00Z"), day: null },
    { label: "suspended", card: due("2026-11-20T00:00:00Z", { suspended: true }), day: null },
    { label: "a New card has no due date to forecast", card: due("2026-11-01T00:00:00Z", { state: State.New }), day: null },
  ])("$label → day $day", ({ card, day }) => {
    const forecast = dueForecast([card], NOW, TZ);
    expect(forecast.findIndex((entry) => entry.due === 1)).toBe(day ?? -1);
    expect(forecast.reduce((sum, entry) => sum + entry.due, 0)).toBe(day === null ? 0 : 1);
  });

  test.each([{ days: 0, length: 0 }, { days: 7, length: 7 }])("a horizon of $days days", ({ days, length }) => {
    expect(dueForecast([due("2026-11-01T00:00:00Z")], NOW, TZ, days)).toHaveLength(length);
  });

  test("rejects a fractional horizon", () => {
    expect(() => dueForecast([], NOW, TZ, 1.5)).toThrow(RangeError);
  });
});
