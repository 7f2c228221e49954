// The shapes a review session shows: shared by the server that builds them
// and the client that renders them.
import type { StudyMode } from "./scheduling/custom-study-limits";
import type { CustomStudyOffer } from "./scheduling/queue";

/**
 * Everything the review screen shows, as it crosses to the browser (times as
 * ISO strings): the review page's props, and what every review action answers
 * with, so the screen moves on without rendering the page again.
 */
export type ReviewView = {
  scope: { slug: string; title: string } | null;
  counts: ReviewCounts;
  current: ReviewCardView | null;
  /** When the next card (not suspended) falls due, for "come back at". */
  nextDueIso: string | null;
  mode: StudyMode;
  more: CustomStudyOffer;
  /** The learner's zone: "next due" is shown in it, like every other time. */
  timeZone: string;
  /** Read for a learner with a session (not a visitor): its actions must then find that session, never make a new guest. */
  forLearner: boolean;
  /** Cards held out of the session while a quiz in progress asks them (their backs are its keys), and that quiz. */
  heldForQuiz: { count: number; attemptId: string } | null;
  /** The server's time this view was read at: a page kept from before a later write (Back) is known to be stale. */
  atIso: string;
};
export type ReviewCardView = {
  questionId: string;
  version: number;
  kind: string;
  state: number;
  front: string;
  /** Ordering: the items, shuffled. Matching: the left column, shuffled. */
  frontList: string[] | null;
  /** Matching: the right column, shuffled apart from the lefts. */
  frontMatches: string[] | null;
  back: string;
  explanation: string;
  evidenceText: string;
  evidenceHref: string | null;
  flag: number;
  previews: { rating: 1 | 2 | 3 | 4; label: string; interval: string }[];
};

export type ReviewCounts = { new: number; learning: number; due: number };

export type SessionSummary = { reviewed: number; timeMs: number; againRate: number | null };
