// The shapes a review session shows: shared by the server that builds them
// and the client that renders them.
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
