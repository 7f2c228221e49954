// Owns the dates an article states: absolute years and dates, centuries, and
// relative expressions ("four years ago", "on Sunday", "one year after")
// resolved against the article's own date, never the system clock.
import { MONTHS, WEEKDAYS } from "./lexicon";
import { NUMBER_WORDS } from "./text";

export type DayDate = { year: number; month: number; day: number };

/** A point in time, as precise as the text allows; `sortKey` orders them. */
export type ResolvedDate = {
  year: number;
  month?: number;
  day?: number;
  /** Approximate (a century, "early 20th century"). */
  approximate?: boolean;
  sortKey: number;
  label: string;
};

export type DateExpression = {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
  kind: "absolute" | "relative" | "anchored";
  /** For "anchored" ("one year after"), the signed offset in years from the anchor. */
  offsetYears?: number;
  resolved: ResolvedDate | null;
};

export function parseIsoDate(iso: string | undefined): DayDate | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function dayNumber(d: DayDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromDayNumber(n: number): DayDate {
  const dt = new Date(n * 86_400_000);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function makeDate(year: number, month?: number, day?: number, approximate = false): ResolvedDate {
  const label =
    day !== undefined && month !== undefined
      ? `${day} ${MONTH_NAMES[month - 1]} ${year}`
      : month !== undefined
        ? `${MONTH_NAMES[month - 1]} ${year}`
        : String(year);
  return {
    year,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
    ...(approximate ? { approximate } : {}),
    sortKey: year * 10_000 + (month ?? 0) * 100 + (day ?? 0),
    label,
  };
}

function numberValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

const NUM = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an)`;
const UNIT = String.raw`(year|month|week|day)s?`;
const MONTH_RE = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const WEEKDAY_RE = String.raw`(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;

/**
 * Words that put a weekday in the future ("The festival begins on Tuesday", "will vote on Friday",
 * "is due to open on Monday"): the weekday is then read forward from the article's date.
 */
const FUTURE = /\b(?:will|shall|['’]ll|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going|planned)\s+to|(?:is|are)\s+to|plans?\s+to|intends?\s+to|begins|starts|opens|runs|resumes|takes\s+place|kicks\s+off)\b/i;

const PATTERNS: { re: RegExp; build: (m: RegExpExecArray, article: DayDate | null, sentence: string) => Omit<DateExpression, "start" | "end" | "text"> | null }[] = [
  {
    // 15 June 2025
    re: new RegExp(String.raw`\b(\d{1,2}) ${MONTH_RE},? (\d{4})\b`, "gi"),
    build: (m) => ({ kind: "absolute", resolved: makeDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])) }),
  },
  {
    // June 15, 2025
    re: new RegExp(String.raw`\b${MONTH_RE} (\d{1,2}),? (\d{4})\b`, "gi"),
    build: (m) => ({ kind: "absolute", resolved: makeDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])) }),
  },
  {
    // June 2025
    re: new RegExp(String.raw`\b${MONTH_RE},? (\d{4})\b`, "g"),
    build: (m) => ({ kind: "absolute", resolved: makeDate(Number(m[2]), MONTHS[m[1]!.toLowerCase()]!) }),
  },
  {
    // the early 20th century
    re: /\b(?:(early|mid|late|the early|the mid|the late)[- ])?(\d{1,2})(?:st|nd|rd|th) century\b/gi,
    build: (m) => {
      const c = Number(m[2]);
      const part = (m[1] ?? "").replace(/^the /i, "").toLowerCase();
      const offset = part === "early" ? 10 : part === "mid" ? 50 : part === "late" ? 85 : 50;
      return { kind: "absolute", resolved: { ...makeDate((c - 1) * 100 + offset, undefined, undefined, true), label: m[0] } };
    },
  },
  {
    // four years ago
    re: new RegExp(String.raw`\b${NUM} ${UNIT} ago\b`, "gi"),
    build: (m, article) => {
      const n = numberValue(m[1]!);
      if (n === null || !article) return { kind: "relative", resolved: null };
      return { kind: "relative", resolved: shift(article, n, m[2]!.toLowerCase(), -1) };
    },
  },
  {
    // last year, next month, this week
    re: /\b(last|next|this|past) (year|month|week)\b/gi,
    build: (m, article) => {
      if (!article) return { kind: "relative", resolved: null };
      const dir = m[1]!.toLowerCase() === "next" ? 1 : m[1]!.toLowerCase() === "this" ? 0 : -1;
      const unit = m[2]!.toLowerCase();
      if (unit === "year") return { kind: "relative", resolved: makeDate(article.year + dir) };
      if (unit === "month") {
        const idx = article.year * 12 + (article.month - 1) + dir;
        return { kind: "relative", resolved: makeDate(Math.floor(idx / 12), (idx % 12) + 1) };
      }
      return { kind: "relative", resolved: fromDays(dayNumber(article) + 7 * dir) };
    },
  },
  {
    // yesterday, today, tomorrow
    re: /\b(yesterday|today|tomorrow)\b/gi,
    build: (m, article) => {
      if (!article) return { kind: "relative", resolved: null };
      const w = m[1]!.toLowerCase();
      const delta = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      return { kind: "relative", resolved: fromDays(dayNumber(article) + delta) };
    },
  },
  {
    // on Sunday: news style means the latest such weekday on or before the article's date, unless the
    // sentence speaks of the future ("begins on Tuesday", "will vote on Friday", "next Monday"): then the
    // first such weekday after it
    re: new RegExp(String.raw`\b(on|last|this past|next|this coming) ${WEEKDAY_RE}\b`, "gi"),
    build: (m, article, sentence) => {
      if (!article) return { kind: "relative", resolved: null };
      const target = WEEKDAYS[m[2]!.toLowerCase()]!;
      const n = dayNumber(article);
      const weekday = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      const lead = m[1]!.toLowerCase();
      // the verb the weekday goes with is close before it ("the plant will open on Tuesday")
      const near = (sentence.slice(Math.max(0, m.index - 45), m.index).split(/[;:,]/).pop() ?? "");
      // (or after it, when the weekday opens the clause: "On Saturday, the center throws open its doors" is the schedule)
      const after = near.trim() === "" ? (sentence.slice(m.index + m[0].length).split(/[;:]/)[0] ?? "").slice(0, 80) : "";
      const future = lead === "next" || lead === "this coming" || (lead === "on" && (FUTURE.test(near) || FUTURE.test(after) || /\b(?:throws|hosts|holds|features|offers|presents|celebrates|welcomes|plays|performs|headlines|closes)\b/.test(after)));
      if (future) return { kind: "relative", resolved: fromDays(n + (((target - weekday + 7) % 7) || 7)) };
      return { kind: "relative", resolved: fromDays(n - ((weekday - target + 7) % 7)) };
    },
  },
  {
    // one year after / two years later / a decade before
    re: new RegExp(String.raw`\b${NUM} ${UNIT} (after|before|later|earlier)\b`, "gi"),
    build: (m) => {
      const n = numberValue(m[1]!);
      if (n === null || !m[2]!.toLowerCase().startsWith("year")) return { kind: "anchored", resolved: null };
      const sign = /after|later/i.test(m[3]!) ? 1 : -1;
      return { kind: "anchored", offsetYears: sign * n, resolved: null };
    },
  },
  {
    // in 2009, since 1991, (2009)
    re: /\b(1[0-9]{3}|20[0-9]{2})\b(?!s\b|[-–]\d)/g,
    build: (m, _article, sentence) => {
      const y = Number(m[1]);
      if (y < 1000 || y > 2100) return null;
      // a measure, not a year: a unit or a count noun after it ("1150 ml/min", "1200 km", "1500 people"), money before
      // it ("$1500"), or the other end of a range that cannot be a year ("between 950 and 1150") -- unless a
      // preposition of time comes before ("in 1944 troops landed")
      const before = sentence.slice(0, m.index), after = sentence.slice(m.index + m[0].length);
      const timed = /\b(?:in|since|by|of|until|from|to|year|circa|c\.|before|after|during|around)\s+$/i.test(before);
      if (!timed && (MEASURE_AFTER.test(after) || /[$€£¥]\s*$/.test(before) || /\bbetween\s+(?:about\s+)?\d{1,3}(?:[.,]\d+)?\s*(?:\p{L}+\s*)?and\s+$/u.test(before) || /^\s*(?:to|and|[-–])\s*\d{1,3}(?:[.,]\d+)?(?!\d)/.test(after) && /\bbetween\s+$/i.test(before))) return null;
      return { kind: "absolute", resolved: makeDate(y) };
    },
  },
];

