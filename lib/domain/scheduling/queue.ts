// Owns what a review session shows next: from a learner's cards and `now`,
// the ordered ids to review, the counts for the header and what custom study
// could add when the queue runs dry. Pure: the caller loads the cards and
// today's new-card introductions; nothing here reads the clock or the database.
import { State } from "ts-fsrs";
import { MAX_REVIEW_AHEAD_DAYS, type StudyMode } from "./custom-study";
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
  /** Custom study: how many more new cards the learner allowed today on top of newCardsPerDay (see extraNewCardsToday). */
  extraNewCardsToday?: number;
  /** Custom study: also take learning cards due later today, or review cards due in the next days. Default: only what is due. */
  mode?: StudyMode;
}

/** What custom study could add to the session, for the "nothing more to review" screen. */
export interface CustomStudyOffer {
  /** Learning and relearning cards due later today, not in the queue. */
  learningLaterToday: number;
  /** New cards left out by today's limit. */
  newBeyondLimit: number;
  /**
   * Review cards not in the queue that fall due in the coming study days:
   * index 0 = tomorrow, 1 = the day after, … (up to MAX_REVIEW_AHEAD_DAYS; see reviewAheadCount).
   */
  reviewAheadByDay: number[];
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
  more: CustomStudyOffer;
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
 *
 * Custom study (options.mode) adds, as Anki's custom study does: learning
 * cards due later today, taken now in due order ("learning-ahead"), or review
 * cards due within the next `days` study days, after today's, by due date
 * ("review-ahead"); options.extraNewCardsToday raises the new-card allowance.
 * Answering such a card early is ts-fsrs's business (it sees the real `now`).
 */
export function buildReviewQueue(cards: readonly QueueCard[], now: Date, options: QueueOptions): ReviewQueue {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError("now must be a valid Date.");
  const endOfToday = nextStudyDayStart(now, options.timeZone).getTime();
  const mode = options.mode ?? { kind: "scheduled" };
  // Study-day starts after today's, computed only as far as a card needs: dayStarts[k] begins day today + k + 2.
  const dayStarts: number[] = [];
  const beyondHorizon = endOfToday + (MAX_REVIEW_AHEAD_DAYS + 1) * 25 * 3_600_000;
  const dayIndexOf = (due: number): number | null => {
    if (due >= beyondHorizon) return null;
    let index = 0;
    let end = endOfToday;
    while (index < MAX_REVIEW_AHEAD_DAYS) {
      if (dayStarts.length <= index) dayStarts.push(nextStudyDayStart(new Date(end), options.timeZone).getTime());
      end = dayStarts[index]!;
      if (due < end) return index;
      index += 1;
    }
    return null;
  };

  const learningDue: QueueCard[] = [];
  const reviewsDue: QueueCard[] = [];
  const fresh: QueueCard[] = [];
  let learningLater = 0;
  const reviewAheadByDay: number[] = [];

  for (const card of cards) {
    if (card.suspended) continue;
    if (card.buriedUntil && card.buriedUntil.getTime() > nowMs) continue;
    const due = card.due.getTime();
    switch (card.state) {
      case State.Learning:
      case State.Relearning:
        if (due <= nowMs || (mode.kind === "learning-ahead" && due < endOfToday)) learningDue.push(card);
        else if (due < endOfToday) learningLater += 1;
        break;
      case State.Review: {
        if (due < endOfToday) {
          reviewsDue.push(card);
          break;
        }
        const day = dayIndexOf(due);
        if (day === null) break;
        if (mode.kind === "review-ahead" && day < mode.days) reviewsDue.push(card);
        else {
          while (reviewAheadByDay.length <= day) reviewAheadByDay.push(0);
          reviewAheadByDay[day] = reviewAheadByDay[day]! + 1;
        }
        break;
      }
      case State.New:
        fresh.push(card);
        break;
      default:
        throw new RangeError(`Card ${card.id} has an invalid state ${card.state}.`);
    }
  }

  const limit = Math.floor(options.newCardsPerDay) + Math.max(0, Math.floor(options.extraNewCardsToday ?? 0));
  const allowance = Math.max(0, limit - Math.max(0, Math.floor(options.newCardsIntroducedToday)));
  const newCards = fresh.sort(byPosition).slice(0, allowance);
  learningDue.sort(byDueThenId);
  reviewsDue.sort(byDueThenId);

  return {
    queue: [...learningDue, ...reviewsDue, ...newCards].map((card) => card.id),
    counts: { new: newCards.length, learning: learningDue.length + learningLater, due: reviewsDue.length },
    more: { learningLaterToday: learningLater, newBeyondLimit: fresh.length - newCards.length, reviewAheadByDay },
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
