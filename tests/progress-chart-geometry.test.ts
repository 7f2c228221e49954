import { describe, expect, test } from "vitest";
import { bands, countAxis, LABEL_WIDTHS, labelLevels, percentAxis, scoreLine, type Tick } from "@/components/progress/chart-geometry";

/** The labels a plot `px` wide shows (a container query shows a level once the plot is at least its width). */
const shownAt = (ticks: Tick[], px: number) => {
  const levels = labelLevels(ticks);
  return ticks.filter((_, i) => levels[i] !== null && LABEL_WIDTHS[levels[i]!]!.px <= px).map((t) => t.label);
};

const evenly = (labels: string[]): Tick[] => {
  const places = bands(labels.length);
  return labels.map((label, i) => ({ label, at: places[i]!.center }));
};

const days = Array.from({ length: 30 }, (_, i) => `${i + 1} Nov`);
const retention = ["1d", "2–3d", "4–7d", "8–14d", "15–30d", "1–3mo", "3mo+"];

describe("value axes", () => {
  test("percent: 0 to 100 with a labelled tick every 20, a value at its own percent", () => {
    const axis = percentAxis();
    expect(axis.ticks).toEqual([0, 20, 40, 60, 80, 100].map((v) => ({ label: `${v}%`, at: v })));
    expect(axis.at(55)).toBeCloseTo(55);
  });

  test.each([
    { max: 0, expected: ["0", "1"] },
    { max: 1, expected: ["0", "1"] },
    { max: 2, expected: ["0", "1", "2"] },
    { max: 3, expected: ["0", "1", "2", "3"] },
    { max: 7, expected: ["0", "2", "4", "6", "8"] },
    { max: 12, expected: ["0", "5", "10", "15"] },
    { max: 41, expected: ["0", "10", "20", "30", "40", "50"] },
    { max: 97, expected: ["0", "20", "40", "60", "80", "100"] },
  ])("count up to $max: whole ticks from 0 to a round top at 100 %", ({ max, expected }) => {
    const axis = countAxis(max);
    expect(axis.ticks.map((t) => t.label)).toEqual(expected);
    const top = Number(expected.at(-1));
    for (const t of axis.ticks) expect(t.at).toBeCloseTo((100 * Number(t.label)) / top);
    expect(axis.at(max)).toBeCloseTo((100 * max) / top);
  });
});

describe("bands", () => {
  test("four bars: equal widths, a fifth of each step as gap, centred in the plot", () => {
    const four = bands(4);
    expect(four.map((b) => b.start)).toEqual([2.5, 27.5, 52.5, 77.5].map((v) => expect.closeTo(v)));
    expect(four.map((b) => b.width)).toEqual([20, 20, 20, 20].map((v) => expect.closeTo(v)));
    expect(four.map((b) => b.center)).toEqual([12.5, 37.5, 62.5, 87.5].map((v) => expect.closeTo(v)));
  });

  test.each([1, 7, 30])("%i bands stay inside the plot and never overlap", (count) => {
    const all = bands(count);
    expect(all).toHaveLength(count);
    expect(all[0]!.start).toBeGreaterThan(0);
    expect(all.at(-1)!.start + all.at(-1)!.width).toBeLessThan(100);
    all.slice(1).forEach((b, i) => expect(b.start).toBeGreaterThan(all[i]!.start + all[i]!.width));
  });
});

describe("score line", () => {
  test("attempts spread from the left edge to the right, percent up, ticks at the attempts named", () => {
    const line = scoreLine([50, 100, 0], [0, 2], (n) => `day ${n}`);
    expect(line.points).toEqual([
      { x: 0, y: 50 },
      { x: 50, y: 100 },
      { x: 100, y: 0 },
    ]);
    expect(line.ticks).toEqual([
      { label: "day 0", at: 0 },
      { label: "day 2", at: 100 },
    ]);
    // SVG's y runs down: 100 % is the top (0), 0 % the bottom (100); between the points, monotone cubic segments.
    expect(line.path).toMatch(/^M0,50C.*,50,0C.*,100,100$/);
  });

  test("two attempts are a straight line; one sits in the middle", () => {
    expect(scoreLine([20, 80], [0], String).path).toBe("M0,80L100,20");
    expect(scoreLine([70], [0], String).points).toEqual([{ x: 50, y: 70 }]);
  });
});

describe("x labels", () => {
  test("each width's class is a container query at that width", () => {
    LABEL_WIDTHS.slice(1).forEach(({ px, show }) => expect(show).toBe(`hidden @min-[${px / 16}rem]:block`));
  });

  test.each([
    { label: "30 days on a phone (246 px plot)", ticks: evenly(days), px: 246, expected: ["1 Nov", "9 Nov", "17 Nov", "25 Nov"] },
    { label: "30 days on a desktop half-width card (406 px)", ticks: evenly(days), px: 406, expected: ["1 Nov", "5 Nov", "9 Nov", "13 Nov", "17 Nov", "21 Nov", "25 Nov", "29 Nov"] },
    { label: "retention on a phone: every other bucket", ticks: evenly(retention), px: 246, expected: ["1d", "4–7d", "15–30d", "3mo+"] },
    { label: "retention on a desktop: every bucket", ticks: evenly(retention), px: 406, expected: retention },
    { label: "grades on a phone: every grade", ticks: evenly(["Again", "Hard", "Good", "Easy"]), px: 246, expected: ["Again", "Hard", "Good", "Easy"] },
    { label: "percent beside long row labels (110 px)", ticks: percentAxis().ticks, px: 110, expected: ["0%", "40%", "80%"] },
    { label: "percent with room", ticks: percentAxis().ticks, px: 200, expected: ["0%", "20%", "40%", "60%", "80%", "100%"] },
    { label: "no ticks", ticks: [], px: 400, expected: [] },
  ])("$label", ({ ticks, px, expected }) => {
    expect(shownAt(ticks, px)).toEqual(expected);
  });

  test("uneven day ticks: shown labels never crowd each other, and a wider plot shows more of them", () => {
    const ticks = [0, 1, 2, 5, 9, 10, 30, 31, 60, 90, 91, 99, 100].map((at, i) => ({ label: `${10 + i} Dec`, at }));
    const counts = [96, 150, 246, 406, 600, 1000].map((px) => {
      const shown = ticks.filter((t) => shownAt(ticks, px).includes(t.label));
      // 6 characters at up to 7.5 px, plus a 6 px gap, between neighbouring centres.
      shown.slice(1).forEach((t, i) => expect(((t.at - shown[i]!.at) * px) / 100).toBeGreaterThanOrEqual(51));
      return shown.length;
    });
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(shownAt(ticks, 1000)).toEqual(["10 Dec", "14 Dec", "16 Dec", "18 Dec", "19 Dec", "21 Dec"]);
  });
});
