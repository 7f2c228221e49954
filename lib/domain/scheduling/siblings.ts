// Owns which of a learner's cards a review grade buries with it: its
// siblings, the cards whose question asks the same fact or rests on the same
// evidence sentence (lib/domain/questions/family.ts), until the next study
// day, as Anki buries siblings, so that one card does not give the next one
// away. Pure: the caller loads the candidates and writes what comes back.
//
// Buried: new cards (never answered, or not even made yet) and review cards
// due today. Left alone: suspended cards, cards buried as long already,
// review cards not due today (nothing to hide), and cards in (re)learning,
// whose steps are minutes: Anki leaves those too, or a lapse would wait a day.
import { State } from "ts-fsrs";
import type { Family } from "@/lib/domain/questions/family";
import { nextStudyDayStart } from "./study-day";

/** A card's columns the decision reads (null: the learner has no card for the question yet). */
export type SiblingCard = { state: number; due: Date; suspended: boolean; buriedUntil: Date | null } | null;

export type SiblingCandidate = { questionId: string; family: Family; card: SiblingCard };

export function isSibling(a: Family, b: Family): boolean {
  return a.factKey === b.factKey || a.sentenceKey === b.sentenceKey;
}

/** The candidates to bury after grading `graded` at `now`, and until when (the next 4 a.m. in the learner's zone). */
export function siblingsToBury(
  graded: { questionId: string; family: Family },
  candidates: readonly SiblingCandidate[],
  now: Date,
  timeZone: string,
): { until: Date; questionIds: string[] } {
  const until = nextStudyDayStart(now, timeZone);
  const questionIds = candidates
    .filter((c) => c.questionId !== graded.questionId && isSibling(c.family, graded.family))
    .filter(({ card }) => {
      if (!card) return true;
      if (card.suspended) return false;
      if (card.buriedUntil && card.buriedUntil.getTime() >= until.getTime()) return false;
      if (card.state === State.New) return true;
      if (card.state === State.Review) return card.due.getTime() < until.getTime();
      return false;
    })
    .map((c) => c.questionId);
  return { until, questionIds };
}
