// The geometry of the progress charts, in percent of the plot area: the
// server draws them without knowing their width, and the browser stretches
// them to it. Value axes from 0 with round ticks, equal bands for
// categories, the score line, and which axis labels show at which plot width
// (so they never overlap on a phone, and more appear on a wide screen).
// d3-scale and d3-shape do the maths, as they did inside recharts. Only
// server components import this: tests/client-imports.test.ts fails if any
// client component reaches d3, and bench:pages if a page fetches it. (Not
// "server-only": bench:progress renders these sections with react-dom/server
// outside the react-server condition, where that import throws.)
import { scaleBand, scaleLinear } from "d3-scale";
import { curveMonotoneX, line } from "d3-shape";
import { percent } from "./format";

/** A labelled place on an axis; `at` is percent from the axis start (the left, or the bottom). */
export type Tick = { label: string; at: number };

/** A value axis: where a value sits (percent from 0), and its labelled ticks. */
export type ValueAxis = { at: (value: number) => number; ticks: Tick[] };

const axisOf = (scale: (v: number) => number, values: number[], label: (v: number) => string): ValueAxis => ({
  at: (v) => scale(v),
  ticks: values.map((v) => ({ label: label(v), at: scale(v) })),
});

/** 0 to 100 %, a tick every 20. */
export function percentAxis(): ValueAxis {
  const scale = scaleLinear().domain([0, 100]).range([0, 100]);
  return axisOf(scale, scale.ticks(5), percent);
}

/** 0 to a round number at or above `max`, with whole-number ticks (counts of cards and reviews), at most six of them. */
export function countAxis(max: number): ValueAxis {
  const top = Math.max(1, Math.ceil(max));
  // No more ticks asked for than units, so d3's step (1, 2 or 5 times a power of ten, at least top / count) is whole;
  // d3 takes the count as a hint and may give half as many again, so ask for fewer until the axis is not crowded.
  for (let count = Math.min(5, top); ; count--) {
    const scale = scaleLinear().domain([0, top]).range([0, 100]).nice(count);
    const ticks = scale.ticks(count);
    if (ticks.length <= 6 || count === 1) return axisOf(scale, ticks, String);
  }
}

/** Where a category sits across the plot, in percent: its start, width and centre. */
export type Band = { start: number; width: number; center: number };

/** `count` equal bands across 100 %, a fifth of each step left as the gap between bars. */
export function bands(count: number): Band[] {
  const indexes = Array.from({ length: count }, (_, i) => i);
  const scale = scaleBand<number>().domain(indexes).range([0, 100]).paddingInner(0.2).paddingOuter(0.1);
  const width = scale.bandwidth();
  return indexes.map((i) => {
    const start = scale(i) ?? 0;
    return { start, width, center: start + width / 2 };
  });
}

/** A point of the score line: `x` percent from the left, `y` percent from the bottom. */
export type LinePoint = { x: number; y: number };

/**
 * The score chart: attempt `n` (0 to the last) across, its percent up, the
 * path through the points (in a 100 x 100 box, y downwards as SVG draws), and
 * an x tick at each attempt listed in `ticks`, labelled by `labelOf`.
 */
export function scoreLine(scores: readonly number[], ticks: readonly number[], labelOf: (n: number) => string) {
  // A single attempt sits in the middle (d3 maps an empty domain to the range's midpoint).
  const x = scaleLinear().domain([0, Math.max(0, scores.length - 1)]).range([0, 100]);
  const points: LinePoint[] = scores.map((score, n) => ({ x: x(n), y: score }));
  const path = line<LinePoint>((p) => p.x, (p) => 100 - p.y).curve(curveMonotoneX)(points) ?? "";
  return { points, path, ticks: ticks.map((n) => ({ label: labelOf(n), at: x(n) })) };
}

/**
 * Plot widths (px) from which more axis labels show, with the class that
 * shows a label from that width (a container query on the axis: the server
 * does not know the width). The first is the narrowest plot drawn: a 320 px
 * phone's accuracy chart, beside its row labels.
 */
export const LABEL_WIDTHS = [
  { px: 96, show: "" },
  { px: 128, show: "hidden @min-[8rem]:block" },
  { px: 160, show: "hidden @min-[10rem]:block" },
  { px: 192, show: "hidden @min-[12rem]:block" },
  { px: 224, show: "hidden @min-[14rem]:block" },
  { px: 256, show: "hidden @min-[16rem]:block" },
  { px: 320, show: "hidden @min-[20rem]:block" },
  { px: 384, show: "hidden @min-[24rem]:block" },
  { px: 448, show: "hidden @min-[28rem]:block" },
  { px: 512, show: "hidden @min-[32rem]:block" },
  { px: 640, show: "hidden @min-[40rem]:block" },
  { px: 768, show: "hidden @min-[48rem]:block" },
  { px: 896, show: "hidden @min-[56rem]:block" },
] as const;

/** 12 px DejaVu Sans, the widest common UI font (Linux's fallback), averages 7.3 px a character. */
const CHAR_PX = 7.5;
const LABEL_GAP_PX = 6;

/**
 * For each x tick (in axis order), the index in LABEL_WIDTHS of the narrowest
 * plot it shows on, or null when it would crowd a neighbour even on the
 * widest. Shown labels' centres are at least the widest label plus a gap
 * apart. Chosen from the widest plot down, each width keeping a subset of the
 * next wider one's labels (so a label shown at one width shows at every wider
 * one), greedily from the left: evenly spaced ticks keep an even stride.
 */
export function labelLevels(ticks: readonly Tick[]): (number | null)[] {
  const spacingPx = Math.max(0, ...ticks.map((t) => t.label.length)) * CHAR_PX + LABEL_GAP_PX;
  const levels: (number | null)[] = ticks.map(() => null);
  let shown = ticks.map((_, i) => i);
  for (let level = LABEL_WIDTHS.length - 1; level >= 0; level--) {
    const spacing = (100 * spacingPx) / LABEL_WIDTHS[level]!.px;
    const kept: number[] = [];
    for (const i of shown) {
      const last = kept.at(-1);
      if (last === undefined || ticks[i]!.at - ticks[last]!.at >= spacing) kept.push(i);
    }
    for (const i of kept) levels[i] = level;
    shown = kept;
  }
  return levels;
}
