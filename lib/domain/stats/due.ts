// Owns the due-card forecast: how many cards fall due on each of the coming
// study days. Pure: `now` and `timeZone` are arguments.
import { State, studyDayOf } from "@/lib/domain/scheduling";
import { assertValidNow, shiftStudyDay } from "./days";
import type { StatsCard } from "./rows";

export type ForecastCard = Pick<StatsCard, "due" | "state" | "suspended">;

export interface ForecastDay {
  /** Study day "YYYY-MM-DD"; the first is today. */
  day: string;
  due: number;
}

/**
 * Cards falling due on each of the `days` study days starting today: a card
 * counts on the study day of its due instant, i.e. today means due before the
 * next 04:00 local rollover (as the review queue has it). Overdue cards count
 * on day 0, cards due beyond the horizon not at all. Suspended cards are left
 * out, and so are New cards: they have no due date in the learner's sense
 * (the daily new-card allowance introduces them), only their creation time.
 */
export function dueForecast(cards: readonly ForecastCard[], now: Date, timeZone: string, days = 30): ForecastDay[] {
  assertValidNow(now);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`A forecast is a whole number of days >= 0, got ${days}.`);
  const today = studyDayOf(now, timeZone);
  const forecast = Array.from({ length: days }, (_, i) => ({ day: shiftStudyDay(today, i), due: 0 }));
  const byDay = new Map(forecast.map((entry) => [entry.day, entry]));
  for (const card of cards) {
    if (card.suspended || card.state === State.New) continue;
    const day = studyDayOf(card.due, timeZone);
    const entry = day < today ? forecast[0] : byDay.get(day);
    if (entry) entry.due += 1;
  }
  return forecast;
}
