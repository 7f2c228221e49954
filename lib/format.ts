// Display formatting shared by server and client components. Article dates
// are calendar days stored at midnight UTC, so they are always shown in UTC.
// Every other instant (answers, attempts, reviews, due dates) is shown in the
// learner's own time zone (User.timeZone) through formatDateTimeInZone /
// formatDateInZone, never in the server's zone or the browser's.
import { isTimeZone } from "@/lib/domain/time-zone";

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatArticleDate(date: Date | null): string | null {
  return date ? dayFormat.format(date) : null;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

const zoned = new Map<string, Intl.DateTimeFormat>();

function zonedFormat(withTime: boolean, timeZone: string): Intl.DateTimeFormat {
  const key = `${withTime ? "t" : "d"} ${timeZone}`;
  let format = zoned.get(key);
  if (!format) {
    // A zone this runtime does not know (stored by an older ICU) shows UTC rather than failing the page.
    const zone = isTimeZone(timeZone) ? timeZone : "UTC";
    format = new Intl.DateTimeFormat("en-GB", withTime ? { dateStyle: "medium", timeStyle: "short", timeZone: zone } : { dateStyle: "medium", timeZone: zone });
    zoned.set(key, format);
  }
  return format;
}

/** "27 Nov 2026, 14:05": an instant on the learner's wall clock in `timeZone` (their User.timeZone). */
export function formatDateTimeInZone(instant: Date, timeZone: string): string {
  return zonedFormat(true, timeZone).format(instant);
}

/** "27 Nov 2026": the learner's calendar date of an instant in `timeZone`. */
export function formatDateInZone(instant: Date, timeZone: string): string {
  return zonedFormat(false, timeZone).format(instant);
}
