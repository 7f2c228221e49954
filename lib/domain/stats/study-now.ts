// Owns the home page's "what to do now": today's review counts and the daily
// streak, from the learner's rows. Nothing is re-derived here: the counts are
// the review queue's own (buildReviewQueue, with the daily new-card allowance
// from countNewCardsIntroducedToday) and the streak is dailyStreak over
// activeStudyDays, so home, /review and /progress always agree. Pure: `now`
// and the IANA `timeZone` are arguments.
import { buildReviewQueue, countNewCardsIntroducedToday, State, studyDayOf, type QueueCard, type ReviewQueue } from "@/lib/domain/scheduling";
import { activeStudyDays, dailyStreak, type ActivityResponse, type ActivityReview, type Streak } from "./activity";

export interface StudyNowInput {
  /** Every active question: one without a card row is a new card. */
  questionIds: readonly string[];
  /** The learner's card rows (rows of questions not in `questionIds` are ignored). */
  cards: readonly (Omit<QueueCard, "id" | "position"> & { questionId: string })[];
  /** ReviewLog rows (both sources) of at least the current study day and the streak's span. */
  reviews: readonly (ActivityReview & { state: number })[];
  /** QuizResponse rows; unanswered ones are ignored. */
  responses: readonly ActivityResponse[];
  newCardsPerDay: number;
  now: Date;
  timeZone: string;
}

export interface StudyNow {
  /** As the review page counts them: new cards left for today, learning (today), reviews due today. */
  counts: ReviewQueue["counts"];
  streak: Streak;
  /** Whether the learner has reviewed or answered anything in the rows given. */
  hasHistory: boolean;
}

export function studyNow(input: StudyNowInput): StudyNow {
  const { questionIds, cards, reviews, responses, newCardsPerDay, now, timeZone } = input;
  const byQuestion = new Map(cards.map((card) => [card.questionId, card]));
  const queueCards: QueueCard[] = questionIds.map((id) => {
    const card = byQuestion.get(id);
    // A question never studied is a new card created now (as the review page treats it).
    return card
      ? { id, state: card.state, due: card.due, suspended: card.suspended, buriedUntil: card.buriedUntil, createdAt: card.createdAt }
      : { id, state: State.New, due: now, suspended: false, buriedUntil: null, createdAt: now };
  });
  const firstAnswers = reviews.filter((log) => log.state === State.New).map((log) => log.review);
  const { counts } = buildReviewQueue(queueCards, now, {
    timeZone,
    newCardsPerDay,
    newCardsIntroducedToday: countNewCardsIntroducedToday(firstAnswers, now, timeZone),
  });
  return {
    counts,
    streak: dailyStreak(activeStudyDays(reviews, responses, now, timeZone), studyDayOf(now, timeZone)),
    hasHistory: reviews.length > 0 || responses.some((r) => r.answeredAt !== null),
  };
}
