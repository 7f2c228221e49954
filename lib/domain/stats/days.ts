// Owns the calendar of study days the figures are laid out on. A study day is
// the learner's "YYYY-MM-DD" from lib/domain/scheduling (04:00 local
// rollover); every local date names exactly one study day, so moving between
// days is calendar arithmetic on the label, never instant ± 24 h (which is
// wrong across DST changes). Pure.
import { studyDayOf } from "@/lib/domain/scheduling";

const DAY_LABEL = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** The study day `days` after `day` (negative: before). */
export function shiftStudyDay(day: string, days: number): string {
  const match = DAY_LABEL.exec(day);
  if (!match || !Number.isInteger(days)) throw new RangeError(`Cannot shift study day ${day} by ${days} days.`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The `count` study days ending with the one containing `now`, oldest first. */
export function studyDaysEndingAt(now: Date, timeZone: string, count: number): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A number of days must be a whole number >= 0, got ${count}.`);
  const today = studyDayOf(now, timeZone);
  return Array.from({ length: count }, (_, i) => shiftStudyDay(today, i - (count - 1)));
}

export function assertValidNow(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError("now must be a valid Date.");
}

const MONTH_LABELS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function parseDay(day: string): { year: number; month: number; date: number } {
  const match = DAY_LABEL.exec(day);
  if (!match) throw new RangeError(`Not a study day: ${day}.`);
  return { year: Number(match[1]), month: Number(match[2]), date: Number(match[3]) };
}

/** The short month of a study day: "2026-11-05" → "Nov". */
export function monthLabelOf(day: string): string {
  return MONTH_LABELS[parseDay(day).month - 1] ?? "";
}

/** A study day as a chart shows it: "2026-11-05" → "5 Nov". */
export function studyDayLabel(day: string): string {
  return `${parseDay(day).date} ${monthLabelOf(day)}`;
}

/** 0 (Sunday) to 6 (Saturday). */
export function weekdayOf(day: string): number {
  const { year, month, date } = parseDay(day);
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay();
}