/** A unit or a count noun right after a four-digit figure: a measure, not a year. */
const MEASURE_AFTER = /^\s*(?:ml|mL|l|L|km|kg|g|mg|m|cm|mm|mi|miles?|ft|feet|foot|metres?|meters?|kilomet(?:re|er)s?|tons?|tonnes?|hp|horsepower|kW|MW|W|kcal|calories|acres?|hectares?|ha|people|persons|men|women|children|students|employees|workers|soldiers|troops|votes|copies|units|cars|vehicles|words|pages|species|cases|deaths|mph|km\/h|degrees|°)(?![\p{L}])/u;

function fromDays(n: number): ResolvedDate {
  const d = fromDayNumber(n);
  return makeDate(d.year, d.month, d.day);
}

function shift(article: DayDate, n: number, unit: string, dir: number): ResolvedDate {
  if (unit.startsWith("year")) return makeDate(article.year + dir * n);
  if (unit.startsWith("month")) {
    const idx = article.year * 12 + (article.month - 1) + dir * n;
    return makeDate(Math.floor(idx / 12), (idx % 12) + 1);
  }
  const days = unit.startsWith("week") ? 7 * n : n;
  return fromDays(dayNumber(article) + dir * days);
}

/** Every date expression in `sentence`, longest match first, no overlaps, in text order. */
export function findDateExpressions(sentence: string, articleDate: string | undefined): DateExpression[] {
  const article = parseIsoDate(articleDate);
  const found: DateExpression[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const built = p.build(m, article, sentence);
      if (built) found.push({ start, end, text: m[0], ...built });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Resolve "N years after" against the date of the event it is anchored to. */
export function resolveAnchored(expr: DateExpression, anchor: ResolvedDate | null): ResolvedDate | null {
  if (expr.kind !== "anchored" || expr.offsetYears === undefined || !anchor) return expr.resolved;
  // "X happened one year after Y": Y is one year before X.
  return makeDate(anchor.year - expr.offsetYears);
}

export function formatIso(d: ResolvedDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}
