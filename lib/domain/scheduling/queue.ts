// Owns what a review session shows next: from a learner's cards and `now`,
// the ordered ids to review and the counts for the header. Pure: the caller
// loads the cards and today's new-card introductions; nothing here reads the
// clock or the database.
import { State } from "ts-fsrs";
import { nextStudyDayStart, startOfStudyDay } from "./study-day";

export interface QueueCard {
  id: string;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  due: Date;
  suspended: boolean;
  buriedUntil: Date | null;
  createdAt: Date;
  /** Order in which new cards are introduced (e.g. question order in the article); falls back to createdAt. */
  position?: number | null;
}

export interface QueueOptions {
  /** The learner's IANA time zone: "today" ends at the next 04:00 local. */
  timeZone: string;
  newCardsPerDay: number;
  /** New cards already answered for the first time during the current study day (see countNewCardsIntroducedToday). */
  newCardsIntroducedToday: number;
}

export interface ReviewQueue {
  /** Card ids in the order to show them. */
  queue: string[];
  counts: {
    /** New cards in the queue (within today's remaining allowance). */
    new: number;
    /** Learning and relearning cards due before the day ends, including those not due yet. */
    learning: number;
    /** Review cards due today. */
    due: number;
  };
}

const byDueThenId = (a: QueueCard, b: QueueCard): number => a.due.getTime() - b.due.getTime() || compareIds(a, b);
const compareIds = (a: QueueCard, b: QueueCard): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byPosition = (a: QueueCard, b: QueueCard): number =>
  (a.position ?? Number.POSITIVE_INFINITY) - (b.position ?? Number.POSITIVE_INFINITY) ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  compareIds(a, b);

/**
 * The review queue at `now`:
 * 1. learning and relearning cards that are due, by due date (short steps
 *    first, so a 1-minute step is not starved by a long review backlog);
 * 2. review cards due today, by due date;
 * 3. new cards, by position, up to what is left of today's allowance.
 * Suspended cards and cards buried until after `now` are left out. A learning
 * card due later today counts as learning but joins the queue only when due.
 *
 * A review card is due for the whole study day of its due date, not only from
 * the hour of its last review: FSRS review intervals are whole days, and a
 * learner should be able to clear "today's reviews" in one morning sitting
 * (Anki does the same). Learning steps are minutes, so they wait for their
 * exact due instant.
 */
export function buildReviewQueue(cards: readonly QueueCard[], now: Date, options: QueueOptions): ReviewQueue {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError("now must be a valid Date.");
  const endOfToday = nextStudyDayStart(now, options.timeZone).getTime();

  const learningDue: QueueCard[] = [];
  const reviewsDue: QueueCard[] = [];
  const fresh: QueueCard[] = [];
  let learningLater = 0;

  for (const card of cards) {
    if (card.suspended) continue;
    if (card.buriedUntil && card.buriedUntil.getTime() > nowMs) continue;
    const due = card.due.getTime();
    switch (card.state) {
      case State.Learning:
      case State.Relearning:
        if (due <= nowMs) learningDue.push(card);
        else if (due < endOfToday) learningLater += 1;
        break;
      case State.Review:
        if (due < endOfToday) reviewsDue.push(card);
        break;
      case State.New:
        fresh.push(card);
        break;
      default:
        throw new RangeError(`Card ${card.id} has an invalid state ${card.state}.`);
    }
  }

  const allowance = Math.max(0, Math.floor(options.newCardsPerDay) - Math.max(0, Math.floor(options.newCardsIntroducedToday)));
  const newCards = fresh.sort(byPosition).slice(0, allowance);
  learningDue.sort(byDueThenId);
  reviewsDue.sort(byDueThenId);

  return {
    queue: [...learningDue, ...reviewsDue, ...newCards].map((card) => card.id),
    counts: { new: newCards.length, learning: learningDue.length + learningLater, due: reviewsDue.length },
  };
}

/**
 * How many new cards were introduced during the study day containing `now`,
 * given the instants at which cards were first answered (ReviewLog rows whose
 * `state` is 0 New, by their `review`). Feeds QueueOptions.newCardsIntroducedToday.
 */
export function countNewCardsIntroducedToday(firstReviews: readonly Date[], now: Date, timeZone: string): number {
  const start = startOfStudyDay(now, timeZone).getTime();
  const end = nextStudyDayStart(now, timeZone).getTime();
  return firstReviews.filter((at) => at.getTime() >= start && at.getTime() < end).length;
}
