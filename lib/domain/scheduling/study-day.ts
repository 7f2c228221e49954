// Owns "today" for a learner: a study day runs from 04:00 local time to the
// next 04:00 in the learner's IANA time zone (Anki's rollover, so a late
// session after midnight still counts as the evening's). Days are 23 or 25
// hours long across DST changes. Pure: the instant is always an argument;
// zone offsets come from Intl.DateTimeFormat.

/** Local hour at which a new study day starts. */
export const ROLLOVER_HOUR = 4;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what a caller should see.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = parts;
  const wall = { year, month, day, hour, minute, second };
  for (const [unit, value] of Object.entries(wall)) {
    if (value === undefined) throw new Error(`Could not read the local ${unit} in ${timeZone}.`);
  }
  return wall as WallTime;
}

/** The zone's offset from UTC at an instant, in ms (UTC+4 -> +14 400 000). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wall = wallTimeAt(epochMs, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which the local wall clock in `timeZone` reads the given
 * time. An hour repeated by a DST change resolves to its first occurrence; an
 * hour skipped by one resolves to the same distance after the gap starts
 * (02:30 on a spring-forward day at 02:00 reads as 03:30), as Temporal's
 * "compatible" disambiguation does.
 */
function instantOfWallTime(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour);
  const offsetBefore = offsetAt(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + DAY_MS, timeZone);
  const valid = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset)
    .filter((candidate) => offsetAt(candidate, timeZone) === wallAsUtc - candidate);
  if (valid.length > 0) return Math.min(...valid);
  return wallAsUtc - offsetBefore;
}

function assertInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError("The instant must be a valid Date.");
  return ms;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** The calendar date (y, m, d) of the study day containing `instant`. */
function studyDate(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const wall = wallTimeAt(assertInstant(instant), timeZone);
  // Before the rollover hour the wall clock still belongs to the previous day.
  // Calendar arithmetic on a UTC date, not instant − 4 h, which is wrong on DST days.
  const shift = wall.hour < ROLLOVER_HOUR ? -1 : 0;
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + shift));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Study days already resolved, per zone, as sorted [start, end) instants with
 * their labels. The progress figures ask for the study day of every review
 * and answer a learner has (thousands of rows on a few hundred days), and
 * each Intl lookup costs microseconds; an instant inside a day already
 * resolved is answered from that day's bounds. Exact: the bounds are the
 * day's own 04:00 starts, computed as startOfStudyDay / nextStudyDayStart do.
 * A memo only (the same answers, faster); cleared when it grows large.
 */
const resolvedDays = new Map<string, { starts: number[]; ends: number[]; labels: string[]; last: number }>();
const RESOLVED_DAYS_LIMIT = 4096;

/** Index of the last resolved day starting at or before `ms`, or -1. */
function lastStartAtOrBefore(starts: readonly number[], ms: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= ms) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The learner's study day containing `instant`, as "YYYY-MM-DD". */
export function studyDayOf(instant: Date, timeZone: string): string {
  const ms = assertInstant(instant);
  let resolved = resolvedDays.get(timeZone);
  if (resolved) {
    // Rows come in time order (their index's), so most instants fall in the day the previous one did.
    const last = resolved.last;
    if (last >= 0 && resolved.starts[last]! <= ms && ms < resolved.ends[last]!) return resolved.labels[last]!;
    const at = lastStartAtOrBefore(resolved.starts, ms);
    if (at >= 0 && ms < resolved.ends[at]!) {
      resolved.last = at;
      return resolved.labels[at]!;
    }
  }

  const { year, month, day } = studyDate(instant, timeZone);
  const label = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const start = instantOfWallTime(year, month, day, ROLLOVER_HOUR, timeZone);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const end = instantOfWallTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), ROLLOVER_HOUR, timeZone);
  // Remember the day only when its bounds hold the instant (they always should) and overlap no other.
  if (start <= ms && ms < end) {
    if (!resolved || resolved.starts.length >= RESOLVED_DAYS_LIMIT) {
      resolved = { starts: [], ends: [], labels: [], last: -1 };
      resolvedDays.set(timeZone, resolved);
    }
    const i = lastStartAtOrBefore(resolved.starts, ms) + 1;
    const overlaps = (i > 0 && resolved.ends[i - 1]! > start) || (i < resolved.starts.length && resolved.starts[i]! < end);
    if (!overlaps) {
      resolved.starts.splice(i, 0, start);
      resolved.ends.splice(i, 0, end);
      resolved.labels.splice(i, 0, label);
      resolved.last = i;
    }
  }
  return label;
}

/** The instant the study day containing `instant` began (04:00 local). */
export function startOfStudyDay(instant: Date, timeZone: string): Date {
  const { year, month, day } = studyDate(instant, timeZone);
  return new Date(instantOfWallTime(year, month, day, ROLLOVER_HOUR, timeZone));
}

/** The instant the next study day begins (the next 04:00 local after `instant`'s day began). */
export function nextStudyDayStart(instant: Date, timeZone: string): Date {
  const { year, month, day } = studyDate(instant, timeZone);
  // Date.UTC normalises day + 1 across month and year ends.
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return new Date(
    instantOfWallTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), ROLLOVER_HOUR, timeZone),
  );
}
