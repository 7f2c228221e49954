// Owns the headline figures at the top of a learner's progress page. Pure:
// rows, `now` and the learner's IANA `timeZone` in, figures out; every figure
// is defined for an empty history (zeros, and null where a share has no
// denominator).
import { studyDayOf } from "@/lib/domain/scheduling";
import { accuracyOverStudyDays, activeStudyDays, dailyStreak, type AccuracyFigure, type Streak } from "./activity";
import { assertValidNow } from "./days";
import { dueForecast } from "./due";
import { isMastered, retrievabilityAt } from "./memory";
import type { StatsCard, StatsResponse, StatsReviewLog } from "./rows";

export interface HeadlineInput {
  /** All of the learner's cards. */
  cards: readonly StatsCard[];
  /** The learner's ReviewLog rows (both sources; "quiz" rows are skipped where the QuizResponse already counts). */
  reviews: readonly Pick<StatsReviewLog, "rating" | "review" | "source">[];
  /** The learner's QuizResponse rows (unanswered ones are ignored). */
  responses: readonly StatsResponse[];
  now: Date;
  timeZone: string;
}

export interface Headline {
  /** Distinct questions with a card answered at least once (reps > 0) or an answered quiz response. */
  questionsSeen: number;
  /** Cards studied with stability >= MASTERED_STABILITY_DAYS (21 days), suspended ones included. */
  mastered: number;
  /** Accuracy over the last 7 study days, today included (see accuracyOverStudyDays). */
  accuracy7: AccuracyFigure;
  /** Accuracy over the last 30 study days, today included. */
  accuracy30: AccuracyFigure;
  streak: Streak;
  /** Cards due before the next study day starts (overdue included), not suspended, not New. */
  dueToday: number;
  /** Cards falling due during tomorrow's study day (today's backlog not included). */
  dueTomorrow: number;
  /**
   * Estimated knowledge, 0..1: the mean over all cards of the current
   * probability of recall (ts-fsrs retrievability; 0 for a card never
   * studied). Null when there are no cards.
   */
  knowledge: number | null;
  /** How many cards `knowledge` averages over. */
  cards: number;
}

export function buildHeadline(input: HeadlineInput): Headline {
  const { cards, reviews, responses, now, timeZone } = input;
  assertValidNow(now);

  const seen = new Set<string>();
  for (const card of cards) if (card.reps > 0) seen.add(card.questionId);
  for (const response of responses) if (response.answeredAt) seen.add(response.questionId);

  const [today, tomorrow] = dueForecast(cards, now, timeZone, 2);
  const recall = cards.reduce((sum, card) => sum + retrievabilityAt(card, now), 0);

  return {
    questionsSeen: seen.size,
    mastered: cards.filter(isMastered).length,
    accuracy7: accuracyOverStudyDays(reviews, responses, now, timeZone, 7),
    accuracy30: accuracyOverStudyDays(reviews, responses, now, timeZone, 30),
    streak: dailyStreak(activeStudyDays(reviews, responses, now, timeZone), studyDayOf(now, timeZone)),
    dueToday: today?.due ?? 0,
    dueTomorrow: tomorrow?.due ?? 0,
    knowledge: cards.length > 0 ? recall / cards.length : null,
    cards: cards.length,
  };
}
