// Owns the short interval labels shown on the rating buttons ("10m", "4d",
// "3mo", "1.2y"), in the style of Anki's answer buttons. Pure.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Anki's conventions: a month is 30 days and a year 365 days. */
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;
/** 1.0 -> "1", 1.25 -> "1.3": one decimal, and none when it is zero. */
const trimmed = (value: number): string => String(oneDecimal(value));

/**
 * A duration as a short label: "<1m", "10m", "1h", "1.5h", "1d", "4d",
 * "3mo", "1.2y". Minutes and days are whole; hours, months and years keep one
 * decimal. The unit is chosen after rounding, so 59m40s reads "1h", not "60m".
 */
export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`formatInterval needs a non-negative, finite duration, got ${ms}.`);
  }
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return "<1m";
  if (minutes < 60) return `${minutes}m`;
  const hours = oneDecimal(ms / HOUR);
  if (hours < 24) return `${trimmed(hours)}h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return `${days}d`;
  const months = oneDecimal(ms / MONTH);
  if (months < 12) return `${trimmed(months)}mo`;
  return `${trimmed(ms / YEAR)}y`;
}
